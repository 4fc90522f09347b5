"""The spaCy frame: underthesea word segmentation as a registered tokenizer, and pipeline components
that run the fact rules and store their results on the Doc.

Everything is registered by name, so `nlp.to_disk(path)` / `spacy.load(path)` round-trip once this
module is imported (the pipeline holds no trained weights: its knowledge is the YAML gazetteers).
"""
from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

TOKENIZER = "noichinh.underthesea_tokenizer.v1"
_REGEX_TOKEN = re.compile(r"\w+|[^\w\s]")

for _name, _default in (("meta", None), ("ctx", None), ("facts", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


class UndertheseaTokenizer:
    """Vietnamese words ("phong trào", "thi đua") from underthesea, aligned back onto the text."""

    def __init__(self, vocab, segment: bool = True):
        self.vocab = vocab
        self.segment = segment

    def _words(self, text: str) -> list[str]:
        if self.segment and len(text) < 200_000:
            try:
                from underthesea import word_tokenize

                return word_tokenize(text)
            except Exception:  # underthesea trips on some binary input; fall back to syllables
                pass
        return _REGEX_TOKEN.findall(text)

    def __call__(self, text: str) -> Doc:
        words, spaces = [], []
        pos = 0
        for w in self._words(text):
            i = text.find(w, pos)
            if i < 0:
                continue  # a token underthesea rewrote; its characters become part of the gap
            if i > pos:
                gap = text[pos:i]
                if gap == " " and words and not spaces[-1]:
                    spaces[-1] = True
                else:
                    words.append(gap)
                    spaces.append(False)
            words.append(w)
            spaces.append(False)
            pos = i + len(w)
        if pos < len(text):
            words.append(text[pos:])
            spaces.append(False)
        return Doc(self.vocab, words=words, spaces=spaces)

    # no state beyond the config: serialisation is a no-op
    def to_bytes(self, **kwargs):
        return b""

    def from_bytes(self, data, **kwargs):
        return self

    def to_disk(self, path, **kwargs):
        pass

    def from_disk(self, path, **kwargs):
        return self


@spacy.registry.tokenizers(TOKENIZER)
def create_tokenizer(segment: bool = True):
    def make(nlp):
        return UndertheseaTokenizer(nlp.vocab, segment)

    return make


@Language.component("noichinh_prepare")
def prepare_component(doc: Doc) -> Doc:
    """Tone-normalised copy with offset map, sentences and page metadata (doc._.ctx)."""
    from .core import make_ctx

    meta = doc._.meta or {}
    doc._.ctx = make_ctx(doc.text, meta.get("published"), meta.get("province_hint"), meta.get("host"))
    return doc


@Language.component("noichinh_gazetteer")
def gazetteer_component(doc: Doc) -> Doc:
    """Province and unit mentions from the gazetteers, as doc.spans["gazetteer"]."""
    ctx = doc._.ctx
    if ctx is None:
        return doc
    spans = []
    for rx, label in ((ctx.gz.province_re, "PROVINCE"), (ctx.gz.unit_re, "UNIT")):
        for m in rx.finditer(ctx.text):
            if label == "UNIT" and not m.group(1)[:1].isupper():
                continue
            s, e = ctx.prep.to_original(m.start(1), m.end(1))
            sp = doc.char_span(s, e, label=label, alignment_mode="expand")
            if sp is not None:
                spans.append(sp)
    doc.spans["gazetteer"] = spans
    return doc


@Language.component("noichinh_facts")
def facts_component(doc: Doc) -> Doc:
    """Run the field rules; facts on doc._.facts, evidence spans (label = field) in doc.spans["facts"]."""
    from .core import extract

    ctx = doc._.ctx
    if ctx is None:
        return doc
    doc._.facts = extract(ctx)
    spans = []
    for ev in ctx.evidence:
        s, e = ctx.prep.to_original(ev.start, ev.end)
        sp = doc.char_span(s, e, label=ev.field, alignment_mode="expand")
        if sp is not None:
            spans.append(sp)
    doc.spans["facts"] = spans
    return doc


def build(segment: bool = True) -> Language:
    """A blank multi-language pipeline with the Vietnamese tokenizer and the fact components."""
    nlp = spacy.blank("xx", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER, "segment": segment}}})
    nlp.add_pipe("noichinh_prepare")
    nlp.add_pipe("noichinh_gazetteer")
    nlp.add_pipe("noichinh_facts")
    return nlp


__all__ = ["build", "UndertheseaTokenizer", "Span"]
