"""What the negative rules share: the candidate scan, the clause model of a refusal
(``topic + subject + adverbs + NEG + verb phrase + particles``), and the template words they
rebuild a fix from, in the draft's script."""

from __future__ import annotations

import re
from typing import NamedTuple

from replykit.convert import in_draft_script
from replykit.draft import Draft
from replykit.scan import Prefiltered, lazy_compile


def _alt(words: str) -> str:
    """A non-capturing alternation of space-separated words (keeps the word lists readable)."""
    return "(?:" + "|".join(words.split()) + ")"


# Every alternative starts with a literal, found by CANDIDATE first (TRIGGERS): Python's re
# tries a long alternation at every offset, and the candidate scan is much cheaper.
# CANDIDATE's own alternatives each begin with a plain character, not a class or a group:
# then re knows the set of first characters and skips in C to the next one.
NOT_MY_JOB_WORDS = (
    # The agent alone disowning a matter (不归我管, 不关我的事, 不是我管的) is a brush-off that
    # readers call curt (curt-dismissal's); the shop's or a duty's limit is stated here.
    r"(?:不是我们(?:的)?(?:应该|该)?(?:做|管|负责)的(?:事(?:情)?)?|不是我(?:的)?(?:应该|该)?(?:做|负责)的(?:事(?:情)?)?"
    r"|不是我(?:们)?(?:能|可以)(?:决定|做主|管)的?"
    r"|不归我(?:们(?:部门|这边)?|部门|这边)管|不关我们的事|(?:跟|和|与)我(?:们)?(?:没|无)(?:有)?(?:关系|关))"
)
CANNOT_DO_WORDS = _alt(
    "做不了 做不到 办不到 办不了 弄不了 搞不定 搞不了 帮不了 帮不上 处理不了 解决不了 无能为力 爱莫能助 "
    "不会弄 不会操作 不会处理 不会办 不会搞 不会修 不会安装 不会设置 "
    # Cantonese potential complements: V唔到 = V不到, 搞唔掂 = 搞不定.
    "做唔到 办唔到 帮唔到 搞唔掂 搞唔到"
)
# Cantonese negators count as their Mandarin forms (唔 = 不, 冇 = 没有): 唔可以, 冇辦法, 冇得退.
CANNOT_DO_AT = lazy_compile(CANNOT_DO_WORDS)
NEG = (
    "不可以|不可能|不能|无法|没有办法|没办法|没法|不行|不可|没有权限|没权限|无权"
    "|没得(?=[退换改补送开发寄商谈少便减讲])"
    # 不好再还价, 不好给您退: a soft modal of refusal (不好意思 is an apology)
    "|不好(?=再(?:还价|砍价|议价|讲价|便宜|少|优惠|降|减|给)|给您|为您|帮您|给你)"
    "|唔可以|唔能|唔得(?![閒闲])|冇办法|冇法|冇得(?=[退换改补送开发寄倾讲平减俾再拣选试订约])"
)
# The shop's own actions on an order, as one word: what a plain 不 (不包邮, 不开发票, 不给退) or a
# potential complement (改不了, 发不出来) refuses.  A product fact is another word (开胶, 发霉,
# 退色, 开机): the word boundary tells them apart.
# After-sales and answers a shop gives (一律不处理, 拆过的不修, 过年不出货, 不刀): read from
# unseen text, their findings are advice (``TENTATIVE``).
AFTER_SALES_WORDS = "处理 受理 回答 回复 修 维修 保修 保养 出货 讲价 刀 认 补课 退费 售后 接单"
SERVICE_ACT_WORDS = (
    "退 换 补 送 开 发 寄 改 修改 更改 改价 改地址 调换 更换 退换 退货 退款 换货 补发 补寄 发货 寄送 "
    "送货 开票 开具 包邮 议价 还价 砍价 指定 拆单 拆 合并 并单 取消 拦截 撤回 撤销 安装 上门 面交 自提 "
    "提供 接受 参与 叠加 赠送 保价 价保 申请 满足 便宜 优惠 降价 加急 安排 调整 做 办 接 卖 分期 预留 保留 "
    "订做 定做 定制 订制 "
    "退还 退回 兑换 折现 " + AFTER_SALES_WORDS
)
SERVICE_ACT = _alt(SERVICE_ACT_WORDS)
# Their first characters: what may follow a plain 不 in the candidate scan.
# 收 (taking a parcel or a payment: 缺一个配件都不收) only after a plain 不: 收不到 and 收货
# are the customer's.
TAKES = lazy_compile(r"收款?")
ACT_FIRST = "".join(sorted({w[0] for w in SERVICE_ACT_WORDS.split()} | {"收"}))
SERVICE_WORD = lazy_compile(SERVICE_ACT + r"(?:货|款|票|件|邮|价|单|地址|发票|钱)?")
# A potential complement after a service verb (改不了, 退不了, 开不出来); the verb is read
# backwards from the negation.  开不了机 is a fault, not a refusal.
POTENTIAL_WORDS = r"(?:不了|不到|不出来|不出(?!货)|不成|唔到)(?![解少错机])"
# 给不了/给不到 refuses what was asked for; 保证不了 is a promise refused (cannot-promise).
POTENTIAL_PROMISE = lazy_compile(r"(?:保证|确定|确保|承诺)$")
POTENTIAL_VERB = lazy_compile(f"(?:{SERVICE_ACT}|给|保证|确定|确保|承诺|管|解)$")
# A plain or future negation before a service word (不包邮, 不给退, 唔做面交, 暂不发货, 不会调整):
# confirmed by the word after it, whole (``SERVICE_WORD``), so 不开胶 and 不发霉 stay facts.
PLAIN_WORDS = f"(?:不|唔)(?:会)?(?:再|另)?(?:(?:给|帮|为|替|让)(?:您|你|亲)?)?(?=[{ACT_FIRST}])"
# What the shop has not got to give (没有上门取件服务, 没有例外, 冇送货): a refusal of it.  A
# bare 没货 is a cold answer, 没有现货 mostly the reason of a refusal that follows, and 没有赠品 a
# fact of the listing.
NO_SUCH_WORDS = (
    r"(?:这个|这项|此项?|该项?|相关|这种)?(?:[^，。！？,!?；;收到看发做]{0,4}?(?:[（(][^（()）]{1,12}[）)])?(?:服务|政策)"
    r"|例外|优惠券|折扣|送货|自取|自提|外送|备用机)"
)
# A refusal stated as the shop's rule: 不支持/不接受/不予/不得/恕不受理, 不在…范围内, 不会退, 没有提供.
# It is a refusal only when its words name a service (POLICY_OBJECT); 不支持快充 is a product fact.
POLICY_WORDS = (
    r"(?:恕不便|恕不|恕难|恕无法|恕未能|歉难|碍难|禁止(?=退|换|补|议价|自提|到付|拒收)"
    # 不便提供 / 不方便透露: the shop declining to give something.
    r"|(?:不便|不方便)(?=透露|告知|提供|公开|回复|给您|为您|帮您|给你|为你|帮你)"
    # 拒绝议价, 拒绝调换: the shop's own no to a service.
    r"|拒绝(?=[^，。！？,!?；;]{0,2}(?:退|换|补|议价|还价|砍价|接受|提供|受理|办理|发货|调换|更换|修改|开票|开具|服务|交易|出售|销售))"
    # 谢绝议价, 谢绝外带: a polite word that refuses whatever follows; Cantonese 唔设 = 不设
    r"|谢绝(?=[\u4e00-\u9fff])|唔设(?![置计定])"
    r"|(?<=一律|一概)拒绝"
    # 本店不作任何保证, 不负任何责任, 不对外提供: the shop's disclaimers
    r"|不(?:作|做)(?=任何|保证|承诺|退款|退换|赔偿|补偿)|不对外(?=提供|公开|出售|销售)"
    # 无退换货服务: a service word, then 服务 (七天无理由退货服务 grants one: 理由 is no service word)
    r"|无(?=(?:退换货?|退货|换货|退款|售后|保修|送货|配送|自取|自提)[^，。！？,!?；;]{0,12}?服务)"
    # 无提供并单服务, 无维修保固服务: a service the shop has not got (无理由/无忧 services grant one)
    r"|无(?=提供|(?!理由|忧|条件|限|偿|门槛)[^，。！？,!?；;的]{2,6}服务)"
    r"|(?:一概|一律|概)不(?:会)?(?:支持|接受|提供|受理|处理|回复|负责|承担"
    r"|(?=[^，。！？,!?；;]{0,2}(?:退|换|补|赔|负责|承担|包邮|议价|开|提供|受理|处理|回复|接受|支持)))"
    r"|不(?:支持|支援|接受|接收|提供|予|得(?![不已])|允许|设(?![置计定])|受理|承担|负责|办理|承接|负(?=任何))"
    # 不获受理, 不获补课: the formal passive of a refusal (Hong Kong notices)
    r"|不获(?=处理|受理|退|换|豁免|补|赔|批准|接纳|接受|安排|回复|理会|发还|发放|得)"
    r"|不退不换|不退换|不退货|不退款|不换货|有权拒绝(?=为|给|帮|退|换|接受|提供|受理|办理|采购|代购|发货)"
    r"|不再(?=受理|处理|补|退|提供|办理)"
    r"|不在[^，。！？,!?；;：:\s]{1,10}?范围|不属于?[^，。！？,!?；;：:\s]{1,10}?范围"
    # 不适用七天无理由, 不构成退换理由: a rule that excludes the case (the object decides)
    r"|不适用|不构成"
    # 一律拒收, 否则拒收, 将被驳回: the shop turning a parcel or a request back
    r"|拒收|驳回"
    r"|(?:不|唔)会(?=(?:再|给您|为您|帮您|给你|为你|俾你|就[^，。！？,!?；;]{0,30}?"
    # 不会作任何形式的退款: a light verb before the service noun
    r"|(?:作|做|进行|提供)(?:任何)?(?:形式|方式)?的?)?(?:退|赔|补|负责|承担|接受|受理|出货|发货|办理))"
    # 不符合退货条件: the customer's case does not qualify (the object names the service)
    # (不符合我们对服务时效的要求 is an apology for a failing: no service named before 要求)
    r"|不(?:符合|满足)(?=[^，。！？,!?；;]{0,6}?(?:退|换|赔|保修|售后|包邮|优惠|活动|价保|补偿|开票|发票)"
    r"[^，。！？,!?；;]{0,4}?(?:条件|要求|规定|标准|政策|范围))"
    # 没有上门取件服务, 暂无此项服务, 暂无提供: a service the shop does not have
    r"|(?:没有|暂无|暂时没有|冇|(?:暂时|暂|目前|现时)?未有)(?=" + NO_SUCH_WORDS + r")"
    r"|暂无(?=提供|支持|开放|开通)"
    r"|没有?提供"
    # 这项业务还未开办, 暂未开通: a service the shop does not run (yet)
    r"|(?:暂未|还未|尚未|暂时未)(?=开通|开放|开办|开设|上线|提供|支持)"
    # 不管 as the whole answer (我们只是代充，不管; 超过了就不管了), not 不管怎样
    r"|不管(?=[了啦的哦呢]*(?:[，。！？,.!?；;\s~～]|$)))"
)
# A rhetorical question that refuses (退什么退, 还退什么？).
# The scan starts at 什么 (退 and 换 are in most replies): the verb is read behind it.
RHETORICAL_WORDS = r"(?<=[退换赔补改修])什么(?:退|换|赔|补|改|修)?"
TRIGGER = lazy_compile(
    f"(?P<job>{NOT_MY_JOB_WORDS})|(?P<do>{CANNOT_DO_WORDS})|(?P<policy>{POLICY_WORDS})|(?P<neg>{NEG})"
    f"|(?P<potential>{POTENTIAL_WORDS})|(?P<plain>{PLAIN_WORDS})|(?P<rhet>{RHETORICAL_WORDS})"
)
CANDIDATE = lazy_compile(
    r"不(?:可以|能|行|可|是我|归我|关我|会|支持|支援|接受|接收|提供|予|得|允许|设|受理|承担|承接|负|办理|再|在|好)"
    r"|不退|不换|恕不|恕未|概不|一律不|有权拒绝|拒绝|不作|不对外|无法|无能|无退|无换|无售|无保|无送|无配|无自|无提|无维|无安|无上|无并|无代|没(?:有)?办法|没法|没(?:有)?提供|跟我们?[没无]|和我们?[没无]|与我们?[没无]"
    r"|做不|办不|弄不|搞不|帮不|处理不|解决不|爱莫|恕难|恕无|歉难|碍难|不便|不方便|无权|没有权限"
    r"|谢绝|做唔|办唔|帮唔|搞唔|不适|不属|不构|拒收|驳回|没权限|没得|没有|暂无|暂时没有|未有|不让|不符|不满|不获|暂未|还未|尚未|暂时未"
    f"|禁止|不[{ACT_FIRST}给帮为替了到出成]"
    r"|唔|冇|不管|什么"
)
# TRIGGER's match at every candidate, also inside an earlier one (一律不支持: 一律不…, 不支持):
# the caller skips what a reported clause covers.
TRIGGERS = Prefiltered(TRIGGER, starts=CANDIDATE, overlapping=True)
POLICY_OBJECT = lazy_compile(
    r"退|换|补|赔|发票|开票|包邮|议价|还价|砍价|配送|送货|派送|寄送|邮寄|发货|空运|服务|受理|处理|办理|"
    r"取消|修改|更改|变更|撤销|拆单|拆分|合并|并单|拒收|申请|价保|保价|保修|责任|负责|优惠|赠|货到付款|"
    r"代购|采购|定制|指定|折扣|打折|回复|损失|费用|款项|金额|订单|加单|备注|折现|兑换|现金|自提|到付|"
    r"建议|咨询|解答|指导|协助|拒收|驳回|鉴赏期|无理由|订购|预订|预约|"
    r"售后|保固|保养|保用|维修|保证|承诺|补课|讲价|改签|退票|催|接单|出货|"
    # a service at the door, and where the shop will not deliver (暂不支援离岛)
    r"上门|安装|自取|海外|国外|境外|内地|离岛|比价|"
    # a way to pay or hand over (不接受当天面交付款), money given back (不予返还)
    r"付款|支付|刷卡|转账|面交|返还"
)
JOB_PREFIX = lazy_compile(r"(?:这个|这)(?:也|可|并|真的)?$")

PARTICLES = "的了啦呢哦哈呀哟噢欧滴啊喔嘛咯哒"
# 亲爱哒 is one vocative: a bare 亲 before 爱 would split it.
VOCATIVE = r"亲爱的|亲爱哒|亲爱滴|亲亲|亲(?!爱)|小主|客官|您好"
CLAUSE_PUNCT_CHARS = "。！？!?\n，,、；;：:~～ \t.·…"
# Inside a repeat, 亲亲 is 亲 twice: an alternative that is two others in a row lets a failing
# run be split 2^n ways.
VOCATIVE_REPEATED = r"亲爱的|亲|小主|客官|您好"
# The clause tail: particles, vocatives and these marks (tail_end scans it backwards).
TAIL_MARKS = "~～·.…!！"
_TAIL_WORDS = tuple(sorted((w for w in VOCATIVE_REPEATED.split("|") if len(w) > 1), key=len, reverse=True))
_TAIL_CHARS = frozenset(PARTICLES + TAIL_MARKS + "".join(w for w in VOCATIVE_REPEATED.split("|") if len(w) == 1))
BARE = lazy_compile(f"(?:[{PARTICLES}]|{VOCATIVE_REPEATED}|[~～·.…])*")
VOCATIVE_AT = lazy_compile(f"(?:{VOCATIVE})(?:[{PARTICLES}]*)(?:[{re.escape(CLAUSE_PUNCT_CHARS)}]|$)")
PARTICLE_RUN = lazy_compile(f"[{PARTICLES}]*")
# The shop naming itself on its own pages: 本店不提供试用装 refuses whatever follows.
SHOP = lazy_compile(r"本(?:店|公司|卖场|商城|网店|平台|站)|我司|敝店|小店|我们店")
SUBJECT = lazy_compile(
    r"(?:我们这边|我这边|小妹这边|妹子这边|咱们这边|这边|我们|咱们|小妹|妹子|妹纸|本店|小店|我们店|我司|我方|本公司"
    # Cantonese 我哋/我地 (we), 呢边 (this side)
    r"|我哋|我地|呢边|我)"
)
NOT_COPULA = "(?<![但只还就可于总凡倒要若])是"  # 是 as filler, not inside 但是/只是/要是
LATER = _alt("短时间内 近期内 近期 今后 以后 这几天 这段时间")
FILLER = lazy_compile(
    "(?:"
    # No word here may be two others in a row (一般来说 is 一般 + 来说): a run that fails at its
    # end would be split every possible way, 2^n tries.
    + _alt("也 都 还 就 更 确实 真的 实在 已经 真 一般 正常 完全 的确 很无奈 这里 来说 可是 肯定")
    + "|"
    + LATER
    + "|"
    + _alt("暂时 目前 现在 暂 当前 将 将会 会 即 则 便")
    + "|"
    + NOT_COPULA
    + ")*"
)
FILLER_END = lazy_compile(f"(?:{FILLER.pattern})$")
TIME = lazy_compile(r"目前|现在|当前")  # 暂时 reads oddly before 要…的话; dropped
LEAD = lazy_compile(
    f"(?:(?:{VOCATIVE})|(?:非常|很|真的很|确实很|实在|真的)?(?:抱歉|不好意思)(?:的呢|呢|哈)?"
    # A leading connective stays outside the rewrite, so the but plugin can drop it on its own.
    "|但是|可是|不过|但(?![愿凡]))+"
)
TOPIC_TAIL = lazy_compile(f"(?:{NOT_COPULA}|也|都|还|就|的话)*$")
TOPIC_HEAD = lazy_compile(r"(?:那就是|就是|那么|那)")
DEMONSTRATIVE = lazy_compile(r"(?:这个|那个|这种|那种|这是|那是|这|那|应该|应该是|那就是|就是|我想|想)?")
CONNECTIVES = ("所以", "因此", "但是", "但", "不过", "而且", "可是")
CONNECTIVE = lazy_compile(r"(?:所以|因此|因为|但是|但|不过|而且|可是|并且|另外|然后)?")
COVERB = ("和", "跟", "与")
LOOKUP = lazy_compile(r"查询|查到|查看|获知|知道")
WHEN = ("时间", "时效", "日期", "到货时间")
MID_PARTICLE = lazy_compile(r"[呢哦哈呀哟啦噢欧嘛哒吧]")
ADVERB = lazy_compile(
    _alt(
        "再 在 直接 单独 同时 自行 及时 进行 先 完全 马上 立即 事后 再次 重新 另行 "
        "为您 给您 帮您 替您 为你 给你 帮你 帮亲亲 帮亲 跟您 向您 帮助客户 帮助您 俾你 俾您 同你 帮你哋"
    )
    + "+"
)
PROMISE = lazy_compile(
    _alt("完全 准确地 准确 先 跟您 向您 想您 为您 给您")
    + "*(?P<verb>"
    + _alt("保证 确保 确定 确认 肯定 估计 承诺 预估 获知 把握 说一定")
    + "|给(?:您|你)一个(?=(?:准确|确定|具体|确切)))"
)
SERVICE = lazy_compile(
    r"(?:修改|更改|改|更换|换|取消|恢复|挽回|撤回|撤销|拦截|解除|驳回|退|补|开|添加|增加|合并|拆分|送|配送|发|寄|邮寄|"
    r"转|联系|查|处理|操作|办理|申请|价保|保价|下单|提交|预约|安排|备注|叠加|使用|参加|参与|领取|享受|提供|分拣|通过|"
    r"绑定|设置|调整|填写|上传|反馈|配套|优惠|减免|便宜|包邮|赠送|指定|加急|催|满足|突破|接受|支持|承担|负责|受理|赔|变更|拆|承接|采购|代购|"
    r"折现|兑换|透露|告知|保留|预留|延后|延期|延长|一起用|同时用|共用|配合|协助|回复|货到付款|到付)"
)
# A service verb as a word of its own in the verb phrase, with a bound object or result
# (发货, 发出, 退款, 查询): 开水, 拆卸 and 拆洗 are other words that only start like one.
SERVICE_TOKEN = lazy_compile(
    f"(?:{SERVICE.pattern[3:-1]}|{SERVICE_ACT_WORDS.replace(' ', '|')})"
    r"(?:货|款|票|件|邮|价|单|地址|发票|出|出去|出来|回|到|达|给|上|下|了|好|成|掉|询|看|理"
    # an object the segmenter binds to the verb (开增票, 换色, 退运费)
    r"|增票|专票|普票|收据|运费|差价|颜色|色|码|尺码|价格|钱|费)?"
)
CUSTOMER = ("您", "你", "您这边", "您那边", "你那边", "客户", "顾客", "买家", "用户", "会员", "配送员", "师傅", "快递")
CONDITION = lazy_compile(
    _alt(
        "如果 要是 若 假如 万一 如您 的话 实在不行 只要 一旦取消 "  # conditions: 如果无法签收
        "避免 导致 以免 防止 减少 "  # effects: 避免…无法下单, 会导致无法退款, 减少无法修改的困扰
        "年内 年后 天内 个月内"  # consequences: 一年内无法再次开通
    )
    + "|取消(?:了|后|以后|之后)"
    # 如 opening the clause is "if" (如对方不处理，…); 如何/如下/如实/如期/如约/如数 are not
    + "|^如(?![何下此实期今同意约数愿常])"
)
# A consequence the customer is warned of (否则无法退款); a rule's own 否则恕不受理 still refuses.
OTHERWISE = lazy_compile(r"否则|不然")
WARNING = lazy_compile(r"一旦取消|取消(?:了|后|以后|之后)")
UNDO = lazy_compile(r"(?:再|在|次|进行)*(?:恢复|挽回|修改|更改|撤回)")
QUESTION = re.compile(r"[？?吗]|什么|怎么|哪(?!天|些|里|儿|怕)|是不是|有没有|么$")
CLAUSE_PUNCT = "。！？!?\n，,、；;：:~～ \t"
NO_CUSTOMER_OBJECT = lazy_compile(r"^(?:联系|联络|打通)(?:上|到)?(?:您|你|客户|顾客|收货人)")


class Clause(NamedTuple):
    """The words before a negation: [lead][topic][subject][filler] NEG (offsets into the draft)."""

    start: int  # where the fix starts: after a leading vocative or apology (亲爱的, 非常抱歉)
    lead: bool  # a lead precedes ``start`` without punctuation, so the fix opens with "，"
    topic: tuple[int, int]
    subject: tuple[int, int] | None
    time: str  # 目前/现在, kept before 要…的话 when there is no topic


def verb_phrase_end(norm: str, start: int, ce: int) -> int:
    """The verb phrase ends before the clause's particles, or at a particle inside it (…呢很抱歉)."""
    end = tail_end(norm, start, ce)
    mid = MID_PARTICLE.search(norm, start, end)
    return mid.start() if mid else end


def tail_end(norm: str, start: int, ce: int) -> int:
    """End of the clause without its trailing particles, vocatives and ``TAIL_MARKS``.

    Scanned backwards from the clause end: a forward search for that repeat re-scans the rest of
    a run from every start in it, quadratic on a clause that is one long run of particles.
    A vocative word is tried before its last character alone (亲爱的 before 的).
    """
    end = ce
    while end > start:
        word = next((w for w in _TAIL_WORDS if norm.endswith(w, start, end)), None)
        if word is not None:
            end -= len(word)
        elif norm[end - 1] in _TAIL_CHARS:
            end -= 1
        else:
            break
    return end


def span_end(norm: str, end: int, ce: int) -> int:
    """The fix also swallows the particles right after the phrase (……的哦 reads badly); a
    vocative (亲), later words and punctuation stay."""
    p = PARTICLE_RUN.match(norm, end, ce)
    return p.end() if p else end


def split_clause(draft: Draft, cs: int, neg: int) -> Clause:
    norm = draft.norm
    lead = LEAD.match(norm, cs, neg)
    start = lead.end() if lead else cs
    before = norm[start:neg]
    subject: tuple[int, int] | None = None
    topic_end = None
    for s in SUBJECT.finditer(before):
        if FILLER.fullmatch(before, s.end()):
            subject = (start + s.start(), start + s.end())
            topic_end = start + s.start()
            break
    if topic_end is None:
        f = FILLER_END.search(before)
        topic_end = start + (f.start() if f else len(before))
    t = TIME.search(norm, topic_end, neg)
    # After 抱歉 or 亲 the rewrite opens with a comma; after a connective (但是) it needs none.
    comma = start > cs and not norm[cs:start].endswith(CONNECTIVES)
    return Clause(start, comma, (start, topic_end), subject, t.group() if t else "")


def topic_words(draft: Draft, clause: Clause, *, keep_demonstrative: bool) -> str:
    """The words before the subject, without function words at either end.

    A bare demonstrative (这个) is kept for 这个要修改的话 and dropped before 因为…… .
    """
    norm = draft.norm
    s, e = clause.topic
    head = TOPIC_HEAD.match(norm, s, e)
    if head and head.end() < e:
        s = head.end()
    t = TOPIC_TAIL.search(norm, s, e)
    e = t.start() if t and t.start() >= s else e
    if SUBJECT.fullmatch(norm, s, e):
        return ""  # 这边我们也无法确定: 这边 is a second subject, not a topic
    d = DEMONSTRATIVE.fullmatch(norm, s, e)
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


def subject_words(draft: Draft, clause: Clause, tr: bool) -> str:
    if clause.subject is None:
        return in_draft_script("我们", tr)
    s, e = clause.subject
    return draft.text[s:e]


def lead_comma(clause: Clause) -> str:
    return "，" if clause.lead else ""
