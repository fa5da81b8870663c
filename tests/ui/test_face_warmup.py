"""The other languages' first words are set in their faces ahead, while the screen is still."""

import time

from PySide6.QtGui import QFont

from kiosk.ui.face_warmup import STILL_MS, Piece, pieces_for

WORDS = {
    "title": "对话中的遗产", "subtitle": "", "headline": "亚洲文化遗产",
    "slides": [{"caption": "重庆"}, {"caption": ""}],
    "sections": [{"title": "大足石刻", "summary": "九至十三世纪的摩崖造像。"}],
}
FACE = {"text": "Text Face", "display": "Display Face"}
SIZES = {"display": 88, "h1": 60, "h3": 34, "lead": 32, "caption": 22}


def test_pieces_are_the_attract_loop_s_and_home_s_words_in_their_faces_and_sizes():
    pieces = pieces_for(WORDS, FACE, SIZES)
    normal, demi = QFont.Weight.Normal, QFont.Weight.DemiBold
    assert Piece("Text Face", 32, demi, "亚洲文化遗产") in pieces  # the attract loop's headline
    assert Piece("Display Face", 88, normal, "对话中的遗产") in pieces  # its title, and home's
    assert Piece("Display Face", 60, normal, "对话中的遗产") in pieces
    assert Piece("Text Face", 32, normal, "重庆") in pieces
    assert Piece("Display Face", 34, normal, "大足石刻") in pieces  # a card's title
    assert Piece("Text Face", 23, normal, "九至十三世纪的摩崖造像。") in pieces  # its summary
    assert all(p.text.strip() for p in pieces), "an empty subtitle or caption is no work"
    assert len(pieces) == 6
    small = pieces_for(WORDS, FACE, {**SIZES, "caption": 15})  # a 1280x720 screen
    assert Piece("Text Face", 16, normal, "九至十三世纪的摩崖造像。") in small, "15 x 1.05 is 16 px in QML"


def _families(kiosk, code: str) -> set[str]:
    face = next(lang["face"] for lang in kiosk.exhibit.languages if lang["code"] == code)
    return {face["text"], face["display"]}


def test_the_other_languages_are_warmed_on_the_attract_loop_and_again_after_a_switch(visitor, kiosk, qtbot):
    warmup = kiosk.warmup
    qtbot.waitUntil(lambda: warmup.pending == 0 and warmup.done > 0, timeout=20_000)
    held = {family for family, _, _ in warmup._fonts}
    chinese, arabic, english = (_families(kiosk, code) for code in ("zh-Hans", "ar", "en"))
    assert chinese <= held and arabic <= held, f"held {held}"
    assert not (english - chinese - arabic) & held, "the visit's own language needs no warming"

    done = warmup.done
    visitor.tap("中文")
    qtbot.waitUntil(lambda: kiosk.visit.language == "zh-Hans", timeout=2000)
    qtbot.waitUntil(lambda: warmup.pending == 0 and warmup.done > done, timeout=20_000)
    held = {family for family, _, _ in warmup._fonts}
    assert english <= held and arabic <= held, f"held {held}"
    assert not (chinese - english - arabic) & held, "Chinese is on screen now; its fonts are the screens' to hold"


def test_no_piece_is_set_while_frames_are_being_drawn(kiosk, qtbot):
    warmup = kiosk.warmup
    qtbot.waitUntil(lambda: warmup.pending == 0 and warmup.done > 0, timeout=20_000)
    warmup._plan()  # as after a switch: stale, made at the first still tick
    warmup._timer.stop()  # ticked by hand below
    done = warmup.done
    kiosk.window.frameSwapped.emit()  # a frame was just drawn
    warmup._tick()
    assert warmup.done == done and warmup._stale, "a frame was drawn a moment ago: nothing is done"
    time.sleep(STILL_MS / 1000 + 0.05)
    warmup._tick()
    assert not warmup._stale and warmup.done > done, "still for a moment: the plan is made and pieces are set"
