"""script.customer-script: no target script, and the customer writes in the other script."""

from __future__ import annotations

from replykit.builtin.script.target import NAMES_EN, NAMES_ZH, script_of
from replykit.convert import changes
from replykit.draft import Draft
from replykit.hookspecs import Report
from replykit.rules import Clean, Example, rule

CUSTOMER = rule(
    "customer-script",
    severity="info",
    fix="unsafe",
    description=(
        "No target_script is set and the customer's message is in another script than the draft: "
        "suggests replying in the customer's script. Unsafe, so a bot does not switch on its own, and "
        "info, so ReplyGuard does not hold the reply for it; "
        '`target_script = "auto"` is the explicit opt-in to follow the customer.'
    ),
    description_zh=(
        "没有设置 target_script，而顾客消息与草稿字形不同：建议改用顾客的字形。"
        '属于不安全层，机器人不会自行切换；target_script = "auto" 才是明确的自动跟随。'
    ),
    deferred=True,
    zh="顾客使用{script}，回复是否也用{script}？",
    en="The customer writes {script_en}; reply in {script_en}?",
    examples=[
        Example("您好，马上为您处理", "您好，馬上為您處理", context={"customer_message": "請問何時出貨"}),
        Example("您好，馬上為您處理", "您好，马上为您处理", context={"customer_message": "请问什么时候发货"}),
    ],
    clean=[
        Clean("您好，马上为您处理", context={"customer_message": "请问什么时候发货"}),
        Clean("您好，马上为您处理", context={"customer_message": "在吗"}),
        Clean("您好，马上为您处理", context={"customer_message": "請問何時出貨", "target_script": "zh-Hans"}),
    ],
)


def _draft_script(draft: Draft) -> str | None:
    """The draft's script from the checks the draft already made (no conversion)."""
    simplified = changes(draft.text, "s2t") and not draft.is_traditional
    if simplified:
        return "zh-Hans"
    if draft.is_traditional:
        return script_of(draft.text)  # traditional or mixed: count
    return None


def customer_target(draft: Draft) -> str | None:
    """The customer's script when it differs from the draft's, else None."""
    message = draft.context.customer_message
    if not message or (not draft.is_traditional and not changes(message, "t2s")):
        return None  # neither side has a traditional character (most replies: two scans)
    theirs = script_of(message)
    ours = _draft_script(draft)
    if theirs is None or ours is None or (theirs == "zh-Hans") == (ours == "zh-Hans"):
        return None
    return theirs


def report_customer_script(draft: Draft, report: Report) -> None:
    """The finding only: converting the draft is the fix, done in finalize when it is applied
    (no conversion runs for a reply nobody asked to convert)."""
    target = customer_target(draft)
    if target is not None:
        args = {"script": NAMES_ZH[target], "script_en": NAMES_EN[target]}
        report(CUSTOMER, 0, len(draft.text), args=args)
