"""curt-opener: 喂 opening a reply or a sentence (喂，… / 喂！你…) -> dropped (unsafe)."""

from __future__ import annotations

from replykit.draft import Draft
from replykit.hookspecs import Report
from replykit.rules import Example, rule
from replykit.scan import lazy_compile

OPENER = rule(
    "curt-opener",
    severity="warning",
    fix="unsafe",
    holds_sentence=True,
    description="喂 as an opener: calling out to the customer sounds rude in writing.",
    description_zh="用“喂”开头招呼顾客，书面回复里显得没礼貌。",
    zh="书面回复里用“喂”开头很不礼貌；直接说事或用“您好”开头",
    en="Opening with 喂 ('hey') is rude in a written reply; start with 您好 or go straight to the point",
    examples=[
        Example("喂，您的快递到了", "您的快递到了"),
        Example("喂！在吗", "您好！在吗"),
        Example("喂？还在吗", "您好，还在吗"),
        Example("好的。喂，订单号发一下", "好的。订单号发一下"),
    ],
    clean=[
        "宝宝喂奶时可以用这款围兜",
        "喂食器今天已经发货了",
        "您好，电话接通后说“喂”对方没有声音的话，请重启一下手机",
        "猫咪不爱吃的话可以少量多次喂",
    ],
)

# 喂 at the start of a sentence, followed by a pause or an address; not 喂奶/喂食/喂养.
_OPENER = lazy_compile(r"(?:^|(?<=[。！？!?\n]))\s*(喂+)\s*([，,！!？?~～。. ]+|(?=[你您妳]))")
_GREETING_NEXT = lazy_compile(r"\s*(?:还)?(?:在吗|在不在|你好|您好|有人吗)")


def check_opener(draft: Draft, report: Report) -> None:
    norm = draft.norm
    for m in _OPENER.finditer(norm):
        s, e = m.start(1), m.end()
        rest = norm[e:]
        if not rest.strip():
            continue  # 喂 alone: a line of a phone script, nothing to rewrite
        if _GREETING_NEXT.match(rest):
            pause = draft.text[m.start(2) : m.end(2)]
            report(OPENER, s, e, ["您好" + ("，" if not pause.strip() or "?" in pause or "？" in pause else pause)])
        else:
            report(OPENER, s, e, [""])
