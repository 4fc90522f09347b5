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
