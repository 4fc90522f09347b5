"""Datasette plugin: SQL functions `fold(text)` and `folded_words(text)`.

Canned queries compare what a researcher types ("long an", "dai ta") with stored names
through the same folding the loader used, so diacritics never decide a match.
"""
from datasette import hookimpl

from pipeline.publish.normalise import fold, words


@hookimpl
def prepare_connection(conn):
    conn.create_function("fold", 1, fold, deterministic=True)
    conn.create_function("folded_words", 1, words, deterministic=True)
