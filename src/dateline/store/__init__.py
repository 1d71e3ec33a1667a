"""The SQLite store, the only code that touches the database: `schema` (the tables), `write`
(`Store`: ingest's side, WAL mode, schema set-up) and `read` (`Reader`: the queries of the
CLI and the web, on a read-only connection)."""

from dateline.store.read import Reader, SearchHit, StoreError
from dateline.store.schema import LAYERS
from dateline.store.write import Store

__all__ = ["LAYERS", "Reader", "SearchHit", "Store", "StoreError"]
