"""bare-must: a duty laid on the customer with 必须/务必/应/需 and no 请: 买家必须在1小时内付款,
必须取消订单再重新下单 -> 请… (unsafe)."""

from __future__ import annotations

from replykit.convert import in_draft_script
from replykit.draft import Draft
from replykit.hookspecs import Report
from replykit.register import laid_out_as_rules
from replykit.rules import Example, rule
from replykit.scan import Prefiltered, lazy_compile

BARE_MUST = rule(
    "bare-must",
    severity="warning",
    fix="unsafe",
    description="必须/务必/应/需 laid on the customer without 请 reads as a command.",
    description_zh="对顾客用“必须/务必/应/需”而不加“请”，听起来像命令。",
    zh="对顾客说“必须/应/需”像在下命令；用“请”来提要求，语气更客气",
    en="必须/应/需 aimed at the customer reads as an order; ask with 请 instead",
    examples=[
        # A duty on a third-person buyer is advice only: "买家请…" is awkward, and softening who
        # pays or must act into a request blurs the duty; a person rewrites the notice.
        Example("下单后，买家必须在1小时内完成付款。", "下单后，买家必须在1小时内完成付款。"),
        Example("买家必须先付款，逾期买家必须重新下单", "买家必须先付款，逾期买家必须重新下单"),
        Example("订单成立后无法修改，必须取消订单再重新下单。", "订单成立后无法修改，请取消订单再重新下单。"),
        Example("退款用户需先与业务员联系", "退款用户需先与业务员联系"),
        Example("您必须本人签收", "请您本人签收"),
        Example("收货时务必当面验货", "收货时请务必当面验货"),
        Example("签收前一定要当面验货哦", "签收前请一定当面验货哦"),
        Example("收货期间一定让电话保持畅通", "收货期间请一定让电话保持畅通"),
        Example("开箱时一定把包装拍下来", "开箱时请一定把包装拍下来"),
        Example("收到货一定要当场检查", "收到货请一定当场检查"),  # after the goods arriving
        Example("退回的货品必须连同配件一起寄回", "退回的货品请连同配件一起寄回"),  # the goods as the topic
        Example("须按照预约时间到店", "请按照预约时间到店"),  # 须 opening the clause
        # A topic and then its duty: advice, a person rewords the notice.
        Example("超重部分的运费必须自付", "超重部分的运费必须自付"),
    ],
    clean=[
        "退回的商品必须处于未使用状态",  # a state required of the goods, no task set
        "纯棉会缩水，洗的时候应该用冷水的呀",  # hindsight: what should have been done
        "请您务必在收货时当面验货哦",
        "买家需要支付的运费是10元",
        "您需要的尺码目前有货哦",
        "商品必须保持完好才能二次销售，麻烦您寄回时包装好",
        "我们必须先核实一下订单信息，请您稍等",
        "发票须在订单完成后申请",
        "您务必放心，我们一定处理好",
        "如需开发票，请在备注中填写抬头",
        "用户须知：下单后48小时内发货",
        "必须的！这款是我们的爆款",
        "我们一定把包装做好，您放心",
        "到货后一定让您满意",
        "会员需满100元才能使用优惠券",
        # Costs and tasks shared out in a notice, a need, a condition, the shop's own duty.
        "买家须自行承担改址费用",
        "顾客需缴付上门费",
        "礼盒可按客户需求搭配",
        "如客户需开发票，请致电客服",
        "商品必须保持吊牌完好，才符合换货条件",
        "我们在发货之前，必须检查包装",
        "这一步是必须的",
        "订单内容必须与实际一致",  # a state required of a thing
        "本店也必须遵守平台规则",
        "一定要注意保暖哦",  # a wish for the customer's wellbeing
        "这些常识您应该知道",  # a lecture: curt's reading
        # What makes it valid, who may do it, the shop's own staff, what one should know.
        "订单必须在付款后才生效",
        "此业务必须由持卡人本人办理",
        "门店员工必须佩戴工牌",
        "顾客应该了解自己的尺码",
        "顾客需于下单后两小时内付款，否则订单会自动取消",  # the duty's consequence stated: a rule explained
        "运费不是您应该出的",  # no duty at all
        "退税的事您应该去找财务",  # sent elsewhere: curt's reading
        # A notice laid out as rules: its duties are the rules themselves.
        "退货须知：商品务必保持完好，吊牌不可拆除",
        "换货说明：1.换货期间库存不作保证；2.寄回时务必附上发货单",
    ],
)

# The customer named as the one who must act; 您/你 only with the strong modals (您需要… is
# often a plain statement of what is needed).
_THIRD = r"(?:买家|客户|顾客|买方|用户|消费者|会员|收件人|收货人)"
_DUTY = lazy_compile(
    r"(?P<who>"
    + _THIRD
    + r")(?:也|都|则|就)?(?P<m3>必须|务必|须|需|应该|应当|应|一定要|得)(?!要[\u4e00-\u9fff]{0,2}的|要)"
    r"|(?P<you>您|你|妳)(?:也|都|则|就)?(?P<m2>必须|一定要|应该|应当)"
    r"|(?:^|(?<=[，,。；;：:\s时后前间货候品]))(?P<m1>必须|务必|一定要|一定(?=让(?![您你亲])|把|保持|记得|注意|当面)"
    # 须 opening a clause of a notice (须按照预约时间到店)
    r"|须(?=按照|按|于|在|将|把|提前|先|亲自|本人))"
    # a topic and then its duty (超重部分的运费必须自付)
    r"|(?<=[\u4e00-\u9fff])(?<![我们店司方也都就则是不未何])(?P<m4>必须)"
)
# What must follow the modal: an action the customer takes, not 放心 or a state (是/有).
_ACTION_NEXT = lazy_compile(r"(?:先|立即|马上|尽快|及时|在|于|将|把|与|和|跟|本人|亲自|当面)|[\u4e00-\u9fff]")
# Not a command: 须知 (a notice), 必须的 (of course), a requirement (会员需满…, 需年满…), a state.
# 必须由本人办理: who may do it (a rule of the service), not a task set to the reader.
_NOT_ACTION = lazy_compile(r"放心|是|有|要的|经过|保持完好|知|求|的|得|满|达到|年满|具备|符合|持有|为|由")
# 您应该懂: a lecture (curt's reading), not a task; 这不是您应该承担的: no duty at all.
_LECTURE = lazy_compile(r"懂|知道|明白|清楚|理解|了解|承担")
_DENIED = lazy_compile(r"(?:不是|并非|不用|无需|不该)$")
# 应该…的呀 / 应该…才对: what should have been done (hindsight), closing the clause.
_HINDSIGHT = lazy_compile(r"(?:的(?:呀|啊|嘛|吧|啦)|才对|才是)[。！？!?，,~～\s]*$")
_ELSEWHERE = lazy_compile(r"去?(?:问|找)")
_SOFTENED = lazy_compile(
    "请|麻烦|烦请|劳烦|如需|如要|若需|如果|若|是否|(?<![\u4e00-\u9fff])如(?![何此今下同意果实期约数])"
)
# A weak modal with who bears a cost or a task (买家须自行承担改址费用, 顾客需缴付上门费): a notice
# sharing out duties and costs, not an order to the reader.
_ALLOTTED = lazy_compile(r"自行|自付|自理|缴付|缴纳|支付|负担|承担")
# The requirement explained by what it earns (保持吊牌完好才符合换货条件): bare-request's 才能 too.
_STATE = lazy_compile(r"一致|相符|相同|完整|完好|齐全|真实|有效|处于|未使用|未经使用|全新|未拆")
# What makes it valid (付款后才作实, 出示正本方为有效): a condition of the service, no task set.
_OTHERWISE = lazy_compile(r"否则|不然")
_EXPLAINED = lazy_compile(r"才(?:符合|算|可享|能享|有资格)|(?:才|方)(?:为|会|能|可)?(?:作实|生效|有效|成立)")
# The shop as the one who must (我们在发货之前，必须检查包装): its own duty, said in the sentence.
# Its staff too (所有…的同事必须进行隔离): the shop's people, not the customer.
_SHOP_DUTY = lazy_compile(
    r"(?:我们|我哋|我司|本店|本公司|小店|敝店|同事|员工|职员|店员|工作人员)(?![^，,。！？!?；;]{0,3}(?:您|你|客户|顾客))"
)
# Care for the customer's wellbeing (一定要注意保暖哦): a wish, not a duty.
WELLBEING = lazy_compile(r"注意(?:保暖|身体|休息|安全)|保暖|休息|多喝水|照顾好|保重")


# Most replies hold neither a strong modal nor a third-person customer, and _DUTY's
# look-behinds make it the slower scan.
_DUTIES = Prefiltered(_DUTY, contains=lazy_compile("必须|务必|一定|应该|应当|须|" + _THIRD[3:-1]))


def check_must(draft: Draft, report: Report) -> None:
    norm = draft.norm
    notice: bool | None = None
    for m in _DUTIES.finditer(norm):
        modal = m.group("m3") or m.group("m2") or m.group("m1") or m.group("m4")
        if not _ACTION_NEXT.match(norm, m.end()) or _NOT_ACTION.match(norm, m.end()):
            continue
        if WELLBEING.match(norm, m.end()) or _LECTURE.match(norm, m.end()):
            continue
        if _DENIED.search(norm, max(0, m.start() - 2), m.start()):
            continue
        if modal in ("应该", "应当") and _ELSEWHERE.match(norm, m.end()):
            continue  # 你应该去问平台客服: the customer sent elsewhere (curt's reading), no duty
        if modal in ("应该", "应当") and _HINDSIGHT.search(norm, m.end(), draft.clause_at(m.start())[1]):
            continue  # 洗的时候你应该用冷水的呀: what they should have done, a reproach, not a task
        if notice is None:
            notice = laid_out_as_rules(norm)
        if notice:
            return  # a notice laid out as rules (须知, 1.…2.…): its duties are the rules themselves
        cs, _ = draft.clause_at(m.start())
        if _SOFTENED.search(norm, cs, m.start()):
            continue
        if m.group("who") and modal in ("需", "须", "应", "得") and norm.startswith("要", m.end()):
            continue
        if m.group("who") and modal in ("需", "须") and _ALLOTTED.match(norm, m.end()):
            continue
        ss, se = draft.sentence_at(m.start())
        if _EXPLAINED.search(norm, m.end(), se) or _OTHERWISE.search(norm, m.end(), se):
            continue  # …才符合换货条件, …否则订单会被取消: the rule explained by what it earns or costs
        if (m.group("m1") or m.group("m4")) and _SHOP_DUTY.search(norm, ss, m.start()):
            continue
        keep = {"务必": "务必", "一定要": "一定", "一定": "一定"}.get(modal, "")
        fix: str | None = "unsafe"
        if m.group("you"):
            polite, start = "请您" + keep, m.start()
        elif m.group("who"):
            start = m.start("m3")
            polite, fix = "请" + keep, None
        elif m.group("m4"):
            if _STATE.search(norm, m.end(), draft.clause_at(m.start())[1]):
                continue  # 订单内容必须与实际一致: a state required of a thing, no task set
            start = m.start("m4")
            polite, fix = "请", None  # after a topic (运费必须自付): a person rewords the notice
        else:
            if norm[m.start("m1") - 1 : m.start("m1")] in ("品", "货") and _STATE.search(
                norm, m.end(), draft.clause_at(m.start())[1]
            ):
                continue  # 退回的物品必须处于未使用状态: a state required of the goods, no task set
            polite, start = "请" + keep, m.start("m1")
        report(BARE_MUST, start, m.end(), [in_draft_script(polite, draft.is_traditional)], fix=fix)
