"""The random-touch monkey runs the real UI, reproducibly, and ends with a JSON summary."""

import json

from kiosk.ui.simulate import simulate


def test_a_short_monkey_run_has_no_errors(qapp, content_copy, capsys):
    assert simulate(content_copy, touches=60, seed=3, size=(1280, 720)) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert set(summary) == {"touches", "screens_visited", "errors", "rss_start_mb", "rss_end_mb", "rss_peak_mb",
                            "anon_start_mb", "anon_end_mb", "frames"}
    assert summary["touches"] == 60 and summary["errors"] == 0
    assert summary["screens_visited"] >= 3, "the monkey should get past the attract screen"
    assert summary["frames"] > 0 and summary["rss_end_mb"] > 0
    assert 0 < summary["anon_end_mb"] < summary["rss_end_mb"], "mapped files (libraries, fonts) are not anonymous"
