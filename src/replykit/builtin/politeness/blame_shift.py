"""blame-shift: another party, the system or circumstance made the explanation, or the shop
disowning the problem (advice).  By construction:

- another party with its fault (仓库那边发错了, 物流公司延误了, 快递员把包裹放错了驿站), named as the
  cause (因为物流原因, 是因为快递那边…, 因委外的货运公司作业), or a device, the journey or the
  weather (是显示器的问题, 是运输过程中造成的, 天气太热了…也正常);
- resignation after a named cause (快递那边压件了，我们也没办法) and the other party's part
  disowned (快递方面小店不能保证, 快递又不是我开的, 那是您和快递之间的事);
- sending the customer to a third party with nothing else on offer (请自行向快递公司索赔, 物流问题请
  咨询快递客服, 请买家自行处理); the shop's own service (请联系客服), a tip (您可以联系快递员) and a
  route with our help are not;
- disclaiming (与我们无关, 责任不在本店, 我们不负责的, 不背这个锅); on a terms page a limit of
  liability (本公司不承担任何责任) blames only after a cause it puts on the customer or another
  party, since readers call the bare limit a refusal;
- someone else as the doer in a cleft (是厂商锁的, 是官方的判定, 是云服务商的锅), the product or
  the shop declared unrelated (过敏跟产品无关, 不是我们菜的问题, 并非本店责任), another
  department's business, the outcome left to another party (看您银行, 只能等快递);
- any agent noun known by its ending (送餐小哥, 打包的阿姨, 仓库人员, 物业) or staff (实习生,
  后厨) with its fault; another body's business or fee (应由管理部门管); a cause explained with
  nothing owned, said sorry for or offered; the weather with no remedy for this customer (a
  promise to do better next time is none).

Blame with help offered (仓库那边发错了，我马上给您补发) still fires: the team leads who labelled
the public sets marked a named culprit as blame whether or not help followed; help makes it
milder, not acceptable, and the message asks to keep the help and drop the attribution.  Only a
neutral mention (有些延误) with both an apology and help already given is left alone.  A
condition, a forecast (快递会慢一两天), a question, the shop's own staff (我们仓库) and the
customer's words reported (顾客抱怨物流慢) blame no one."""

from __future__ import annotations

import re

from replykit.builtin.politeness.phrases import CLAUSE_END, CUSTOMER, OFFER, US, Check, Phrase, not_question
from replykit.draft import Draft
from replykit.register import register_of
from replykit.rules import Example, rule
from replykit.scan import lazy_compile

BLAME = rule(
    "blame-shift",
    severity="warning",
    fix=None,
    holds_sentence=True,
    description="Shifting blame to the courier, the system or the rules instead of standing with the customer.",
    description_zh="把责任推给快递、系统或规定，而不是站在顾客一边。",
    zh="推卸责任会激怒顾客；先致歉，站在顾客一边，说明我们能做什么（已在帮忙的，保留帮忙，不必说是谁的错）",
    en="Shifting blame angers the customer; apologise, side with them, say what we can do "
    "(where you already help, keep the help and leave out whose fault it was)",
    examples=[
        Example("亲，快递不是我们的，我们也控制不了"),
        Example("系统问题，跟我没关系"),
        Example("发票由平台开具，发票问题请直接询问平台客服。"),
        Example("我们只是代收，与我们无关"),
        Example("快递和物流都不是我们能左右的"),
        Example("快递的问题。"),
        Example("运输破损请自行与货运公司协商，本店概不负责。"),
        Example("你去问平台"),
        Example("问快递吧"),
        Example("找物流去"),
        Example("你自己去联系快递公司"),
        Example("那是快递的问题，跟我们没关系"),
        Example("又不是我们发错的"),
        Example("與本店無關"),
        Example("与我们店无关"),
        Example("找快递去吧"),
        Example("你找物流公司"),
        # Another party named with its fault is blame also when help follows (the team leads'
        # practice): the finding asks to keep the help and drop the attribution.
        Example("这是仓库那边发错了，我马上给您补发"),
        Example("快递员没打电话就直接放驿站了"),
        Example("物流公司延误了，我们也很无奈"),
        Example("快递本来就慢"),
        Example("那是平台的事"),
        Example("是打包的同事太粗心了"),
        Example("财务那边太忙了，发票晚点开"),
        Example("到账时间要看银行效率"),
        Example("都怪这几天下大雪，快递都停了"),
        Example("这是平台系统的问题，我们这边无法处理"),  # a negated help is no help
        # Sent to a third party with nothing else on offer.
        Example("包裹丢失请自行向快递公司索赔。"),
        Example("物流问题请咨询快递客服。"),
        Example("配送問題請自行與貨運公司聯繫。"),
        Example("破損問題請直接同速遞公司交涉。"),
        Example("赔偿的事您跟快递公司谈。"),
        Example("售后问题请自行联系厂家，我们这边不处理。"),
        # Disclaiming: in a chat, or on a terms page after a cause it puts on someone else.
        Example("烧坏了我们不负责的。"),
        Example("责任不在本店，请您理解。"),
        Example("這個鍋我們不背。"),
        Example("出了问题也怪不到我们头上。"),
        Example("此事與敝店無涉。"),
        Example("因第三方物流延誤造成的損失，與本店無關。"),
        Example("因買家個人疏忽造成的遺失，本店恕不負責。"),
        Example("您自己摔坏的，本店不负责。"),
        # Another party, a device, the journey or the weather as the cause.
        Example("因为物流原因，您的包裹会晚到几天。"),
        Example("因委外的貨運公司作業，到貨時間無法掌握。"),
        Example("快递方面小店不能保证哦"),
        Example("颜色差异是显示器的问题，不属于质量问题。"),
        Example("包裹破损是运输过程中造成的。"),
        Example("配送员把您的包裹放错了驿站。"),
        Example("嗰個係速遞公司嘅問題。"),
        Example("快递公司太不靠谱了。"),
        Example("天气太热了，巧克力化了也正常。"),
        Example("这批货是代工厂做的，有瑕疵很正常。"),
        Example("无奈这几天天气实在太冷了，我们也搞不赢"),
        Example("快递又不是我开的"),
        Example("那是您和快递之间的事"),
        Example("落单前请先问有冇货，唔係就唔好怪我哋。"),
        Example("速遞公司於運送期間造成之延誤或損失，本公司概不負責。"),
        Example("未詢問直接下單缺貨恕不負責。"),
        Example("这个要怪物流，我们是准时发货的。"),
        Example("包裹延误是因为快递公司那边积压太多了。"),
        Example("非常抱歉给您带来不便，但这确实是快递的问题"),  # an apology without help
        Example("若包裹遭海關扣留，請買家自行處理清關事宜。"),
        Example("信用卡付款失敗請洽發卡銀行。"),
        Example("收件人資料錯誤所致之退件，本公司恕不負責。"),
        Example("物流的事我们管不着。"),
        Example("這個要問快遞公司，我們不清楚。"),
        # Classes from the fourth blind set: someone else as the doer, the product or shop
        # declared unrelated, another department, the outcome left to another party,
        # resignation, a party with a new fault.
        Example("锁区不是我们设的，是厂商设的"),
        Example("账号被封是官方的判定"),
        Example("服务器宕机是云服务商的锅"),
        Example("过敏跟产品无关"),
        Example("同我哋隻糧冇關係"),
        Example("不是我们菜的问题"),
        Example("價格錯誤並非本店責任"),
        Example("那是另一个部门的事"),
        Example("厂家那边缺货了，什么时候有不知道"),
        Example("上游那边压货，我也催不动"),
        Example("我们只负责出货"),
        Example("天氣熱我哋控制唔到"),
        Example("下雪天，慢是正常的"),
        Example("破损应该是物流运送途中造成的"),
        Example("钱什么时候到看您银行"),
        Example("剩下的只能等快递了"),
        Example("逾期未使用导致的失效，本店概不负责"),
        Example("因用户自身设备原因导致的损失，本公司均不承担责任"),
        Example("这个问题你去问快递，我们这边查不到"),
        Example("係順豐整爛㗎，唔關我哋事"),
        Example("速遞公司遲咗，我哋都冇辦法"),
        # Classes from real public lines: staff or a department at fault (a cleft with 干的,
        # 疏忽, 出错, 个人行为), a supplier short of stock, another body's business or fee, a
        # cause explained with nothing owned or offered, the weather with no remedy, the journey
        # with words between, a system fault before resignation.
        Example("是新来的同事干的"),
        Example("这是售后部的失误"),
        Example("技术部出错了"),
        Example("应该是打包员疏忽了"),
        Example("这是快递员个人行为"),
        Example("上游供货不足"),
        Example("这个问题应由物业负责"),
        Example("这是快递公司收取的费用"),
        Example("这是因为服务器升级导致的"),
        Example("由于下大雨导致配送延误"),
        Example("恐怕是运输途中被挤压所导致"),
        Example("系统的原因，我们也没有办法"),
        Example("电脑的问题。"),
        Example("都是快递害的"),
        Example("后厨忘了放葱"),
        # Any agent noun known by its ending, with its fault.
        Example("送餐小哥迷路了，所以晚了"),
        Example("是打包的阿姨漏装了"),
        Example("這是倉庫人員的疏失"),
        Example("是保安没让快递员进小区"),
        Example("这都是物业的问题"),
        Example("天气原因我们也没办法"),
        Example("我们只是帮厂家代发的"),
        Example("那个是售后部门负责的"),
        Example("那天人太多了，出餐慢很正常"),
        # Classes from a second harvest of real lines: the matter declared another body's,
        # someone named by their task with a fault, another party inside the cause given.
        Example("停车的事归交警"),
        Example("这片小区的事归物业管"),
        Example("负责打包的人下班得早"),
        Example("是配送人员与收件人沟通有疏漏"),
        Example("由于供应商临时调整产能，才导致断货"),
        Example("呢啲嘢歸物業管㗎"),
        Example("噪音問題歸管委會處理"),
        Example("上菜慢是因为今天客人太多"),  # other trades: restaurants, hotels, utilities
        Example("是上一位住客弄脏的"),
        Example("之前的客服讲错了"),
        Example("是前台同事没交接清楚"),
        Example("停电是供电局造成的"),
        Example("噪音是隔壁装修导致的"),
        Example("宅配延誤屬物流端問題，敬請見諒"),
        Example("商品於運送過程中受損，請自行向物流業者求償"),
    ],
    clean=[
        "到账后会有短信通知哦，您也可以届时查看您的银行卡明细。",  # 查看: guidance, not "depends on"
        "系统问题已修复，给您带来不便非常抱歉",
        "如果是快递的问题，我们会第一时间帮您处理",
        "这个跟您没关系的，是我们发错了",
        "您可以联系快递员协商送货时间哦",
        "发票问题您可以直接询问平台客服，我们也会同步帮您跟进",
        "我们只是暂时缺货，到货马上为您发出",
        "关于快递的问题，我们已经帮您联系站点了",
        "质量问题由我们承担全部责任",
        "快递那边我们来联系，您放心",
        "您可以问一下快递员哦，我们也帮您联系",
        "您去问一下平台也行，我们这边也同步帮您问",
        "我问快递吧，您稍等",
        "我们要问一下快递，请您稍等哦",
        "这个需要联系厂家呢",
        "如果不是我们发错的，运费需要您承担哦",
        "是我们仓库发错了，非常抱歉",  # the shop's own people: owning the mistake
        "快递员会在派送前给您打电话",
        "物流高峰期可能会有延迟，请您耐心等待",  # a forecast
        "如果快递延误了，我们会帮您申请赔付",
        "我们已经联系快递加急了",
        "物流不会送错的，请放心",
        "您的物流问题可以随时找我们",
        "快递一般两三天就到",
        "这款是厂家直发的，正品保证",
        "物流长时间没更新，我们帮您催一下",  # a status, nobody's fault
        "请问物流怎么这么慢",
        # Routes that are help, tips, or the shop's own service.
        "物流问题请随时联系我们客服。",
        "我这边帮您向快递公司索赔。",
        "请您咨询售后客服，他们会帮您办理换货。",
        "您可以和配送师傅约一下时间哦。",
        "麻烦您和配送师傅协商一下哦",
        "请您到驿站取件。",
        "您不用联系快递员，快递会联系您的。",
        "您需要联系配送咨询什么问题呢",
        "有破损请联系我们，我们协助您向物流公司申请理赔。",
        "若因快递公司导致破损，请与快递协商，协商不成请联系客服介入处理。",
        # Owning it, or a limit of liability on a terms page with no one blamed.
        "这件事我们会负责到底。",
        "我们不负责安装，安装视频我发给您。",
        "因送货延误造成的损失，本公司不承担任何责任。",
        "不管是谁的问题，我们都会先帮您解决。",
        "这个不是我们能决定的吗？当然是，我们马上帮您改。",
        # Statuses, forecasts and conditions, not causes.
        "快递的问题我们来处理，您放心。",
        "快递员没有联系您的话，您告诉我，我帮您投诉。",
        "您购买的商品目前物流信息都是正常的。",
        "因快递原因造成的破损，我们会先为您补发。",
        "因為颱風影響，部分地區配送可能延遲，我們會隨時為您更新進度。",
        "色差在一到两度之内很正常，您放心使用。",
        "物流这边有些延误，给您添麻烦了，我已经登记催件，有进展马上告诉您。",
        "请勿因物流问题给差评，有问题先联系我们。",
        "签收即代表商品完好，之后的任何问题与本店无关。",
        "关税由收件人自行负担，如遭海关扣留本店恕不负责。",
        "您可以在后台自行处理哦",  # self-service, not handed back
        "节假日快递停运，节后第一时间为您发出。",  # a schedule, and what we will do
        "快递的问题您放心，我们全程跟踪。",
        "有问题请联系客服，我们会协助您自行处理",
        "顾客抱怨物流慢时，先致歉再催件。",  # the customer's words reported
        # Look-alikes of the fourth set's classes.
        "这不是我们的失误吗？是的，马上帮您改",
        "这个颜色跟产品质量无关，您放心使用",
        "不是我们不想帮您，我们马上联系厂家",
        "是平台发的优惠券，可以直接用",
        "这跟您没关系，是我们发错了",
        "非质量问题退换货，来回运费由买家承担。",  # a fee rule
        "看到您的留言说快递员态度不好，我们已经向网点投诉了",  # their words reported
        "如遇台风、连假等物流停运期间，出货时间顺延。",  # a time frame announced
        "确实是运输压的，给您添麻烦了，我给您补偿二十元",  # owned, with a remedy
        "非常抱歉，这款今天上游断货了，您可以先拍下，补货后按顺序发",
        "全额退款已经送出，商品您自行处理就好",  # they keep it
        "只能等快递恢复派送了，一有消息马上通知您，给您添麻烦了",
        "速递迟咗，唔好意思，我哋已经帮你催咗",
        "我们迟了两天发货，非常抱歉，给您补偿一张券",
        # Look-alikes of the classes from real public lines.
        "是新来的同事帮您打包的，她很细心",
        "平台搞的活动很划算哦",
        "我们的售后部会为您处理",
        "技术部已经修好了，给您带来不便非常抱歉",
        "厨房正在加急为您制作",
        "退款由银行原路退回，一般3到5个工作日",
        "这是平台发放的优惠券",
        "这是因为我们备货不足导致的，非常抱歉，马上给您补发",
        "出现这种情况是因为浏览器缓存导致的，清除缓存即可",
        "因天气原因，部分地区可能延迟，我们会随时为您跟进",
        "物流那边还在运输中，请您耐心等待",
        "物流那边还没有送到驿站，到了会通知您",  # a status, not yet done
        "订单配送延误，请您谅解",  # the order's delivery, no party named
        "不关我事，找领导去",  # the agent's own brush-off, which readers call curt
        "不是我受理的，我不清楚",
        "如因顾客额外要求导致的损失，本公司恕不负责。",  # a terms page's case: a refusal
        "如需更改地址，请自行联络快递公司另作安排。",  # their delivery rearranged
        "退换货事宜，请联系官方LINE客服",  # our own channel
        "非常抱歉，日后我们会更加注意，这次已为您补发",
        "电脑的问题我们帮您远程看看",
        "您电脑的问题，可以重启试试",
        "是打包的阿姨帮您多放了一份赠品",
        "这个师傅没联系您吗",  # asked
        "如果是快递员送错了，我们帮您追回",
        "骑手已经在路上了，预计十分钟到",
        "是送餐小哥给您打的电话吗？",
        "会员没有积分的问题，您放心",  # the customer's own (会员), not a party
        "他忘了带钥匙，您先等一下",  # 他 with no party named before
        "快递我们也没办法直接联系，我帮您提交工单",  # no fault named, and help
        "天气原因可能会晚一点，我们已经帮您催了",
        "那天人太多了，让您久等了，实在抱歉，送您一张券",
        # Look-alikes of the classes from the second harvest.
        "退款会原路归还到您的账户",
        "这个归我们管，您放心",
        "商品最终解释权归本店所有",
        "因为我们备货不足导致发货延迟，非常抱歉，马上为您补发",
        "负责售后的同事会联系您",
        "若發生不可抗因素導致配送延遲，會另行通知。",  # a case announced
        "如因系统问题导致订单未送达，请联系客服，我们会协助补发。",
        "可能因原厂出货或物流延迟而影响到货时间，我们会协助追踪。",  # a forecast
        "如有需要，请自行联络顺丰以追踪货件。",  # tracking their own parcel
        "为保障员工免受感染，门店暂停营业。",
        "那辆车又不是我家的",  # sarcasm about something else, which readers call curt
        "不是我管的，我不清楚",  # the agent alone, which readers call curt
        "之所以便宜是因为厂家直销",  # no problem explained
        "上一位客人刚退房，房间正在打扫",
        "之前的客服已经帮您登记了",
        "这是因为您的订单还在审核中",
        "发货慢是因为我们这边缺货，非常抱歉",
        "微信支付和支付宝都可以",
        "如需更改地址，請自行向物流業者聯繫",  # their own delivery
        "因颱風影響，部分地區配送延遲，我們會隨時更新",  # a notice about some orders
        "师傅最近很忙，只能约下周",  # busy: readers call it curt or self-centred
        "台风天本来就会延迟，大家都知道吧",  # readers call it curt
        "出餐慢是因为现做，需要十五分钟左右",  # a reason that puts it on no one
        "屏幕卡顿是因为缓存太多，清理一下就好",  # a tip
    ],
)

_SORRY_WORDS = "抱歉|不好意思|唔好意思|对不起|歉意|见谅|谅解|理解|致歉"
# Not after a negation: 无法处理 and 不给您退 own nothing.
_APOLOGY_OR_HELP = lazy_compile(
    "(?<![不法没])(?:"
    + _SORRY_WORDS
    + "|修复|解决|恢复|处理|跟进|反馈|排查|[帮为给替](?:您|你|亲)|(?:与|和|跟)?我们联系|联系我们)"
)
_CONDITION = lazy_compile("如果|若|要是|假如|是否|是不是|排除|万一|如是|如因|如遇|如有|一旦|的话|不管|无论|不论")


def _no_apology(draft: Draft, m: re.Match[str]) -> bool:
    """系统问题 / 是快递的问题: blame only when nothing owns the problem (no apology, no fix, no offer)."""
    s, _ = draft.clause_at(m.start())
    if _CONDITION.search(draft.norm[s : m.start()]) or not not_question(draft, m):
        return False
    if "说" in draft.norm[max(0, m.start() - 8) : m.start()]:
        return False  # 您说那是系统问题: the customer's words
    return not _helped(draft.norm)


def _helped(norm: str) -> bool:
    """An apology or help somewhere in the draft; 等系统恢复吧 leaves the customer waiting."""
    return any("等" not in norm[max(0, h.start() - 8) : h.start()] for h in _APOLOGY_OR_HELP.finditer(norm))


def _device_blamed(draft: Draft, m: re.Match[str]) -> bool:
    """系统问题 / 电脑的问题。: the machine blamed; 电脑的问题我们帮您远程看看 helps, 您电脑的问题
    is theirs (blame-customer's)."""
    if m.group().startswith(("电脑", "计算机")) and _THEIRS_BEFORE.search(draft.norm, max(0, m.start() - 3), m.start()):
        return False
    return _no_apology(draft, m)


_THEIRS_BEFORE = lazy_compile(r"(?:您|你|妳|亲)(?:的|家的|那边的)?$")


def _no_help_offered(draft: Draft, m: re.Match[str]) -> bool:
    """请直接询问…: a brush-off unless we also help (我们也会帮您跟进)."""
    return not OFFER.search(draft.norm) and not_question(draft, m)


_OURS = lazy_compile("我们|我方|本店|本公司|人员|在线|售后|店铺")


def _passed_on(draft: Draft, m: re.Match[str]) -> bool:
    """请直接询问平台客服: handed to a third party, named as such or as the one the draft says
    handles it (由虾皮开立 … 询问虾皮客服); 请直接联系客服人员 is our own service."""
    who = m.group("who")
    if _OURS.search(m.group()) or not _no_help_offered(draft, m):
        return False
    tail = m.group()[-2:]
    return tail != "客服" or (bool(who) and who in draft.norm[: m.start()])


_DISCLAIM = lazy_compile(r"不承担|不负责|概不|无关|不予负责|不负任何")


def _passed_and_disclaimed(draft: Draft, m: re.Match[str]) -> bool:
    """请与货运公司协商 in a draft that also disclaims (本公司一概不承担责任): passed on;
    您可以联系快递员协商送货时间 alone is a tip."""
    return _DISCLAIM.search(draft.norm) is not None and not OFFER.search(draft.norm)


def _bare_cause(draft: Draft, m: re.Match[str]) -> bool:
    """快递的问题。 as the whole clause: an explanation with nothing else."""
    s, _ = draft.clause_at(m.start())
    return not draft.norm[s : m.start()].strip() and _no_apology(draft, m)


def _not_conditional(draft: Draft, m: re.Match[str]) -> bool:
    s, _ = draft.clause_at(m.start())
    return not _CONDITION.search(draft.norm[s : m.start()]) and not_question(draft, m)


_THIRD_PARTY = r"(?:快递员?|物流|快递公司|物流公司|平台|平台客服|厂家|官方|网点|银行|快递那边)"
_SOFT_ROUTE = lazy_compile("可以|可|建议|方便|也行|也可|请|麻烦|的话|我们|我|这边|小妹")


def _sent_away(draft: Draft, m: re.Match[str]) -> bool:
    """问平台吧 / 你去问快递 with nothing else on offer; not 您可以问一下快递员, not 我问快递吧."""
    s, e = draft.clause_at(m.start())
    if _SOFT_ROUTE.search(draft.norm[s:e]):
        return False
    told = m.group().startswith(("你", "您", "妳", "去")) or m.group().endswith(("去", "吧", "啊", "呗"))
    return told and _no_help_offered(draft, m)


# Another party named as the cause: the courier, the warehouse, the supplier, a colleague.
# A party with its fault (延误, 发错, 粗心, 太忙, 没打电话, 的问题/的事) blames it, whether or not
# help follows: the team leads' labels call 仓库那边发错了，我马上给您补发 blame, and standing with
# the customer means not explaining whose fault it was.  Keep the help, drop the
# attribution (the message says so).  The shop's own people (我们仓库, 我们的失误) own it; a
# forecast (可能会延迟), a condition (如果快递延误) or a topic (关于快递的问题) blames no one.
_PARTY = (
    r"(?:快递员|快递小哥|快递公司|快递|物流公司|物流|货运公司|货运|配送员|配送|顺丰|圆通|中通|申通|韵达|邮政|百世|"
    r"极兔|德邦|仓库|库房|财务|供应商|厂家|工厂|代工厂|网点|站点|驿站|银行|平台|同事|打包的(?:同事|小姑娘|人)?|小姑娘"
    r"|速递公司|速递|黑猫|宅急便|新竹物流|嘉里|邮局|中华邮政|超商|海关|外卖小哥|骑手|派件员"
    r"|厂商|上级|上游|活动方|主办方|云服务商|服务商|门市|总部|技术部|IT部门|(?:另一个|别的|其他)部门"
    # Staff and departments named as the doer: 实习生, 以前的会计, 工程部, 仓库人员.
    r"|实习生|新来的(?:同事|人|小妹)?|临时工|员工|工作人员|会计|后厨|厨房|送餐员|外卖员|打包员|仓管|厨师|技师|前台"
    # A colleague or a guest before this one: 之前的客服, 上一位客人; payment and utility services.
    r"|(?:之前|刚才|上一个|上一位|另一个|别的|其他)(?:的)?(?:客服|同事)|上一(?:位|个|批)(?:客人|顾客|住客|租客)"
    r"|前(?:一)?(?:位|个)(?:客人|住客|租客)|隔壁|楼上|微信|支付宝|银联|航空公司|航司|供电局|电力公司|自来水公司"
    r"|(?:工程|技术|财务|仓储|采购|售后|市场|运营|质检|生产|研发|人事|法务|物流|配送|管理)部(?:门)?)"
)
_PARTY_FAULT = (
    r"(?:延误|延迟|耽误|太慢|很慢|慢|发错|送错|搞错|弄错|寄错|拿错|漏发|漏送|少发|丢件|弄丢|丢了|弄坏|压坏|摔坏|"
    r"暴力|粗心|马虎|太忙|出错|故障|停运|爆仓|就这样|(?:的|嘅)(?:问题|事|锅|责任|原因)|问题|"
    r"压件|不负责任?|不靠谱|太差|太烂|效率(?:太)?低|(?:态度|服务)(?:太|很)?(?:差|不好)|乱(?:扔|放|丢|摔|送)|"
    r"没货|缺货|断货|(?:还)?没(?:有)?给货|加价|涨价|压货|说了算|迟(?:咗|了|到)|整(?:烂|坏|错|丢)|搞(?:错|丢|坏)|"
    r"(?:放|送|拿|发|寄|搞|弄|贴|写|填|扫|派|投|分拣|说|讲|报|记|算)(?:错|丢|坏|漏|脏|乱)|"
    # Clause-final: 是航空公司造成的 (not 航空公司造成的延误, an attribute).
    r"(?:造成|导致|引起)的(?=[的呢哦啊了呀啦吧嘛]*(?:\s|$|[，,。.!！?？~～;；…、)）]))|"
    r"没(?:有)?(?:按时|及时|准时|按约)?(?:打电话|通知|联系|送|派送|派件|上门|来|送到|送货上门|揽收|供货|发货|出库|扫描|录入"
    r"|交接|交代|沟通|说清楚|讲清楚|告知)|"
    r"疏忽|疏失|疏漏|大意|失误|害的|(?:离开|走|下班)(?:的|得)(?:太|比较)?早|害得|偷懒|迷路|走错|忘(?:了|记)|(?:漏|少|错)(?:装|放|发|送|打|拿|配)|没让|个人行为|怎么(?:搞|弄|做)的|(?:供货|供应|货源|备货)不足|堆压|积压|堆积|感染|请假|(?:干|搞|弄)的(?=[的呢哦啊了呀啦吧嘛]*(?:\s|$|[，,。.!！?？~～;；…、)）])))"
)
# An agent noun by its ending: a person by trade (…员, …小哥, …师傅, …阿姨, 保安, 司机) or a body
# (…部门, …公司, …站, 物业, 对方, 厂商); the customer's own (会员, 学员, 买方) and ours (我方,
# 卖方) are not.
_AGENT = (
    r"(?:[\u4e00-\u9fff]{0,3}(?:(?<![会学店买卖])员|人员|小哥|小姐|师傅|阿姨|大姐|大叔|司机|保安|部门|公司|站点|(?<![网车])站)"
    r"|物业|对方|门卫|前台|楼下|邻居|他们|她们|他|她"
    # Someone named by their task: 负责行李的人, 管仓库的同事.
    r"|(?:负责|管)[\u4e00-\u9fff]{1,4}的(?:人|同事|师傅|小哥))"
)
_FAULT_CORES = (
    "延误|延迟|耽误|慢|错|漏|少发|丢|坏|暴力|粗心|马虎|太忙|故障|停运|爆仓|问题|的事|的锅|责任|原因|没|压件|不负责"
    "|不靠谱|太差|太烂|效率|态度|乱|缺货|断货|说了算|迟|疏忽|疏失|疏漏|早|大意|失误|害的|害得|偷懒|迷路|走错|忘|没让|个人行为"
    "|怎么搞|怎么弄|怎么做|不足|堆压|积压|堆积|感染|请假|干的|搞的|弄的|少装|少放|就这样|加价|涨价|压货|整|脏"
    "|造成的|导致的|引起的"
)
_AGENT_NOT_PARTY = lazy_compile(r"我|您|你|咱|本|小妹|客服|卖家|商家|店长|掌柜")


def _agent_blamed(draft: Draft, m: re.Match[str]) -> bool:
    """送餐小哥迷路了 / 是打包的阿姨漏装了: a party known by its noun's ending, with its fault;
    他忘了 only when a party was named before (他 alone may be anyone)."""
    party = m.group("party")
    if _AGENT_NOT_PARTY.search(party) or _ASKED_IN_CLAUSE.match(draft.norm, m.end()):
        return False  # 这个师傅没联系您吗: asked
    if party in ("他", "她", "他们", "她们") and not _PARTY_AT.search(draft.norm, 0, m.start()):
        return False
    return _party_blamed(draft, m)


_OWNED = lazy_compile(r"(?:我们|我们的|本店|咱们|我们家|我司|我们这边的)$")
_NOT_A_CAUSE = lazy_compile(
    r"关于|对于|针对|如果|若|要是|假如|万一|是否|是不是|可能|也许|或许|如|的话|避免|以免|防止|催|联系|让|请|不管|无论|不论|抱怨|反映|投诉|觉得|嫌"
    r"|说|留言|提到|提"
)


_ENDS_CLAUSE = lazy_compile(CLAUSE_END)
_SORRY = lazy_compile(_SORRY_WORDS + r"|添麻烦|不便")
_INTENSIFIED = lazy_compile(r"得像|太|非常|实在|根本|本来就|总是|老是")


def _offers(norm: str) -> bool:
    """Help offered (我已经登记催件, 帮您催); 给您带来不便 is an apology, not help, and a promise
    to do better next time (日后我们会更加注意, 我们已加强培训) is no remedy for this customer."""
    if any(not _IMPROVING.match(norm, h.end()) for h in _ACTING.finditer(norm)):
        return True
    return any(
        not norm.startswith(("带来", "添", "造成"), h.end())
        and not _IMPROVING.match(norm, h.end())
        and not _LATER.search(norm, max(0, h.start() - 4), h.start())
        for h in OFFER.finditer(norm)
    )


_IMPROVING = lazy_compile(
    r"(?:更加|更|进一步|持续|不断)?(?:加强|改进|改善|优化|提升|提高|注意|培训|整改|检讨|反省|完善|避免)"
)
_LATER = lazy_compile(r"日后|今后|以后|往后|下次|未来")


_TIP = lazy_compile(r"(?:您|也|亲)可以")  # an alternative put to them after an apology
_ACTING = lazy_compile(r"我(?:哋|们)?(?:已经|已|会|马上|这就|正在)|登记|催件|催促|跟进|第一时间")


# Denied, kept off (免受感染, 以防延误) or asked (物流怎么这么慢).
_DENIED_FAULT = lazy_compile(r"不|别|没|未|无|免|防|避|很少|极少|怎么|为什么|为何")
# 部分地区: a notice about some orders, not this customer's.
_FORECAST = lazy_compile(r"可能|预计|或其他|个别|偶尔|难免|部分(?:地区|区域|订单|商品|包裹)")
# A season announced (节假日快递停运，节后为您发出): a schedule, not someone's fault.
_SEASON = lazy_compile(r"节假日|假期|春节|过年|国庆|五一|双十一|大促|期间")
_THEIRS = lazy_compile(r"(?:您|你|亲)(?:的)?$")
_IF_OPENS = lazy_compile(r"\s*(?:若|如果|如|假如|万一|倘若|一旦|要是)")
_THE_ORDERS = lazy_compile(r"(?:订单|包裹|货物|商品|餐点|外卖|货品|件)(?:的)?$")


def _party_blamed(draft: Draft, m: re.Match[str]) -> bool:
    norm = draft.norm
    s, e = draft.clause_at(m.start())
    party = m.start("party")
    if _OWNED.search(norm, max(s, m.start() - 6), m.start()) or not not_question(draft, m):
        return False
    if (
        _SORRY.search(norm)
        and (_offers(norm) or _TIP.search(norm))
        and not _INTENSIFIED.search(norm, s, max(e, m.end()))
    ):
        return False  # 物流确实有些延误，给您添麻烦了，我已经登记催件: owned and acted on
    ss, _ = draft.sentence_at(m.start())
    near = (max(ss, m.start() - 12), min(max(e, m.end()), m.end() + 12))  # bounded on a long clause
    if _THEIRS.search(norm, max(s, party - 3), party) or _FORECAST.search(norm, *near):
        return False  # 您的物流问题可以…; 可能因原厂出货、报关或物流延迟而…: the customer's case, a forecast
    if _IF_OPENS.match(norm, s):
        return False  # 若发生不可抗因素导致配送延迟，会另行通知: a case announced
    if _THE_ORDERS.search(norm, max(s, party - 3), party):
        return False  # 订单配送延误: the order's delivery as the event, no party named
    if _SEASON.search(norm, max(s, party - 8), party) and _offers(norm):
        return False  # 节假日快递停运，节后第一时间为您发出: a schedule announced, and what we will do
    if (
        m.group().endswith(("问题", "原因"))
        and not m.groupdict().get("copula")
        and not ({"的", "嘅"} & set(m.group()[-4:]))
    ):
        return False  # 物流问题 as a topic; 是物流的问题 names a cause
    if (
        m.group().endswith(("问题", "的事"))
        and not m.groupdict().get("copula")
        and not _ENDS_CLAUSE.match(norm, m.end())
    ):
        return False  # 快递的问题我们来处理: a topic, not a cause
    if "的话" in norm[m.end() : max(e, m.end())]:
        return False  # 快递员没有联系您的话: a condition
    if norm.startswith(("期间", "时", "的时候", "的情况"), m.end()):
        return False  # 物流停运期间: a time frame announced
    between = m.groupdict().get("between") or ""
    if _DENIED_FAULT.search(between) or between.startswith(("会", "将", "可能", "也许")):
        return False  # 物流不会送错的: a fault denied; 快递会慢一两天: a forecast
    if between.endswith(("还", "尚", "仍", "暂", "目前")):
        return False  # 物流那边还没有送到超商: a status, not yet done
    return not _NOT_A_CAUSE.search(norm, max(s, party - 12), party)


# Sending the customer to a third party with nothing else on offer: 请自行向快递公司索赔,
# 物流问题请咨询快递客服, 请与货运公司协商, 您跟快递公司谈.  The shop's own service (请联系客服,
# 售后客服) is a route, not a brush-off; so is a tip (您可以联系快递员) or a route with our help
# (我们也帮您联系).
_ROUTE_PARTY = (
    r"(?:相关|当地|所属|对应|承运)?(?:的)?(?:(?:快递|物流|货运|速递|配送)(?:公司|员|小哥|网点|站点|师傅)?|驿站|站点|网点"
    r"|司机|平台|银行|发卡(?:银)?行|厂家|厂商|品牌方?|官方|原厂|海关|保险公司|支付宝|微信|第三方|虾皮|邮局|超商"
    r"|黑猫|顺丰|中通|圆通|申通|韵达|邮政|德邦|极兔)(?:官方)?(?:客服|售后|官网|那边)?"
)
_ROUTE_CORES = (
    "快递|物流|货运|速递|配送|驿站|站点|网点|司机|平台|银行|发卡行|厂家|厂商|品牌|官方|原厂|海关|保险公司|支付宝|微信"
    "|第三方|虾皮|邮局|超商|黑猫|顺丰|中通|圆通|申通|韵达|邮政|德邦|极兔"
)
_PARTY_AT = lazy_compile(_PARTY)
_ROUTE_OTHER = lazy_compile(
    r"快递|物流|货运|速递|配送|驿站|网点|司机|平台|银行|厂家|厂商|品牌|原厂|海关|游戏|第三方|邮局|超商"
)
_WE = r"(?:我哋|敝店|敝公司|" + US + r")"  # the shop, also in Cantonese and formal Traditional
_TOLD = lazy_compile(r"请|自行|自己|直接|只能|务必|您|你|妳|亲|买家|顾客|客户|去")
_WE_DONT_KNOW = lazy_compile(
    r"[，,\s]*(?:"
    + US
    + r")(?:这边)?(?:也|都)?(?:不清楚|不知道|管不了|管不着|没办法|改不了|查不到|处理不了|做不了主|解不了)"
)
_SOFT = lazy_compile(r"可以|可(?!能)|建议|也行|不妨|方便|或者|也可|麻烦|优先|一下|不用|不需要|无需|不必|就行|就可以")
_ASKED = lazy_compile(r"什么|哪|吗|么|[?？]")
_OUR_DOING = lazy_compile(US + r"|帮|为您|替|给您|协助")
_BACK_TO_US = lazy_compile(
    r"(?<!不要)(?<![不别勿])(?:联系|找|咨询|联络)(?:我们|客服|本店|在线客服|售后客服)|客服(?:人员)?介入"
)


# What the customer is sent to the courier for: to rearrange their own delivery (再作安排, 更改
# 地址) is a route; a claim (安排赔偿, 索赔) is the shop's problem handed over.
_ARRANGE = lazy_compile(
    r"(?:再|另)(?:作|行)?安排|安排(?!赔|理赔)|更改|改期|改约|预约|改地址|改时间|追踪|跟踪|查询(?:物流|进度|货件|包裹)|查件"
)
# 如有需要，请自行联络顺丰: a route offered for when they want it, not a problem handed over.
_ON_NEED = lazy_compile(
    r"如有需要|如需要|如有需求|有需要的话|如有兴趣|如(?:需|要|想)(?:更改|修改|改|变更|预约|查询|追踪|跟踪|改约)"
)
_CLAIM = lazy_compile(r"赔|索赔|理赔|损坏|破损|丢失|遗失")
# 官方LINE客服 / 官方客服 with no one before 官方: the shop's own official channel.
_OWN_OFFICIAL = lazy_compile(r"官方(?:[A-Za-z]|客服|账号|帐号|网站|官网)")


def _sent_to_party(draft: Draft, m: re.Match[str]) -> bool:
    norm = draft.norm
    s, e = draft.clause_at(m.start())
    after = norm[m.end() : min(len(norm), max(e, m.end()) + 8)]
    if _ARRANGE.search(after) and not _CLAIM.search(after):
        return False  # 請自行聯絡順豐再作安排 / 以追蹤貨件: their own delivery rearranged or tracked
    ss, _ = draft.sentence_at(m.start())
    if _ON_NEED.search(norm, max(ss, s - 8), m.start()):
        return False
    official = _OWN_OFFICIAL.search(norm, m.start(), min(len(norm), m.end() + 2))
    if official and not _ROUTE_OTHER.search(norm, m.start(), official.start()):
        return False  # 請聯繫官方LINE客服: our own channel
    before = norm[max(s, m.start() - 20) : m.start()]
    clause = norm[max(s, m.start() - 20) : min(max(e, m.end()), m.end() + 12)]  # bounded on a long clause
    told = _TOLD.search(before) or _WE_DONT_KNOW.search(norm, m.end(), min(len(norm), m.end() + 16))
    if not told or _SOFT.search(clause) or _ASKED.search(clause) or _OUR_DOING.search(before):
        return False
    return not _BACK_TO_US.search(norm) and _no_help_offered(draft, m)


def _handed_back(draft: Draft, m: re.Match[str]) -> bool:
    """请买家自行处理: told to sort it out alone; 您可以自行申请 is self-service, 商品您自行处理就好
    lets them keep it."""
    norm = draft.norm
    if norm.startswith(("就好", "就行", "即可", "就可以"), m.end()):
        return False
    s, e = draft.clause_at(m.start())
    clause = norm[max(s, m.start() - 20) : min(max(e, m.end()), m.end() + 12)]
    if _SOFT.search(clause) or _ASKED.search(clause) or _BACK_TO_US.search(norm):
        return False
    return _no_help_offered(draft, m)


# Disclaiming: 我们不负责的, 责任不在我们, 我们不背这个锅.  A shop's terms page that
# says 本公司不承担任何责任 after an event (运送延误) states a limit of liability, which readers call
# a refusal; it blames when the cause it names is the customer or another party.
_CAUSE_NAMED = lazy_compile(
    r"(?:因|由于|如因|若因|凡因|因为)[^。！？!?]{0,16}?(?:" + CUSTOMER + r"|个人|自身|" + _PARTY + r")"
    r"|" + CUSTOMER + r"(?:自己|私自)"
    r"|(?:" + _PARTY + r")[^，。！？,!?]{0,8}?(?:造成|导致|引起|所致)"
    r"|(?:填写|填|写|操作|使用|保管|安装|资料|信息|地址|电话)(?:错误|有误|不当|错|不全|不详)"
    r"|未(?:经)?(?:询问|确认|核对|联系|阅读|看清|告知|备注|当面)"
    r"|(?:未|逾期)[^，。！？,!?]{0,6}?(?:导致|造成|所致|引起)"
)


def _unrelated(draft: Draft, m: re.Match[str]) -> bool:
    """与本店无关: on a terms page after 签收即代表完好 readers call it self-centred; it blames
    when the sentence names whose doing it was (快递破损…，与本店无关).  不关我事 / 关我什么事 is
    the agent's own brush-off, which readers call curt: only the shop disowning it blames."""
    if _ME_ALONE.search(m.group()):
        return False
    ss, _ = draft.sentence_at(m.start())
    if register_of(draft.norm) != "policy" or not draft.norm[ss : m.start()].strip():
        return True  # in a chat, or said on its own (與本店無關。)
    return _CAUSE_NAMED.search(draft.norm, ss, m.start()) is not None or (
        _PARTY_AT.search(draft.norm, ss, m.start()) is not None
    )


# A terms page's case put as a condition (若因顧客額外要求而導致的損失，本公司恕不負責; 如有因填寫
# 錯漏…): readers call the limit of liability a refusal, not blame.
_IF_CASE = lazy_compile(r"若|如果|如有|如因|倘若|假如|万一")


_ME_ALONE = lazy_compile(r"(?:不关|关)我(?![们哋])")


def _disclaimed(draft: Draft, m: re.Match[str]) -> bool:
    if not _not_conditional(draft, m):
        return False
    if register_of(draft.norm) != "policy":
        return True
    ss, _ = draft.sentence_at(m.start())
    cause = _CAUSE_NAMED.search(draft.norm, ss, m.start())
    return cause is not None and not _IF_CASE.search(draft.norm, ss, cause.start() + 2)


# A circumstance or another party, then resignation: 快递那边压件了，我们也没办法; 天气太热了，化了
# 也正常; 这批是代工厂做的，有瑕疵很正常.  Our own doing (我们发错了) is owned, not blamed.
_CIRCUMSTANCE = lazy_compile(
    r"天气|气温|下(?:大|暴)?[雨雪]|雨天|雪天|大雪|暴雪|大雨|台风|暴雨|疫情|封路|路封|堵车|节假日|春节|过年|双十一|大促"
    r"|高峰|运输途中|路上"
    r"|(?:" + _PARTY + r")(?:那边)?(?:做|出|生产|造|弄|搞|发|压件|爆仓|停运|延误)"
    r"|(?:系统|电脑|计算机|服务器|后台|程序|网络)(?:的)?(?:问题|故障|原因|出错|错误|崩了|bug|BUG)"
    r"|人(?:太|很|特别|实在太)多|单(?:太|很|特别)多|订单(?:太|很|特别)多|爆单"
)


_WEATHER_OR_SEASON = lazy_compile(
    r"(?:天气|气温|下(?:大|暴)?[雨雪]|雨天|雪天|大雪|暴雪|大雨|台风|暴雨|疫情|封路|堵车|节假日|春节|过年|高峰)(?:原因|影响|的关系)"
    r"|(?:系统|电脑|计算机|服务器|后台|网络)(?:的)?(?:问题|故障|原因)"
)


def _resigned_to(draft: Draft, m: re.Match[str]) -> bool:
    norm = draft.norm
    ss, _ = draft.sentence_at(m.start())
    s, _ = draft.clause_at(m.start())
    if m.group().startswith("无奈"):  # 无奈最近天气太冷了: the cause follows
        cause = _CIRCUMSTANCE.search(norm, m.end(), min(len(norm), m.end() + 12))
        return cause is not None and _not_conditional(draft, m)
    normalised = "正常" in m.group() or "难免" in m.group() or "本来就" in m.group()
    helpless = "办法" in m.group()
    # The nearest named cause before: in an earlier clause for 很正常 (物流是正常的 is a status);
    # for 没办法, a circumstance named in the same clause too (天气原因我们也没办法), not a
    # party there (快递我们也没办法 names no fault).
    end = s if normalised or helpless else m.start()
    causes = list(_CIRCUMSTANCE.finditer(norm, max(ss, m.start() - 30), end))
    if helpless and not causes:
        causes = [c for c in _WEATHER_OR_SEASON.finditer(norm, s, m.start())]
    cause = causes[-1] if causes else None
    if cause is None or _OWNED.search(norm, max(ss, cause.start() - 6), cause.start()):
        return False
    return _not_conditional(draft, m)


_AGENT_ALONE = lazy_compile(r"不是我(?![们哋])(?:能|可以)?管")


def _disowned_by_shop(draft: Draft, m: re.Match[str]) -> bool:
    """责任不在本店 / 不是我们能管的 disown it for the shop; 不是我管的 is the agent's own
    brush-off, which readers call curt."""
    return not _AGENT_ALONE.search(m.group()) and _not_conditional(draft, m)


def _named_outright(draft: Draft, m: re.Match[str]) -> bool:
    party = next(m.start(g) for g in ("party", "party3") if m.start(g) >= 0)
    s, _ = draft.clause_at(m.start())
    if (
        _FORECAST.search(draft.norm, max(s, m.start() - 6), m.start())
        or _OWNED.search(draft.norm, max(s, party - 6), party)
        or _THEIRS.search(draft.norm, max(s, party - 3), party)
    ):
        return False
    if m.group().startswith("是") and not _PROBLEM_BEFORE.search(draft.norm, *draft.sentence_at(m.start())):
        return False  # 之所以便宜是因为厂家直销: no problem explained
    return _not_conditional(draft, m)


_NAMED_CAUSE_HELPED = lazy_compile(_APOLOGY_OR_HELP.pattern + r"|" + OFFER.pattern)


_DO_NOT = lazy_compile(r"(?:请勿|不要|别|勿|不必|无需)$")


def _cause_unhelped(draft: Draft, m: re.Match[str]) -> bool:
    """因为物流原因，包裹会晚到 explains with another party; with an apology or help it informs;
    请勿因物流问题给差评 asks something of the customer."""
    if _DO_NOT.search(draft.norm, max(0, m.start() - 3), m.start()):
        return False
    return (
        _not_conditional(draft, m)
        and not _OWNED.search(draft.norm, 0, m.start())
        and (not _NAMED_CAUSE_HELPED.search(draft.norm))
    )


def _journey_unowned(draft: Draft, m: re.Match[str]) -> bool:
    """包裹破损是运输过程中造成的 explains it away; with an apology and a remedy already given
    (确实是运输压的，给您添麻烦了，我给您补偿) the cause only informs."""
    if _SORRY.search(draft.norm) and _offers(draft.norm):
        return False
    return _not_conditional(draft, m)


def _left_to_party(draft: Draft, m: re.Match[str]) -> bool:
    """看您银行 / 只能等快递: the outcome left to another party (their bank is still another party).
    看 is the verb "depend on" only as a word of its own: 查看您的银行卡明细 is guidance."""
    s, _ = draft.clause_at(m.start())
    if draft.norm[m.start()] == "看" and not draft.word_boundary(m.start(), m.start() + 1):
        return False
    return not _FORECAST.search(draft.norm, max(s, m.start() - 6), m.start()) and _not_conditional(draft, m)


def _blame(core: str, reach: int, pattern: str, check: Check | None = None) -> Phrase:
    return Phrase(core.split("|"), reach, lazy_compile(pattern), BLAME, "", "", "", check)


_FIRST_CLASSES: tuple[Phrase, ...] = (
    _blame("不是我们", 5, r"(?:快递|物流|快递员|快递公司|配送)(?:又|也|并)?不是我们(?:家|店|这边)?的"),
    _blame(
        "不是我|不是本店",
        0,
        r"不是我们(?:开|发|负责|管|做|生产)的|不是我们的(?:问题|责任|原因|错)|不是我的(?:问题|责任|错)"
        r"|不是(?:我们|我|本店)(?:这边)?(?:发|弄|搞|写|填|寄|包装|损坏|弄坏|造成|导致)(?:错|坏|丢|反)?的",
        _not_conditional,
    ),
    _blame(
        "控制|管不了|管不着|无能为力|左右不了|决定不了|管唔到",
        6,
        US + r"?也(?:控制不了|管不了|管不着|无能为力|没法控制|无法控制|没办法控制|左右不了|决定不了)"
        r"|" + _WE + r"(?:控制不了|管不了|管不着|无能为力|左右不了|控制唔到|管唔到)",
    ),
    _blame(
        "关系|无关|不关|关我",
        8,
        r"(?:跟|和|与)" + US + r"(?:店|家)?(?:都|也|并)?(?:没(?:有)?(?:什么|啥)?关系|无关)"
        r"|不关" + US + r"(?:的|什么)?事|关我(?:们)?(?:什么|啥)事",
        _unrelated,
    ),
    _blame(
        "系统|电脑|计算机|服务器",
        0,
        r"(?:系统|电脑|计算机|服务器)(?:的)?(?:问题|原因|故障|出错|bug|BUG|事)",
        _device_blamed,
    ),
    _blame(
        "快递|物流|配送|厂家|平台|银行",
        2,
        r"(?:是|属于|这是|那是|都是)(?:快递|物流|快递员|快递公司|配送|厂家|平台|银行)(?:那边|方面|公司)?的?"
        r"(?:问题|原因|责任)",
        _no_apology,
    ),
    # Sending the customer to the courier or the platform and stopping there: 问平台吧, 你去问快递.
    _blame(
        "快递|物流|平台|厂家|官方|网点|银行",
        12,
        r"(?:(?:你|您|妳)(?:自己)?(?:去|自己)?|(?<![我帮替为给])去|^)?(?:找|问|联系|咨询)(?:一下|下)?"
        + _THIRD_PARTY
        + r"(?:去)?(?:吧|啊|呗)?"
        + CLAUSE_END,
        _sent_away,
    ),
    _blame(
        "快递|物流|配送",
        0,
        r"(?:快递|物流|快递员|快递公司|配送)(?:那边|方面)?的(?:问题|原因|责任)" + CLAUSE_END,
        _bare_cause,
    ),
    _blame(
        "只是|仅是|只负责",
        6,
        _WE + r"(?:也)?(?:只是|仅是|只|仅)(?:负责)?(?:[帮替给为][^，。！？,!?\s您你]{1,4}?)?"
        r"(?:代收|代发|代售|代理|代充|代购|代付|转发|出货|发货|销售|负责销售"
        r"|中间商|个卖家|客服|卖货的|卖家)",
        _not_conditional,
    ),
    _blame(
        "左右|控制|决定|掌控",
        8,
        r"(?:不是|并非|非)" + US + r"(?:能|可以|所能)?(?:左右|控制|决定|掌控)(?:得了|的了|得)?",
        _not_conditional,
    ),
    _blame(
        "直接|自行",
        2,
        r"(?:直接|自行)(?:去|向|与|和|跟)?(?:询问|联系|咨询|找|问|致电)(?P<who>[^，。！？,!?]{0,8}?)"
        r"(?:快递|物流|货运|平台|厂家|银行|官方|客服|网点)",
        _passed_on,
    ),
    _blame(
        "协商|交涉|索赔",
        14,
        r"(?:与|和|跟|联系|找)(?:相关|当地)?(?:的)?(?:货运公司|快递公司|物流公司|快递员|快递|物流|厂家|平台)"
        r"(?:进行)?(?:协商|交涉|索赔)",
        _passed_and_disclaimed,
    ),
    _blame("三方", 4, r"(?:快递|物流|配送)(?:属于|是|为)(?:第)?三方"),
    _blame(
        _FAULT_CORES,
        16,
        r"(?P<copula>(?:这|那|嗰个)?(?:是|都是|属于|属|系))?(?P<party>" + _PARTY + r")(?:那边|那里|方面|嗰边|端|的|嘅)?"
        r"(?P<between>[^，。！？,!?\s是]{0,8}?)" + _PARTY_FAULT,
        _party_blamed,
    ),
    # The same with any agent noun, known by how it is built (送餐小哥, 打包的阿姨, 仓库人员, 物业,
    # 保安, 对方): the closed list above cannot name every party a shop works with.
    _blame(
        _FAULT_CORES,
        16,
        r"(?P<copula>(?:这|那|嗰个)?(?:是|都是|属于|属|系))?(?P<party>" + _AGENT + r")(?:那边|那里|方面|嗰边|端|的|嘅)?"
        r"(?P<between>[^，。！？,!?\s是]{0,8}?)" + _PARTY_FAULT,
        _agent_blamed,
    ),
    # 这个要怪物流 / 延误是因为快递那边…: another party named outright (那是快递的事 is left to
    # curt-dismissal: readers call it curt as often as blame).
    _blame(
        "怪|是因为|是由于",
        2,
        r"(?<![难奇古责见作])(?:要|得|该|只能|都|就)?怪(?P<party>" + _PARTY + r")"
        r"|(?<![不非])是(?:因为|由于)(?:委外|外包|第三方)?(?:的)?(?P<party3>" + _PARTY + r")",
        _named_outright,
    ),
    # 快递又不是我开的 / 那是您和快递之间的事 / 别怪我们: the other party's business, not ours.
    _blame(
        "不是我|不是敝|不是这|不是小|不是妹|不是客|不是咱|不是店|不是商|不是本|不是卖|怪",
        6,
        r"(?:" + _PARTY + r")(?:又|也|并)?不是" + _WE + r"(?:开|管|家|店|这边)?的"
        r"|(?:不要|别|唔好|不能|不好)(?:再)?怪" + _WE,
        _not_conditional,
    ),
    # Before curt-dismissal's 那是…的事 takes the stretch: 那是您和快递之间的事.
    _blame(
        "那是|这是|之间",
        11,
        r"(?:那是|这是)?" + CUSTOMER + r"(?:和|跟|与)(?:" + _PARTY + r")之间的(?:事|问题)",
        _not_conditional,
    ),
    # 都怪这几天封路 / 只怪快递: a cause blamed outright (怪您 is blame-customer's).
    _blame("都怪|只怪|要怪就怪|怪就怪", 0, r"(?:都怪|只怪|要怪就怪|怪就怪)(?![您你我])", _not_conditional),
    # 要看银行效率 / 得看快递的速度: the outcome handed to another party.
    _blame(
        "要看|得看|取决于",
        0,
        r"(?:要看|得看|取决于)(?P<party>" + _PARTY + r")(?:的|那边的)?(?:效率|速度|处理|安排|心情|进度)",
        _party_blamed,
    ),
    # 钱什么时候到看你银行 / 剩下的只能等快递: the outcome left to another party.
    _blame(
        "看你|看您|只能等",
        4,
        r"(?:看|要看|得看)(?:你|您)(?:的)?(?P<party>银行|快递|物流|发卡行|运营商)"
        r"|(?:剩下的|接下来|现在)?(?:就)?只能等(?P<party3>" + _PARTY + r")(?:了|吧|啦)?" + CLAUSE_END,
        _left_to_party,
    ),
    # 请自行向快递公司索赔 / 物流问题请咨询快递客服 / 您跟快递公司谈: sent to a third party.
    _blame(
        _ROUTE_CORES,
        8,
        r"(?:(?:联系|联络|咨询|询问|洽询|洽|找|问|查询|致电|投诉|反映)(?:一下|下)?"
        + _ROUTE_PARTY
        + r"|(?:向|与|和|跟|同|去|到)"
        + _ROUTE_PARTY
        + r"[^，。！？,!?\s]{0,4}?"
        r"(?:索赔|求偿|追偿|协商|交涉|联系|联络|沟通|协调|谈|反映|投诉|查询|理赔|确认|咨询|询问|提出|要求))",
        _sent_to_party,
    ),
    # 请买家自行处理清关事宜: the problem handed back to the customer.
    _blame(
        "自行处理|自行解决|自行交涉|自行协调|自行判断|自行斟酌",
        8,
        r"(?:请|需|须|需要|只能)?(?:" + CUSTOMER + r")?自行(?:处理|解决|交涉|协调|判断|斟酌)",
        _handed_back,
    ),
    # 我们不负责的 / 本店一概不管: disclaiming (on a terms page, only after a named cause).
    _blame(
        "负责|责任|不管",
        12,
        r"(?:"
        + _WE
        + r"(?:对此|对这个|这边)?(?:也|都|均|皆|亦)?(?:一概|概|并|从来|是)?(?:不|不会|不予|恕不|无法)|恕不|概不|一概不)"
        r"(?:负责|负(?:任何)?(?:赔偿|法律)?责任|承担(?:任何)?(?:的)?(?:赔偿|法律)?责任|管)(?:的|了)?" + CLAUSE_END,
        _disclaimed,
    ),
    # 责任不在我们 / 我们不背这个锅 / 怪不到我们头上: disclaiming in any register (不归我管 is
    # curt-dismissal's: readers call it curt or a refusal).
    _blame(
        "责任|锅|无涉|唔关|怪不到|能管|可以管|管得|管的",
        8,
        r"责任不在" + _WE + r"|" + _WE + r"(?:没有|并无|无)(?:任何)?责任"
        r"|不背(?:这个|这)?锅|锅[^，。！？,!?\s]{0,4}?不(?:该|应该)?"
        + _WE
        + r"?背|怪不到"
        + _WE
        + r"|不是"
        + _WE
        + r"(?:能|可以)?管(?:得了|得到|的了)?的|(?:与|和|跟)"
        + _WE
        + r"无涉|唔关"
        + _WE
        + r"事",
        _disowned_by_shop,
    ),
    # 因为物流原因 / 因委外的货运公司作业: another party named as the cause.
    _blame(
        "因",
        2,
        r"(?:因为|由于|因|是因为)(?:(?:委外|外包|合作|第三方)?(?:的)?(?:" + _PARTY + r")(?:公司)?(?:那边|方面|的)?"
        r"(?:原因|问题|因素|关系|缘故|作业|操作)|(?:委外|外包|第三方)(?:的)?(?:" + _PARTY + r"))",
        _cause_unhelped,
    ),
    # 快递方面小店不能保证: the other party's part disowned.
    _blame(
        "保证",
        13,
        r"(?:" + _PARTY + r")(?:方面|那边|的事|这块|这一块)[，,\s]?(?:" + US + r")?(?:也|是)?"
        r"(?:不能保证|无法保证|保证不了|不敢保证|没法保证|没办法保证|不好保证)",
        _not_conditional,
    ),
    # 快递那边压件了，我们也没办法 / 天气太热了，化了也正常: resignation after a named cause.
    _blame(
        "没办法|没有办法|没辙|无奈|搞不赢|斗不过|无能为力|正常|难免|本来就|有什么办法|能怎么办|可以点|冇办法|冇计",
        6,
        r"(?:" + _WE + r")?(?:也|都|真的|实在|也是)(?:很|好)?(?:没办法|没有办法|没辙|无奈|无能为力|冇办法|冇计)"
        r"|(?:" + US + r")?(?:也|都|真的|实在)?(?:搞不赢|斗不过)|无奈(?=[^，。！？,!?\s]{0,6})|没(?:有)?办法的事"
        r"|(?:也|很|也很|属于|是|系)正常(?:的)?(?:现象)?|在所难免|难免(?:会)?|本来就"
        r"|(?:我们|我|我哋)(?:又)?(?:有什么办法|能怎么办|可以点)",
        _resigned_to,
    ),
    # 颜色差异是显示器的问题: a device or the photos as the cause.
    _blame(
        "显示器|屏幕|电脑|手机|网络|网速|浏览器|运营商|信号|光线|拍摄|灯光|相机",
        4,
        r"(?<![不非])(?:是|属于)(?:因为)?(?:显示器|屏幕|电脑|手机|网络|网速|浏览器|运营商|信号|光线|拍摄|灯光|相机)"
        r"(?:的)?(?:问题|原因|缘故|关系)",
        _no_apology,
    ),
    # 包裹破损是运输过程中造成的: the journey as the cause.
    _blame(
        "运输|物流|快递|配送|派送|寄送|运送",
        4,
        r"(?<![不非])是(?:在)?(?:运输|物流|快递|配送|派送|寄送|运送){1,2}(?:的)?(?:过程|途中|路上|环节)?(?:中)?"
        r"(?:造成|导致|弄|摔|压|碰|磕|挤)(?:坏|破|伤)?的",
        _journey_unowned,
    ),
)


# Construction classes from a larger blind-labelled set: the ways unseen writers shift the blame
# that the classes above did not reach.

# Someone else as the doer, in a cleft: 锁区不是我们锁的，是厂商锁的; 兑换码是活动方给的;
# 账号封禁是官方的判定; 考试系统崩了是云服务商的锅.
_ELSEWHERE_WORDS = (
    "系统|官方|游戏官方|厂家|厂商|平台|公司|总部|上面|上级|上游|活动方|主办方|云服务商|服务商|银行|快递|物流|财务|老板"
    "|供应商|原厂|品牌方|品牌|海关|超商|门市|驿站"
)
_ELSEWHERE = "(?:" + _ELSEWHERE_WORDS + ")"


def _someone_else_did(draft: Draft, m: re.Match[str]) -> bool:
    if _SORRY.search(draft.norm) and _offers(draft.norm):
        return False  # owned and acted on
    return _named_outright_plain(draft, m)


def _named_outright_plain(draft: Draft, m: re.Match[str]) -> bool:
    s, _ = draft.clause_at(m.start())
    if _FORECAST.search(draft.norm, max(s, m.start() - 6), m.start()) or _THEIRS.search(
        draft.norm, max(s, m.start() - 3), m.start()
    ):
        return False
    return _not_conditional(draft, m)


# The product or the shop declared unrelated: 过敏跟产品无关, 同我哋隻糧冇关系, 不是我们粮的问题,
# 并非本店责任; 这不是您的问题 (taking it off them) is blame-customer's clean case.
_OUR_THING = (
    r"(?:(?:我们|本店|我哋|本公司|我司|本卖场|本卖家)(?:的|家|店|隻|只|家的)?)?"
    r"(?:产品|商品|货品|本产品|粮|狗粮|猫粮|食品|衣服|菜|菜品|酒店|餐厅|卖号的|店|卖场)"
)
_WE_OR_OURS = r"(?:" + _WE + r"|本卖场|本卖家|" + _OUR_THING + r")"
_AS_HELP = lazy_compile(r"放心|请放心|您放心")


_ASKED_IN_CLAUSE = lazy_compile(r"[^，。！？,!?]*?(?:吗|么|[?？])")


def _stated_in_clause(draft: Draft, m: re.Match[str]) -> bool:
    """不是我们锁的 states it; 这不是我们发的吗？ asks; 不是我受理的 is the agent passing on
    their own case, which readers call curt."""
    if _NOT_MY_CASE.match(m.group()):
        return False
    return not _ASKED_IN_CLAUSE.match(draft.norm, m.end()) and _not_conditional(draft, m)


_NOT_MY_CASE = lazy_compile(r"不是我(?![们哋])(?:这边)?(?:受理|经手|接待|处理|跟进|接|负责|办理|经办)")


def _declared_unrelated(draft: Draft, m: re.Match[str]) -> bool:
    if _AS_HELP.search(draft.norm, m.end(), min(len(draft.norm), m.end() + 8)):
        return False  # 跟产品质量无关，您放心使用: reassurance
    return _not_conditional(draft, m)


# Classes from the real public lines (shop replies, review replies, 话术 pages' bad examples):
# another body's business (这事应由管理部门管, 是快递员那边的收费), a cause explained with nothing
# owned, said sorry for or offered (这是因为后端连接池耗尽导致的超时), the weather or the journey
# as the cause with no remedy (因天气导致餐品变凉; 恐怕是配送过程中碰撞所导致).
_BODY = (
    r"(?:[\u4e00-\u9fff]{0,4}(?:部门|单位|机构|政府|物业|居委会|管委会|业委会|委员会|管理处)|快递(?:公司|员)?|物流(?:公司)?|平台|厂家|厂商|银行"
    r"|运营商|保险公司|品牌方|交警|警察|派出所|公安|海关|法院|消协|工商|税务局?|邮局)"
)


def _theirs_to_handle(draft: Draft, m: re.Match[str]) -> bool:
    s, _ = draft.clause_at(m.start())
    if _OWNED.search(draft.norm, s, m.start()) or _WE_AT_ALL.search(m.group()):
        return False
    return _no_help_offered(draft, m) and _not_conditional(draft, m)


_WE_AT_ALL = lazy_compile(_WE)
_TIP_OR_FIX = lazy_compile(r"可以|即可|就可|就能|就好|就行|请|建议|只需|只要|麻烦|重新|刷新|清除|清理|稍后")
_OURS_IN_CAUSE = lazy_compile(_WE + r"|本|" + CUSTOMER + r"|自己|个人|自身")


def _cause_explained_away(draft: Draft, m: re.Match[str]) -> bool:
    """这是因为后端连接池耗尽导致的超时: a cause and nothing else: no apology, no help, no tip;
    a cause on the customer is blame-customer's, one on us is owned."""
    norm = draft.norm
    if _OURS_IN_CAUSE.search(m.group("cause")) or _SORRY.search(norm) or _offers(norm) or _TIP_OR_FIX.search(norm):
        return False
    return _not_conditional(draft, m)


_PROBLEM_BEFORE = lazy_compile(
    r"慢|晚|迟|延误|延迟|坏|破|错|少|漏|没到|没收到|没送|失败|卡|不全|不够|不热|凉|脏|吵|停|断|取消"
)


def _problem_explained_away(draft: Draft, m: re.Match[str]) -> bool:
    """上菜慢是因为今天客人太多 explains a problem away; 之所以便宜是因为厂家直销 explains no
    problem, and 这是因为您的订单还在审核 is the customer's case."""
    s, _ = draft.clause_at(m.start())
    if not _PROBLEM_BEFORE.search(draft.norm, max(s, m.start() - 10), m.start()):
        return False
    cause = m.group("cause")
    if _CROWD.search(cause):  # 客人太多 is the crowd, not this customer
        return not _SORRY.search(draft.norm) and not _offers(draft.norm) and _not_conditional(draft, m)
    if not (_PARTY_AT.search(cause) or _AGENT_AT.search(cause) or _CIRCUMSTANCE.search(cause)):
        return False  # 出餐慢是因为现做: a reason that puts it on no one
    return _cause_explained_away(draft, m)


_AGENT_AT = lazy_compile(_AGENT)


_CROWD = lazy_compile(r"(?:人|客人|顾客|客户|订单|单)(?:太|很|特别|比较|实在太|非常)多|爆单|人手不足")


def _party_in_cause(draft: Draft, m: re.Match[str]) -> bool:
    """因为…供应商库存变化频繁而导致缺货 puts it on the supplier; a cause on us or the customer is
    owned or blame-customer's, and an apology with help only informs."""
    if _OURS_IN_CAUSE.search(m.group("cause")):
        return False
    return _cause_unhelped(draft, m) and _party_blamed_plain(draft, m)


def _party_blamed_plain(draft: Draft, m: re.Match[str]) -> bool:
    s, _ = draft.clause_at(m.start())
    return not _FORECAST.search(draft.norm, max(0, m.start() - 6), m.end()) and not _IF_OPENS.match(draft.norm, s)


def _circumstance_unremedied(draft: Draft, m: re.Match[str]) -> bool:
    """非常抱歉因天气导致餐品温度下降，我们已加强培训: the weather blamed and nothing done for this
    customer; 因台风影响可能延迟，我们会为您更新进度 forecasts and helps; a notice (policy) informs."""
    s, _ = draft.clause_at(m.start())
    if register_of(draft.norm) == "policy" or _offers(draft.norm) or _TIP.search(draft.norm):
        return False
    if _FORECAST.search(draft.norm, s, min(len(draft.norm), m.end() + 12)):
        return False
    return _not_conditional(draft, m)


_CAUSE_CLASSES: tuple[Phrase, ...] = (
    # 电动车的事归交警 / 这个归物业管: the matter declared another body's (归我们管 owns it).
    _blame(
        "归",
        0,
        r"(?<![回返复依皈])归" + _BODY + r"(?:来)?(?:管|负责|处理)?(?:㗎|嘅|喎)?" + CLAUSE_END,
        _theirs_to_handle,
    ),
    # 因为SKU过多、供应商库存变化频繁，而导致缺货: another party inside the cause given.
    _blame(
        "导致|造成|所致",
        40,
        r"(?:因为|由于)(?P<cause>[^。！？!?]{0,16}?(?P<party>"
        + _PARTY
        + r")[^。！？!?]{0,12}?)[，,]?(?:而|才)?(?:导致|造成|所致)",
        _party_in_cause,
    ),
    # 这事应由市政管理部门管 / 这个是快递员那边的收费: another body's business.
    _blame(
        "应由|应该由|应当由|得由|要由|须由|需由",
        1,
        r"(?:应|应该|应当|得|要|须|需)由" + _BODY + r"(?:来)?(?:管|负责|处理|解决|受理|赔偿|赔付)",
        _theirs_to_handle,
    ),
    _blame(
        "收费|费用",
        12,
        r"(?:是|属于)(?P<party>" + _PARTY + r")(?:那边|方面|公司)?(?:的|收取的)(?:收费|费用)" + CLAUSE_END,
        _theirs_to_handle,
    ),
    # 上菜慢是因为今天客人太多: a problem, then a cause that ends the clause.
    _blame(
        "是因为|是由于",
        0,
        r"(?<![不非])是(?:因为|由于)(?P<cause>[^，。！？,!?]{2,16}?)" + CLAUSE_END,
        _problem_explained_away,
    ),
    # 这是因为后端连接池耗尽导致的超时: a cause explained away.
    _blame(
        "是因为|是由于",
        3,
        r"(?<![不非])(?:这|那|此)?(?:都)?是(?:因为|由于)(?P<cause>[^。！？!?]{2,24}?)(?:所)?(?:导致|造成|引起|引发)(?:的)?",
        _cause_explained_away,
    ),
    # 因天气导致餐品温度下降: the weather or a season as the cause, nothing done for them.
    _blame(
        "天气|气温|下雨|下雪|雨天|雪天|大雪|暴雪|大雨|台风|暴雨|疫情|封路|堵车|高温|寒潮",
        6,
        r"(?:因为|由于|因)(?:天气|气温|下(?:大|暴)?[雨雪]|雨天|雪天|大雪|暴雪|大雨|台风|暴雨|疫情|封路|堵车|高温|寒潮)"
        r"(?:原因|影响|关系|的关系|的原因|的影响|太热|太冷|炎热|寒冷)?[，,]?(?:而)?(?:导致|造成|使得|使|让)",
        _circumstance_unremedied,
    ),
    # 恐怕是您的商品于配送过程不当碰撞所导致: the journey as the cause, hedged or with words between.
    _blame(
        "运输|物流|快递|配送|派送|寄送|运送",
        14,
        r"(?<![不非])是[^，。！？,!?]{0,8}?(?:于|在)?(?:运输|物流|快递|配送|派送|寄送|运送)(?:的)?(?:过程|途中|路上|环节)"
        r"(?:中)?[^，。！？,!?]{0,6}?(?:所)?(?:造成|导致|引起)",
        _journey_unowned,
    ),
)


BLAME_PHRASES: tuple[Phrase, ...] = (
    *_FIRST_CLASSES,
    _blame(
        "不是我|不是本店|不是小店",
        0,
        r"不是(?:我们|我(?![们哋])|本店|小店|我哋)(?:这边)?(?!负责|管|家|店)(?:[^\W\d_的们哋是]{1,2})的(?:[，,][^，。！？,!?]{0,4}?是"
        + _ELSEWHERE
        + r")?",
        _stated_in_clause,
    ),
    _blame(
        _ELSEWHERE_WORDS,
        4,
        r"(?<![不非])(?:是|系)(?:因为)?" + _ELSEWHERE + r"(?:那边)?(?:的)?"
        r"(?:锅|行为|判定|操作|问题|原因|责任|错"
        r"|(?:判|锁|封|出|给|显示|设定|设置|限制|扣|拦|取消|退|弄丢|弄坏|压坏|摔坏|搞丢|搞错|发错|送错|弄错|寄丢|丢)的)",
        _someone_else_did,
    ),
    _blame(
        "无关|关系|关系|没关系|冇关系",
        14,
        r"(?:跟|和|与|同)(?:本卖场|本卖家|"
        + _OUR_THING
        + r")(?:都|也|并|完全|根本|一点)?(?:无关|没(?:有)?(?:什么|啥)?关系|冇关系)",
        _declared_unrelated,
    ),
    _blame(
        "不是|并非|非",
        10,
        r"(?:不是|并非|并不是)" + _WE_OR_OURS + r"(?:的)?(?:问题|责任|原因|错|过失)"
        r"|非(?:本店|我们|本公司|我司|敝店)(?:的)?(?:责任|问题|过失)",
        _declared_unrelated,
    ),
    _blame(
        "部门",
        6,
        r"(?:那|这)(?:个)?(?:是|属于|归)(?:另一个|别的|其他|另外的?|[\u4e00-\u9fff]{1,3})部门(?:的事|的问题|负责|管)",
        _not_conditional,
    ),
    *_CAUSE_CLASSES,
)
