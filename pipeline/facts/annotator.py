"""`Annotator`: the public entry point (see FORMATS.md): text + page metadata -> one facts dict."""
from __future__ import annotations

from . import core
from .gazetteer import load, province_from_host


class Annotator:
    """Builds the spaCy pipeline once; `annotate()` is cheap and never raises on bad input."""

    def __init__(self, segment: bool = True, scope: str = "cues"):
        """segment=True tokenises with underthesea's word segmentation: scope "cues" segments the title,
        lead and then the sentences the rules read, up to nlp.SEGMENT_BUDGET characters (the default:
        bloc-article speed stays above 50/s on one core), "all" the whole text (about 2-4x slower on long articles). segment=False uses syllable
        tokens. The facts are the same either way: the rules read characters, not tokens."""
        from .nlp import build

        self.segment = segment
        self.scope = scope
        self.nlp = build(segment, scope)
        self.gz = load()

    def __getstate__(self):  # picklable for worker pools: rebuild the pipeline on the other side
        return {"segment": self.segment, "scope": self.scope}

    def __setstate__(self, state):
        self.__init__(state["segment"], state.get("scope", "cues"))

    def annotate(self, text, url=None, published=None, outlet=None, province_hint=None, id=None) -> dict:
        host = core.host_of(url, outlet)
        base = core.empty(id, url, outlet, core.parse_date(published).isoformat() if core.parse_date(published) else None)
        try:
            if isinstance(text, bytes):
                text = text.decode("utf-8", errors="replace")
            if not isinstance(text, str):
                text = "" if text is None else str(text)
            hint = self.gz.province_of(province_hint) if province_hint else None
            base["province"] = hint or province_from_host(host, self.gz)
            if not core.precheck(text):
                base["province"] = None  # unrelated news: no bloc event to place
                return base
            return self._run(text[: core.MAX_CHARS], base, published, hint, host)
        except Exception as exc:  # a rule bug must not stop a crawl of thousands of pages
            base["error"] = f"{type(exc).__name__}: {exc}"[:300]
            return base

    def _run(self, text: str, base: dict, published, hint, host) -> dict:
        doc = self.nlp.make_doc(text)
        doc._.meta = {"published": published, "province_hint": hint, "host": host}
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        facts = doc._.facts or {}
        base.update(facts)
        ctx = doc._.ctx
        ev = []
        for e in ctx.evidence:
            s, t = ctx.prep.to_original(e.start, e.end)
            ss, se = ctx.sentence_at(e.start)
            a, b = ctx.prep.to_original(ss, se)
            ev.append({"field": e.field, "value": e.value, "sentence": text[a:b], "start": s, "end": t})
        base["evidence"] = ev
        return base

    def doc(self, text: str, url=None, published=None, outlet=None, province_hint=None):
        """The spaCy Doc with facts and evidence spans (for `show`)."""
        doc = self.nlp.make_doc(text[: core.MAX_CHARS])
        doc._.meta = {"published": published, "province_hint": province_hint, "host": core.host_of(url, outlet)}
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        return doc

