"""emoji.no-warmth: a reply with no warm wording (您, 亲, 呢/哦/呀, ~, 感谢, 请, 麻烦 ...) and no face gets
one emoji at its closing or greeting; never on bad news, an upset customer or formal policy text."""

from __future__ import annotations

from replykit.builtin.emoji.mood import angry
from replykit.builtin.emoji.options import EmojiOptions, Style
from replykit.draft import Draft
from replykit.hookspecs import Report
from replykit.rules import Clean, Example, rule
from replykit.scan import Prefiltered, lazy_compile, literal_starts

NO_WARMTH = rule(
    "no-warmth",
    severity="info",
    fix="unsafe",
    description="A reply with no warm wording (您, 亲, 呢, 感谢, 请 ...) and no face: suggest an emoji at its closing.",
    description_zh="回复里没有任何温和的措辞（您、亲、呢、感谢、请……）也没有表情：建议在结尾或问候处加一个表情。",
    zh="整条回复没有任何语气词或表情，显得冷淡；在{place}后加个表情更亲切",
    en="The reply has no warmth marker and reads cold; an emoji after the {place_en} softens it",
    examples=[
        Example("订单已经发出了，祝生活愉快！", "订单已经发出了，祝生活愉快！😊"),
        Example("已登记，还有其他问题吗？", "已登记，还有其他问题吗？[微笑]", options={"style": "code"}),
        Example(
            "欢迎下次光临",
            "欢迎下次光临O(∩_∩)O",
            context={"channel": "wechat"},
            options={"channels": {"wechat": "kaomoji"}},
        ),
        Example("好的，已备注，再见", "好的，已备注，再见😊", context={"customer_message": "麻烦备注一下周末送货"}),
    ],
    clean=[
        "亲，订单已经发出了，祝生活愉快",
        "感谢您的支持，祝您生活愉快",
        "感谢您的支持，祝您生活愉快！",
        "您好，很高兴为您服务。",
        "祝生活愉快~",
        "订单已经发出了，祝生活愉快😊",
        "订单已经发出了，祝生活愉快O(∩_∩)O",
        "订单已经发出了，祝生活愉快[微笑]",
        "您的订单已发货",
        "好的",
        "嗯",
        "知道了",
        "非常抱歉，包裹破损了，马上补发，再见",
        "这个无法修改地址，再见",
        "本店商品售出后七天内可退换，详见退换货规定，欢迎下次光临",
        Clean("订单已经发出了，祝生活愉快！", context={"channel": "email"}),
        Clean("订单已经发出了，祝生活愉快！", options={"style": "none"}),
        Clean("订单已经发出了，祝生活愉快", context={"customer_message": "你们太慢了，我要投诉！"}),
    ],
)

# Warmth markers besides faces: 亲 (not 亲自/亲手…), sentence particles, the tilde, 嗯嗯.
# One plain character first in every alternative, so re skips ahead in C (no [class] here).
_WARM_MARKERS = "亲(?![自手身眼笔属戚友人生])|" + "|".join("呢哦呀哟啦噢喔哒嘛~～") + "|哈|嗯嗯|恩恩|滴"
# Natural places for an emoji; each alternative starts with a literal (see _PLACE_STARTS).
_CLOSING = (
    "祝您|祝你|祝(?:生活|购物|工作|节日|周末|新年|身体|一切|您|你)|再见|拜拜|期待(?:再次|下次|与您|您的|您再)|欢迎(?:再次|下次|您再次|您下次)?光临|随时(?:联系|找|咨询)"
    "|欢迎您?(?:随时|再次|下次)?来?咨询"
)
# "请问还有其他可以帮您的吗" closes; "之前的订单还有什么问题吗" asks about the order: checked in code.
_MORE = "还有(?:其他|其它|什么|别的|可以|能|需要)[^。！？!?\n]{0,14}(?:帮|效劳|服务|问题|需要|疑问|咨询)"
_MORE_AFTER = frozenset(" \t，,。！？!?、问您看边妹我否下再")
_THANKS = "感谢|谢谢|多谢"
_GREETING = "很高兴为您服务|竭诚为您服务|欢迎光临|有什么(?:可以|能|需要)?[^。！？!?\n]{0,6}(?:帮|效劳|为您服务)"
_ASK = "有什么(?:问题|需要)"  # a greeting only after 请问/您好 (checked in code)
_PLACE = lazy_compile(
    f"(?P<closing>{_CLOSING})|(?P<more>{_MORE})|(?P<thanks>{_THANKS})|(?P<greeting>{_GREETING})|(?P<ask>{_ASK})"
)
_PLACES = Prefiltered(_PLACE, starts=literal_starts(_CLOSING, _MORE, _THANKS, _GREETING, _ASK))
_HELLO_ONLY = lazy_compile("\\s*(?:您好|你好)[\\s,，.。!！]*")
_PLACE_NAMES = {
    "closing": ("结束语", "closing"),
    "more": ("结束语", "closing"),
    "thanks": ("致谢", "thanks"),
    "greeting": ("问候", "greeting"),
    "ask": ("问候", "greeting"),
}
# Bad news in the draft: a smiley next to it reads as mockery.
_BAD_NEWS = (
    "抱歉|对不起|歉意|致歉|不好意思|遗憾|见谅|不便|困扰|损失|"
    "不能|无法|没办法|没法|不支持|不可以|不行|不了|办不到|做不到|"
    "损坏|破损|坏了|丢失|丢件|丢了|少发|漏发|错发|发错|延误|延迟|没收到|未收到|质量问题|投诉|差评"
)
# Warm wording: the honorific and courtesy words warm a reply as much as a face does, and a warm
# greeting (您好，很高兴为您服务) needs no emoji.
_WARM_WORDING = "您|感谢|谢谢|多谢|请|麻烦|辛苦|劳烦|咱们"
# Formal or policy text (shop rules, notices): an emoji there reads as unserious.
_FORMAL = "本店|本公司|我司|买家|卖家|规定|条款|政策|须知|一律|概不|凡是|说明|注意事项|公告"
# A warmth marker, bad news, warm wording or formal text: any of them and no emoji is suggested.
# One scan for all four (every alternative starts with a plain character, so re skips ahead in
# C).
_NO_EMOJI_HERE = lazy_compile(f"{_WARM_MARKERS}|{_BAD_NEWS}|{_WARM_WORDING}|{_FORMAL}")
_COLD_ONE_WORD = lazy_compile(
    "^\\s*(?:嗯|恩|好|哦|噢|行|知道了|好吧|收到|了解|明白|可以|是|对|好的|ok|OK)[。.!！]?\\s*$"
)
_UNIT_END = "。！？!?\n"


def encodable_mark(opts: EmojiOptions, style: Style, encoding: object) -> str:
    """The style's marker, or the first of kaomoji, code and "~" that the text's encoding can
    hold. ``replykit lint`` puts a legacy file encoding in ``context.extra["encoding"]``: a
    GBK quick-phrase file cannot store 😊, and a fix it cannot write helps nobody."""
    mark = opts.mark(style)
    if not isinstance(encoding, str):
        return mark
    for candidate in (mark, opts.kaomoji, opts.code, "~"):
        try:
            candidate.encode(encoding)
        except (UnicodeError, LookupError):
            continue
        return candidate
    return mark


def suggest_warmth(draft: Draft, opts: EmojiOptions, style: Style, report: Report) -> None:
    """One emoji in ``style`` at the last closing, thanks or greeting of a draft with no face and
    no warmth marker, unless it is bad news, warm already, formal or one cold word."""
    norm = draft.norm
    if _NO_EMOJI_HERE.search(norm) or _COLD_ONE_WORD.match(norm):
        return
    customer = draft.context.customer_message
    if angry(customer):
        return
    place, pos = _last_place(norm)
    if pos < 0:
        return
    point = _unit_end(draft, pos)
    zh, en = _PLACE_NAMES[place]
    # A calm customer we know about: a bot may add the emoji; otherwise a person decides.
    fix = "safe" if customer else "unsafe"
    mark = encodable_mark(opts, style, draft.context.extra.get("encoding"))
    report(NO_WARMTH, point, point, [mark], fix=fix, args={"place": zh, "place_en": en})


def _last_place(norm: str) -> tuple[str, int]:
    """(kind, end) of the last greeting, thanks or closing in the draft; end -1 when none."""
    if _HELLO_ONLY.fullmatch(norm):
        return "greeting", len(norm.rstrip())
    place, pos = "", -1
    for m in _PLACES.finditer(norm):
        kind = m.lastgroup or "closing"
        start = m.start()
        if kind == "more" and start > 0 and norm[start - 1] not in _MORE_AFTER:
            continue
        if kind == "thanks" and norm.startswith("不用", max(start - 2, 0)) and start >= 2:
            continue  # 不用谢谢
        if kind == "ask" and not (
            "请问" in norm[max(start - 6, 0) : start] or "您好" in norm[max(start - 6, 0) : start]
        ):
            continue
        place, pos = kind, m.end()
    return place, pos


def _unit_end(draft: Draft, pos: int) -> int:
    """Just after the sentence (or space-separated bubble) that contains pos, with its end marks."""
    text = draft.text
    i = pos
    while i < len(text) and text[i] not in _UNIT_END and not text[i].isspace():
        i += 1
    j = i
    while j < len(text) and text[j] == " ":
        j += 1
    if j < len(text) and text[j] in _UNIT_END:
        i = j  # "帮您的吗 ?": the mark after the space still ends this bubble
    while i < len(text) and text[i] in _UNIT_END and text[i] != "\n":
        i += 1
    for s, e in draft.protected:
        if s < i < e:
            return e
    return i
