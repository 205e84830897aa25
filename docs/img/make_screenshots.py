"""Regenerate docs/img: suggestion-{light,dark}.png (headless Chromium) and rule-hits.png.

    python docs/img/make_screenshots.py        # needs /usr/bin/chromium and a CJK font

The drafts are written for the docs (not taken from evaluation data).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import replykit
from replykit.display import html_page

HERE = Path(__file__).resolve().parent
DRAFTS = [
    "这个不归我们管，你找快递公司",
    "可以的，但是需要您自己承担运费",
    "亲，您的訂單已经發货了",
    "谢谢",
]
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def main(chromium: str = "/usr/bin/chromium") -> None:
    assistant = replykit.Assistant(entry_points=False)
    suggestions = [assistant.suggest(d) for d in DRAFTS]
    with tempfile.TemporaryDirectory() as tmp:
        for theme in ("light", "dark"):
            page = Path(tmp) / f"{theme}.html"
            page.write_text(html_page(suggestions, dark=theme == "dark"), encoding="utf-8")
            out = HERE / f"suggestion-{theme}.png"
            profile = tempfile.mkdtemp(dir=tmp)
            subprocess.run(
                [
                    chromium,
                    *FLAGS,
                    f"--user-data-dir={profile}",
                    f"--screenshot={out}",
                    "--window-size=1000,1160",
                    page.as_uri(),
                ],
                check=True,
                capture_output=True,
            )
            print(out)
    chart_png()


def chart_png() -> None:
    """docs/img/rule-hits.png: summarize(...).chart() over examples/sample_replies.txt."""
    import matplotlib

    matplotlib.use("Agg")
    sample = HERE.parent.parent / "examples" / "sample_replies.txt"
    drafts = [line.strip() for line in sample.read_text(encoding="utf-8").splitlines() if line.strip()]
    assistant = replykit.Assistant(entry_points=False)
    ax = replykit.summarize(replykit.suggest_many(drafts, assistant=assistant, progress=False)).chart()
    out = HERE / "rule-hits.png"
    ax.figure.savefig(out, dpi=110)
    print(out)


if __name__ == "__main__":
    main(*sys.argv[1:])
