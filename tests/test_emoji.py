"""The emoji plugin: warmth where there is none, no cheerful face on a complaint, density caps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import shared_lines
from test_but import assert_sound

import replykit
from replykit.builtin.emoji import EmojiOptions, find_faces
from replykit.draft import Draft
from replykit.models import Context
from replykit.protect import compile_protection, protected_spans


def emoji_only(options: dict[str, Any] | None = None, **config: Any) -> replykit.Assistant:
    plugins = {"emoji": options} if options is not None else {}
    cfg = replykit.Config(select=["emoji"], strict=True, plugins=plugins, **config)
    return replykit.Assistant(cfg, entry_points=False)


EMOJI = emoji_only()
CLOSING = "订单已经发出了，祝生活愉快！"


def rules(text: str, context: dict[str, Any] | None = None, assistant: replykit.Assistant = EMOJI) -> list[str]:
    return [a.rule for a in assistant.suggest(text, context).annotations]


# --- warmth suggestions -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "context", "good"),
    [
        (None, None, CLOSING + "😊"),
        ({"style": "code"}, None, CLOSING + "[微笑]"),
        ({"style": "kaomoji"}, None, CLOSING + "O(∩_∩)O"),
        ({"style": "kaomoji", "kaomoji": "(^_^)"}, None, CLOSING + "(^_^)"),
        ({"channels": {"taobao": "code"}}, {"channel": "taobao"}, CLOSING + "[微笑]"),
        ({"channels": {"taobao": "code"}}, {"channel": "TaoBao"}, CLOSING + "[微笑]"),
        ({"channels": {"taobao": "code"}}, {"channel": "jd"}, CLOSING + "😊"),
        (None, {"channel": "email"}, CLOSING),
        ({"style": "none"}, None, CLOSING),
        ({"channels": {"email": "unicode"}}, {"channel": "email"}, CLOSING + "😊"),
    ],
)
def test_styles_per_config_and_channel(options: dict[str, Any] | None, context: Any, good: str) -> None:
    assert emoji_only(options).suggest(CLOSING, context).text == good


def test_the_suggestion_is_an_insertion_after_the_last_natural_place() -> None:
    draft = "你好，已登记 还有其他问题吗？ 订单今天发出"
    (a,) = EMOJI.suggest(draft).annotations
    assert a.rule == "emoji.no-warmth" and a.start == a.end == draft.index("？") + 1
    assert a.replacements == ["😊"] and a.text == ""


def test_fix_is_safe_only_when_a_calm_customer_is_known() -> None:
    (unknown,) = EMOJI.suggest(CLOSING).annotations
    assert unknown.fix == "unsafe"
    assert EMOJI.suggest(CLOSING, fixes="safe").text == CLOSING
    calm = {"customer_message": "好的，谢谢你"}
    (known,) = EMOJI.suggest(CLOSING, calm).annotations
    assert known.fix == "safe"
    assert EMOJI.suggest(CLOSING, calm, fixes="safe").text == CLOSING + "😊"


@pytest.mark.parametrize(
    "draft",
    [
        "亲，感谢您的支持",
        "感谢您的支持呢",
        "感谢您的支持哦",
        "感谢您的支持呀",
        "感谢您的支持~",
        "感谢您的支持😊",
        "感谢您的支持O(∩_∩)O",
        "感谢您的支持^_^",
        "感谢您的支持[微笑]",
        "感谢您的支持#E-s21",
        "感谢您的支持#E-s[数字x]",
        "嗯嗯，感谢您的支持",
        "感谢您的支持",
        "您好，很高兴为您服务。",
        "请问还有其他问题吗？",
        "麻烦签收后确认一下，再见",
    ],
)
def test_any_warmth_marker_silences_it(draft: str) -> None:
    assert rules(draft) == []


@pytest.mark.parametrize("draft", ["嗯", "好", "哦", "行", "知道了", "好的", "恩。", "收到"])
def test_cold_one_word_replies_are_left_to_politeness(draft: str) -> None:
    assert rules(draft) == []


@pytest.mark.parametrize(
    ("draft", "context"),
    [
        ("非常抱歉，您的包裹破损了，马上为您补发，感谢您的理解", None),
        ("订单已出库无法修改地址，感谢您的理解", None),
        (CLOSING, {"customer_message": "什么破质量，我要投诉！！"}),
        (CLOSING, {"customer_message": "三天了还没到，怎么回事"}),
    ],
)
def test_no_cheerful_suggestion_on_bad_news_or_anger(draft: str, context: Any) -> None:
    assert rules(draft, context) == []


@pytest.mark.parametrize("customer", ["哦!!!谢谢", "京东从不让人失望", "质量问题可以退吗", "怎么样了??"])
def test_glad_or_plain_customers_are_not_angry(customer: str) -> None:
    (a,) = EMOJI.suggest(CLOSING, {"customer_message": customer}).annotations
    assert (a.rule, a.fix) == ("emoji.no-warmth", "safe")


def test_insertion_never_lands_inside_a_protected_span() -> None:
    draft = "欢迎下次光临{{contact.name}}"
    s = EMOJI.suggest(draft)
    assert s.text == draft + "😊"
    assert_sound(draft, s)


# --- cheerful faces on complaints ---------------------------------------------------------


def test_cheerful_face_on_an_apology_for_a_loss_is_removed_safely() -> None:
    s = EMOJI.suggest("非常抱歉，包裹丢失了，马上为您补发😊", fixes="safe")
    assert [a.rule for a in s.annotations] == ["emoji.cheerful-on-complaint"]
    assert s.text == "非常抱歉，包裹丢失了，马上为您补发"


def test_angry_customer_context_makes_the_smile_a_finding() -> None:
    angry = {"customer_message": "东西坏了！我要差评"}
    assert rules("马上为您处理O(∩_∩)O", angry) == ["emoji.cheerful-on-complaint"]
    assert rules("马上为您处理O(∩_∩)O", {"customer_message": "什么时候发货"}) == []
    assert rules("非常抱歉，马上为您处理[抱拳]", angry) == []  # not a cheerful code


def test_a_cheerful_platform_code_is_advice_and_stays_in_the_text() -> None:
    draft = "非常抱歉给您带来不便，马上处理[微笑]"
    s = EMOJI.suggest(draft)
    (a,) = s.annotations
    assert a.rule == "emoji.cheerful-on-complaint" and a.fix is None and a.text.endswith("[微笑]")
    assert s.text == draft


# --- density ------------------------------------------------------------------------------


def test_emoji_over_the_cap() -> None:
    s = EMOJI.suggest("好的😊马上发货😊感谢支持O(∩_∩)O祝您愉快😊", fixes="unsafe")
    assert [a.rule for a in s.annotations] == ["emoji.density"]
    assert s.text == "好的😊马上发货😊感谢支持O(∩_∩)O祝您愉快"
    assert rules("好的😊马上发货😊", assistant=emoji_only({"max-emoji": 1})) == ["emoji.density"]
    assert rules("好的😊马上发货😊", assistant=emoji_only({"max_emoji": 2})) == []


def test_exclamations() -> None:
    s = EMOJI.suggest("您好呀，很高兴为您服务！！！马上为您查询!!", fixes="safe")
    assert [a.rule for a in s.annotations] == ["emoji.exclamations", "emoji.exclamations"]
    assert s.text == "您好呀，很高兴为您服务！马上为您查询!"
    many = EMOJI.suggest("好的呢！马上！发货！愉快！")
    assert [(a.rule, a.fix) for a in many.annotations] == [("emoji.exclamations", None)]
    assert rules("好的呢！马上！发货！愉快！", assistant=emoji_only({"max-exclamations": 5})) == []


def test_style_none_channel_flags_emoji() -> None:
    s = EMOJI.suggest("感谢您的支持😊", {"channel": "email"}, fixes="unsafe")
    assert [a.rule for a in s.annotations] == ["emoji.style"]
    assert s.text == "感谢您的支持"


def test_find_faces_kinds() -> None:
    text = "好的😊 [微笑] O(∩_∩)O [订单x] #E-s21 ★"
    draft = Draft(text, Context(), protected_spans(text, compile_protection()), lambda: lambda s: [], frozenset())
    faces = find_faces(draft)
    assert [(f.kind, f.cheerful) for f in faces] == [
        ("unicode", True),
        ("code", True),
        ("kaomoji", True),
        ("code", False),  # a JD code's meaning is unknown; masks and bullets are not faces
    ]


# --- options ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "key"),
    [
        ({"stile": "code"}, "plugins.emoji.stile"),
        ({"style": "gif"}, "plugins.emoji.style"),
        ({"channels": {"email": "sticker"}}, "plugins.emoji.channels.email"),
        ({"max-emoji": -1}, "plugins.emoji.max_emoji"),
        ({"unicode": ""}, "plugins.emoji.unicode"),
    ],
)
def test_bad_options_name_the_key(options: dict[str, Any], key: str) -> None:
    with pytest.raises(replykit.ConfigError, match=key.replace(".", r"\.")):
        emoji_only(options)


def test_options_from_pyproject(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text(
        '[tool.replykit]\nselect = ["emoji"]\n[tool.replykit.plugins.emoji]\nstyle = "code"\n'
        'channels = { email = "none", wechat = "kaomoji" }\nmax-emoji = 2\n',
        encoding="utf-8",
    )
    assistant = replykit.Assistant(replykit.Config.from_file(path), entry_points=False)
    assert assistant.options["emoji"] == EmojiOptions(
        style="code", channels={"email": "none", "wechat": "kaomoji"}, max_emoji=2
    )
    assert assistant.suggest(CLOSING, {"channel": "wechat"}).text == CLOSING + "O(∩_∩)O"
    bad = tmp_path / "replykit.toml"
    bad.write_text('[plugins.emoji]\nstyle = "gif"\n', encoding="utf-8")
    with pytest.raises(replykit.ConfigError, match=r"replykit\.toml:2: .*'plugins\.emoji\.style'"):
        replykit.Assistant(replykit.Config.from_file(bad), entry_points=False)


# --- every real reply ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["agent_replies.jsonl", "agent_replies_with_negation.jsonl", "agent_replies_ecd_taobao.jsonl"]
)
@pytest.mark.parametrize("style", ["unicode", "code", "kaomoji"])
def test_every_real_reply(name: str, style: str) -> None:
    assistant = emoji_only({"style": style})
    for _number, text in shared_lines(name):
        s = assistant.suggest(text)
        assert not s.errors
        assert_sound(text, s)
        again = assistant.suggest(s.text)
        assert not [a for a in again.annotations if a.rule == "emoji.no-warmth"], s.text


def test_emoji_follow_unicode_data_flags_families_and_skin_tones_are_one_face() -> None:
    def faces(text: str) -> list[str]:
        draft = Draft(text, Context(), [], lambda: None, frozenset())  # type: ignore[arg-type,return-value]
        return [text[f.start : f.end] for f in find_faces(draft)]

    assert faces("好的👨‍👩‍👧马上处理") == ["👨‍👩‍👧"]
    assert faces("谢谢👍🏻🇨🇳") == ["👍🏻", "🇨🇳"]
    assert faces("新款🫶上市") == ["🫶"]  # Unicode 14: no code-point table to update
    assert faces("本品牌©与™均已注册，★推荐") == []  # pictographic, but not faces
