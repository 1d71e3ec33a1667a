"""/docs: Swagger UI over /openapi.json, with every asset served by this server.

The script and stylesheet are swagger-ui-dist's, as the fastapi-offline package ships them
(a dependency for its files only); FastAPI's own /docs would load them from a CDN. The page
FastAPI writes starts Swagger UI with one inline script, so this page's Content-Security-Policy
adds that script's hash to the app's: nothing else inline runs, and no other origin is
reached (the validator badge, which would call one, is off).
"""

from __future__ import annotations

import base64
import hashlib
import re
from importlib.resources import files
from pathlib import Path

from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse

ASSETS = Path(str(files("fastapi_offline") / "static"))
ASSETS_URL = "/docs/assets"
SWAGGER_UI_PARAMETERS = {"validatorUrl": None}
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def _script_hashes(html: str) -> list[str]:
    """CSP source expressions allowing exactly the inline scripts of `html`."""
    return [
        "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"
        for script in _INLINE_SCRIPT.findall(html)
    ]


def _allow_scripts(policy: str, sources: list[str]) -> str:
    directives = [part.strip() for part in policy.split(";") if part.strip()]
    for n, directive in enumerate(directives):
        if directive.split()[0] == "script-src":
            directives[n] = " ".join([directive, *sources])
            break
    else:
        directives.append(" ".join(["script-src 'self'", *sources]))
    return "; ".join(directives)


def swagger_ui(openapi_url: str, title: str, policy: str) -> HTMLResponse:
    """The /docs page over `openapi_url`, its CSP `policy` widened by its own inline
    script's hash."""
    page = get_swagger_ui_html(
        openapi_url=openapi_url,
        title=f"{title} API",
        swagger_js_url=f"{ASSETS_URL}/swagger-ui-bundle.js",
        swagger_css_url=f"{ASSETS_URL}/swagger-ui.css",
        swagger_favicon_url="data:,",
        swagger_ui_parameters=SWAGGER_UI_PARAMETERS,
    )
    html = bytes(page.body).decode()
    return HTMLResponse(
        html,
        headers={"Content-Security-Policy": _allow_scripts(policy, _script_hashes(html))},
    )
