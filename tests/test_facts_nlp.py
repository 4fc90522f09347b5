"""The spaCy frame: registered tokenizer and components, save/load round trip, pickling."""
from __future__ import annotations

import pickle

import spacy

from pipeline.facts import Annotator
from pipeline.facts.nlp import build

TEXT = ("Chiều 21/2, Khối thi đua Nội chính tỉnh Lạng Sơn tổ chức hội nghị ký giao ước thi đua năm 2023. "
        "Đồng chí Hoàng Văn Nam, Giám đốc Sở Tư pháp, Khối trưởng chủ trì.")


def test_underthesea_words_are_tokens_and_text_is_kept():
    nlp = build(segment=True)
    doc = nlp.make_doc(TEXT)
    assert doc.text == TEXT
    assert "thi đua" in [t.text for t in doc]  # a two-syllable Vietnamese word is one token


def test_pipeline_saves_and_loads(tmp_path):
    nlp = build(segment=True)
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.pipe_names == ["noichinh_prepare", "noichinh_gazetteer", "noichinh_bloc", "noichinh_event",
                                 "noichinh_province", "noichinh_officials", "noichinh_units", "noichinh_quotes",
                                 "noichinh_decide", "noichinh_evidence"]
    doc = loaded(TEXT)
    assert doc._.facts["bloc_name"] == "Khối thi đua Nội chính tỉnh Lạng Sơn"
    assert doc._.facts["leader_unit"] == "tu_phap"
    labels = {s.label_ for s in doc.spans["facts"]}
    assert {"bloc_name", "officials.name", "event_date"} <= labels
    assert any(s.label_ == "PROVINCE" and s.text == "Lạng Sơn" for s in doc.spans["gazetteer"])


def test_annotator_pickles_for_worker_processes():
    ann = pickle.loads(pickle.dumps(Annotator()))
    assert ann.annotate(TEXT)["officials"][0]["name"] == "Hoàng Văn Nam"


def test_segmented_and_fast_tokenizers_give_the_same_facts():
    a, b = Annotator(segment=True).annotate(TEXT), Annotator(segment=False).annotate(TEXT)
    assert a == b


LONG = ("Khối thi đua Nội chính tỉnh Lạng Sơn ký giao ước năm 2023.\n"
        "Chiều 21/2, hội nghị diễn ra tại hội trường.\n"
        "Các đơn vị trình bày báo cáo.\n"
        "Năm qua thời tiết thuận lợi cho sản xuất nông nghiệp.\n"
        "Đồng chí Hoàng Văn Nam, Giám đốc Sở Tư pháp phát biểu.")


def test_segmentation_is_the_default_on_cue_sentences_only():
    ann = Annotator()
    assert ann.segment and ann.scope == "cues"
    tok = ann.nlp.tokenizer
    doc = ann.nlp.make_doc(LONG)
    assert doc.text == LONG
    words = [t.text for t in doc]
    assert "giao ước" in words  # the title is segmented
    assert "Giám đốc" in words  # a sentence with a title cue is segmented
    assert "nông" in words and "nông nghiệp" not in words  # a sentence with no cue, after the lead: syllables
    assert 0 < tok.segmented(LONG) < len(LONG)
    full = Annotator(scope="all").nlp.make_doc(LONG)
    assert "nông nghiệp" in [t.text for t in full] and full.text == LONG
    assert Annotator(scope="all").annotate(LONG) == ann.annotate(LONG) == Annotator(segment=False).annotate(LONG)


def test_tokenizer_scope_saves_and_loads_and_is_checked(tmp_path):
    nlp = build(segment=True, scope="all")
    nlp.to_disk(tmp_path / "m")
    loaded = spacy.load(tmp_path / "m")
    assert loaded.tokenizer.scope == "all" and loaded.tokenizer.segment
    assert "nông nghiệp" in [t.text for t in loaded.make_doc(LONG)]
    try:
        build(segment=True, scope="some")
    except Exception as exc:  # spaCy wraps the registry function's error
        assert "scope" in str(exc)
    else:
        raise AssertionError("an unknown scope must be refused")


def test_gazetteer_spans_in_segmented_and_syllable_sentences():
    ann = Annotator()
    text = LONG + "\nNăm qua Công an tỉnh Lạng Sơn bảo đảm trật tự tại các xã."
    doc = ann.doc(text)
    spans = [(s.label_, s.text) for s in doc.spans["gazetteer"]]
    assert spans.count(("PROVINCE", "Lạng Sơn")) == 2  # in the segmented title and the syllable-split last line
    assert ("UNIT:tu_phap", "Sở Tư pháp") in spans and ("UNIT:cong_an", "Công an tỉnh") in spans


def test_segmentation_budget_bounds_the_cost_of_long_articles():
    para = "Đồng chí Nguyễn Văn Nam, Giám đốc Sở Tư pháp phát biểu tại hội nghị của khối. "
    text = "Khối thi đua Nội chính tỉnh Sơn La tổng kết năm 2023.\n" + para * 80
    tok = build(segment=True).tokenizer
    assert tok.budget > 0 and tok.segmented(text) <= tok.budget + len(para)
    assert build(segment=True, budget=0).tokenizer.segmented(text) > 0.99 * len(text)  # no limit: every cue sentence
    doc = tok(text)
    assert doc.text == text
    words = [t.text for t in doc]
    assert words.count("Giám đốc") >= 1 and words.count("Giám") >= 1  # early sentences segmented, late ones not
