"""Datasette plugin: diacritic-blind search and matching.

- SQL functions `fold(text)` and `folded_words(text)`, so canned queries compare what a
  researcher types ("long an", "dai ta") with stored names through the loader's folding.
- Search terms (`_search`, `_search_<column>`, and `q` of the search-all page) are folded
  before Datasette sees them. The full-text indexes hold folded text, so "Đại tá", "Dai ta"
  and "dai ta" all find "Đại tá": the unicode61 tokenizer strips accents but keeps đ apart
  from d, and folding the query once is cheaper than indexing every text twice.
"""
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl

from pipeline.publish.normalise import fold, strip_marks, words

SEARCH_KEYS = ("_search", "q")


def fold_query_string(query_string: bytes) -> bytes:
    """The query string with its search terms folded (operators such as OR keep their case)."""
    if not query_string or b"search" not in query_string and b"q=" not in query_string:
        return query_string
    pairs = parse_qsl(query_string.decode("utf-8", "replace"), keep_blank_values=True)
    changed = [(k, strip_marks(v) if (k in SEARCH_KEYS or k.startswith("_search_")) else v) for k, v in pairs]
    return urlencode(changed).encode() if changed != pairs else query_string


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def folded(scope, receive, send):
            if scope.get("type") == "http" and scope.get("query_string"):
                scope = {**scope, "query_string": fold_query_string(scope["query_string"])}
            await app(scope, receive, send)

        return folded

    return wrap


@hookimpl
def prepare_connection(conn):
    conn.create_function("fold", 1, fold, deterministic=True)
    conn.create_function("folded_words", 1, words, deterministic=True)
