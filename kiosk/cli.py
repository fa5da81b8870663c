"""`kiosk` command line: run, validate, preview, bench, stats.

Qt is imported only by the commands that show something, so `kiosk validate`
runs on any PC, with or without a display.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

BUNDLED_CONTENT = Path(__file__).resolve().parents[1] / "content"
ACCESS_MODES = ("large-text", "high-contrast", "reach")  # kiosk/ui/access.py; here without importing Qt


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size; write WIDTHxHEIGHT, e.g. 1920x1080") from None
    if not (320 <= w <= 8192 and 320 <= h <= 8192):
        raise argparse.ArgumentTypeError(f"{text} is outside 320x320 to 8192x8192")
    return w, h


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="Heritage kiosk: a touch exhibit run from YAML content.")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="start the kiosk (fullscreen unless --windowed)")
    run.add_argument("content", nargs="?", type=Path, default=BUNDLED_CONTENT)
    run.add_argument("--windowed", action="store_true", help="a window instead of fullscreen, for development")
    run.add_argument("--size", type=_size, default=(1280, 720), help="window size with --windowed, e.g. 1280x720")
    run.add_argument("--smoke", action="store_true", help="open the home screen, draw it, and exit 0 (tests an install)")

    val = sub.add_parser("validate", help="check content and list every problem as PATH:LINE:COL")
    val.add_argument("content", nargs="?", type=Path, default=BUNDLED_CONTENT)
    val.add_argument("--no-fonts", action="store_true", help="skip the glyph check")
    val.add_argument("--layout", action="store_true",
                     help="also render every screen with the real fonts and report text that does not fit (slower)")
    val.add_argument("--size", type=_size, action="append", dest="sizes",
                     help="screen size for --layout, may be repeated (default 1280x720, 1920x1080 and 1080x1920)")
    val.add_argument("--mode", choices=ACCESS_MODES, action="append", dest="modes",
                     help="also check --layout in this accessibility mode, may be repeated (large-text changes the most)")

    pre = sub.add_parser("preview", help="render every screen to LANG/SCREEN.png")
    pre.add_argument("content", nargs="?", type=Path, default=BUNDLED_CONTENT)
    pre.add_argument("--out", type=Path, required=True)
    pre.add_argument("--size", type=_size, default=(1920, 1080))
    pre.add_argument("--lang", default=None, help="only this language, e.g. zh-Hans")
    pre.add_argument("--screens", default=None, help="only these screens, e.g. home,dazu-02")
    pre.add_argument("--mode", choices=ACCESS_MODES, action="append", dest="modes", default=[],
                     help="render in this accessibility mode (may be repeated to combine), same file names")
    sch = sub.add_parser("schema", help="write the JSON Schemas editors use to check content as you type")
    sch.add_argument("content", nargs="?", type=Path, default=BUNDLED_CONTENT)
    sch.add_argument("--print", dest="print_only", action="store_true", help="print the section schema instead of writing files")

    cac = sub.add_parser("cache", help="make every picture's screen rendition, thumbnail and zoom tiles ahead of opening")
    cac.add_argument("content", nargs="?", type=Path, default=BUNDLED_CONTENT)
    cac.add_argument("--size", type=_size, default=(1920, 1080), help="the exhibit screen's size, e.g. 1920x1080")

    fco = sub.add_parser("font-copies", help="cut the small copies of the big CJK typefaces this content needs ahead of "
                                             "opening (the kiosk also makes them itself, in a child process)")
    fco.add_argument("content", nargs="?", type=Path, default=BUNDLED_CONTENT)

    sub.add_parser("font-scan", help="read which characters the font files named on standard input draw, as JSON "
                                     "(the kiosk runs it in a child process for fonts it has not seen)")

    cre = sub.add_parser("content-read", help="check a content folder and write what the kiosk shows of it, pickled, "
                                              "on standard output (the kiosk runs it in a child process)")
    cre.add_argument("content", type=Path)

    doc = sub.add_parser("doctor", help="check this PC before opening: fonts, content, disk, state folder, screens, touch")
    doc.add_argument("content", nargs="?", type=Path, default=BUNDLED_CONTENT)

    pin = sub.add_parser("set-pin", help="set the staff PIN that opens the staff menu (asks for it twice)")
    pin.add_argument("--no-hide-cursor", action="store_true", help="keep the mouse pointer visible in kiosk mode")

    hrs = sub.add_parser("hours", help="show or set the opening hours; outside them the kiosk sleeps")
    hrs.add_argument("week", nargs="?", default=None,
                     help="e.g. 'mon-fri 09:00-17:00; sat 10:00-16:00; sun closed' (days not named stay open all day)")
    hrs.add_argument("--closed-on", action="append", default=[], metavar="YYYY-MM-DD", help="a holiday; may be repeated")
    hrs.add_argument("--open-on", action="append", default=[], metavar="YYYY-MM-DD", help="remove a holiday")
    hrs.add_argument("--always-open", action="store_true", help="forget all hours and holidays")
    hrs.add_argument("--sleep", choices=["screen", "blank"], default=None, help="outside hours: the sleep screen or black")

    sim = sub.add_parser("simulate", help="a reproducible random-touch monkey on the real UI, offscreen (soak tests)")
    sim.add_argument("content", nargs="?", type=Path, default=BUNDLED_CONTENT)
    sim.add_argument("--touches", type=int, default=1000)
    sim.add_argument("--seed", type=int, default=1)
    sim.add_argument("--size", type=_size, default=(1280, 720))
    sim.add_argument("--rss-every", type=int, default=0, metavar="N", help="every N touches, end the visit and print the memory at rest")
    sim.add_argument("--no-tour", action="store_true",
                     help="skip the warm-up tour of every screen in every language and mode (quick runs; the"
                          " memory figures then include warming up)")

    ben = sub.add_parser("bench", help="start-up, tap latency, frame pacing, idle CPU and memory, offscreen")
    ben.add_argument("content", nargs="?", type=Path, default=BUNDLED_CONTENT)
    ben.add_argument("--size", type=_size, action="append", dest="sizes",
                     help="screen size, may be repeated (default 1280x720 and 1920x1080)")
    ben.add_argument("--runs", type=int, default=3, help="fresh starts per size for the start-up figures")
    ben.add_argument("--reps", type=int, default=30, help="taps per transition")
    ben.add_argument("--gesture-seconds", type=float, default=5.0, help="swiping and zooming time")
    ben.add_argument("--idle-seconds", type=float, default=10.0, help="how long idle CPU is measured")
    ben.add_argument("--attract-seconds", type=float, default=28.0,
                     help="how long the attract loop's frames are measured (whole slide periods), and the bare cross-fade's")
    ben.add_argument("--json", action="store_true", help="end with one line of JSON")

    bim = sub.add_parser("bench-images", help="measure pictures: a generated 100 MP JPEG and 50 charts, against a naive decode")
    bim.add_argument("content", nargs="?", type=Path, default=BUNDLED_CONTENT)
    bim.add_argument("--size", type=_size, default=(1920, 1080))
    bim.add_argument("--megapixels", type=float, default=100)
    bim.add_argument("--images", type=int, default=50)
    bim.add_argument("--image-size", type=_size, default=(4000, 3000))
    bim.add_argument("--cycles", type=int, default=200, help="opens and closes for the memory figure")
    bim.add_argument("--keep", action="store_true", help="keep the generated files and the zoomed screenshot")

    sta = sub.add_parser("stats", help="summarise the anonymous usage log; --csv exports every event")
    sta.add_argument("--since", metavar="YYYY-MM-DD", default=None, help="only events from this local date on")
    sta.add_argument("--csv", type=Path, metavar="FILE", default=None, help="also write every event to FILE")
    sta.add_argument("--db", type=Path, metavar="PATH", default=None, help="the usage database (default: in the state folder)")
    return parser


LAYOUT_SIZES = [(1280, 720), (1920, 1080), (1080, 1920)]


def validate(content: Path, fonts: bool = True, layout: bool = False, sizes=None, modes=None) -> int:
    from kiosk.core.loader import load_content
    from kiosk.core.typefaces import shared_index

    result = load_content(content, fonts=shared_index() if fonts else None)
    problems = list(result.problems)
    if layout and not result.errors:
        from kiosk.ui.layout_check import check_layout

        problems += check_layout(content, sizes or LAYOUT_SIZES, modes=[()] + [(m,) for m in modes or []])
    for problem in problems:
        print(problem.format(content.resolve()))
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    print(f"{content}: {errors} error(s), {warnings} warning(s)", file=sys.stderr)
    return 1 if errors else 0


def _set_pin(hide_cursor: bool) -> int:
    import getpass

    from kiosk.core import staff_config

    config = staff_config.load()
    first = getpass.getpass("New staff PIN (4 to 12 digits): ")
    if getpass.getpass("The same PIN again: ") != first:
        print("kiosk set-pin: the two PINs differ; nothing was changed", file=sys.stderr)
        return 1
    try:
        config.set_pin(first)
    except ValueError as exc:
        print(f"kiosk set-pin: {exc}; nothing was changed", file=sys.stderr)
        return 1
    config.hide_cursor = hide_cursor
    path = staff_config.save(config)
    print(f"kiosk set-pin: saved to {path}. Five quick taps in the top-left corner open the PIN pad.")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "validate":
            return validate(args.content, fonts=not args.no_fonts, layout=args.layout, sizes=args.sizes, modes=args.modes)
        if args.command == "run":
            from kiosk.ui.app import run

            return run(args.content, windowed=args.windowed, size=args.size, smoke=args.smoke)
        if args.command == "preview":
            from kiosk.ui.preview import preview

            screens = args.screens.split(",") if args.screens else None
            return preview(args.content, args.out, args.size, args.lang, screens, tuple(args.modes))
        if args.command == "schema":
            import json

            from kiosk.core.json_schema import schema_for, write_schemas
            from kiosk.core.schema import Section

            if args.print_only:
                print(json.dumps(schema_for(Section), indent=2, ensure_ascii=False))
                return 0
            for path in write_schemas(args.content / "schema"):
                print(f"wrote {path}")
            return 0
        if args.command == "cache":
            from kiosk.core.cache_build import cache

            return cache(args.content, args.size)
        if args.command == "font-copies":
            from kiosk.core.font_subsets import make_copies

            return make_copies(args.content)
        if args.command == "font-scan":
            from kiosk.core.font_scan import main as font_scan

            return font_scan()
        if args.command == "content-read":
            from kiosk.core.reading import main as content_read

            return content_read(args.content)
        if args.command == "doctor":
            from kiosk.doctor import doctor

            return doctor(args.content)
        if args.command == "set-pin":
            return _set_pin(hide_cursor=not args.no_hide_cursor)
        if args.command == "hours":
            from kiosk.hours_command import hours

            return hours(args.week, args.closed_on, args.open_on, args.always_open, args.sleep)
        if args.command == "simulate":
            from kiosk.ui.simulate import main_args

            return main_args(args)
        if args.command == "bench":
            from kiosk.ui.bench import bench
            from kiosk.ui.bench_session import Plan

            return bench(args.content, args.sizes, args.runs, args.json,
                         Plan(args.reps, args.gesture_seconds, args.idle_seconds, args.attract_seconds))
        if args.command == "bench-images":
            from kiosk.bench_images import bench_images

            return bench_images(args.content, args.size, args.megapixels, args.images, args.image_size, args.cycles, args.keep)
        if args.command == "stats":
            from kiosk.core.usage_stats import stats

            return stats(args.db, since=args.since, csv_path=args.csv)
    except KeyboardInterrupt:
        return 130
    except ImportError as exc:
        if os.environ.get("KIOSK_DEBUG"):
            raise
        print(f"kiosk: a part of the kiosk is not installed ({exc.name or exc}); run 'make run' or "
              "'pip install -e .' in the kiosk folder", file=sys.stderr)
        return 2
    except Exception as exc:  # a curator or technician gets one plain line; KIOSK_DEBUG=1 shows the trace
        if os.environ.get("KIOSK_DEBUG"):
            raise
        print(f"kiosk: the {args.command} command failed ({type(exc).__name__}: {exc}). This is a fault in the "
              "kiosk, not in your content; run again with KIOSK_DEBUG=1 and report what it prints.", file=sys.stderr)
        return 3
    return 2
