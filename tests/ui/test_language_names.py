"""Each language's name on its button is set in that language's own face, whatever the visit's
language: 中文 in the Chinese face on an English screen, not in whatever Qt falls back to."""

from __future__ import annotations


def _labels(item, text: str):
    stack, found = [item], []
    while stack:
        node = stack.pop()
        if node.property("text") == text and node.property("font") is not None:
            found.append(node)
        stack.extend(node.childItems())
    return found


def test_language_names_are_set_in_their_own_faces(visitor, kiosk, qtbot):
    visitor.open_section(0)
    assert kiosk.visit.language == "en"
    faces = {lang["name"]: lang["face"]["text"] for lang in kiosk.exhibit.languages}
    assert faces["中文"] != faces["English"], faces
    for name, family in faces.items():
        label = _labels(visitor.find(name), name)
        assert label, f"no label reads {name!r}"
        assert label[0].property("font").family() == family, (name, label[0].property("font").family())
