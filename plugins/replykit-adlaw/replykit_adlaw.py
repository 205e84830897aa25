"""adlaw: absolute claims (广告法极限词) in shop replies.

China's Advertising Law (Article 9) bans superlatives such as 国家级, 最高级, 最佳 in
advertising, and platforms treat an agent's product claims in chat as advertising.  This is
an example of a complete third-party replykit plugin: one module and an entry point.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict

import replykit
from replykit.rules import Example, Rule, rule

# Claims, not words: 最好 alone is often advice ("您最好先量一下尺码"), so only its claim
# forms are listed.
TERMS = (
    "全网最低",
    "全网第一",
    "销量第一",
    "排名第一",
    "第一品牌",
    "国家级",
    "世界级",
    "顶级",
    "极品",
    "万能",
    "史上最",
    "最低价",
    "最便宜",
    "最好的",
    "效果最好",
    "质量最好",
    "最佳",
    "最优惠",
    "最高级",
    "最先进",
    "绝对正品",
    "绝对安全",
    "绝对有效",
    "百分百有效",
    "独一无二",
)

ABSOLUTE = rule(
    "absolute-claim",
    severity="warning",
    fix=None,
    description="Absolute claims (极限词) that the Advertising Law bans.",
    description_zh="广告法禁止的绝对化用语（极限词）。",
    zh="「{term}」属于广告法禁用的极限用语，建议改为具体、可证实的描述",
    en="'{term}' is an absolute claim banned by the Advertising Law; describe the product concretely",
    examples=[
        Example("这款是全网最低价哦"),
        Example("亲，我们家是销量第一的品牌呢"),
        Example("这个面料是顶级的"),
    ],
    clean=[
        "您最好先量一下尺码再下单哦",
        "这是您第一次在本店购买吗",
        "最近活动比较多，发货会稍慢一些",
        "最快明天就能送到呢",
    ],
)


class Options(BaseModel):
    """[tool.replykit.plugins.adlaw]"""

    model_config = ConfigDict(extra="forbid")
    extra_terms: list[str] = []


@replykit.hookimpl
def replykit_rules() -> Sequence[Rule]:
    return [ABSOLUTE]


@replykit.hookimpl
def replykit_options_model() -> type[BaseModel]:
    return Options


_PATTERN = re.compile("|".join(sorted(map(re.escape, TERMS), key=len, reverse=True)))


@replykit.hookimpl
def replykit_check(draft: Any, options: Options, report: Any) -> None:
    pattern = _PATTERN
    if options.extra_terms:
        pattern = re.compile("|".join(map(re.escape, [*options.extra_terms, *TERMS])))
    for m in pattern.finditer(draft.norm):
        report(ABSOLUTE, m.start(), m.end(), args={"term": m.group()})
