"""Datasette plugin: a facet is counted once per request.

Datasette 0.65 computes a table's default facets (metadata.yml) and the `_facet=` ones of the URL
separately, so `/noichinh/events.json?_facet=province` counted provinces twice for one answer.
Dropping the repeated `_facet` parameters keeps the page the same and halves the facet work on
the biggest pages researchers open.
"""
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl


def drop_repeated_facets(query_string: bytes, default_facets) -> bytes:
    """The query string without `_facet=X` already among `default_facets` or earlier in the string."""
    if b"_facet=" not in query_string:
        return query_string
    pairs = parse_qsl(query_string.decode("utf-8", "replace"), keep_blank_values=True)
    seen, kept = set(default_facets), []
    for key, value in pairs:
        if key == "_facet":
            if value in seen:
                continue
            seen.add(value)
        kept.append((key, value))
    return urlencode(kept).encode() if kept != pairs else query_string


def table_of(path: str) -> tuple[str, str] | None:
    """(database, table) of a table page path such as /noichinh/events or /noichinh/events.json."""
    parts = path.strip("/").split("/")
    if len(parts) != 2 or not parts[1]:
        return None
    table = parts[1][: -len(".json")] if parts[1].endswith(".json") else parts[1]
    return parts[0], table


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def once(scope, receive, send):
            if scope.get("type") == "http" and b"_facet=" in scope.get("query_string", b""):
                where = table_of(scope.get("path", ""))
                if where:
                    facets = [f for f in datasette.table_metadata(*where).get("facets") or [] if isinstance(f, str)]
                    scope = {**scope, "query_string": drop_repeated_facets(scope["query_string"], facets)}
            await app(scope, receive, send)

        return once

    return wrap
