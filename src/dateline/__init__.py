"""dateline: raw news pages in, a structured record of the news out.

>>> import dateline
>>> article = dateline.extract(open("page.html", "rb").read(), url="https://example.org/a")
>>> article.to_dict()["title"]
"""

from __future__ import annotations

from dateline.api import ExtractError, extract
from dateline.record import SCHEMA, Article

__all__ = ["SCHEMA", "Article", "ExtractError", "extract"]
__version__ = "0.1.0"
