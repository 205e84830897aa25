"""A promised follow-up with no later agent message: the customer was left waiting on it
(日清检查单: promises are forgotten unless someone checks them)."""

from __future__ import annotations

from typing import Any

from replykit.audit.config import Thresholds
from replykit.audit.language import CLOSING, promise_in
from replykit.audit.rules import Flags, conversation_rule
from replykit.audit.transcript import Transcript

RULE = conversation_rule(
    "promise-unkept",
    severity="warning",
    description="The agent promised to check, reply or follow up, and never wrote again in the conversation.",
    zh="客服承诺「{what}」后未再回复，请跟进",
    en="The agent promised “{what}” and never wrote again; follow up",
    source="seed 001 (日清检查单)",
    examples=[
        Flags("C: 我的快递三天没动了\nA: 您好，我帮您查一下物流", at=(1,)),
        Flags("C: 发票什么时候开\nA: 请您稍等，马上给您回复", at=(1,)),
        Flags("C: 还没退款\nA: 我们明天联系仓库，会尽快给您处理的", at=(1,)),
        Flags("C: 在吗\nA: 您好\nC: 换货寄回了\nA: 好的，仓库收到后我第一时间通知您", at=(3,)),
    ],
    clean=[
        "C: 我的快递三天没动了\nA: 我帮您查一下物流\nA: 查到了，已经到您所在城市，今天会派送",
        "C: 能便宜点吗\nA: 不好意思，这已经是活动价了",
        "C: 换货寄回了\nA: 好的，收到后我们会第一时间给您安排发货",  # an action for the checklist, not a follow-up
        "C: 怎么退货\nA: 您可以在订单页面申请退货",
        "C: 你们会联系我吗？\nA: 您留个电话吧？",
        "C: 如果不合适怎么办\nA: 如果不合适的话可以联系我们退换",
        "C: 地址能改吗\nA: 还请您稍等，正在为您查询~ 新旧地址在同一个市内的话可以联系配送员改派",
    ],
)


def check(t: Transcript, options: Thresholds, report: Any) -> None:
    agents = t.indices("agent")
    if not agents:
        return
    last = agents[-1]
    u = t.utterance(last)
    promises = [p for p in u.promises() if p.follow_up]
    if not promises:
        return
    # 请稍等，正在为您查询~ 已经发货了: a promise kept in the same message is no promise left open.
    after = [c for c in u.clauses if c.start > promises[-1].offset]
    if all(promise_in(c) is not None or CLOSING.search(c.text) for c in after):
        report(RULE, last, args={"what": promises[-1].what[:30]})
