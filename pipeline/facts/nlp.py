"""The spaCy frame: underthesea word segmentation as a registered tokenizer, and pipeline components
that run the fact rules and store their results on the Doc.

Everything is registered by name, so `nlp.to_disk(path)` / `spacy.load(path)` round-trip once this
module is imported (the pipeline holds no trained weights: its knowledge is the YAML gazetteers).
"""
from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

TOKENIZER = "noichinh.underthesea_tokenizer.v1"
TEXT_KEY = "noichinh_text"  # the tokenizer's input, kept on the Doc
_REGEX_TOKEN = re.compile(r"\w+|[^\w\s]")

for _name, _default in (("meta", None), ("ctx", None), ("facts", None), ("state", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


# Sentences the fact rules read: bloc, date, role, title, rank, member-list and award cues. In scope "cues" the
# title and lead, then these, are segmented while a per-article budget lasts; the rest (achievements, figures)
# is split into syllables. underthesea segments ~150k characters/s (7 us a character, mostly its CRF
# featuriser), so the budget is what keeps segmentation on by default at bloc-article speed. The tokens feed
# the gazetteer span layer and displaCy; the fact rules read characters, so the budget never changes a fact.
_CUE = re.compile(
    r"đồng\s+chí|(?<!\w)(?:ông|bà)\s+[A-ZĐ]|(?:đại|thượng|trung|thiếu)\s+(?:tá|úy|tướng)|giám\s+đốc|chủ\s+tịch|"
    r"(?:khối|cụm)\s+(?:trưởng|phó)|trưởng\s+(?:khối|cụm)|(?<!\w)gồm(?!\w)|cờ\s+thi\s+đua|bằng\s+khen|huân\s+chương",
    re.I,
)
_SENT = re.compile(r"[^\n.!?…]+(?:[.!?…]+|\n|$)")
LEAD_SENTENCES = 3  # the title and two lead sentences come first
SEGMENT_BUDGET = 400  # characters per article (the sentence that crosses it still counts): ~3-4 ms of underthesea


class UndertheseaTokenizer:
    """Vietnamese words ("phong trào", "thi đua") from underthesea, aligned back onto the text.

    scope "cues" segments the title, the lead and the sentences with a cue the rules look at, up to `budget`
    characters (0: no limit), so a long article costs no more than a short one; "all" the whole text.
    segment=False splits everything into syllables."""

    def __init__(self, vocab, segment: bool = True, scope: str = "cues", budget: int = SEGMENT_BUDGET):
        self.vocab = vocab
        self.segment = segment
        self.scope = scope
        self.budget = budget

    def _segment(self, text: str) -> list[str]:
        try:
            from underthesea import word_tokenize

            return word_tokenize(text)
        except Exception:  # underthesea trips on some binary input; fall back to syllables
            return _REGEX_TOKEN.findall(text)

    def _plan(self, text: str):
        """(sentence, segment?) in order: the title and lead, then cue sentences while the budget lasts."""
        left = self.budget if self.budget > 0 else len(text) + 1
        n = 0
        for m in _SENT.finditer(text):
            sent = m.group()
            if not sent.strip():
                yield sent, False
                continue
            n += 1
            seg = left > 0 and (n <= LEAD_SENTENCES or _CUE.search(sent) is not None)
            if seg:
                left -= len(sent)
            yield sent, seg

    def _words(self, text: str) -> list[str]:
        if not self.segment or len(text) >= 200_000:
            return _REGEX_TOKEN.findall(text)
        if self.scope == "all":
            return self._segment(text)
        words: list[str] = []
        for sent, seg in self._plan(text):
            words += self._segment(sent) if seg else _REGEX_TOKEN.findall(sent)
        return words

    def segmented(self, text: str) -> int:
        """Characters of text that go through underthesea (for benchmarks)."""
        if not self.segment or self.scope == "all":
            return len(text) if self.segment else 0
        return sum(len(sent) for sent, seg in self._plan(text) if seg)

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
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc.user_data[TEXT_KEY] = (len(doc), text)  # Doc.text rebuilds the string token by token: ~1 ms an article
        return doc

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
def create_tokenizer(segment: bool = True, scope: str = "cues", budget: int = SEGMENT_BUDGET):
    if scope not in ("cues", "all"):
        raise ValueError(f"tokenizer scope must be 'cues' or 'all', not {scope!r}")

    def make(nlp):
        return UndertheseaTokenizer(nlp.vocab, segment, scope, budget)

    return make


@Language.component("noichinh_prepare")
def prepare_component(doc: Doc) -> Doc:
    """Tone-normalised copy with offset map, sentences and page metadata (doc._.ctx)."""
    from .core import make_ctx

    meta = doc._.meta or {}
    n_tokens, text = doc.user_data.get(TEXT_KEY, (None, None))
    if n_tokens != len(doc):  # a Doc made elsewhere, or retokenised since
        text = doc.text
    doc._.ctx = make_ctx(text, meta.get("published"), meta.get("province_hint"), meta.get("host"))
    doc._.facts, doc._.state = {}, {}
    return doc


def _pattern_docs(nlp: Language, phrase: str) -> list[Doc]:
    """A phrase as the tokenizer segments it and as syllables: sentences without cues are not segmented."""
    seg = nlp.make_doc(phrase)
    syl = Doc(nlp.vocab, words=_REGEX_TOKEN.findall(phrase) or [phrase])
    return [seg] if [t.text for t in seg] == [t.text for t in syl] else [seg, syl]


class GazetteerMatcher:
    """Province and unit mentions from the gazetteers (spaCy PhraseMatchers) as doc.spans["gazetteer"].

    Provinces match case-sensitively (proper nouns), units on lower case ("Viện kiểm sát" = "Viện Kiểm sát").
    The matchers are rebuilt from the YAML files when a saved pipeline loads, so data edits apply at once.
    """

    def __init__(self, nlp: Language):
        from .gazetteer import load

        gz = load()
        self.provinces = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.units = PhraseMatcher(nlp.vocab, attr="LOWER")
        forms = {f for p in gz.provinces for f in [p["name"], *p.get("aliases", [])]}
        self.provinces.add("PROVINCE", [d for f in sorted(forms) for d in _pattern_docs(nlp, f)])
        unit_forms: dict[str, set] = {}
        for surface, code in gz.unit_code.items():
            unit_forms.setdefault(code, set()).add(surface)
        for code, surfaces in unit_forms.items():
            self.units.add(code, [d for s_ in sorted(surfaces) for d in _pattern_docs(nlp, s_)])

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, s, e, label="PROVINCE") for _, s, e in self.provinces(doc)]
        for match_id, s, e in self.units(doc):
            if doc[s].text[:1].isupper():
                spans.append(Span(doc, s, e, label="UNIT:" + doc.vocab.strings[match_id]))
        doc.spans["gazetteer"] = spacy.util.filter_spans(spans)
        return doc


@Language.factory("noichinh_gazetteer")
def make_gazetteer(nlp: Language, name: str):
    return GazetteerMatcher(nlp)


def _step_component(name: str, step):
    def component(doc: Doc) -> Doc:
        if doc._.ctx is not None:
            step(doc._.ctx, doc._.facts, doc._.state)
        return doc

    component.__doc__ = step.__doc__
    Language.component(name, func=component)


def _register_steps():
    from .core import STEPS

    for name, step in STEPS:
        if name not in Language.factories:
            _step_component(name, step)


_register_steps()


@Language.component("noichinh_evidence")
def evidence_component(doc: Doc) -> Doc:
    """Evidence of every fact as doc.spans["facts"], labelled by field, on the original text."""
    ctx = doc._.ctx
    if ctx is None:
        return doc
    spans = []
    for ev in ctx.evidence:
        s, e = ctx.prep.to_original(ev.start, ev.end)
        sp = doc.char_span(s, e, label=ev.field, alignment_mode="expand")
        if sp is not None:
            spans.append(sp)
    doc.spans["facts"] = spans
    return doc


def build(segment: bool = True, scope: str = "cues", budget: int = SEGMENT_BUDGET) -> Language:
    """A blank multi-language pipeline with the Vietnamese tokenizer and the fact components."""
    tok = {"@tokenizers": TOKENIZER, "segment": segment, "scope": scope, "budget": budget}
    nlp = spacy.blank("xx", config={"nlp": {"tokenizer": tok}})
    from .core import STEPS

    nlp.add_pipe("noichinh_prepare")
    nlp.add_pipe("noichinh_gazetteer")
    for name, _ in STEPS:
        nlp.add_pipe(name)
    nlp.add_pipe("noichinh_evidence")
    return nlp


__all__ = ["build", "UndertheseaTokenizer", "Span"]
