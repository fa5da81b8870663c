"""`kiosk bench`: how the real kiosk feels to a visitor, measured against a bare Qt Quick window.

For each screen size: start-up (fresh processes, bare window in the same run), tap
latency, frame pacing while swiping, zooming and on the attract loop and idle CPU (one
session process per size, kiosk/ui/bench_session.py), and memory after every screen
(a process of its own, without the session's touch tester: kiosk/ui/bench_memory.py). Prints a table;
with --json the last line is JSON. Prints figures, asserts nothing: a benchmark, not a test.
"""

from __future__ import annotations

import compileall
import json
import statistics
import sys
import tempfile
from pathlib import Path

from kiosk.ui import bench_bare_fade, bench_memory
from kiosk.ui.bench_report import print_table, verdicts
from kiosk.ui.bench_session import Plan
from kiosk.ui.bench_startup import child_env, child_json, measure

DEFAULT_SIZES = [(1280, 720), (1920, 1080)]


def startup(content: Path, size: tuple[int, int], runs: int, state: Path) -> dict:
    bare, kiosk = [], []
    for _ in range(runs):
        bare.append(measure("bare", content, size, state))
        kiosk.append(measure("kiosk", content, size, state))
    nan = float("nan")
    figures = {
        "runs": runs,
        "bare_first_frame_s": round(statistics.median(b["first_frame"] for b in bare), 3),
        "bare_peak_rss_mib": round(max(b["peak_rss_mib"] for b in bare), 1),
        "first_frame_s": round(statistics.median(k["first_frame"] for k in kiosk), 3),
        "content_ready_s": round(statistics.median(k.get("ready", nan) for k in kiosk), 3),
        "home_frame_s": round(statistics.median(k.get("home", nan) for k in kiosk), 3),
    }
    figures["first_frame_ratio"] = round(figures["first_frame_s"] / figures["bare_first_frame_s"], 2)
    figures["home_ratio"] = round(figures["home_frame_s"] / figures["bare_first_frame_s"], 2)
    return figures


def session(content: Path, size: tuple[int, int], plan: Plan, state: Path) -> dict:
    # A session that fails still prints its figures, with the error among them.
    args = [str(content), str(size[0]), str(size[1]), str(plan.reps), str(plan.gesture_seconds), str(plan.idle_seconds),
            str(plan.attract_seconds)]
    return child_json("kiosk.ui.bench_session", args, child_env(state), f"the bench session at {size[0]}x{size[1]}",
                      timeout=1800, must_succeed=False)


def bench(content: Path, sizes: list[tuple[int, int]] | None, runs: int, as_json: bool, plan: Plan | None = None) -> int:
    plan = plan or Plan()
    results: dict[str, dict] = {}
    _bytecode_up_to_date()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        state = Path(tmp)
        measure("kiosk", content, (1280, 720), state)  # warm-up, not counted: font index, disk cache
        for size in sizes or DEFAULT_SIZES:
            results[f"{size[0]}x{size[1]}"] = _one_size(content, size, runs, plan, state)
    print_table(results, plan)
    if as_json:
        print(json.dumps({"sizes": results}))
    return 0 if all(not r.get("error") for r in results.values()) else 1


def _bytecode_up_to_date() -> None:
    """Start-up as installed (packaging/setup-dev.sh): the kiosk's bytecode written, not compiled at each start."""
    try:
        compileall.compile_dir(Path(__file__).resolve().parents[1], quiet=1)
    except OSError:
        pass  # a read-only install: its bytecode is whatever it shipped with


def _one_size(content: Path, size: tuple[int, int], runs: int, plan: Plan, state: Path) -> dict:
    print(f"kiosk bench: {size[0]}x{size[1]} ...", file=sys.stderr, flush=True)
    figures = {"startup": startup(content, size, runs, state), **session(content, size, plan, state),
               **bench_memory.measure(content, size, child_env(state))}
    # What this machine gives a bare window's cross-fade: the floor under the attract loop's figure.
    figures["pacing_bare_fade"] = bench_bare_fade.measure(size, plan.attract_seconds, child_env(state))
    figures["rss_ratio"] = round(figures["rss_after_all_mib"] / figures["startup"]["bare_peak_rss_mib"], 2) \
        if "rss_after_all_mib" in figures else None
    figures["targets"] = verdicts(figures)
    return figures
