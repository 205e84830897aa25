"""How a message is built: questions, promises, apologies, empathy, anger, greetings, closings.

Each detector reads the clause's words (the Assistant's segmenter) and their order: who acts
(the agent: 我/我们/这边, or no subject), when (a time or immediacy word), how (a commitment verb
after 帮/给/为您), and how the clause ends (a question particle, a question mark, an A-not-A
verb).  Word classes here are closed grammatical classes (particles, pronouns, time words,
benefactive markers) plus small semantic classes of verbs and adjectives; none lists whole
sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

Segment = Callable[[str], list[tuple[str, int, int]]]

_SENTENCE = re.compile(r"[^。！？!?；;\n~～…]+[。！？!?；;\n~～…]*")
_MASK = re.compile(r"\[[^\[\]\s]{1,8}x\]|\[商品快照\]|#E-s\[数字x\]")
_A_NOT_A = re.compile(r"([\u4e00-\u9fff])[不没]\1|可不可以|能不能够|好不好|对不对")

QUESTION_PARTICLES = frozenset("吗么嘛")
INTERROGATIVES = frozenset(
    [
        "什么",
        "啥",
        "怎么",
        "怎样",
        "怎么样",
        "怎么办",
        "为什么",
        "为何",
        "为啥",
        "干嘛",
        "哪",
        "哪里",
        "哪儿",
        "哪个",
        "哪些",
        "哪款",
        "哪种",
        "哪天",
        "多少",
        "几",
        "几天",
        "多久",
        "多长时间",
        "是否",
        "能否",
        "可否",
        "有没有",
        "是不是",
        "能不能",
        "会不会",
        "可不可以",
        "要不要",
        "行不行",
        "对不对",
        "好不好",
        "咋",
        "咋办",
    ]
)
# Indefinite uses of interrogatives: 没什么, 什么都, 过几天, 怎么也 are statements.
_INDEFINITE = re.compile(
    r"没(有)?什么|什么都|什么也|过几|这几|前几|好几|十几|几十|怎么也|怎么都|多少(也|都|有点)|哪(儿|里)都"
)
OPEN_INTERROGATIVES = frozenset(
    ["什么", "啥", "怎样", "怎么样", "哪", "哪个", "哪些", "哪款", "哪种", "多少", "几", "为什么", "为啥"]
)
# Words built on an interrogative morpheme (什么样, 哪家, 怎么回事, 多少钱) ask too.
_WH_STEMS = (
    "什么",
    "啥",
    "哪",
    "怎么",
    "怎样",
    "为什么",
    "为啥",
    "多少",
    "多久",
    "多重",
    "多大",
    "多长",
    "多高",
    "多宽",
    "多远",
    "几",
)
_OPEN_STEMS = ("什么", "啥", "哪", "怎样", "怎么样", "多少", "几")
_NOT_ASKING = frozenset(["几乎", "哪怕", "多少有点"])


def _asks(words: frozenset[str]) -> bool:
    return bool(words & INTERROGATIVES) or any(w.startswith(_WH_STEMS) and w not in _NOT_ASKING for w in words)


def _asks_open(words: frozenset[str]) -> bool:
    return bool(words & OPEN_INTERROGATIVES) or any(w.startswith(_OPEN_STEMS) and w not in _NOT_ASKING for w in words)


AGENT_SUBJECTS = frozenset(["我", "我们", "这边", "小妹", "小二", "客服", "本店", "咱们", "我这边", "我们这边"])
BENEFACTIVE = re.compile(r"(帮|给|为|替|跟|与|和)(您|你|亲)")
IMMEDIATE = frozenset(
    [
        "马上",
        "立即",
        "立刻",
        "稍后",
        "随后",
        "尽快",
        "一会",
        "一会儿",
        "待会",
        "待会儿",
        "等会",
        "稍等",
        "稍候",
        "及时",
        "第一时间",
        "正在",
        "这就",
    ]
)
FUTURE_DAYS = {
    "今天": "today",
    "今日": "today",
    "当天": "today",
    "今晚": "today",
    "明天": "tomorrow",
    "明日": "tomorrow",
    "后天": "in 2 days",
}
MODALS = frozenset(["会", "将", "要", "再", "一定", "肯定", "保证", "争取"])
COMMIT_VERBS = frozenset(
    [
        "联系",
        "回复",
        "回电",
        "致电",
        "答复",
        "反馈",
        "处理",
        "查",
        "查询",
        "查看",
        "核实",
        "核查",
        "跟进",
        "跟踪",
        "确认",
        "安排",
        "发货",
        "发出",
        "补发",
        "重发",
        "退款",
        "退回",
        "通知",
        "告知",
        "申请",
        "登记",
        "解决",
        "催",
        "催促",
        "催办",
        "上报",
        "提交",
        "加急",
        "操作",
        "协调",
        "沟通",
        "备注",
        "改",
        "修改",
        "更改",
        "回访",
        "转达",
        "记录",
        "返还",
        "补偿",
        "寄",
        "寄出",
        "换",
    ]
)
# Waiting for the agent (稍等), not for a parcel or a refund (耐心等待 is about those).
WAIT_REQUEST = re.compile(r"(请|麻烦|劳烦)?(您|亲)?(稍等|稍候|等一下|等一等|稍微等|等我)")
# Verbs of coming back to the customer: a promise of these is kept only by a later message.
FOLLOW_UP_VERBS = frozenset(
    "联系 回复 回电 致电 答复 反馈 查 查询 查看 核实 核查 跟进 确认 通知 告知 回访 转达".split()  # noqa: SIM905
)
DONE = frozenset(["已经", "已", "刚", "刚刚", "刚才", "之前"])
NEGATION = frozenset(["不", "没", "没有", "无法", "不能", "不会", "不用", "不必", "别", "未"])
APOLOGY = re.compile(r"抱歉|对不起|不好意思|致歉|歉意|道歉|请见谅|请谅解|敬请谅解|多多包涵|sorry", re.I)
_AFFECT = "久等|着急|担心|失望|不便|麻烦|困扰|不愉快|不开心|生气|不满|焦急|心急|受累|费心|等待|烦恼"
EMPATHY = re.compile(
    rf"理解(您|你|亲)|(能|可以|非常|十分|完全)理解|(您|你)的(心情|感受|心急|着急)|"
    rf"(让|给|令|使)(您|你|亲)(.{{0,4}})({_AFFECT})|感同身受|换位|心疼|辛苦(您|你|亲)?了"
)
GREETING = re.compile(
    r"^(亲+|您好|你好|hi|hello|嗨|在的|在呢|在哦|欢迎|早上好|上午好|下午好|晚上好)|(您好|你好)|"
    r"(有|请问有)?什么(问题|事情|需要|可以|能)?.{0,6}(帮|为|效劳|服务)|很高兴为您服务|欢迎光临|"
    r"请问(您)?(是)?(要)?咨询|(其他|什么)的?问题需要|(想|要|需要)咨询(什么|哪)",
    re.I,
)
CLOSING = re.compile(
    r"还有.{0,6}(帮|为|需要|问题)|其他.{0,4}(帮|需要|问题)|(感谢|谢谢)(您|你|亲)?(的)?(支持|耐心|理解|光临|咨询|来访|配合|等待|信任)?|"
    r"祝您|祝你|再见|拜拜|欢迎(再次|下次|常来|再来)|下次(再|光临)|生活愉快|愉快|评价|满意|随时(联系|找|咨询|留言)",
)
ESCALATION = re.compile(
    r"投诉|差评|曝光|举报|12315|消协|消费者协会|工商|媒体|报警|律师|起诉|法院|维权|315|"
    r"态度(太|很|真|好|非常|特别)?(差|恶劣|不好)|太过分|气死|受够"
)
INSULT = re.compile(
    r"垃圾|骗子|骗人|坑人|坑爹|黑店|无良|奸商|破(东西|玩意|店)|滚|妈的|他妈|tmd|mmp|sb|傻逼|脑残|恶心|无耻|混蛋|废物",
    re.I,
)
_FRUSTRATION = re.compile(
    r"到底|凭什么|怎么还|为什么还|还没|一直(不|没)|多少天了|几天了|[!！]{2,}|[?？]{2,}|什么意思|有病|无语|太(差|慢|坑|过分|离谱|烂)|搞什么"
)
UNDECIDED = re.compile(
    r"纠结|犹豫|拿不定|不知道(买|选|要|该|哪)|不确定|还没想好|考虑(一下|下)|推荐|哪(个|款|种|一款|一个)(好|更好|比较好|合适|适合|划算)|"
    r"有什么区别|区别(是|在)|选哪|买哪|怎么选|建议(买|选)"
)


def clean(text: str) -> str:
    """Text with anonymisation masks and emoticon codes removed (they carry no wording)."""
    return _MASK.sub("", text)


@dataclass
class Clause:
    """A sentence of a message: its text and its words (from the segmenter)."""

    text: str
    words: list[str]
    start: int

    @cached_property
    def wordset(self) -> frozenset[str]:
        return frozenset(self.words)


@dataclass
class Utterance:
    """One message, split into sentences and words on first use."""

    text: str
    segment: Segment
    _clauses: list[Clause] | None = field(default=None, repr=False)

    @property
    def clauses(self) -> list[Clause]:
        if self._clauses is None:
            out = []
            for m in _SENTENCE.finditer(self.text):
                piece = m.group()
                if not clean(piece).strip(" \t~～…。，,"):
                    continue
                words = [w for w, _, _ in self.segment(piece) if w.strip()]
                out.append(Clause(piece, words, m.start()))
            self._clauses = out
        return self._clauses

    # -- questions -----------------------------------------------------------------------

    def questions(self) -> list[Clause]:
        return [c for c in self.clauses if is_question(c)]

    def is_question(self) -> bool:
        return any(is_question(c) for c in self.clauses)

    # -- the agent's side ------------------------------------------------------------------

    def promises(self) -> list[Promise]:
        return [p for c in self.clauses if (p := promise_in(c)) is not None]

    def apologizes(self) -> bool:
        return APOLOGY.search(self.text) is not None

    def empathizes(self) -> bool:
        return EMPATHY.search(self.text) is not None

    def greets(self) -> bool:
        return GREETING.search(clean(self.text)) is not None

    def closes(self) -> bool:
        return CLOSING.search(clean(self.text)) is not None

    def choice_question(self) -> bool:
        return any(is_choice_question(c) for c in self.clauses)

    def open_question(self) -> bool:
        return any(is_open_question(c) for c in self.clauses)

    # -- the customer's side -------------------------------------------------------------

    def anger(self) -> list[str]:
        """Why the message reads as angry: escalation threats, insults, two frustration cues."""
        text = clean(self.text)
        cues = [m.group() for m in ESCALATION.finditer(text)] + [m.group() for m in INSULT.finditer(text)]
        frustration = list(dict.fromkeys(m.group() for m in _FRUSTRATION.finditer(text)))
        if len(frustration) >= 2:
            cues += frustration
        return cues

    def undecided(self) -> bool:
        return UNDECIDED.search(clean(self.text)) is not None


PING = re.compile(r"^(在吗|在么|在不在|在嘛|有人吗|有人在吗|人呢|客服呢|你好|您好|hello|hi)[\s?？。!！~～]*$", re.I)


def is_question(c: Clause) -> bool:
    """Whether the clause asks something (a ping such as 在吗 asks for attention, not an answer)."""
    text = clean(c.text).strip()
    if not text or PING.match(text):
        return False
    if text.startswith("请问"):
        return True
    if text.rstrip("~～ ").endswith(("?", "？")):
        return True
    core = text.rstrip("。.!！~～ ")
    if core and core[-1] in QUESTION_PARTICLES and not core.endswith(("什么", "不要么", "要么")):
        return True
    if _A_NOT_A.search(text):
        return True
    return _asks(c.wordset) and not _INDEFINITE.search(text)


_ADVERB_AFTER = frozenset(
    "很 挺 比较 蛮 太 非常 特别 会 要 不 没 可以 能 得 需要 在 一样 那样 这样 老样子".split()  # noqa: SIM905
)


def is_choice_question(c: Clause) -> bool:
    """An alternative question: A还是B (a choice is easier for the customer to answer)."""
    if "还是" not in c.words:
        return False
    i = c.words.index("还是")
    after = c.words[i + 1] if i + 1 < len(c.words) else ""
    if (
        not 0 < i < len(c.words) - 1
        or after.startswith(tuple(_ADVERB_AFTER))
        or clean(c.text).rstrip("?？ ~").endswith("吗")
    ):
        return False  # 还是很快的 / 还是不行: the adverb "still"; A还是B never ends in 吗
    return is_question(c) or c.text.rstrip().endswith(("呢", "呀"))


def is_open_question(c: Clause) -> bool:
    """A wh-question (什么/哪/怎么样/多少) that leaves the whole answer to the customer."""
    return is_question(c) and not is_choice_question(c) and _asks_open(c.wordset)


@dataclass(frozen=True)
class Promise:
    """A commitment the agent made: what (the clause) and by when."""

    what: str
    due: str  # "soon" (in this conversation), "today", "tomorrow", "in 2 days", "within N hours", "date", "unspecified"
    offset: int
    follow_up: bool = True  # to come back to the customer (查/回复/联系, 稍等), not only to act (发货/退款)


_HOURS = re.compile(r"(\d+|\[数字x\]|[一二两三四五六七八九十]+)\s*(个)?(小时|工作日|天)(内|之内|以内)")
_LOOKUP = re.compile(r"(帮|给|为)(您|你|亲).{0,3}(查|核实|看)")
_DATE = re.compile(
    r"\[日期x\]|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号](之前|前|以前)|周[一二三四五六日天]|星期[一二三四五六日天]"
)


def promise_in(c: Clause) -> Promise | None:
    """A promise, read from the clause's structure.

    Either a request to wait (请稍等 — the agent owes an answer in this conversation) or a
    commitment: a commitment verb acted by the agent (first-person or no subject), marked as
    future by a time word, an immediacy adverb or a modal, or done for the customer (帮您/给您),
    and not negated or asked.
    """
    text = clean(c.text)
    if not text.strip() or text.rstrip().endswith(("?", "？", "吗")):
        return None
    words = c.words
    wait = WAIT_REQUEST.search(text)
    for i, w in enumerate(words):
        if w not in COMMIT_VERBS and not (len(w) > 1 and w[:-1] in COMMIT_VERBS and w[-1] in "下好"):
            continue
        before = words[max(0, i - 6) : i]
        if any(b in NEGATION for b in before[-3:]):
            continue
        if any(b in DONE for b in before[-4:]):
            continue  # 已经为您提交了: done, not promised
        if any(b in ("您", "你", "亲") for b in before[-1:]) and not BENEFACTIVE.search("".join(before[-2:])):
            continue  # 您联系… : the customer is the one who acts
        if any(b in ("如果", "若", "假如", "要是", "的话") for b in words[:i]):
            continue  # a condition, not a commitment
        prefix = "".join(before)
        timed = any(b in MODALS for b in before) or any(x in prefix for x in (*IMMEDIATE, *FUTURE_DAYS))
        timed = timed or bool(_HOURS.search(text) or _DATE.search(text))
        for_customer = BENEFACTIVE.search(prefix) is not None
        subject = any(b in AGENT_SUBJECTS for b in words[: i + 1])
        if not for_customer and _CUSTOMER_ACTS.match(text.strip()):
            continue  # 您可以联系…: an instruction to the customer
        to_customer = subject and i + 1 < len(words) and words[i + 1] in ("您", "你", "亲")  # 我通知您
        if timed or for_customer or to_customer:
            follow_up = w in FOLLOW_UP_VERBS or w[:-1] in FOLLOW_UP_VERBS or wait is not None
            return Promise(c.text.strip(), due_of(c.text), c.start, follow_up)
    if wait:
        return Promise(c.text.strip(), "soon", c.start)
    return None


_CUSTOMER_ACTS = re.compile(r"^(麻烦|请)?(您|你|亲)(可以|需要|要|先|自己|直接|再|来)")
_NUMERALS = {
    "一": "1",
    "两": "2",
    "二": "2",
    "三": "3",
    "四": "4",
    "五": "5",
    "六": "6",
    "七": "7",
    "八": "8",
    "九": "9",
    "十": "10",
}


def due_of(text: str) -> str:
    """When a promise falls due, from its time words."""
    for word, due in FUTURE_DAYS.items():
        if word in text:
            return due
    hours = _HOURS.search(text)
    if hours:
        amount = hours.group(1)
        unit = hours.group(3)
        amount = "N" if "x]" in amount else _NUMERALS.get(amount, amount)
        return f"within {amount} {'hours' if unit == '小时' else 'days' if unit == '天' else 'working days'}"
    if _DATE.search(text):
        return "date"
    if (
        any(w in text for w in IMMEDIATE)
        or WAIT_REQUEST.search(text)
        or re.search(r"(帮|给|为)(您|你|亲).{0,3}(查|核实|看)", text)
    ):
        return "soon"
    return "unspecified"


def similar(a: str, b: str) -> float:
    """How much two questions overlap: Dice similarity of their character bigrams (masks and
    punctuation removed), or, when the shorter one has at least 3 bigrams, 0.9 of its share
    found in the longer one (会影响么 is asked again inside 重新买会有影响么)."""
    x, y = _bigrams(a), _bigrams(b)
    if not x or not y:
        return 0.0
    shared = len(x & y)
    dice = 2 * shared / (len(x) + len(y))
    small = min(len(x), len(y))
    return max(dice, 0.9 * shared / small) if small >= 3 else dice


PUNCT = re.compile(r"[\s\W_]+")


def _bigrams(text: str) -> set[str]:
    t = PUNCT.sub("", clean(text))
    return {t[i : i + 2] for i in range(len(t) - 1)}
