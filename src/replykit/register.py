"""Who a draft speaks to: one customer in a chat, or every buyer in a policy or notice text.

Shared by the plugins that word a rewrite differently for the two (negative: an offer after a
refusal; politeness: a softened request).

An offer after a refusal ("我们能为您做的是…") is something said to one customer about their
case; appended to a shop's rules ("本店商品一经售出概不退换") it reads as an exception to the rule.
The register is read from how the draft is built, not from its topic:

* a chat reply addresses the customer: a vocative (亲), an apology, the agent as "I" (我,
  小妹, 这边), the customer's own case (您这边, 这单, 这件), or, more weakly, 您/你, 我们
  speaking to them (我们这边, 我们目前), chat particles at a clause end (哦, 呢, 啦) and "now"
  (目前, 现在, 暂时);
* a policy or notice text speaks to everyone: buyers in the third person (买家, 客户, 顾客),
  the shop naming itself (本店, 本公司, 我方), absolutes (一经, 一律, 概, 均, 凡, 任何), formal
  negators (不得, 恕, 不予), general conditions (如有, 若因, 一旦, 否则, 逾期) and notices to
  all buyers (敬请, 请勿, 购买前请…).

A notice laid out as rules is policy whatever else it says: a heading (须知, 注意事项,
规则：, 注：; not a field label such as 备注：) or a numbered list of two or more items
(1.…；2.…; 一、…二、…).  An offer appended inside such a list would read as an exception to
the rule it lands in.

A strong chat signal wins over policy words (亲，本店一律不退换哦 is an agent quoting the rule);
policy words win over weak chat signals (我们不接受已开封商品的退货 on an FAQ page).  A draft
with neither is ``unknown``: nothing says it is addressed to one customer.
"""

from __future__ import annotations

from typing import Literal

from replykit.scan import lazy_compile

Register = Literal["chat", "policy", "unknown"]

# Only said to one customer in a conversation.
_CHAT_STRONG = lazy_compile(
    r"亲(?![人戚自身密手子朋近友属们])|亲爱的(?!买家|顾客|客户|会员|用户|们)|小主|客官"
    r"|(?<!深感)抱歉|不好意思|对不起|谢谢亲|辛苦您"
    r"|(?<![自])我(?![们方司国店公行])|小妹|妹子|这边"
    r"|(?:您|你)(?:这边|那边|这单|这件|这个)|这单|这件"
)
# Said to one customer, but also found on FAQ pages that address the reader.
_CHAT_WEAK = lazy_compile(
    r"您|你|咱们|我们(?=这边|目前|现在|暂时|也|真的|确实|实在)"
    r"|[哦呢啦呀哈嘛哟喔噢哒滴捏](?=[，。！？,!?~～\s]|$)|[~～]|目前|现在|暂时"
)
_POLICY = lazy_compile(
    r"买家|卖家|客户(?!端|服务)|顾客|用户|消费者|会员|收件人"
    r"|本店|本公司|本司|本网|本站|本平台|本商城|本商店|本行|我方|我司|敝店|敝公司"
    r"|一经|一律|一概|概不|(?<!平)均(?!匀|衡|价)|(?<![平非但])凡|任何|一切|所有|各(?!位)"
    r"|不得|恕|不予|不作|须|视同|视为|为准|逾期|否则"
    r"|如有|若有|如因|若因|如属|若属|如需|一旦|通常|原则上"
    r"|敬请|请勿|请注意|请于|购买前|下单前|结帐前|结账前|购买时"
)


# A notice laid out as rules: a heading, or a second numbered item after a first (digits may be
# masked in norm, so any character before the item mark counts; the mark must open a clause).
_NOTICE = lazy_compile(r"须知|注意事项|规则[：:]|条款[：:]|(?:^|[\s。；;：:，,])注[：:]")
_ITEM = lazy_compile(
    r"(?:^|[\s。；;：:！!？?，,])(?:[\ue0000-9０-９]{1,2}[.、．)）]|[一二三四五六七八九十][、.．])(?![0-9\ue000])"
)


def laid_out_as_rules(norm: str) -> bool:
    """A heading (须知, 注意事项, 规则：) or two numbered items: a notice, whatever else it says."""
    if _NOTICE.search(norm):
        return True
    first = _ITEM.search(norm)
    return first is not None and _ITEM.search(norm, first.end()) is not None


# Written Cantonese (Hong Kong chat and notices), read from its grammatical words on the
# simplified ``norm``: 嘅, 咗, 哋, 喺, 嚟, 冇, 啲, 咁, 畀, 咩, 乜, 佢, 嘢, 睇, 嗰, 俾我, 话我知, 好靓,
# 边个/边只 (not 这边/旁边), 复返/退返, 唔 + a word (唔该, 唔使; not the Mandarin "唔，" of assent),
# 㗎 (also typed o架), 係 as the copula before a particle (係呀, 係咪; not 关系呀 or 联系啦).
_CANTONESE = lazy_compile(
    r"[嚟哋畀咗嘅喺咁啲冇咩乜佢嘢睇嗰㗎]|俾(?:我|你|您)|话(?:我|你|您|佢)知|[好咁几]靓|唔(?=[\u4e00-\u9fff])"
    r"|(?<![这那旁一身左右两里外上下东西南北前后])边(?:个|只|度|间|款|件|位|种|样)|[复覆睇退攞拎寄搵]返"
    r"|[oO]架|(?<![关联体派世维干])系(?:呀|啦|咪)"
)


def cantonese(norm: str) -> bool:
    """Whether the draft is written Cantonese: its own words for 将 and 您 differ from Mandarin."""
    return _CANTONESE.search(norm) is not None


def register_of(norm: str) -> Register:
    """The register of a whole draft (``draft.norm``: simplified, same length)."""
    if laid_out_as_rules(norm):
        return "policy"
    if _CHAT_STRONG.search(norm):
        return "chat"
    policy = _POLICY.search(norm) is not None
    if policy:
        return "policy"
    return "chat" if _CHAT_WEAK.search(norm) else "unknown"
