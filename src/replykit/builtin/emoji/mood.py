"""The customer's mood, read from their message (no-warmth and cheerful-on-complaint ask it)."""

from __future__ import annotations

from replykit.scan import lazy_compile

_ANGRY = lazy_compile(
    "投诉|差评|举报|12315|消协|工商|垃圾|骗子|骗人|坑人|坑爹|恶心|气死|生气|愤怒|火大|无语|太差|太慢|太烂|"
    "什么破|破玩意|坏了|破损|丢件|没收到|还没到|还没收到|怎么回事|怎么搞|搞什么|凭什么|退钱|赔偿|赔钱|"
    # "从不让人失望" is praise; a lone "??" is a question, three are impatience.
    "(?<!不让人)(?<!不)失望|不满|假货|再也不|[!！]{2,}|[?？]{3,}"
)
_GLAD = lazy_compile("谢谢|感谢|多谢|太好了|哈哈|好的|棒|赞|开心")  # "哦!!!谢谢" is glad, not angry


def angry(customer: str | None) -> bool:
    """An angry or complaining customer message; exclamation marks alone count only without thanks."""
    if not customer:
        return False
    m = _ANGRY.search(customer)
    if m is None:
        return False
    if m.group()[0] in "!！?？" and _GLAD.search(customer):
        return any(w.group()[0] not in "!！?？" for w in _ANGRY.finditer(customer))
    return True
