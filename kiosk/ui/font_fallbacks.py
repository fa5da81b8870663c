"""Which face Qt takes for a character the text's own face lacks: the kiosk's other faces first.

Qt's own fallback asks the PC (fontconfig, DirectWrite) and takes the first face that draws the
character. On a Debian PC that is "Noto Sans CJK JP" for a Chinese character in a Latin face: the
Japanese forms of the characters, and a 20 MB collection mapped into the kiosk. It happens for
mixed text (a Chinese name in an English panel) and for a moment in every language switch, when
the kiosk's own words (qsTr) are still in the old language and the face is already the new one.

Substitutes tell Qt to try the exhibition's own faces first - for Chinese, the small copy in
Simplified forms (kiosk/core/font_subsets.py). The PC's fallback still follows for anything else.
"""

from __future__ import annotations

from PySide6.QtGui import QFont

_lent: set[str] = set()  # families given substitutes by the last call


def lend_faces(fallbacks: dict[str, list[str]]) -> None:
    """family -> the families to try, in order, for a character it lacks (kiosk.core.typefaces).

    Qt keeps substitutes in one table without a lock, which a thread drawing a picture with words
    in it (an SVG's text) may read. So the table is written only where it changes: once when the
    content is first shown and once when the small copies take over, not at every reload.
    """
    for family in _lent - set(fallbacks):
        QFont.removeSubstitutions(family)
    for family, others in fallbacks.items():
        if QFont.substitutes(family) != [other.lower() for other in others]:  # Qt keeps names in lower case
            QFont.removeSubstitutions(family)
            if others:
                QFont.insertSubstitutions(family, others)
    _lent.clear()
    _lent.update(family for family, others in fallbacks.items() if others)
