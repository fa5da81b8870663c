"""`kiosk bench` runs the real kiosk end to end and reports every figure; timings are not judged here."""

import json

from kiosk.ui.bench import bench
from kiosk.ui.bench_session import Plan
from kiosk.ui.bench_stats import pacing, percentile


def test_percentiles_use_the_nearest_rank():
    assert percentile([5, 1, 3, 2, 4], 0.5) == 3
    assert percentile(list(range(1, 101)), 0.95) == 95
    assert pacing([16.0, 16.0, 40.0, 16.0], [2.0])["over_17ms_pct"] == 25.0


def test_a_short_bench_reports_every_figure(content_copy, capsys):
    code = bench(content_copy, [(640, 360)], runs=1, as_json=True, plan=Plan(reps=2, gesture_seconds=0.5, idle_seconds=0.3))
    out = capsys.readouterr().out
    assert code == 0, out
    figures = json.loads(out.strip().splitlines()[-1])["sizes"]["640x360"]
    assert figures["error"] is None
    assert figures["startup"]["first_frame_s"] > 0 and figures["startup"]["bare_peak_rss_mib"] > 0
    assert set(figures["taps"]) == {"open_section", "next_panel", "open_image", "language"}
    assert all(t["n"] == 2 for t in figures["taps"].values())
    for name in ("swipe", "pinch", "attract"):
        assert figures[f"pacing_{name}"]["frames"] > 0, name
    assert {"idle_attract", "idle_panel", "rss_start_mib", "rss_after_all_mib"} <= set(figures)
    assert set(figures["targets"]) >= {"tap_p95_le_33ms", "attract_cpu_le_15pct", "rss_le_2x_bare_peak"}
    assert "tap release -> first reacting frame" in out
