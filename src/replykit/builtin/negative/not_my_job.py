"""negative.not-my-job: 这不是我们负责的 (advice: 我们没有相关权限，您可以咨询平台客服看看).

Advice, never applied: who can really help (the platform, the accounts team, the courier) is a
fact the draft does not state, and a blind reader found the applied template sending customers
to the wrong place."""

from __future__ import annotations

import re

from replykit.builtin.negative.clause import lead_comma, span_end, split_clause, tail_end, topic_words
from replykit.builtin.negative.reframe import Reframe
from replykit.convert import in_draft_script
from replykit.draft import Draft
from replykit.rules import Example, rule
from replykit.scan import lazy_compile

NOT_MY_JOB = rule(
    "not-my-job",
    severity="warning",
    fix=None,
    description="这不是我应该做的/不归我们管 makes the customer feel unworthy; state the limit, point to help.",
    description_zh="“这不是我应该做的/不归我们管”让顾客觉得不被重视；说明边界，并指明去哪里能得到帮助。",
    zh="“这不是我该做的/不归我们管”让客户觉得不配提要求；说明权限，并指引能帮忙的渠道",
    en="'Not my job' makes the customer feel unworthy of asking; state your limits and point to who can help",
    examples=[
        Example("这不是我应该做的"),
        Example("发票的事不归我们管哦"),
        Example("这个问题跟我们没关系"),
        Example("商品质量不是我们负责的"),
        Example("发票不是我负责的，你去问会计。"),
    ],
    clean=[
        "您太客气了，这都是我应该做的",
        "没关系的亲",
        "没问题，马上为您安排",
        "不客气哦，祝您生活愉快",
        "不好意思让您久等了",
        "无论如何我们都会帮您处理好",
        "有不清楚的地方可以问我哦",
        "这个不关我的事",  # the agent alone: a brush-off readers call curt (curt-dismissal's)
        "不是我管的",
    ],
)

JOB_PREFIX = lazy_compile(r"(?:这个|这)(?:也|可|并|真的)?$")
NO_RIGHTS = "我们没有相关权限，您可以咨询平台客服看看"
SORRY_NO_RIGHTS = "很抱歉，这个我们没有相关权限，您可以咨询平台客服看看"


def not_my_job_fix(draft: Draft, cs: int, m: re.Match[str], ce: int, tr: bool) -> Reframe:
    norm = draft.norm
    end = span_end(norm, tail_end(norm, m.end(), ce), ce)
    this = JOB_PREFIX.search(norm, cs, m.start())  # 这(也)不是我应该做的
    clause = split_clause(draft, cs, this.start() if this else m.start())
    topic = topic_words(draft, clause, keep_demonstrative=False)
    if this or not topic:
        return Reframe(clause.start, end, lead_comma(clause) + in_draft_script(SORRY_NO_RIGHTS, tr), False)
    return Reframe(clause.start, end, f"{lead_comma(clause)}{topic}，{in_draft_script(NO_RIGHTS, tr)}", False)
