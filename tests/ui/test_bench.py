"""`kiosk bench` runs the real kiosk end to end and reports every figure; timings are not judged here."""

import json

from kiosk.ui.bench import bench
from kiosk.ui.bench_frames import FrameClock, LoopWatch
from kiosk.ui.bench_session import Plan
from kiosk.ui.bench_stats import pacing, percentile


def test_percentiles_use_the_nearest_rank():
    assert percentile([5, 1, 3, 2, 4], 0.5) == 3
    assert percentile(list(range(1, 101)), 0.95) == 95
    assert pacing([16.0, 16.0, 40.0, 16.0], [2.0])["over_17ms_pct"] == 25.0


def test_a_gap_is_a_still_only_if_the_event_loop_ran_free_through_it(qapp):
    from PySide6.QtQuick import QQuickWindow

    clock, loop = FrameClock(QQuickWindow()), LoopWatch()
    ms = 0.001
    # Frames every 16 ms, then 2 s with nothing drawn while the loop ticks every 5 ms (a still),
    # then frames again, then a 120 ms gap the loop spent held up (a slow frame), then one more.
    clock.swaps = [i * 16 * ms for i in range(10)]
    still_end = clock.swaps[-1] + 2.0
    clock.swaps += [still_end + i * 16 * ms for i in range(10)]
    blocked_end = clock.swaps[-1] + 0.120
    clock.swaps.append(blocked_end)
    loop.ticks = [i * 5 * ms for i in range(int(blocked_end / (5 * ms)))
                  if not clock.swaps[-2] + 5 * ms < i * 5 * ms < blocked_end - 5 * ms]
    intervals, _, stills = clock.between(0, blocked_end, loop)
    assert stills == 1
    assert len(intervals) == 19
    assert max(intervals) > 100, "the gap the loop spent held up counts as a slow frame"
    # Without the watch, every gap counts as it always did.
    assert len(clock.between(0, blocked_end)[0]) == 20


def test_a_short_bench_reports_every_figure(content_copy, capsys):
    code = bench(content_copy, [(640, 360)], runs=1, as_json=True, plan=Plan(reps=2, gesture_seconds=0.5, idle_seconds=0.3,
                                                                              attract_seconds=0.5))
    out = capsys.readouterr().out
    assert code == 0, out
    figures = json.loads(out.strip().splitlines()[-1])["sizes"]["640x360"]
    assert figures["error"] is None
    assert figures["startup"]["first_frame_s"] > 0 and figures["startup"]["bare_peak_rss_mib"] > 0
    assert set(figures["taps"]) == {"open_section", "next_panel", "open_image", "language"}
    assert all(t["n"] == 2 for t in figures["taps"].values())
    for name in ("swipe", "pinch", "attract", "bare_fade"):
        assert figures[f"pacing_{name}"]["frames"] > 0, name
        assert isinstance(figures[f"pacing_{name}"].get("stills"), int), name
    assert {"idle_attract", "idle_panel", "rss_start_mib", "rss_after_all_mib"} <= set(figures)
    assert figures["screens_shown"] >= 3 * 8, "every screen in each of the three languages"
    # Read over a whole slide period of the attract loop (seconds_per_slide: 7), not at one moment of it.
    assert figures["rss_after_all_over_s"] >= 7
    assert 0 < figures["rss_after_all_low_mib"] <= figures["rss_after_all_mib"]
    assert figures["touch_tester_loaded"] is False, "the memory run measures the kiosk, not QtTest"
    assert set(figures["targets"]) >= {"tap_p95_le_33ms", "attract_cpu_le_15pct", "rss_le_2x_bare_peak"}
    assert "tap release -> first reacting frame" in out
