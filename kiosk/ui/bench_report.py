"""The `kiosk bench` table and the issue's targets, judged per screen size. No Qt."""

from __future__ import annotations

import math
import os

TAPS = {"open_section": "open a section", "next_panel": "next panel", "open_image": "open an image",
        "language": "switch language"}
PACING = {"swipe": "swiping panels", "pinch": "pinch-zooming an image", "attract": "attract loop"}


def verdicts(f: dict) -> dict:
    """Each target from issue 8: True when met, False when missed, None when not measured."""
    def ok(value, test):
        return None if value is None or (isinstance(value, float) and math.isnan(value)) else bool(test(value))

    taps = f.get("taps", {})
    pacing = [f.get(f"pacing_{k}") for k in PACING]
    return {
        "first_frame_le_1.5x_bare": ok(f["startup"]["first_frame_ratio"], lambda v: v <= 1.5),
        "tap_p95_le_33ms": ok(max((t["p95_ms"] for t in taps.values()), default=None), lambda v: v <= 33),
        "frames_le_1pct_over_17ms_none_over_50ms": ok(
            None if None in pacing else max(p["over_17ms_pct"] for p in pacing) + (
                100 if max(p["worst_ms"] for p in pacing) > 50 else 0), lambda v: v <= 1),
        "idle_panel_no_frames": ok(f.get("idle_panel", {}).get("frames"), lambda v: v == 0),
        "attract_cpu_le_15pct": ok(f.get("idle_attract", {}).get("cpu_pct"), lambda v: v <= 15),
        "rss_le_2x_bare_peak": ok(f.get("rss_ratio"), lambda v: v <= 2),
    }


def _ms(v) -> str:
    return "   -  " if v is None or (isinstance(v, float) and math.isnan(v)) else f"{v:6.1f}"


def print_table(results: dict, plan) -> None:
    for name, f in results.items():
        s = f["startup"]
        print(f"\nkiosk bench at {name}: offscreen, {os.environ.get('QT_QUICK_BACKEND', 'software')} renderer, "
              f"{os.cpu_count()} cores")
        print(f"start-up, median of {s['runs']} fresh processes")
        print(f"  bare Qt Quick window, first frame   {s['bare_first_frame_s']:.3f} s")
        print(f"  kiosk, first frame (attract)        {s['first_frame_s']:.3f} s  ({s['first_frame_ratio']:.2f}x bare)")
        print(f"  kiosk, content loaded and checked   {s['content_ready_s']:.3f} s")
        print(f"  kiosk, first frame of home          {s['home_frame_s']:.3f} s  ({s['home_ratio']:.2f}x bare)")
        print(f"tap release -> first reacting frame, {plan.reps} taps each   p50 ms  p95 ms")
        for key, label in TAPS.items():
            t = f.get("taps", {}).get(key)
            if t:
                print(f"  {label:<40} {_ms(t['p50_ms'])}  {_ms(t['p95_ms'])}")
        print("frame pacing (ms)            frames  int p50  int p95  >17ms %  worst  render p50  p95  worst  stills")
        for key, label in (*PACING.items(), ("bare_fade", "bare window cross-fading")):
            p = f.get(f"pacing_{key}")
            if p:
                print(f"  {label:<26} {p['frames']:6d}  {_ms(p['interval_p50_ms'])}   {_ms(p['interval_p95_ms'])}   "
                      f"{_ms(p['over_17ms_pct'])} {_ms(p['worst_ms'])}   {_ms(p['render_p50_ms'])} "
                      f"{_ms(p['render_p95_ms'])} {_ms(p['render_worst_ms'])}  {p.get('stills', 0):6d}")
        for key, label in (("idle_attract", "attract screen"), ("idle_panel", "an idle panel")):
            i = f.get(key)
            if i:
                print(f"idle CPU on {label:<18} {i['cpu_pct']:5.1f} % of one core, {i['frames']} frames in "
                      f"{i['seconds']:g} s")
        if "rss_after_all_mib" in f:
            print(f"memory (RSS)  after start-up {f['rss_start_mib']:.0f} MiB, after every screen in every language "
                  f"{f['rss_after_all_mib']:.0f} MiB ({f['rss_ratio']:.2f}x the bare window's peak of "
                  f"{s['bare_peak_rss_mib']:.0f} MiB; the highest over {f['rss_after_all_over_s']:.0f} s of the "
                  f"attract loop, lowest {f['rss_after_all_low_mib']:.0f} MiB); kiosk peak {f['rss_peak_mib']:.0f} MiB")
        missed = [k for k, v in f["targets"].items() if v is False]
        print("targets: " + ("all met" if not missed else "missed " + ", ".join(missed)))
        if f.get("error"):
            print(f"error: {f['error']}")
