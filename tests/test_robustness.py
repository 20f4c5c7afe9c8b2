"""Whatever the text, extraction and RDF writing finish: broken input is data, not a crash."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.model import Document
from kg.pipeline import Built, process

ALPHABET = "市委书记县长主任副组长张王李欧阳·会议召开主持出席列席请假讲话任命免去为的职务暨第十次日月年,，。、；：()（）\n 網(wǎng)&nbsp;<p>?锟斤拷3"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=300))
def test_any_text_builds(text):
    result = process(Document("fuzz", text, "fuzz.txt"))
    assert isinstance(result, Built), result
