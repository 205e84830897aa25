"""emoji.density: more faces than ``max-emoji`` in one reply."""

from __future__ import annotations

from replykit.rules import Example, rule

DENSITY = rule(
    "density",
    severity="warning",
    fix="unsafe",
    description="More emoji in one reply than the configured cap (max-emoji).",
    description_zh="一条回复里的表情超过了配置的上限（max-emoji）。",
    zh="表情太多（{count}个，上限{cap}个），显得不专业；保留一个就够",
    en="Too many emoji ({count}, cap {cap}) look unprofessional; one is enough",
    examples=[
        Example("好的😊马上为您发货😊感谢支持😊祝您愉快😊", "好的😊马上为您发货😊感谢支持😊祝您愉快"),
        Example("好的😊马上为您发货😊", "好的😊马上为您发货", options={"max-emoji": 1}),
        # A bow and its gender sign pasted without the joiner are one face: removed whole.
        Example(
            "好的\U0001f647\u2642\ufe0f马上为您发货\U0001f647\u2642\ufe0f",
            "好的\U0001f647\u2642\ufe0f马上为您发货",
            options={"max-emoji": 1},
        ),
    ],
    clean=[
        "好的😊马上为您发货，感谢支持😊",
        "您好O(∩_∩)O",
        "让您久等了，非常抱歉\U0001f647\u2642\ufe0f\U0001f647\u2642\ufe0f",  # two bows, their joiners lost
        "收到商品还满意吗？喜欢的话恳请给我们一个五星好评⭐⭐⭐⭐⭐",  # one rating, not five faces
    ],
)
