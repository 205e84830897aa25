"""first-person: many 我/我们 and no 您/亲/咱们 (info, advice); 我们 owning a mistake does not count."""

from __future__ import annotations

from replykit.draft import Draft
from replykit.hookspecs import Report
from replykit.rules import Example, rule
from replykit.scan import lazy_compile

FIRST = rule(
    "first-person",
    severity="info",
    fix=None,
    description="Many 我/我们 and no 您/亲/咱们: the reply centres on us, not the customer.",
    description_zh="大量“我/我们”却没有“您/亲/咱们”：回复以我们为中心，而不是顾客。",
    zh="多用“您”“咱们”，少用“我”，让顾客感到被重视",
    en="Use 您/咱们 more and 我 less, so the customer feels attended to",
    examples=[Example("我们这边已经查到了，我们会尽快处理，我们的仓库明天发货")],
    clean=[
        "您好，我这边帮您查一下，我们会尽快给您回复",
        "我的京东-我的订单-我的发票里可以下载",
        "好的我这边留言站点，让站点告知我",
        "是我们的疏忽，我们正在修正，我们会在今天内重新发出",
        "可能我们之前没有解释清楚，这是我们的失误，我们马上改正",
    ],
)


# 我的京东 / 我的订单 / 我的-客户服务 are menu paths, not the agent speaking.
_FIRST_PERSON = lazy_compile(r"我们|我(?!的(?:京东|订单|淘宝|天猫|钱包|账户|优惠券|发票|[-—>＞－\s]))")
# Owning a mistake is good practice, however often it says 我们: 是我们的疏忽, 我们正在修正.
_OWNING = lazy_compile(
    r"(?:是|因为?|由于)?我们?(?:这边|自己)?的?(?:疏忽|失误|工作失误|过失|错|责任|不对|不周|考虑不周)"
    r"|我们?(?:这边)?(?:正在|会|将|马上|立即|已经|一定)(?:修正|改正|改进|纠正|整改|检讨|反省|弥补)"
    r"|我们?(?:这边)?(?:前期|之前|当时)?(?:说明|解释|沟通|做得|考虑|检查)(?:得)?不(?:够|到位|周|清楚|仔细)"
)
_ADDRESS = lazy_compile("您|你|妳|亲|咱|客官|顾客|小主")


def check_first(draft: Draft, report: Report) -> None:
    norm = draft.norm
    if _ADDRESS.search(norm):
        return
    owned = [m.span() for m in _OWNING.finditer(norm)]
    hits = [h for h in _FIRST_PERSON.finditer(norm) if not any(s <= h.start() < e for s, e in owned)]
    plural = sum(1 for h in hits if h.group() == "我们")
    if hits and (len(hits) >= 3 or plural >= 2):
        report(FIRST, hits[0].start(), hits[0].end())
