"""Inline SVG charts for the HTML report: no JavaScript, no external files, no plotting
library.  Every label is escaped."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

PALETTE = {"error": "#c0392b", "warning": "#e67e22", "info": "#2e86c1", "bonus": "#27ae60", "bar": "#2e86c1"}


def hbar(
    items: Sequence[tuple[str, float]],
    *,
    width: int = 560,
    colors: Sequence[str] | None = None,
    unit: str = "",
    maximum: float | None = None,
    title: str = "",
) -> str:
    """A horizontal bar chart: one labelled bar per item, the value at its end."""
    if not items:
        return '<p class="empty">—</p>'
    row, label_w, pad = 22, 190, 48
    top = max((v for _, v in items), default=0.0)
    top = maximum if maximum is not None else (top or 1.0)
    height = row * len(items) + 8
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><title>{escape(title)}</title>'
    ]
    span = width - label_w - pad
    for i, (label, value) in enumerate(items):
        y = 4 + i * row
        w = 0 if top <= 0 else max(1.0, span * min(value, top) / top)
        color = colors[i] if colors else PALETTE["bar"]
        shown = label if len(label) <= 26 else label[:25] + "…"
        out.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" font-size="12">{escape(shown)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" fill="{color}" rx="2">'
            f"<title>{escape(label)}: {_num(value)}{escape(unit)}</title></rect>"
            f'<text x="{label_w + w + 4:.1f}" y="{y + 15}" font-size="11" fill="#444">'
            f"{_num(value)}{escape(unit)}</text>"
        )
    out.append("</svg>")
    return "".join(out)


def columns(
    labels: Sequence[str], values: Sequence[float], *, width: int = 560, height: int = 180, title: str = ""
) -> str:
    """A vertical bar chart (a histogram over ordered buckets)."""
    if not values or not any(values):
        return '<p class="empty">—</p>'
    top = max(values)
    n = len(values)
    base, left = height - 28, 8
    slot = (width - left * 2) / n
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><title>{escape(title)}</title>'
        f'<line x1="{left}" y1="{base}" x2="{width - left}" y2="{base}" stroke="#999"/>'
    ]
    for i, (label, value) in enumerate(zip(labels, values)):
        h = (base - 18) * value / top if top else 0
        x = left + i * slot
        out.append(
            f'<rect x="{x + 3:.1f}" y="{base - h:.1f}" width="{slot - 6:.1f}" height="{h:.1f}" fill="{PALETTE["bar"]}">'
            f"<title>{escape(label)}: {_num(value)}</title></rect>"
            f'<text x="{x + slot / 2:.1f}" y="{base - h - 4:.1f}" text-anchor="middle" font-size="11">'
            f"{_num(value)}</text>"
            f'<text x="{x + slot / 2:.1f}" y="{base + 16}" text-anchor="middle" font-size="11">{escape(label)}</text>'
        )
    out.append("</svg>")
    return "".join(out)


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
