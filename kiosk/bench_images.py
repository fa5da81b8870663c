"""`kiosk bench-images`: how fast and how lean pictures are, against a naive full decode, in one run.

Generates a 100-megapixel JPEG test chart and a set of 50 more charts in a temp folder,
adds them to a copy of the content, and measures, each in a fresh child process:
the first sharp screen-size picture cold and from the cache, peak memory while zooming
to 1:1 and panning in the real kiosk (offscreen), memory across opens and closes,
`kiosk cache` times, and a naive full decode of the same file. Prints figures beside
the targets of issue 3; asserts nothing (a benchmark, not a test).
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

from kiosk.bench_pictures import test_chart, write_chart

PACKAGE_PARENT = str(Path(__file__).resolve().parents[1])
CHARTS_PER_GALLERY = 10
GALLERY_ITEM = """      - file: media/{name}
        alt: {{en: "Generated test chart {n}.", zh-Hans: "生成的测试图 {n}。"}}
        credit: {{en: "Test chart: kiosk bench-images", zh-Hans: "测试图：kiosk bench-images"}}
        rights: "CC0"
"""


def _env(state: Path) -> dict:
    path = os.pathsep.join(filter(None, [PACKAGE_PARENT, os.environ.get("PYTHONPATH")]))
    return dict(os.environ, KIOSK_STATE_DIR=str(state), PYTHONPATH=path, QT_QPA_PLATFORM="offscreen")


def _child(args: list[str], state: Path, shot: Path | None = None) -> dict:
    env = _env(state) | ({"KIOSK_BENCH_SHOT": str(shot)} if shot else {})
    proc = subprocess.run([sys.executable, "-m", "kiosk.ui.bench_images_child", *args], env=env,
                          capture_output=True, text=True, timeout=1800)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode or not lines:
        raise RuntimeError(f"bench child {args[0]} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return json.loads(lines[-1])


def _cache_seconds(content: Path, state: Path, size: tuple[int, int]) -> float:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "kiosk", "cache", str(content), "--size", f"{size[0]}x{size[1]}"],
                          env=_env(state), capture_output=True, text=True, timeout=1800)
    if proc.returncode:
        raise RuntimeError(f"kiosk cache failed: {proc.stderr[-2000:]}")
    return time.perf_counter() - start


def make_content(bundled: Path, work: Path, megapixels: float, images: int, image_size: tuple[int, int]) -> tuple[Path, Path]:
    """Two content folders: bundled + the big JPEG, and that plus a section of `images` charts."""
    plain, full = work / "content-big", work / "content-set"
    shutil.copytree(bundled, plain)
    w = int(math.sqrt(megapixels * 1e6 * 1.5))
    write_chart(plain / "media" / "big-chart.jpg", w, int(w / 1.5), quality=92)
    section = plain / "sections" / "dazu.yaml"
    text = section.read_text("utf-8")
    section.write_text(text.replace("file: media/dazu-sites-map.svg", "file: media/big-chart.jpg", 1), "utf-8")
    shutil.copytree(plain, full)
    base = test_chart(*image_size, seed=7)
    panels = []
    for g in range(0, images, CHARTS_PER_GALLERY):
        items = []
        for n in range(g, min(images, g + CHARTS_PER_GALLERY)):
            name = f"chart-{n:02d}.jpg"
            channels = base.split()
            shift = n % 3
            Image.merge("RGB", channels[shift:] + channels[:shift]).save(full / "media" / name, "JPEG", quality=90)
            items.append(GALLERY_ITEM.format(name=name, n=n + 1))
        panels.append(f"  - type: gallery\n    title: {{en: \"Charts {g + 1}+\", zh-Hans: \"测试图 {g + 1}+\"}}\n"
                      f"    images:\n{''.join(items)}")
    cover = ("  file: media/chart-00.jpg\n  alt: {en: \"Generated test chart 1.\", zh-Hans: \"生成的测试图 1。\"}\n"
             "  credit: {en: \"Test chart: kiosk bench-images\", zh-Hans: \"测试图：kiosk bench-images\"}\n  rights: \"CC0\"\n")
    (full / "sections" / "bench-charts.yaml").write_text(
        "id: bench-charts\ntitle: {en: \"Test charts\", zh-Hans: \"测试图\"}\n"
        "summary: {en: \"Generated pictures for the benchmark.\", zh-Hans: \"基准测试用的生成图片。\"}\n"
        f"cover:\n{cover}panels:\n{''.join(panels)}", "utf-8")
    ex = full / "exhibition.yaml"
    lines = ex.read_text("utf-8").splitlines()
    at = lines.index("sections:") + 1
    while at < len(lines) and lines[at].lstrip().startswith("- "):
        at += 1
    lines.insert(at, "  - bench-charts")  # last, so opening the other sections never loads the charts
    ex.write_text("\n".join(lines) + "\n", "utf-8")
    return plain, full


def bench_images(bundled: Path, size: tuple[int, int], megapixels: float = 100, images: int = 50,
                 image_size: tuple[int, int] = (4000, 3000), cycles: int = 200, keep: bool = False) -> int:
    work = Path(tempfile.mkdtemp(prefix="kiosk-bench-images-"))
    say = print
    try:
        start = time.perf_counter()
        plain, full = make_content(bundled, work, megapixels, images, image_size)
        say(f"generated a {megapixels:g} MP JPEG and {images} charts of {image_size[0]}x{image_size[1]} "
            f"in {time.perf_counter() - start:.1f} s under {work}")
        big = "media/big-chart.jpg"
        w, h = size
        cold_cache = _cache_seconds(plain, work / "state-cache", size)
        warm_cache = _cache_seconds(plain, work / "state-cache", size)
        # Index the fonts first (kiosk validate does), so the cold run is cold for pictures only.
        subprocess.run([sys.executable, "-m", "kiosk", "validate", str(full)], env=_env(work / "state-kiosk"),
                       capture_output=True, timeout=600)
        cold = _child(["kiosk", str(full), str(w), str(h), big, "0"], work / "state-kiosk", shot=work / "zoomed.png")
        set_cache = _cache_seconds(full, work / "state-kiosk", size)
        warm = _child(["kiosk", str(full), str(w), str(h), big, str(cycles)], work / "state-kiosk")
        naive = _child(["naive", str(plain / big), str(w), str(h)], work / "state-naive")
        pipe_cold = _child(["pipeline", str(plain / big), str(w), str(h)], work / "state-pipeline")
        pipe_warm = _child(["pipeline", str(plain / big), str(w), str(h)], work / "state-pipeline")
        mp = f"{megapixels:g} MP"
        rows = [
            (f"first sharp screen-size picture, cold {mp} JPEG", f"{pipe_cold['pipeline_s']:.2f} s", "<= 1.5 s",
             f"naive full decode (Pillow): {naive['pillow_s']:.2f} s"),
            ("same picture from the cache", f"{pipe_warm['pipeline_s'] * 1000:.0f} ms", "<= 50 ms",
             "naive: no cache, same as cold"),
            ("  in the kiosk, panel shown -> sharp, cold", f"{cold['first_sharp_s']:.2f} s", "", "includes building the section and panel"),
            ("  in the kiosk, panel shown -> sharp, cached", f"{warm['first_sharp_s'] * 1000:.0f} ms", "", ""),
            ("peak RSS, zoom to 1:1 and pan (tiles built lazily)", f"{cold['peak_mb']:.0f} MB", "<= 350 MB",
             f"naive full decode: {naive['pillow_peak_mb']:.0f} MB"),
            ("peak RSS, zoom to 1:1 and pan (tiles cached)", f"{warm['peak_mb']:.0f} MB", "<= 350 MB",
             f"Qt QImageReader on the file: {'ok' if naive['qt_ok'] else 'refused: ' + naive['qt_error']}"
             f" ({naive['qt_s']:.2f} s)"),
            (f"RSS across {cycles} opens and closes", f"{warm.get('growth_pct', 0):+.1f} % "
             f"({warm.get('rss_after_warmup_mb', 0):.0f} -> {warm.get('rss_end_mb', 0):.0f} MB)", "<= 5 %",
             f"from open {warm.get('warmup_cycles', 0)} (one pass over every picture) to the last; "
             f"every 50: {warm.get('rss_every_50_mb', [])} MB"),
            ("  kiosk peak RSS from start-up to the zoom", f"{cold['start_peak_mb']:.0f} MB", "", ""),
            (f"kiosk cache, bundled content + {mp} JPEG, cold", f"{cold_cache:.2f} s", "<= 4 s", ""),
            ("kiosk cache, same, rerun", f"{warm_cache:.2f} s", "<= 1.5 s", ""),
            (f"kiosk cache, + {images} charts ({mp} already cached)", f"{set_cache:.2f} s", "", ""),
        ]
        say(f"\nscreen {w}x{h}; zoom reached {cold['zoom']:.2f} of {cold['max_zoom']:.2f} (1:1); "
            f"at most {max(cold['most_tiles'], warm['most_tiles'])} tiles loaded at once")
        width = max(len(r[0]) for r in rows)
        say(f"{'what':<{width}}  {'measured':>26}  {'target':>9}  same run, naive")
        for what, value, target, other in rows:
            say(f"{what:<{width}}  {value:>26}  {target:>9}  {other}")
        say(f"zoomed screenshot: {work / 'zoomed.png'}" if keep else "")
        return 0
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
