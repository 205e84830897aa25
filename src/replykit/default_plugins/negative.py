"""negative: turn refusals into what the shop *can* do (seed 003: no 我不能 / 我不会 / 这不是我应该做的).

A literal-led scan of ``draft.norm`` finds candidate negative service words, the full
alternation confirms each one where it starts, and each hit is then read in its clause (the
text between punctuation or spaces, as JD bubbles are merged by spaces):

* exclusions first: polite questions (能不能…, 可不可以…), double negation (不能不), advice to the
  customer (千万不能…), conditionals (如果…无法, 不行的话), hedges (可能无法), the cancellation
  warning (一旦取消就无法恢复), the customer's own inability (您无法签收), reassurance (不会的);
* the clause is split into ``topic + subject + adverbs + NEG + verb phrase + particles``, and
  the fix is rebuilt from those pieces so the topic and object survive and the subject appears
  once: 我们不能给您退款 -> 要退款的话，我们能为您做的是…… .

Every fix is ``unsafe``: an agent fills in "……".  Pieces are sliced from ``draft.text``, so
masks and the draft's script survive; the template words are converted to traditional when
the draft is traditional.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from replykit.convert import convert
from replykit.draft import Draft
from replykit.hookspecs import Report, hookimpl
from replykit.rules import Example, Rule, rule

CANNOT = rule(
    "cannot",
    severity="warning",
    fix="unsafe",
    description="A refusal with 不能/不可以/无法 + a service action; say what can be done instead.",
    zh="“不能/无法”让客户只盯着被拒绝的事；改说我们能为他做什么（我们能为您做的是……）",
    en="'Cannot' makes the customer dwell on the refusal; say what you can do for them instead",
    examples=[
        Example("我们不能给您退款", "要退款的话，我们能为您做的是……"),
        Example("我們不能給您退款", "要退款的話，我們能為您做的是……"),
        Example("亲，地址是无法修改的哦", "亲，地址要修改的话，我们能为您做的是……"),
        Example("真的很抱歉我们这边无法修改地址", "真的很抱歉，要修改地址的话，我们这边能为您做的是……"),
        Example("亲爱的 这边现在是不能为你修改的呢", "亲爱的 现在要修改的话，这边能为您做的是……"),
        Example("不同型号、【颜色】是无法更换的哦", "不同型号、【颜色】要更换的话，我们能为您做的是……"),
        Example(
            "订单提交后无法更改，可以在完成后为您换开", "订单提交后要更改的话，我们能为您做的是……，可以在完成后为您换开"
        ),
        Example("小妹这边无法修改订单的呢", "要修改订单的话，小妹这边能为您做的是……"),
        Example("[订单x]已经出库了，无法取消的哦", "[订单x]已经出库了，要取消的话，我们能为您做的是……"),
        Example("亲，酒类商品不能开增值税发票哦", "亲，酒类商品要开增值税发票的话，我们能为您做的是……"),
        Example("目前是无法添加备注的呢", "目前要添加备注的话，我们能为您做的是……"),
        Example("實在抱歉，這個我們無法為您修改地址", "實在抱歉，這個要修改地址的話，我們能為您做的是……"),
    ],
    clean=[
        "能不能麻烦您提供一下订单号呢",
        "今晚的秒杀可不能错过哦",
        "我们不能不对您负责",
        "洗涤时千万不能用漂白剂哦",
        "如果您无法签收，可以请家人代收",
        "您那边无法付款是吗？",
        "温馨提示：订单一旦取消就无法恢复哦",
        "修改的话可能无法成功，我们会尽力帮您协调",
        "配送员反馈无法联系您，麻烦留意一下电话",
        "避免因为缺货导致无法下单哦",
        "这个可以为您修改，请稍等",
        "本店支持七天无理由退货",
    ],
)

NO_WAY = rule(
    "no-way",
    severity="warning",
    fix="unsafe",
    description="没办法/没法 sounds like giving up on the customer; give the reason and an alternative.",
    zh="“没办法”听起来像放弃了客户；说明原因，再给出我们能做的替代方案",
    en="'No way' sounds like giving up on the customer; give the reason and offer an alternative",
    examples=[
        Example("我这边是没办法修改价格的哦", "要修改价格的话，我这边能为您做的是……"),
        Example("抱歉，这个我们没办法帮您加急", "抱歉，这个要加急的话，我们能为您做的是……"),
        Example("没法给您便宜了亲", "要便宜的话，我们能为您做的是……亲"),
        Example("确实没办法。", "因为……，我们能为您做的是……。"),
        Example("这个小妹真的没办法呢", "因为……，小妹能为您做的是……"),
    ],
    clean=[
        "您放心，我们会想办法帮您解决",
        "有办法的，您按照这个步骤操作就可以",
        "如果没办法签收，可以联系快递员改约时间",
    ],
)

CANNOT_PROMISE = rule(
    "cannot-promise",
    severity="warning",
    fix="unsafe",
    description="无法保证/不能确定 leaves only uncertainty; say what it depends on and how you will follow up.",
    zh="“无法保证/无法确定”只留下不确定感；说清以什么为准、我们会怎么跟进",
    en="'Cannot guarantee' leaves only uncertainty; say what it depends on and how you will follow up",
    examples=[
        Example("具体时间我们也无法确定", "具体时间以……为准，我们会为您……"),
        Example("这个不能保证的哦", "这个以……为准，我们会为您……"),
        Example(
            "所以我这边不能给您一个准确的时间",
            "所以准确的时间以……为准，我这边会为您……",
        ),
        Example("预计明天送达，具体时间我们也无法确定呢", "预计明天送达，具体时间以……为准，我们会为您……"),
        Example("小妹这边不能保证明天一定到", "要保证明天一定到的话，小妹这边能为您做的是……"),
        Example("配送时间小妹暂时不能给您一个确定的时间", "配送时间以……为准，小妹会为您……"),
    ],
    clean=[
        "我们保证是正品，请您放心",
        "这个可以确定，明天一定送到",
        "我帮您确认一下再回复您",
    ],
)

BARE_REFUSAL = rule(
    "bare-refusal",
    severity="warning",
    fix="unsafe",
    description="A bare 不可以/不行/不能 answer; give the reason (因为……) and an alternative.",
    zh="只回“不可以/不行”是生硬的拒绝；先说原因（因为……），再给出替代方案",
    en="A bare 'no' is a blunt refusal; give the reason (because ...) and offer an alternative",
    examples=[
        Example("亲，不可以的哦", "亲，因为……，我们能为您做的是……"),
        Example("不行的呢", "因为……，我们能为您做的是……"),
        Example("不可以的哦亲", "因为……，我们能为您做的是……亲"),
        Example("那不行，只能退一件", "因为……，我们能为您做的是……，只能退一件"),
        Example("手机不行的", "手机的话，因为……，我们能为您做的是……"),
        Example("不能", "因为……，我们能为您做的是……"),
        Example("親，不可以的哦", "親，因為……，我們能為您做的是……"),
    ],
    clean=[
        "可不可以先帮您登记一下？",
        "行不行您说了算",
        "主机也不行吗",
        "不行的话您再联系我们哦",
        "如果还是不行，麻烦您拍个视频给我们",
        "实在不行您可以申请售后",
        "不会的亲，放心使用",
        "缺一不可哦",
    ],
)

CANNOT_DO = rule(
    "cannot-do",
    severity="warning",
    fix="unsafe",
    description="我不会/我做不了/帮不了 sounds like resisting; tell the customer what you can do.",
    zh="“我不会/我做不了”让客户觉得您在推脱；告诉客户您能为他做什么",
    en="'I can't do it' sounds like resisting; tell the customer what you can do",
    examples=[
        Example("我想我做不了", "我能为您做的是……"),
        Example("这个我也不会弄呢", "这个我能为您做的是……"),
        Example("这个颜色我们真的帮不了您", "这个颜色我们能为您做的是……"),
        Example("抱歉，小妹处理不了这个问题", "抱歉，小妹能为您做的是……"),
    ],
    clean=[
        "我不会让您失望的",
        "我们绝不会泄露您的个人信息",
        "如果商家处理不了，可以联系我们",
        "不会起球的，请放心",
        "轻微划痕不会影响使用的",
    ],
)

NOT_MY_JOB = rule(
    "not-my-job",
    severity="warning",
    fix="unsafe",
    description="这不是我应该做的/不归我们管 makes the customer feel unworthy; state the limit, point to help.",
    zh="“这不是我该做的/不归我们管”让客户觉得不配提要求；说明权限，并指引能帮忙的渠道",
    en="'Not my job' makes the customer feel unworthy of asking; state your limits and point to who can help",
    examples=[
        Example("这不是我应该做的", "很抱歉，这个我们没有相关权限，您可以咨询……看看"),
        Example("发票的事不归我们管哦", "发票的事，我们没有相关权限，您可以咨询……看看"),
        Example("这个问题跟我们没关系", "这个问题，我们没有相关权限，您可以咨询……看看"),
        Example("商品质量不是我们负责的", "商品质量，我们没有相关权限，您可以咨询……看看"),
    ],
    clean=[
        "您太客气了，这都是我应该做的",
        "没关系的亲",
        "没问题，马上为您安排",
        "不客气哦，祝您生活愉快",
        "不好意思让您久等了",
        "无论如何我们都会帮您处理好",
        "有不清楚的地方可以问我哦",
    ],
)

RULES = (CANNOT, NO_WAY, CANNOT_PROMISE, BARE_REFUSAL, CANNOT_DO, NOT_MY_JOB)

# --- patterns ----------------------------------------------------------------------------------


def _alt(words: str) -> str:
    """A non-capturing alternation of space-separated words (keeps the word lists readable)."""
    return "(?:" + "|".join(words.split()) + ")"


# Every alternative starts with a literal, found by _CANDIDATE first: Python's re scans a long
# alternation at every offset (7 us per reply), the candidate scan is a fifth of that.
# _CANDIDATE's own alternatives each begin with a plain character, not a class or a group:
# then re knows the set of first characters and skips in C to the next one (2.2 -> 0.9 us).
_NOT_MY_JOB = (
    r"(?:不是我(?:们|们的|的)?(?:应该|该)?(?:做|管|负责)的(?:事(?:情)?)?"
    r"|不归我(?:们)?管|不关我(?:们)?的事|(?:跟|和|与)我(?:们)?(?:没|无)(?:有)?(?:关系|关))"
)
_CANNOT_DO = _alt(
    "做不了 做不到 办不到 办不了 弄不了 搞不定 搞不了 帮不了 帮不上 处理不了 解决不了 无能为力 "
    "不会弄 不会操作 不会处理 不会办 不会搞 不会修 不会安装 不会设置"
)
_NEG = "不可以|不能|无法|没有办法|没办法|没法|不行|不可"
_TRIGGER = re.compile(f"(?P<job>{_NOT_MY_JOB})|(?P<do>{_CANNOT_DO})|(?P<neg>{_NEG})")
_CANDIDATE = re.compile(
    r"不(?:可以|能|行|可|是我|归我|关我|会)|无法|无能|没(?:有)?办法|没法|跟我们?[没无]|和我们?[没无]|与我们?[没无]"
    r"|做不|办不|弄不|搞不|帮不|处理不|解决不"
)
_JOB_PREFIX = re.compile(r"(?:这个|这)(?:也|可|并|真的)?$")

_PARTICLES = "的了啦呢哦哈呀哟噢欧滴啊喔嘛咯哒"
_VOCATIVE = r"亲爱的|亲亲|亲|小主|客官|您好"
_CLAUSE_PUNCT_CHARS = "。！？!?\n，,、；;：:~～ \t.·…"
_TAIL = re.compile(f"(?:[{_PARTICLES}]|{_VOCATIVE}|[~～·.…!！])*$")
_BARE = re.compile(f"(?:[{_PARTICLES}]|{_VOCATIVE}|[~～·.…])*")
_VOCATIVE_AT = re.compile(f"(?:{_VOCATIVE})(?:[{_PARTICLES}]*)(?:[{re.escape(_CLAUSE_PUNCT_CHARS)}]|$)")
_PARTICLE_RUN = re.compile(f"[{_PARTICLES}]*")
_SUBJECT = re.compile(
    r"(?:我们这边|我这边|小妹这边|妹子这边|咱们这边|这边|我们|咱们|小妹|妹子|妹纸|本店|小店|我们店|我司|我)"
)
_NOT_COPULA = "(?<![但只还就可于总凡倒要若])是"  # 是 as filler, not inside 但是/只是/要是
_FILLER = re.compile(
    "(?:"
    + _alt("也 都 还 就 确实 真的 实在 已经 真 一般来说 一般 正常 完全 的确 也很无奈 很无奈 这里 来说 可是 肯定")
    + "|"
    + _alt("暂时 目前 现在 暂 当前")
    + "|"
    + _NOT_COPULA
    + ")*"
)
_TIME = re.compile(r"目前|现在|当前")  # 暂时 reads oddly before 要…的话; dropped
_LEAD = re.compile(
    f"(?:(?:{_VOCATIVE})|(?:非常|很|真的很|确实很|实在|真的)?(?:抱歉|不好意思)(?:的呢|呢|哈)?"
    # A leading connective stays outside the rewrite, so the but plugin can drop it on its own.
    "|但是|可是|不过|但(?![愿凡]))+"
)
_TOPIC_TAIL = re.compile(f"(?:{_NOT_COPULA}|也|都|还|就|的话)*$")
_TOPIC_HEAD = re.compile(r"(?:那就是|就是|那么|那)")
_DEMONSTRATIVE = re.compile(r"(?:这个|那个|这种|那种|这是|那是|这|那|应该|应该是|那就是|就是|我想|想)?")
_CONNECTIVES = ("所以", "因此", "但是", "但", "不过", "而且", "可是")
_CONNECTIVE = re.compile(r"(?:所以|因此|因为|但是|但|不过|而且|可是|并且|另外|然后)?")
_COVERB = ("和", "跟", "与")
_LOOKUP = re.compile(r"查询|查到|查看|获知|知道")
_WHEN = ("时间", "时效", "日期", "到货时间")
_MID_PARTICLE = re.compile(r"[呢哦哈呀哟啦噢欧嘛哒吧]")
_ADVERB = re.compile(
    _alt(
        "再 在 直接 单独 同时 自行 及时 进行 先 完全 马上 立即 "
        "为您 给您 帮您 替您 为你 给你 帮你 帮亲亲 帮亲 跟您 向您 帮助客户 帮助您"
    )
    + "+"
)
_PROMISE = re.compile(
    _alt("完全 准确地 准确 先 跟您 向您 想您 为您 给您")
    + "*(?P<verb>"
    + _alt("保证 确保 确定 确认 肯定 估计 承诺 预估 获知 把握 说一定")
    + "|给(?:您|你)一个(?=(?:准确|确定|具体|确切)))"
)
_SERVICE = re.compile(
    r"(?:修改|更改|改|更换|换|取消|恢复|挽回|撤回|撤销|拦截|解除|驳回|退|补|开|添加|增加|合并|拆分|送|配送|发|寄|邮寄|"
    r"转|联系|查|处理|操作|办理|申请|价保|保价|下单|提交|预约|安排|备注|叠加|使用|参加|参与|领取|享受|提供|分拣|通过|"
    r"绑定|设置|调整|填写|上传|反馈|配套|优惠|减免|便宜|包邮|赠送|指定|加急|催)"
)
_CUSTOMER = ("您", "你", "您这边", "您那边", "你那边", "客户", "顾客", "配送员", "师傅", "快递")
_CONDITION = re.compile(
    _alt(
        "如果 要是 若 假如 万一 如您 的话 实在不行 只要 一旦取消 "  # conditions: 如果无法签收
        "避免 导致 以免 防止 可能 也许 或许 "  # effects and hedges: 避免…无法下单, 可能无法
        "年内 年后 天内 个月内"  # consequences: 一年内无法再次开通
    )
    + "|取消(?:了|后|以后|之后)"
)
_WARNING = re.compile(r"一旦取消|取消(?:了|后|以后|之后)")
_UNDO = re.compile(r"(?:再|在|次|进行)*(?:恢复|挽回|修改|更改|撤回)")
_QUESTION = re.compile(r"[？?吗]|什么|怎么|哪|是不是|有没有|么$")
_CLAUSE_PUNCT = "。！？!?\n，,、；;：:~～ \t"
_NO_CUSTOMER_OBJECT = re.compile(r"^(?:联系|联络|打通)(?:上|到)?(?:您|你|客户|顾客|收货人)")

# Templates in simplified Chinese; converted once when the draft is traditional.
_CAN_DO = "能为您做的是……"
_BECAUSE = "因为……，"
_DEPENDS = "以……为准，"
_FOLLOW_UP = "会为您……"
_NO_RIGHTS = "我们没有相关权限，您可以咨询……看看"
_SORRY_NO_RIGHTS = "很抱歉，这个我们没有相关权限，您可以咨询……看看"


@lru_cache(maxsize=64)
def _script(text: str, traditional: bool) -> str:
    return convert(text, "s2tw") if traditional else text


class _Clause(NamedTuple):
    """The words before a negation: [lead][topic][subject][filler] NEG (offsets into the draft)."""

    start: int  # where the fix starts: after a leading vocative or apology (亲爱的, 非常抱歉)
    lead: bool  # a lead precedes ``start`` without punctuation, so the fix opens with "，"
    topic: tuple[int, int]
    subject: tuple[int, int] | None
    time: str  # 目前/现在, kept before 要…的话 when there is no topic


class _Fix(NamedTuple):
    rule: Rule
    start: int
    end: int
    replacement: str


@hookimpl
def replykit_rules() -> Sequence[Rule]:
    return RULES


@hookimpl
def replykit_check(draft: Draft, options: Any, report: Report) -> None:
    norm = draft.norm
    done = -1  # one finding per clause
    fixed: set[tuple[int, int]] = set()  # one applied rewrite per sentence; later ones are advice
    for candidate in _CANDIDATE.finditer(norm):
        if candidate.start() < done:
            continue
        m = _TRIGGER.match(norm, candidate.start())
        if m is None:
            continue
        fix = _analyse(draft, m)
        if fix is None:
            continue
        done = draft.clause_at(m.start())[1]
        if not draft.enabled(fix.rule):
            continue
        sentence = draft.sentence_at(fix.start)
        replacement = fix.replacement
        if fix.end < len(norm) and norm[fix.end] not in _CLAUSE_PUNCT_CHARS and not _VOCATIVE_AT.match(norm, fix.end):
            replacement += "，"  # a swallowed particle was the only break before the next words
        if sentence in fixed:
            report(fix.rule, fix.start, fix.end, [replacement], fix=None)
        else:
            fixed.add(sentence)
            report(fix.rule, fix.start, fix.end, [replacement])


def _analyse(draft: Draft, m: re.Match[str]) -> _Fix | None:
    norm = draft.norm
    cs, ce = draft.clause_at(m.start())
    while ce > cs and norm[ce - 1] in _CLAUSE_PUNCT:
        ce -= 1
    before, after = norm[cs : m.start()], norm[m.end() : ce]
    if _QUESTION.search(norm, cs, ce) or _CONDITION.search(before) or "的话" in after:
        return None
    if _FILLER_END.sub("", before).endswith(_CUSTOMER):
        return None  # the customer's own inability: 您这边无法付款
    if _WARNING.search(norm, max(0, m.start() - 12), m.start()) and _UNDO.match(after):
        return None  # 温馨提示：订单一旦取消，就无法恢复
    if before.startswith("就"):
        return None  # the consequence of a condition in the previous clause
    tr = draft.is_traditional
    if m.group("job"):
        return _not_my_job(draft, cs, m, ce, tr)
    if m.group("do"):
        return _cannot_do(draft, cs, m.start(), _span_end(norm, _tail_end(norm, m.end(), ce), ce), tr)
    return _negation(draft, cs, ce, m, before, after, tr)


def _negation(draft: Draft, cs: int, ce: int, m: re.Match[str], before: str, after: str, tr: bool) -> _Fix | None:
    norm, text, hit = draft.norm, draft.text, m.group()
    # Polite questions, double negation, promotions and advice are not refusals.
    if before.endswith(_NOT_REFUSAL_BEFORE) or after.startswith(_NOT_REFUSAL_AFTER):
        return None
    if hit == "不行" and after.startswith(tuple("动使驶李为业程走")):
        return None
    if _NO_CUSTOMER_OBJECT.match(after):
        return None  # reporting that the courier could not reach the customer
    bare = _BARE.fullmatch(after) is not None
    if bare and hit == "不可":
        return None  # 缺一不可, 必不可少
    clause = _split(draft, cs, m.start())
    no_way = hit in ("没办法", "没有办法", "没法")
    if bare:
        end = _span_end(norm, _tail_end(norm, m.end(), ce), ce)
        return _Fix(NO_WAY if no_way else BARE_REFUSAL, clause.start, end, _bare(draft, clause, tr))
    promise = _PROMISE.match(after)
    if promise:
        return _promise(draft, clause, m.end() + promise.start("verb"), m.end() + promise.end(), ce, tr)
    adverb = _ADVERB.match(after)
    vp_start = m.end() + (adverb.end() if adverb else 0)
    if clause.subject is None and not _SERVICE.match(norm, vp_start, ce):
        return None  # impersonal and not a service action (product facts, faults)
    vp_end = _vp_end(norm, vp_start, ce)
    if vp_end <= vp_start:
        return None
    end = _span_end(norm, vp_end, ce)
    topic = _topic(draft, clause, keep_demonstrative=True)
    if _LOOKUP.fullmatch(norm, vp_start, vp_end) and topic.endswith(_WHEN):
        # 具体到货时间暂时无法查询: not a refusal to act but an unknown date, said as cannot-promise
        return _promise(draft, clause, vp_start, vp_end, ce, tr)
    return _Fix(NO_WAY if no_way else CANNOT, clause.start, end, _can_do(draft, clause, text[vp_start:vp_end], tr))


_NOT_REFUSAL_BEFORE = ("能", "可", "行", "有", "千万", "绝对", "一定", "切记", "请勿", "万万")
_NOT_REFUSAL_AFTER = ("不", "乱", "随便", "随意", "轻易", "少", "错过", "抱歉", "不好意思")


def _can_do(draft: Draft, clause: _Clause, vp: str, tr: bool) -> str:
    """[topic]要<vp>的话，<subject>能为您做的是…… (the subject once, after the comma)."""
    topic = _topic(draft, clause, keep_demonstrative=True)
    if topic.startswith(_COVERB):
        topic, vp = "", topic + vp  # 和这个无法换其他的 -> 要和这个换其他的话
    sep = "，" if len(topic) >= 6 and not topic.endswith(_CONNECTIVES) else ""
    body = f"{topic}{sep}{clause.time}{_script('要', tr)}{vp}{_script('的话，', tr)}{_subject(draft, clause, tr)}"
    return _lead(clause) + body + _script(_CAN_DO, tr)


def _vp_end(norm: str, start: int, ce: int) -> int:
    """The verb phrase ends before the clause's particles, or at a particle inside it (…呢很抱歉)."""
    end = _tail_end(norm, start, ce)
    mid = _MID_PARTICLE.search(norm, start, end)
    return mid.start() if mid else end


def _tail_end(norm: str, start: int, ce: int) -> int:
    """End of the clause without its trailing particles and vocatives."""
    tail = _TAIL.search(norm, start, ce)
    end = tail.start() if tail else ce
    return max(end, start)


def _span_end(norm: str, end: int, ce: int) -> int:
    """The fix also swallows the particles right after the phrase (……的哦 reads badly); a
    vocative (亲), later words and punctuation stay."""
    p = _PARTICLE_RUN.match(norm, end, ce)
    return p.end() if p else end


def _split(draft: Draft, cs: int, neg: int) -> _Clause:
    norm = draft.norm
    lead = _LEAD.match(norm, cs, neg)
    start = lead.end() if lead else cs
    before = norm[start:neg]
    subject: tuple[int, int] | None = None
    topic_end = None
    for s in _SUBJECT.finditer(before):
        if _FILLER.fullmatch(before, s.end()):
            subject = (start + s.start(), start + s.end())
            topic_end = start + s.start()
            break
    if topic_end is None:
        f = _FILLER_END.search(before)
        topic_end = start + (f.start() if f else len(before))
    t = _TIME.search(norm, topic_end, neg)
    # After 抱歉 or 亲 the rewrite opens with a comma; after a connective (但是) it needs none.
    comma = start > cs and not norm[cs:start].endswith(_CONNECTIVES)
    return _Clause(start, comma, (start, topic_end), subject, t.group() if t else "")


def _topic(draft: Draft, clause: _Clause, *, keep_demonstrative: bool) -> str:
    """The words before the subject, without function words at either end.

    A bare demonstrative (这个) is kept for 这个要修改的话 and dropped before 因为…… .
    """
    norm = draft.norm
    s, e = clause.topic
    head = _TOPIC_HEAD.match(norm, s, e)
    if head and head.end() < e:
        s = head.end()
    t = _TOPIC_TAIL.search(norm, s, e)
    e = t.start() if t and t.start() >= s else e
    if _SUBJECT.fullmatch(norm, s, e):
        return ""  # 这边我们也无法确定: 这边 is a second subject, not a topic
    d = _DEMONSTRATIVE.fullmatch(norm, s, e)
    if d is not None:
        if keep_demonstrative and norm[s:e].startswith(("这个", "那个")):
            return draft.text[s : s + 2]
        return ""
    return _balanced(draft.text, s, e)


_PAIRS = {"】": "【", "）": "（", ")": "(", "」": "「", "』": "『", "》": "《", "]": "["}


def _balanced(text: str, s: int, e: int) -> str:
    """text[s:e], widened to take back an opening bracket cut off at its left edge
    (规格、【颜色】是无法更换的 has the topic 【颜色】, never 颜色】)."""
    piece = text[s:e]
    for close, open_ in _PAIRS.items():
        if piece.count(close) > piece.count(open_) and s > 0 and text[s - 1] == open_:
            return open_ + piece
    return piece


def _subject(draft: Draft, clause: _Clause, tr: bool) -> str:
    if clause.subject is None:
        return _script("我们", tr)
    s, e = clause.subject
    return draft.text[s:e]


def _lead(clause: _Clause) -> str:
    return "，" if clause.lead else ""


def _bare(draft: Draft, clause: _Clause, tr: bool) -> str:
    """不可以的哦 -> 因为……，我们能为您做的是…… (a reason, then the alternative)."""
    topic = _topic(draft, clause, keep_demonstrative=False)
    # A short topic frames the answer (手机的话，因为……); a longer one is a statement of its own.
    if not topic:
        topic_part = ""
    elif len(topic) <= 4:
        topic_part = topic + _script("的话，", tr)
    else:
        topic_part = topic + "，"
    body = f"{topic_part}{_script(_BECAUSE, tr)}{_subject(draft, clause, tr)}{_script(_CAN_DO, tr)}"
    return _lead(clause) + body


def _promise(draft: Draft, clause: _Clause, verb: int, obj_start: int, ce: int, tr: bool) -> _Fix:
    norm, text = draft.norm, draft.text
    obj_end = _vp_end(norm, obj_start, ce)
    obj = text[obj_start:obj_end]
    end = _span_end(norm, obj_end, ce)
    if obj and norm.startswith(("保证", "确保", "说一定"), verb):
        # 不能保证明天一定到 -> 要保证明天一定到的话，我们能为您做的是……
        return _Fix(CANNOT_PROMISE, clause.start, end, _can_do(draft, clause, _script("保证", tr) + obj, tr))
    topic = _topic(draft, clause, keep_demonstrative=True)
    if norm.startswith("给", verb) and not _CONNECTIVE.fullmatch(topic):
        obj = ""  # 配送时间…不能给您一个确定的时间: the topic already names it
    body = f"{topic}{obj}{_script(_DEPENDS, tr)}{_subject(draft, clause, tr)}{_script(_FOLLOW_UP, tr)}"
    return _Fix(CANNOT_PROMISE, clause.start, end, _lead(clause) + body)


def _cannot_do(draft: Draft, cs: int, hit: int, end: int, tr: bool) -> _Fix | None:
    clause = _split(draft, cs, hit)
    topic = _topic(draft, clause, keep_demonstrative=True)
    if clause.subject is None and topic and topic not in ("这个", "那个"):
        return None  # a third party (商家处理不了) or a description, not the agent
    body = f"{topic}{_subject(draft, clause, tr)}{_script(_CAN_DO, tr)}"
    return _Fix(CANNOT_DO, clause.start, end, _lead(clause) + body)


def _not_my_job(draft: Draft, cs: int, m: re.Match[str], ce: int, tr: bool) -> _Fix:
    norm = draft.norm
    end = _span_end(norm, _tail_end(norm, m.end(), ce), ce)
    this = _JOB_PREFIX.search(norm, cs, m.start())  # 这(也)不是我应该做的
    clause = _split(draft, cs, this.start() if this else m.start())
    topic = _topic(draft, clause, keep_demonstrative=False)
    if this or not topic:
        return _Fix(NOT_MY_JOB, clause.start, end, _lead(clause) + _script(_SORRY_NO_RIGHTS, tr))
    return _Fix(NOT_MY_JOB, clause.start, end, f"{_lead(clause)}{topic}，{_script(_NO_RIGHTS, tr)}")


_FILLER_END = re.compile(f"(?:{_FILLER.pattern})$")
