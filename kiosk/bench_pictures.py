"""Generated pictures for `kiosk bench-images` and the tests: test charts, not photographs.

A chart has soft colour fields, film-like grain, a pixel grid and numbered cells, so a
screenshot shows at a glance whether a zoomed view is sharp and which part is on screen.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

CELL = 512


def test_chart(width: int, height: int, seed: int = 0) -> Image.Image:
    fields = [Image.effect_noise((max(2, width // 800), max(2, height // 800)), 90 + 10 * ((seed + i) % 3))
              .resize((width, height), Image.Resampling.BICUBIC) for i in range(3)]
    grain = Image.effect_noise((width, height), 18)
    red = Image.blend(fields[0], grain, 0.25)
    im = Image.merge("RGB", (red, fields[1], fields[2]))
    draw = ImageDraw.Draw(im)
    for x in range(0, width, 64):
        draw.line([(x, 0), (x, height)], fill=(20, 20, 20) if x % CELL else (250, 250, 250), width=1 if x % CELL else 3)
    for y in range(0, height, 64):
        draw.line([(0, y), (width, y)], fill=(20, 20, 20) if y % CELL else (250, 250, 250), width=1 if y % CELL else 3)
    font = ImageFont.load_default(size=max(10, CELL // 6))
    small = ImageFont.load_default(size=12)
    for row in range(height // CELL + 1):
        for col in range(width // CELL + 1):
            x, y = col * CELL + CELL // 8, row * CELL + CELL // 8
            draw.text((x, y), f"{chr(65 + row % 26)}{col}", font=font, fill=(255, 255, 255), stroke_width=3, stroke_fill=(0, 0, 0))
            draw.text((x, y + CELL // 2), f"{seed}·{row}·{col}", font=small, fill=(0, 0, 0))
    return im


def write_chart(path: Path, width: int, height: int, seed: int = 0, quality: int = 90) -> Path:
    chart = test_chart(width, height, seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    chart.save(path, "JPEG", quality=quality)
    return path
