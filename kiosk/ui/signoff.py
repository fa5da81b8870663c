"""The sign-off sheet `kiosk preview` writes: one HTML page with every screen, by language."""

from __future__ import annotations

import html
from pathlib import Path


def write_index(out: Path, screens: dict[str, list[str]], title: str, size: tuple[int, int]) -> Path:
    """`screens` maps each language to its screen names, in the order a visitor meets them."""
    parts = [
        "<!doctype html><meta charset='utf-8'>",
        f"<title>{html.escape(title)}: screens for sign-off</title>",
        "<style>body{font:15px/1.4 sans-serif;margin:24px;background:#F4EFE6;color:#1F1D1A}"
        "h2{margin-top:32px}figure{display:inline-block;margin:0 12px 16px 0;vertical-align:top}"
        "img{width:384px;border:1px solid #D9CFBF;display:block}figcaption{font-size:13px;color:#4F4840}"
        "label{display:block;font-size:13px}</style>",
        f"<h1>{html.escape(title)}</h1>",
        f"<p>Every screen at {size[0]}×{size[1]}. Tick each one once checked; the ticks are not saved.</p>",
    ]
    for language, names in screens.items():
        parts.append(f"<h2 id='{html.escape(language)}'>{html.escape(language)}</h2>")
        for name in names:
            src = html.escape(f"{language}/{name}.png")
            parts.append(f"<figure><a href='{src}'><img src='{src}' alt='{html.escape(name)}' loading='lazy'></a>"
                         f"<figcaption>{html.escape(name)}<label><input type='checkbox'> approved</label></figcaption></figure>")
    index = out / "index.html"
    index.write_text("\n".join(parts) + "\n", "utf-8")
    return index
