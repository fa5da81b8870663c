"""The random-touch monkey runs the real UI, reproducibly, and ends with a JSON summary."""

import json

from kiosk.ui.access import MODES
from kiosk.ui.preview import screen_plan
from kiosk.ui.simulate import simulate, tour_steps, warm_up_tour


def test_a_short_monkey_run_has_no_errors(qapp, content_copy, capsys):
    assert simulate(content_copy, touches=60, seed=3, size=(1280, 720), tour=False) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert set(summary) == {"touches", "screens_visited", "errors", "rss_start_mb", "rss_end_mb", "rss_peak_mb",
                            "rss_end_untoured_mb", "anon_start_mb", "anon_end_mb", "anon_end_untoured_mb", "frames"}
    assert summary["touches"] == 60 and summary["errors"] == 0
    assert summary["screens_visited"] >= 3, "the monkey should get past the attract screen"
    assert summary["frames"] > 0 and summary["rss_end_mb"] > 0
    assert 0 < summary["anon_end_mb"] < summary["rss_end_mb"], "mapped files (libraries, fonts) are not anonymous"


def test_the_warm_up_tour_shows_every_screen_in_every_language_and_mode(kiosk, qtbot):
    steps = tour_steps(kiosk)
    languages = [lang["code"] for lang in kiosk.exhibit.languages]
    screens = [name for name, _ in screen_plan(kiosk)]
    assert [(code, modes, name) for code, modes, name, _ in steps] == [
        (code, modes, name) for code in languages for modes in [(), *((m,) for m in MODES)] for name in screens]
    # A stretch of it, for real: each step shows its screen in its language and mode.
    seen = []

    def look(seconds):
        qtbot.wait(int(seconds * 1000))
        v, a = kiosk.visit, kiosk.access
        seen.append((v.language, a.largeText, a.highContrast, v.screen, v.sectionIndex, v.viewerIndex))

    stretch = [s for s in steps if s[0] == languages[1] and s[1] in ((), ("large-text",))][:4]
    stretch += [s for s in steps if s[0] == languages[-1] and s[1] == ("high-contrast",) and s[2].endswith("-image")][:1]
    assert warm_up_tour(kiosk, look, stretch) == 5
    assert seen[0] == (languages[1], False, False, "attract", -1, -1)
    assert seen[1] == (languages[1], False, False, "home", -1, -1)
    assert seen[2] == (languages[1], False, False, "section", 0, -1)
    assert seen[-1][:3] == (languages[-1], False, True) and seen[-1][5] == 0, "the last step shows a picture"
