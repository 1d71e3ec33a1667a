"""The web app behind `dateline serve`: a JSON API and server-rendered pages over a database.

`create_app(path)` builds it; see app.py. Article text is untrusted everywhere here.
"""

from dateline.web.app import create_app

__all__ = ["create_app"]
