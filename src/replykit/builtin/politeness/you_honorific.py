"""you-honorific: 你/妳 addressing the customer -> 您 (safe); 你们 -> 您/贵 (unsafe)."""

from __future__ import annotations

import re

from replykit.builtin.politeness.common import Quoted
from replykit.draft import Draft
from replykit.hookspecs import Report
from replykit.rules import Example, rule

YOU = rule(
    "you-honorific",
    severity="warning",
    fix="safe",
    description="你 addressing the customer; a service reply uses the honorific 您.",
    description_zh="用“你”称呼顾客；客服回复应使用敬称“您”。",
    zh="称呼顾客请用“您”，“你”显得随意、不够尊重",
    en="Address the customer as 您 (polite you); 你 sounds casual",
    examples=[
        Example("你好，你的订单已经发出啦", "您好，您的订单已经发出啦"),
        Example("妳好，妳的訂單已經寄出囉", "您好，您的訂單已經寄出囉"),
        Example("{{contact.name}}你好，请问有什么可以帮您？", "{{contact.name}}您好，请问有什么可以帮您？"),
        Example("你们单位的资质需要上传哦", "贵单位的资质需要上传哦"),
        Example("你们可以先下单哦", "您可以先下单哦"),
    ],
    clean=[
        "您好，这款迷你风扇很受欢迎哦",
        "亲，您说的“你们怎么还不发货”我们已经反馈给仓库了",
        "这本《你好，旧时光》目前有现货哦",
        "大家你追我赶抢购中，您也可以看看哦",
        "让热情把你我的距离拉近一点",
        "快递员说：你好，包裹放门口了。",
    ],
)

# Fixed phrases where 你 addresses nobody or is part of a word; (phrase, offset of 你) pairs.
_FIXED_YOU = ("你我", "迷你", "你追我赶", "你来我往", "你争我夺", "你死我活", "你一言我一语", "你侬我侬")
_FIXED_AT = tuple((p, i) for p in _FIXED_YOU for i, c in enumerate(p) if c == "你")
_YOU = re.compile("[你妳](们|們)?")
_PLURAL_ORG = re.compile("公司|单位|企业|店|厂|学校|机构")


def _is_fixed(folded: str, pos: int) -> bool:
    """folded: the draft's norm with 妳 as 你 (folded once per draft, not once per hit)."""
    return any(folded.startswith(p, pos - i) for p, i in _FIXED_AT if pos - i >= 0)


def check_you(draft: Draft, quoted: Quoted, report: Report) -> None:
    norm = draft.norm
    folded = norm.replace("妳", "你")
    # Adjacent singular 你 make one finding: a run of n costs one report, not n.
    run_start = run_end = -1
    for m in _YOU.finditer(norm):
        pos = m.start()
        if _is_fixed(folded, pos) or pos in quoted:
            continue
        if m.group(1):
            # 您们 is not standard; a reviewer picks 您 (one customer) or 贵 (their company).
            if _PLURAL_ORG.match(norm, m.end()):
                report(YOU, pos, m.end(), ["贵", "您"], fix="unsafe")
            else:
                report(YOU, pos, m.end(), ["您", "各位"], fix="unsafe")
        elif pos == run_end:
            run_end += 1
        else:
            if run_end > run_start:
                report(YOU, run_start, run_end, ["您" * (run_end - run_start)])
            run_start, run_end = pos, pos + 1
    if run_end > run_start:
        report(YOU, run_start, run_end, ["您" * (run_end - run_start)])
