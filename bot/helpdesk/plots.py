"""Small SVG bar charts drawn on the server: no script, no CDN, readable without colour."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

BAR = 22
LABEL_WIDTH = 220
CHART_WIDTH = 360


def bars(title: str, items: Sequence[tuple[str, float]], unit: str = "") -> Markup:
    """Horizontal bars, one per item, the value written at the end of each bar."""
    height = max(1, len(items)) * BAR + 8
    top = max((value for _, value in items), default=0) or 1
    rows = []
    for index, (label, value) in enumerate(items):
        y = index * BAR + 4
        width = round(CHART_WIDTH * value / top)
        shown = f"{value:.0%}" if unit == "%" else f"{value:g}"
        rows.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{width}" height="{BAR - 6}"'
            ' class="bar"/>'
            f'<text x="{LABEL_WIDTH + width + 4}" y="{y + 15}">{escape(shown)}</text>'
        )
    if not items:
        rows.append('<text x="4" y="18">–</text>')
    total_width = LABEL_WIDTH + CHART_WIDTH + 60
    # Every label and value above went through escape().
    return Markup(  # noqa: S704
        f'<svg role="img" aria-label="{escape(title)}" width="{total_width}" height="{height}"'
        f' viewBox="0 0 {total_width} {height}" xmlns="http://www.w3.org/2000/svg"'
        f' class="chart"><title>{escape(title)}</title>{"".join(rows)}</svg>'
    )
