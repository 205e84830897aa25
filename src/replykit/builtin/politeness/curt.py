"""curt: 自己看, 听不懂吗, 听懂了吧, 说过了, 等着吧, 爱买不买, insults ... (unsafe or advice)."""

from __future__ import annotations

import re

from replykit.builtin.politeness.phrases import CLAUSE_END, OFFER, Check, Phrase, not_question
from replykit.draft import Draft
from replykit.rules import Example, rule
from replykit.scan import lazy_compile

CURT = rule(
    "curt",
    severity="warning",
    fix="unsafe",
    holds_sentence=True,
    description="Curt or rude wording (自己看, 听不懂吗, 说过了, 等着吧, 爱买不买, 啰嗦 ...).",
    description_zh="生硬或不礼貌的说法（自己看、听不懂吗、说过了、等着吧、爱买不买、啰嗦……）。",
    zh="{why}，容易让顾客觉得被敷衍或冒犯；换成耐心、主动帮忙的说法",
    en="{why_en}; the customer may feel brushed off or offended. Say it patiently and offer help",
    examples=[
        Example("自己看吧", "您可以查看一下哦"),
        Example("物流自己看订单详情。", "物流您可以查看订单详情。"),
        Example("等着吧，到了会通知", "请您耐心等待一下哦，到了会通知"),
        Example("最近单子多，你慢慢等吧。", "最近单子多，请您耐心等待一下哦。"),
        Example("已经退了，你等就是了。", "已经退了，请您耐心等待一下哦。"),
        Example("你真啰嗦", None),
        Example("喂，听懂了吧？", None),
        Example("刚才不是告诉你了吗", None),
        Example("按我说的做就行", None),
        Example("跟你讲了多少遍了，定制款不退", None),
        Example("库存很充足，放心好了。", None),
        Example("听不懂吗？退款已经退了", None),
        Example("爱买不买", None),
        Example("按我说的去做就可以了", None),
        Example("照我们教的操作就行", None),
        Example("自己去查物流", None),
        Example("你去问客服", None),
        Example("我已经说过很多遍了", None),
        Example("早就告诉过你了", None),
        Example("我說過了", None),
        Example("你就等著吧", None),
        Example("照着我发的步骤做就行了", None),
        Example("你自己去订单里看", None),
        Example("我都解释三遍了", None),
        Example("上面不是写着吗", None),
        Example("按照我给的链接操作就行了", None),
        Example("同样的问题回答你两次了", None),
        Example("你自个儿看说明书", None),
        Example("我不是已经回复你了吗", None),
        Example("已经跟您说了，现在查不到", None),
        Example("这个问题我已经回答第三遍了。", None),
        Example("您今天第几次问这个了？", None),
        Example("不是说过预售要等十天吗？", None),
        Example("行行行，给您改", None),
        Example("唔好煩", None),
        Example("不是我说你，买之前就该想好", None),
        Example("这点小味道，不用大惊小怪", None),
        Example("你高兴就好。", None),
        Example("本店没有义务代收快递", None),
        Example("得标后三天内结账，逾期不候", None),
        Example("这是快餐，要求别太高", None),
        Example("换不换随你", None),
        Example("你要搞清楚，这是定制款", None),
        Example("告诉你，再刷屏就拉黑", None),
        Example("你老是问同一件事", None),
        Example("不会装就看视频教程", None),
        Example("说明书上有，百度一下就知道", None),
        Example("要么补差价，要么换便宜的", None),
        Example("机器是好的，说明你不会装", None),
        Example("下次早些下单", None),
        Example("不信的话你可以别买", None),
        Example("重启一下路由器再说", None),
        Example("那你就给吧", None),
        Example("要议价你找店长去", None),
        Example("这种事你来问我，我又问谁", None),
        Example("同一个问题你问了四遍了", None),
        Example("你寫錯地址，我點知？", None),
        Example("我哪知道您买的是哪件", None),
        Example("下次买东西长点心", None),
        Example("下次看清楚再拍", None),
        Example("请自己看清楚再下单好吗？", None),
        Example("上面写了，自己睇返啦", None),
        Example("你想怎么样嘛", None),
        Example("随便您，想退就退", None),
        # Pressing for an answer, closing the matter: 到底 + A-not-A, tautology, 爱V不V, 嫌X别V, 反正.
        Example("你究竟还买不买了", None),
        Example("您到底想要哪个", None),
        Example("没库存就是没库存", None),
        Example("寄丟就寄丟了，沒辦法", None),
        Example("您爱等不等", None),
        Example("嫌慢就别买", None),
        Example("不喜欢就算了", None),
        Example("要拍就拍，别犹豫了", None),
        Example("反正也没办法", None),
        Example("这边一直就是这样", None),
        Example("這批貨都是這樣的", None),
        Example("喊什么喊", None),
        Example("都讲了明天发", None),
        Example("和你讲了，先排队", None),
        Example("这儿不是你家，小声点", None),
        Example("真是什么样的人都有", None),
        Example("做人要讲良心", None),
        Example("想打官司？我们奉陪到底", None),
        Example("说我们缺斤少两，拿出证据来", None),
        Example("请附上照片，不然只能当作恶意投诉", None),
        Example("这种想法太幼稚了", None),
        Example("不懂就别乱拆", None),
        Example("好了好了，别说了", None),
        Example("我早就跟你说过了，你偏不信", None),
        Example("你看清楚菜单再问", None),
        Example("别在这挡着路", None),
        Example("我们哪有功夫一单单帮你对", None),
        Example("嚷嚷什么，后面排队", None),
        Example("你要是再骂人，我们就不接待了", None),
        Example("告诉过你别用热水洗", None),
        Example("你这么说我们也没办法", None),
        Example("别跟我讲那么多", None),
        Example("咪同你講咗，聽日先有貨", None),
        Example("这个问题我刚刚回答过了", None),
        Example("有话直说", None),
        Example("你这种情况我们见得多了", None),
        # The customer's understanding or manner put down.
        Example("您的理解能力需要提高", None),
        Example("这是常识吧", None),
        Example("说明里写得明明白白", None),
        Example("你是第一次网购吧", None),
        Example("第一次網購吧？", None),
        Example("你睇唔明咩", None),
        Example("我講得好清楚喇", None),
        Example("自個兒查去", None),
        Example("自己去官網下載", None),
        Example("这要求也太过分了", None),
        Example("你冷静一点", None),
        Example("你这样吵我们也没法处理", None),
        # Bare orders that send the customer off.
        Example("看说明书。", None),
        Example("投诉去吧", None),
        Example("邮费自己出", None),
        Example("等快递送到吧", None),
        Example("没货了，那就退吧", None),
        Example("过了保修期就自己找人修", None),
        Example("固件你自己去厂家网站下载吧", None),
        Example("你那边自己去营业厅问一下更快", None),
        Example("颜色自己挑，挑错不换", None),
        Example("你自己再找找啦", None),
        Example("螺丝丢了就自己去建材市场买", None),
        Example("说明书都有，请自行查看。", None),
        Example("页面写得很清楚，请自行详阅", None),
        Example("换什么换，颜色一样的", None),
        Example("找不到就是找不到", None),
        Example("您要换就换吧", None),
        Example("你想评就评", None),
        Example("讲重点吧。", None),
        Example("您别这么激动，先听我讲完", None),
        Example("小姑娘别那么冲动", None),
        # Hostility: a threat, a curse, the customer typed as a kind of person, an insult.
        Example("再来闹我就报警", None),
        Example("信不信我收拾你", None),
        Example("老子没空陪你耗", None),
        Example("这种人出门不得好死", None),
        Example("像你这样的客人我们不欢迎", None),
        Example("你这种人就是来找事的", None),
        Example("你脑子让驴踢了吧", None),
        Example("算你倒霉，下次看清楚", None),
        Example("呸，什么人啊", None),
        Example("吵死了，别问了", None),
        # The customer's understanding denied outright.
        Example("你根本就不懂", None),
        Example("您完全不了解这个行业", None),
        Example("跟您讲您也不会明白的", None),
        # Bare orders at a counter or in chat: hurry up, speak up, go there, come back with it.
        Example("你快点签字", None),
        Example("快点去排队", None),
        Example("说大声点", None),
        Example("投诉箱在门口，写去", None),
        Example("外面排队去", None),
        Example("回去拿身份证再来", None),
        Example("把发票拿来", None),
        Example("拿收据来", None),
        Example("你拿出单据来", None),
        Example("看门口的告示", None),
        Example("别进来了，关门了", None),
        Example("你别搞错了！", None),
        # Turned away at closing time, defied, or left with "what can I do".
        Example("已经打烊了，明天早点来", None),
        Example("我们就这个态度", None),
        Example("我能有什么办法？", None),
        Example("弄坏了你赔得起吗", None),
        Example("遗憾你会这样认为", None),
        Example("总比没有强", None),
        Example("你再不来签收我们就退回", None),
        Example("等我忙完再说", None),
        Example("大家又不是都围着你转", None),
        Example("您先深呼吸，冷静冷静", None),
        Example("去那边", None),
        Example("你这人怎么回事", None),
        Example("爱去哪去哪", None),
        Example("关你什么事", None),
        Example("你的品味有问题吧", None),
        Example("不懂就别乱评", None),
        Example("请自重", None),
        Example("再乱说我就告你", None),
        Example("信不信我把你拉黑", None),
        Example("你有病吧", None),
        Example("你是不是傻", None),
        Example("快递的事别来烦我", None),
        Example("你算老几", None),
        Example("你懂什么", None),
        Example("本店不差你这一单", None),
        Example("下班了，明天请早", None),
        Example("唔买就走啦", None),
        Example("看清楚先再来问", None),
        Example("你眼睛有问题吗", None),
        Example("别再乱打电话", None),
        Example("你们这些人就爱占便宜", None),
        Example("有空再回你", None),
        Example("再吵就叫保安", None),
        Example("你给我闭嘴", None),
        Example("你先别插嘴", None),
        Example("少跟我来这一套", None),
        Example("想换货？门都没有", None),
        Example("你这个要求不合理", None),
        Example("嫌不好吃自己开一家", None),
        Example("不懂就别装懂", None),
        Example("你也配评价？", None),
        Example("你的差评没有参考价值", None),
        Example("搞清楚情况再评论", None),
        Example("要求那么多", None),
        Example("先出去等着", None),
        Example("别磨蹭了", None),
        Example("不买就别乱摸", None),
        Example("让开，后面还有人", None),
        Example("快点，后面还有人排着", None),
        Example("你自己跑去快递点寄", None),
        Example("收咗档喇，听日请早", None),
        Example("三天内付款，不然就拉黑", None),
        Example("今天必须确认收货，否则直接封号", None),
        Example("請勿以身試法", None),
        Example("过期不候", None),
        Example("你肯定是自己装错了", None),
        Example("你是想来白嫖的吧", None),
        Example("你们肯定没仔细看说明，把它拆回去", None),
        Example("你分明是故意的", None),
        Example("你这个废物", None),
        Example("你个笨蛋", None),
        Example("真麻烦，又要重新开单。", None),
        Example("你真讨厌", None),
        Example("走开走开", None),
        Example("搞什么名堂", None),
        Example("您用不着那么火大，我会处理", None),
        Example("你们用不着这么激动", None),
        Example("你大概还是没理解", None),
        Example("您始终不明白", None),
    ],
    clean=[
        "后续物流进度还请您自行查看呢",  # a particle makes it guidance
        "好的，亲，理解理解，我们马上为您处理",  # 理解理解: I understand, said twice
        "您可以自己申请售后的",
        "请问您看明白了吗？有不清楚的地方随时问我哦",
        "给您添麻烦了，这边马上为您处理",
        "这款吵闹环境下也能听清",
        "您自己也可以在订单页查看哦",
        "我自己看了一下，是我们发错了",
        "按您说的做，马上给您改地址",
        "我们说了会补发就一定补发",
        "自己去专柜看的话可以试穿哦",
        "这款洗了很多次都不会褪色",
        "已经提醒过您两次了吗？抱歉打扰了",
        "详情页不是写着包邮的，是满99包邮哦",
        "我已经跟仓库说了，马上为您补发",
        "刚才给您说了一下退款的进度，您看还有什么疑问吗",
        "这是您第二次在本店购买了，感谢支持",
        "好好休息，祝您早日康复",
        "下次购买可以直接使用这张优惠券哦",
        "下次您需要的话，直接联系我就可以",
        "我们也不知道快递为什么延误，马上帮您问",
        "随便您挑，喜欢哪个颜色都可以",
        "建议您看清楚尺码表再下单哦",
        "您可以先问清楚再购买，不着急",
        "到底是哪个环节出了错，我们马上查清楚",
        "说到底是我们没做好",
        "好评就是对我们最大的支持",
        "不满意就是我们的问题，马上给您换",
        "宝宝们都爱不释手",
        "如果嫌麻烦，我们上门取件",
        "不嫌弃的话欢迎再来",
        "反正都要寄，我帮您一起寄了",
        "这款一直都是这样的版型哦",
        "这款绘本能锻炼孩子的理解能力",
        "这是护肤小常识，分享给您",
        "说明书写得很详细，您可以参考一下",
        "您说得很清楚，我明白了",
        "如果看不懂说明书，我教您",
        "看不懂的地方随时问我哦",
        "我去问一下仓库",
        "您可以看图对比一下颜色",
        "冷静期内可以无理由退货",
        "请问您是第一次在我们店购买吗？",
        "您的要求一点都不过分",
        "运费我们来出",
        "这边帮您登记了，等通知吧，有消息第一时间告诉您",
        "大家都说了好用",
        "好的，那我帮您退吧",
        "您先申请吧，我这边马上同意",
        "拍吧拍吧，很划算的",
        "好的，退吧，我马上处理哦",
        "您有话直说哦，别客气",
        "这种款式我们见多了，质量最好的就是这款",
        "您自己弄坏了也没关系，我们保修",
        "不需要您自己跑快递点，我们上门取",
        "还要您自己跑一趟，真的抱歉",
        "你自己选的颜色很好看",
        "您是买给自己还是送朋友呢？",
        "不方便自己装的话，我们派师傅上门",
        "如需发票，可以自行在订单页申请哦，也可以找我帮您开",
        "物流有问题可以自行联系快递，也可以找我们帮您催",
        "为什么为什么，因为好用呀",
        "看得到就是看得到的，您放心",
        "想退就退，七天无理由",
        "我们想做就做好，品质第一",
        "不要冲动消费哦，想好再买",
        "这个重点说一下，运费我们出",
        "您开心就好，有需要随时找我",
        "要么换货要么退款都可以的哦，我帮您办",
        "您不会用的话我教您",
        "下次早点来的话可以享受早鸟价哦",
        "您不信的话可以看看买家秀哦",
        "我们收到退件再说，到时候告诉您",
        "有消息再说哦，不着急",
        "我再说一遍地址：杭州市",
        "我去问一下仓库",
        "先发货再说，运费我们出",
        "我这边要交班了，晚点再说。",
        "这款不用较真保养，水洗就行",
        "您没有义务给好评，满意的话再评就好",
        "随你喜欢挑，都是现货",
        "我告诉你一个好消息，明天就到",
        "您要是不明白，我再讲一遍",
        "您一直问的那款到货了",
        "不会操作的话可以百度一下，也可以找我远程帮您",
        # Look-alikes of the hostility, order and closing-time classes.
        "如遇骚扰请及时报警",
        "我们马上为您报警处理，请注意安全",
        "像您这样的老顾客我们特别珍惜",
        "像你这样认真的买家真的很难得，谢谢",
        "这本书讲的是老子的思想",
        "长期熬夜会增加得癌的风险",
        "如果您不明白，我再解释一遍",
        "您不明白的地方可以随时问我",
        "我怕您不明白，再发一张图给您",
        "您不了解也没关系，我来介绍",
        "我们会快点发货的",
        "快点下单吧，库存不多了",
        "说话大声点也没关系，我们听得见",
        "涂上去就行",
        "寄回去就可以了",
        "您回去后可以先试用一下",
        "拿来就能用",
        "请看门口的告示",
        "别着急，我们马上处理",
        "您不要搞错尺码哦，可以看尺码表",
        "抱歉，已经打烊了，明天早上九点为您办理",
        "本店今日已打烊，明日十点营业",
        "我们有什么办法能帮到您吗？",
        "您看有什么办法可以补救",
        "非常抱歉给您带来这样的感受",
        "总比别家便宜，放心",
        "这种情况真的烦死了，我们马上帮您处理",
        "您不方便来取的话，我们就帮您寄回",
        "稍等，等我忙完这单再帮您查",
        "我们到那边去取件",
        "你这个人真好，谢谢你的支持",
        "这个人员的安排我们会调整",
        "快点收到的话可以选顺丰",
        "不买也没关系，欢迎随时来看看",
        "您的审美真好",
        "我会告诉你怎么操作的",
        "请问您有病史吗？",
        "您眼睛不舒服的话建议先停用",
        "有空再回您哦，抱歉现在在忙",
        "这些客人的订单我们都已经发出了",
        "你给我发一下单号就行",
        "您先别着急，听我慢慢跟您说",
        "保安会协助您停车",
        "没门店的城市可以网上下单",
        "您的意见对我们很有价值",
        "你笨手笨脚的也没关系，我们教你",
        "傻瓜相机也能拍得很好",
        "您可以自己开发票，也可以找我们开",
        "您懂行，一看就知道是好货",
        "您拉黑了我们的号码吗？需要的话可以重新添加",
        "产品自重3公斤",
        "已经寄出去了，请留意物流",
        "您出去的时候记得带上小票哦",
        "安装时别乱动线路",
        "您可以到对面的门店自提哦",
        "如遇诈骗请及时报警",
        "未取件者列入黑名单",
        "请尽快付款，否则订单会自动取消",
        "恶意订单系统会自动取消订单，请放心",
        "我们会帮您取消订单",
        "一定是快递放错了，我帮您追回",
        "您肯定会喜欢的",
        "您一定没问题的，这款很好上手",
        "您肯定不会后悔的",
        "这里就像您家一样舒适",
        "该说的注意事项都说了，您有问题随时找我哦",
        "您不用拿出证据，我们相信您，马上补发",
        "请附上照片，方便我们为您处理",
        "不会装的话别乱拆，我们派师傅上门",
        "好了好了的口头禅不适合客服",
        "什么人都适合用这款",
        "请您看清楚尺码再下单哦",
        "这款挡风效果很好",
        "我们哪有不管的道理，马上为您处理",
        "你们叫什么名字？",
        "请问您叫什么",
        "您再说一遍地址，我记一下",
        "告诉您一个好消息",
        "您一定是没收到短信，我再给您发一次",
        "您被骗了吗？我们帮您报案",
        "谨防诈骗，本店不会索要验证码",
        "这个垃圾桶很耐用",
        "傻瓜相机操作简单",
        "真麻烦您了，谢谢",
        "如果觉得太麻烦，我们上门取件",
        "您先出去透透气，我们马上处理",
        "您别生气，我们马上处理",
        "您不用这么客气",
        "如果您还是不明白，可以打电话给我",
        "怕您还是不清楚，我再发一张图",
    ],
)

_SOFT = lazy_compile("可以|能|方便|建议|请|麻烦|辛苦|也可")
_AGENT = lazy_compile("我|这边|小妹|客服|帮|为|给")


def _not_softened(draft: Draft, m: re.Match[str]) -> bool:
    """自己看 / 你自己查: curt unless the clause offers it as an option (可以/建议/请 ...)."""
    if draft.norm[m.start() - 1 : m.start()] == "您":
        return False
    s, e = draft.clause_at(m.start())
    around = draft.norm[s : m.start()] + draft.norm[m.end() : max(e, m.end())]  # 就可以了 in the order is no softener
    return not _SOFT.search(around)


def _ordered(draft: Draft, m: re.Match[str]) -> bool:
    """自己去查 / 你去问 at the head of a clause, unsoftened: an order; 我自己查 or 您可以自己查 is not."""
    s, _ = draft.clause_at(m.start())
    head = draft.norm[s : m.start()].strip()
    if head.endswith("就") and not _AGENT.search(head):
        head = "就"  # 过了保修期就自己找人修: a consequence told to the customer
    return head in ("", "那", "那就", "就", "你", "妳", "那你", "你就") and _not_softened(draft, m)


_NEAR = 40  # how far around a hit the new checks look: bounded, so each stays linear in the draft
# A head that makes 自己 something other than the customer doing it on their own: us, a
# softener, a causative or a copula (不需要您亲自…, 让您自己跑一趟, 是您自己挑的).
_NOT_AN_ORDER = lazy_compile("我|这边|小妹|客服|帮|为|给|替|让|叫|需要|不用|不必|无需|是|您|可以|建议|请|麻烦|如果|若")


def _told_to_do_it(draft: Draft, m: re.Match[str]) -> bool:
    """固件自己去官网下 / 你那边自己去营业厅问 / 尺码自己挑: the customer told to sort it out alone,
    whatever the topic before it; 不需要您自己跑快递点 and 让您自己跑一趟 are not orders."""
    s, _ = draft.clause_at(m.start())
    head = draft.norm[max(s, m.start() - _NEAR) : m.start()]
    return _NOT_AN_ORDER.search(head) is None and _not_softened(draft, m)


def _put_off(draft: Draft, m: re.Match[str]) -> bool:
    """重启一下路由器再说 / 等经理回来再说: the customer put off; 我们收到退件再说 is our own next step,
    不要着急，有消息再说哦 softens it, and 再说一遍 is speech."""
    s, e = draft.sentence_at(m.start())
    s, e = max(s, m.start() - _NEAR), min(e, m.end() + _NEAR)
    cs, _ = draft.clause_at(m.start())
    if "先" in draft.norm[max(cs, m.start() - _NEAR) : m.start()]:
        return False  # 先交定金再说: a condition first (a demand, not a deferral)
    # The agent's own schedule or busyness in the sentence (我这边要交班了，晚点再说) puts the shop first:
    # readers call that self-centred, not curt.
    if re.search("我|这边|客服", draft.norm[s:e]) or re.search(r"[哦呢呀啦~～]|您", draft.norm[s:e]):
        return False
    return _no_help(draft, m) and not re.search("不好意思|抱歉|对不起", draft.norm[s:e])


def _ordered_unaddressed(draft: Draft, m: re.Match[str]) -> bool:
    """等系统恢复吧 alone; 这边帮您登记了，等通知吧 sits in a sentence that already serves the customer."""
    s, e = draft.sentence_at(m.start())
    return "您" not in draft.norm[s:e] and _ordered(draft, m)


def _shrugged(draft: Draft, m: re.Match[str]) -> bool:
    """那就退吧 in a reply; 好的，退吧，我马上处理哦 goes ahead warmly and acts on it. A bare 拍吧 as
    the whole reply is cold-reply's (a cold answer, not a shrug at something said)."""
    if draft.norm.strip().rstrip("。.!！") == m.group() and not re.match("那|就|你|妳", m.group()):
        return False
    s, e = draft.sentence_at(m.start())
    warm = re.search("马上|立即|立刻|这就|[哦呢呀啦~～]", draft.norm[s:e]) is not None
    return not warm and _no_help(draft, m) and _ordered_unaddressed(draft, m)


def _curtly_said(draft: Draft, m: re.Match[str]) -> bool:
    """有话直说 with nothing warm in its sentence; 您有话直说哦，别客气 invites."""
    s, e = draft.sentence_at(m.start())
    return re.search("您|客气|[哦呢呀啦~～]", draft.norm[s:e]) is None and _no_help(draft, m)


def _not_polite_question(draft: Draft, m: re.Match[str]) -> bool:
    """您没看到吗 may be a real question; a bare 没看到吗 is a rebuke."""
    return draft.norm[m.start() - 1 : m.start()] not in ("您", "是")


_ASKING = lazy_compile("问|催|说|讲|回答|解释|回复|重复|发消息|找")


def _counts_asking(draft: Draft, m: re.Match[str]) -> bool:
    """第三遍/第几次 with asking or answering in the clause: counting at the customer; 第二次购买 is not."""
    s, e = draft.clause_at(m.start())
    return _ASKING.search(draft.norm, s, e) is not None


def _at_clause_head(draft: Draft, m: re.Match[str]) -> bool:
    """行行行 opens its clause (a reply), not 非常好好好 inside a sentence."""
    s, _ = draft.clause_at(m.start())
    return not draft.norm[s : m.start()].strip()


def _lecturing(draft: Draft, m: re.Match[str]) -> bool:
    """看清楚再下单 with 自己, or with no softener: said at the customer; 建议您看清楚尺码再下单 advises."""
    return "自己" in m.group() or _not_softened(draft, m)


_IF = lazy_compile("如果|若|要是|假如|的话")
_HELP_AFTER = lazy_compile("可以|随时|问我|联系|没关系|不要紧|帮您|为您|给您|我教|我们教|来教")


def _at_the_customer(draft: Draft, m: re.Match[str]) -> bool:
    """看不懂 said at the customer (你看不懂吗), not 看不懂的地方随时问我 or 如果看不懂…可以联系我们."""
    norm = draft.norm
    if norm.startswith("的", m.end()):
        return False
    _s, e = draft.sentence_at(m.start())
    cs, _ = draft.clause_at(m.start())
    if _IF.search(norm, cs, m.end()) or _IF.match(norm, m.end()):
        return False
    return _HELP_AFTER.search(norm, m.end(), max(e, m.end())) is None


def _no_help(draft: Draft, m: re.Match[str]) -> bool:
    """No help offered in the rest of the sentence (…，我帮您查 turns it into a question we answer)."""
    _s, e = draft.sentence_at(m.start())
    return OFFER.search(draft.norm, m.end(), max(e, m.end())) is None


_ASKS_AFTER = lazy_compile(r"[了的]?(?:吗|么|嘛|呢)?[？?]|[了的]?吗")
# A word a team lead would not want after 写得很清楚: pointing the customer to it as help.
_POINTING = lazy_compile("可以|参考|供您|随时|为您|帮您|给您|请|麻烦|如有|欢迎|再发|发给|发您|我再|链接")


def _held_against_reader(draft: Draft, m: re.Match[str]) -> bool:
    """页面上写得清清楚楚 / 我说得很清楚了: what was written held against the reader; 说明书写得很
    详细，您可以参考 points to help, 您说得很清楚 praises the customer, …吗？ asks."""
    norm = draft.norm
    if norm[m.start() - 1 : m.start()] in ("您", "你", "亲") or _ASKS_AFTER.match(norm, m.end()):
        return False
    _s, e = draft.sentence_at(m.start())
    cs, _ = draft.clause_at(m.start())
    if re.search("没|不|未|会|要|能|更|如果|是否", norm[cs : m.start()]):
        return False  # 页面没写清楚, 我们会写得更清楚: owning it
    return _POINTING.search(norm, m.end(), max(e, m.end())) is None


def _copula_before(draft: Draft, m: re.Match[str]) -> bool:
    """这是常识 / 属于基本常识: the customer's question called common knowledge; 常识分享 is a title."""
    if "都" in m.group() or "也" in m.group():
        return True
    s, _ = draft.clause_at(m.start())
    return re.search("是|属于|叫|算|系", draft.norm[s : m.start()]) is not None


_ABILITY_OF = lazy_compile("锻炼|培养|提高|提升|开发")


def _about_the_customer(draft: Draft, m: re.Match[str]) -> bool:
    """理解能力 put to the customer; 锻炼宝宝的理解能力 is a product's selling point."""
    s, e = draft.sentence_at(m.start())
    sentence = draft.norm[s : max(e, m.end())]
    if re.search("宝宝|孩子|儿童|小朋友|学生", sentence):
        return False
    return re.search("您|你|妳|亲", sentence) is not None or _ABILITY_OF.search(sentence) is None


def _final(draft: Draft, m: re.Match[str]) -> bool:
    """就这样 / 反正不退 closing the matter, with no help offered and no softening particle right after."""
    if re.match(r"的?[哦呢呀哈啦~～]", draft.norm[m.end() : m.end() + 2]):
        return False
    return _no_help(draft, m)


_INVITED = lazy_compile("随时|欢迎|找我|问我|联系我|帮您|为您|给您")


def _told_not_invited(draft: Draft, m: re.Match[str]) -> bool:
    """刚才都说了。 runs out of patience; 注意事项都说了，有问题随时找我 invites more questions."""
    _s, e = draft.sentence_at(m.start())
    invited = _INVITED.search(draft.norm, m.end(), min(max(e, m.end()), m.end() + _NEAR))
    return not_question(draft, m) and invited is None


def _at_clause_head_or_agent(draft: Draft, m: re.Match[str]) -> bool:
    """都说了… opening its clause (or after 我): not 大家都说了好用."""
    s, _ = draft.clause_at(m.start())
    if draft.norm[s : m.start()].strip() not in ("", "我", "我们", "那", "不是", "我咪"):
        return False
    _s, e = draft.sentence_at(m.start())
    return _INVITED.search(draft.norm, m.end(), min(max(e, m.end()), m.end() + _NEAR)) is None


def _not_us_at_head(draft: Draft, m: re.Match[str]) -> bool:
    """冷静 said to the customer, not 我们会冷静处理."""
    s, _ = draft.clause_at(m.start())
    return re.search("我|这边|小妹|客服|需要", draft.norm[s : m.start()]) is None


_YOU = r"(?:你|妳|你们|妳们)"
_PRAISE = lazy_compile("欢迎|珍惜|感谢|谢谢|难得|少见|喜欢|支持|可爱|耐心|贴心|认真|好评|优质|忠实|老顾客|老客户")


def _typed_with_contempt(draft: Draft, m: re.Match[str]) -> bool:
    """你这种人 / 像你这样的客人我们不欢迎: the customer typed as a kind of person; 像你这样认真的
    买家真的很难得 praises (a praise word in the sentence)."""
    s, e = draft.sentence_at(m.start())
    sentence = draft.norm[max(s, m.start() - _NEAR) : min(max(e, m.end()), m.end() + _NEAR)]
    return _PRAISE.search(sentence) is None or re.search("不欢迎|不(?:想|要)|拉黑", sentence) is not None


_NOT_CURSE = lazy_compile("预防|防止|避免|降低|减少|风险|几率|概率|率|思想|道德|曰|说过")


def _hostile(draft: Draft, m: re.Match[str]) -> bool:
    """A threat or a curse, not 预防得癌 (a product's claim) or 老子的思想 (the philosopher), not a
    threat made for the customer (为您报警)."""
    norm = draft.norm
    near = norm[max(0, m.start() - 4) : m.end() + 4]
    if _NOT_CURSE.search(near):
        return False
    s, e = draft.sentence_at(m.start())
    return re.search("[为帮替给]您|请及时|注意安全", norm[s:e]) is None


_MIND = r"(?:懂|明白|理解|了解|懂事|知道)"
_DOUBT_OR_IF = lazy_compile("如果|若|要是|假如|的话|怕|担心|可能|也许|以为|觉得|是否|不知")
_UNDERSTAND_HELP = lazy_compile(
    "没关系|不要紧|可以|随时|问我|我来|我再|再(?:解释|说|讲|发)|帮您|为您|给您|教您|[哦呢哈呀~～]"
)


def _denies_understanding(draft: Draft, m: re.Match[str]) -> bool:
    """你根本不懂 / 您完全不了解…: the customer's understanding denied; 如果您不明白 is a condition,
    您不明白的地方 a noun phrase, 您不了解也没关系，我来介绍 an offer."""
    norm = draft.norm
    cs, _ = draft.clause_at(m.start())
    if _DOUBT_OR_IF.search(norm, max(cs, m.start() - _NEAR), m.start()):
        return False
    _s, e = draft.sentence_at(m.start())
    return _UNDERSTAND_HELP.search(norm, m.end(), min(max(e, m.end()), m.end() + _NEAR)) is None


_URGED = lazy_compile("请|麻烦|烦请|我|这边|为您|帮您|[哦呢呀啦哈~～]")


def _bare_order(draft: Draft, m: re.Match[str]) -> bool:
    """快点说 / 大声点 / 外面排队去 / 把发票拿来 said bare: no 请/麻烦, not the agent's own errand,
    no softening particle in the sentence; 说话大声点也没关系 reassures."""
    s, e = draft.sentence_at(m.start())
    cs, _ = draft.clause_at(m.start())
    head = draft.norm[max(cs, m.start() - _NEAR) : m.start()]
    if re.search("我|这边|客服|小妹|帮|为|给|替|您", head):
        return False
    if re.search("请|麻烦|烦请", draft.norm[max(s, m.start() - _NEAR) : min(max(e, m.end()), m.end() + _NEAR)]):
        return False
    ce = draft.clause_at(m.start())[1]
    around = draft.norm[cs : m.start()] + "|" + draft.norm[m.end() : max(ce, m.end())]
    return _URGED.search(around) is None and (re.match("也|都|就", draft.norm[m.end() : m.end() + 1]) is None)


_OFFER_NEAR = lazy_compile("[帮为给替]您|[帮为给替]你|协助|抱歉|不好意思|[哦呢呀~～]")


def _no_offer_near(draft: Draft, m: re.Match[str]) -> bool:
    """你再不来签收我们就退回 threatens; 您不方便取的话我们就帮您退回 offers."""
    s, e = draft.sentence_at(m.start())
    return _OFFER_NEAR.search(draft.norm, max(s, m.start() - _NEAR), min(max(e, m.end()), m.end() + _NEAR)) is None


_CLOSED = lazy_compile(r"(?:下班|结账|结帐|关门|打烊|收档|收铺|收工|收咗(?:铺|档))(?:了|啦|咗|喇)")
_SENT_BACK = lazy_compile(r"不办|别(?:进)?来|不要(?:进)?来|早(?:点|啲|些)(?:来)?|明天再来|听日再|请早")


def _turned_away(draft: Draft, m: re.Match[str]) -> bool:
    """已经打烊了，明天早点来 / 别进来了，下班了: closing time used to turn the customer away; an
    apology, 您 or an offer in the sentence makes it a notice of hours (抱歉，已打烊，明早九点为您办理)."""
    s, e = draft.sentence_at(m.start())
    sentence = draft.norm[max(s, m.start() - _NEAR) : min(e, m.end() + _NEAR)]
    if re.search("抱歉|不好意思|对不起|您|为您|帮您|营业|[哦呢~～]", sentence):
        return False
    return _CLOSED.search(sentence) is not None and _SENT_BACK.search(sentence) is not None


def _clause_end_or_asked(draft: Draft, m: re.Match[str]) -> bool:
    """我有什么办法？ ends its clause; 我们有什么办法能帮到您 goes on to an offer."""
    rest = draft.norm[m.end() : m.end() + 3]
    return re.match(r"[呢啊呀嘛]*(?:[，,。.!！?？~～;；…]|\s|$)", rest) is not None and _no_help(draft, m)


# An ultimatum to the customer: 否则/不然 + what the shop will do to them (否则删单拉黑, 不然就报警),
# or a set phrase of threat (请勿以身试法, 逾时不候). A notice that blacklists those who never
# collect (未取件者列入黑名单) is read as a policy, not a rebuke: the labels call it "other".
_SANCTION = (
    r"(?:删单|删除订单|拉黑|列入黑名单|加入黑名单|列黑|黑名单|停权|封号|报警|起诉|告(?:你|妳)|追究(?:法律)?责任"
    r"|给(?:你|妳|您)?(?:差评|负评)|(?:只能)?(?:当作|当成|视为|视作)(?:恶意|诬告|造谣|捣乱))"
)
_SOFTENED_NOTICE = lazy_compile("抱歉|不好意思|敬请谅解|感谢理解|为您|帮您|给您|[哦呢呀~～]")


def _threatened(draft: Draft, m: re.Match[str]) -> bool:
    """否则直接删单拉黑 / 请勿以身试法: a threat; 如遇骚扰请及时报警 is advice (no 否则 before it) and
    否则我们帮您取消 an offer."""
    if re.search("以身试法|不候", m.group()):
        return True  # a threat whatever softens the notice around it
    s, e = draft.sentence_at(m.start())
    return _SOFTENED_NOTICE.search(draft.norm, max(s, m.start() - _NEAR), min(max(e, m.end()), m.end() + _NEAR)) is None


def _demanded(draft: Draft, m: re.Match[str]) -> bool:
    """拿出证据来 demands; 您不用拿出证据，我们相信您 waives it."""
    cs, _ = draft.clause_at(m.start())
    waived = re.search("不用|不必|无需|不需要|没必要", draft.norm[max(cs, m.start() - 6) : m.start()])
    return waived is None and _no_help(draft, m)


_AT_HEAD = lazy_compile(r"(?:[你妳]们?|[你妳]这人|[你妳]这个人)?\s*$")


def _said_at_head(draft: Draft, m: re.Match[str]) -> bool:
    """真麻烦，全是零钱 / 你真麻烦 opens its clause as a complaint; 如果觉得太麻烦… is the customer's
    feeling and 这种情况真的烦死了，我们马上帮您处理 sides with them."""
    s, _ = draft.clause_at(m.start())
    return _AT_HEAD.fullmatch(draft.norm, s, m.start()) is not None and _no_help(draft, m)


_IF_OR_FEAR = lazy_compile("如果|若|要是|假如|的话|怕|担心|万一|是否")
_EXPLAIN_AGAIN = lazy_compile("可以|随时|问我|我来|我再|再(?:解释|说|讲|发)|帮您|为您|给您|教您|联系")


def _condescends(draft: Draft, m: re.Match[str]) -> bool:
    """您可能还是不明白 / 你肯定弄错了 said flatly; 如果您还是不明白，可以打电话给我们 offers help,
    一定是您按错了，我来教您 comes with it."""
    cs, _ = draft.clause_at(m.start())
    if _IF_OR_FEAR.search(draft.norm, max(cs, m.start() - _NEAR), m.start()):
        return False
    _s, e = draft.sentence_at(m.start())
    return _EXPLAIN_AGAIN.search(draft.norm, m.end(), min(max(e, m.end()), m.end() + _NEAR)) is None


_OWNED_UP = lazy_compile("抱歉|不好意思|对不起|失误|疏忽|没想到|却")


def _rebuts(draft: Draft, m: re.Match[str]) -> bool:
    """我们明明都有清洁！ argues back; 我们明明发的红色却寄成了蓝色，抱歉 owns a mistake."""
    s, e = draft.sentence_at(m.start())
    return _OWNED_UP.search(draft.norm, s, min(max(e, m.end()), m.end() + _NEAR)) is None and _no_help(draft, m)


def _curt(
    core: str, reach: int, pattern: str, why: str, why_en: str, replacement: str = "", check: Check | None = None
) -> Phrase:
    return Phrase(core.split("|"), reach, lazy_compile(pattern), CURT, why, why_en, replacement, check)


CURT_PHRASES: tuple[Phrase, ...] = (
    # 催什么催 / 问什么问: the customer's act thrown back at them.
    _curt(
        "什么|乜|咩|啥",
        1,
        r"((?![什么为干凭是怎])[\u4e00-\u9fff])(?:什么|乜|咩|啥)\1(?![\u4e00-\u9fff])",
        "“催什么催”是在呵斥顾客",
        "'Stop rushing me' scolds the customer",
    ),
    # 都说了48小时内发货: "as I already said" opening a clause.
    _curt(
        "说了|讲了|讲咗|说咗|讲过|说过",
        5,
        r"(?:都|早就|早|我都|咪)(?:跟|和|给|同)?(?:你|您|妳)?(?:说|讲)(?:过|咗|了)了?(?=[\u4e00-\u9fff0-9，,])"
        # 跟你说了去那边: told again, then the order repeated
        r"|(?:跟|和|同)(?:你|妳)(?:说|讲)(?:过|咗|了)[，,]?(?=去|别|不要|唔好|要|先|等|自己|到|在)",
        "“都说了…”显得不耐烦",
        "'As I already said…' sounds impatient",
        check=_at_clause_head_or_agent,
    ),
    # 缺货就缺货 / 寄咗就寄咗啦: the same words twice, closing the matter.
    _curt(
        "就",
        4,
        r"((?:不|没|无|冇|唔)?[\u4e00-\u9fff]{2,3}?)就\1(?:啦|了|喇|咯)?(?=[，,。.!！;；\s]|$)",
        "“缺货就缺货”是在堵顾客的嘴",
        "'Out of stock is out of stock' shuts the customer out",
        check=_no_help,
    ),
    # 冷静一点 / 你这样我怎么处理: the customer's manner put in the wrong.
    _curt(
        "冷静|这样|咁样|这么|激动|冲动|听我|深呼吸",
        6,
        r"(?:你|您|妳)?(?:先)?(?:冷静(?!期)|深呼吸)(?:一点|一下|点|啲|些)?"
        r"|(?:你|您|妳)?(?:先)?(?:别|不要|莫|唔好)(?:这么|那么|太)?(?:激动|冲动)(?!消费|购物|下单|购买)"
        r"|(?:先)?听我(?:把话)?(?:说|讲)完"
        r"|(?:你|您|妳)(?:这样|咁样|这么)(?:讲|说|闹|吵|骂)?[，,]?(?:我|我们|我哋)(?:也|都)?(?:没办法|没法|怎么|点|点样|无法|很难)"
        r"(?:(?:同你|帮你|帮您|给你|给您|跟你)?(?:处理|帮|搞|弄)|帮(?:你|您|妳))"
        r"|(?:你|您|妳)(?:这样|咁样|这么)(?:讲|说|闹|吵|骂)[，,]?(?:我|我们|我哋)(?:也|都)?(?:没办法|没法)"
        + CLAUSE_END,
        "叫顾客“冷静”或怪顾客的态度会激化矛盾",
        "Telling the customer to calm down, or blaming their manner, inflames it",
        check=_not_us_at_head,
    ),
    # 你是第一次网购吗: the customer's experience put down.
    _curt(
        "第一次",
        4,
        r"(?:你|您|妳)(?:是)?第一次(?:网购|上网|买东西|用手机|网上购物)|第一次(?:网购|上网|网上购物)(?:吧|吗|么|啊|[？?])",
        "问顾客“是不是第一次网购”居高临下",
        "Asking whether it is their first time shopping online talks down to the customer",
    ),
    # 您的要求太过分了: the customer's request judged.
    _curt(
        "过分|无理|离谱|荒唐|可笑|奇葩|幼稚|无聊|低级|求太多|求那么多|求这么多|求真多|求好多|求也太多|求也那么多|求也这么多|求不合理|求很不合理|求太不合理|求也不合理|求有点不合理",
        8,
        r"(?:要求|问题|想法|说法)(?:也)?(?:太|很|有点|实在|真|非常|好)(?:过分|无理|离谱|荒唐|可笑|奇葩|幼稚|无聊|低级)"
        r"|要求(?:也)?(?:太|那么|这么|真|好)多|要求(?:也|很|太|有点)?不合理",
        "评判顾客的要求“太过分”是冒犯",
        "Judging the customer's request as unreasonable offends them",
    ),
    # 运费自己出: the cost pushed onto the customer, bare.
    _curt(
        "自己出|自己付|自己承担|自己掏|自费",
        6,
        r"(?:运费|邮费|费用|钱|差价|路费|维修费)(?:你|妳)?(?:要)?(?:自己(?:出|付|承担|掏)|自费)",
        "“运费自己出”说得太生硬",
        "'You pay the postage' is too blunt",
        check=_not_softened,
    ),
    # 有事说事 / 见多了: the customer hurried or lumped in with the rest (明天再说 puts the
    # shop's hours first: self-centred, not curt).
    _curt(
        "说事|讲事|快说|直说|见多|见得多|重点",
        14,
        r"有(?:事|话)(?:说事|讲事|快说|直说|快讲)|(?:说|讲)重点"
        r"|(?:这种|这样的|这类|你这种|您这种|你这样的|您这样的)(?:人|情况|客户|买家|顾客|客人|问题|事)"
        r"[^，,。！？!?\n]{0,6}?见(?:得)?多了",
        "“有事说事”是在催赶顾客",
        "'Get to the point' hurries the customer",
        check=_curtly_said,
    ),
    # 那就退吧 / 取消吧: a go-ahead given with a shrug, a clause of its own.
    _curt(
        "吧",
        6,
        r"(?:那|那就|就|你就|妳就|那你就|那您就)?(?:退款|退货|换货|退|换|取消|投诉|申请|买|拍|差评|给|写|评)(?:了)?吧"
        + CLAUSE_END,
        "“那就退吧”像是不耐烦地打发顾客",
        "'Fine, return it then' sounds like a shrug",
        check=_shrugged,
    ),
    # 等系统恢复吧: a bare order to wait.
    _curt(
        "等",
        0,
        r"等(?![我咱着著])[^，,。！？!?\n您]{1,6}?吧" + CLAUSE_END,
        "光说“等…吧”显得冷淡",
        "A bare 'just wait for it' sounds cold",
        check=_ordered_unaddressed,
    ),
    # 您到底要不要 / 你究竟买不买 / 到底还退不退了: pressing the customer for an answer.
    _curt(
        "到底|究竟",
        4,
        r"(?<![说降一查追管底坚奉])(?:(?:你|您|妳|亲)(?:们)?)?(?:到底|究竟)(?:还|是)?(?:想|要)?"
        r"(?:[\u4e00-\u9fff]{0,2}?)([\u4e00-\u9fff])(?:不|唔|没)\1"
        r"|(?:你|您|妳|亲)(?:们)?(?:到底|究竟)(?:还)?(?:想|要|是|在|有|能)",
        "追问顾客“到底要不要”显得不耐烦",
        "Pressing the customer ('do you want it or not?') sounds impatient",
        check=_no_help,
    ),
    # 没货就是没货 / 不行就是不行: a tautology that ends the discussion (规定就是规定, a rule as a
    # wall, is blame-policy's).
    _curt(
        "就是|就系|便是",
        7,
        r"((?:不|没|无|冇|唔|别)[\u4e00-\u9fff]{1,3}?|[\u4e00-\u9fff](?:不|唔)[\u4e00-\u9fff]{1,2}?|这个价|原价|定价|价格)"
        r"(?:就是|就系|便是)\1",
        "“没货就是没货”这种说法是在堵顾客的嘴",
        "'No means no' shuts the customer out",
        check=_final,
    ),
    # 爱信不信 / 爱退不退 / 爱买唔买: take it or leave it.
    _curt(
        "爱",
        0,
        r"爱([^不唔\s，,。！？!?、]{1,2}?)(?:不|唔)\1|爱([\u4e00-\u9fff]{1,2}?)(谁|哪里|哪儿|哪|什么|啥|怎么样?|咋)\2\3",
        "“爱信不信”是在赌气",
        "'Believe it or not, up to you' sounds sulky",
    ),
    # 嫌贵别买 / 嫌慢就别等了 / 嫌麻烦可以不退: the customer's complaint turned against them.
    _curt(
        "嫌",
        0,
        r"(?<!不)嫌(?!弃)[\u4e00-\u9fff]{1,4}?(?:的话)?[，,]?(?:那)?(?:就|可以|大可)?"
        r"(?:别|不要|不用|甭|莫|唔好|不)(?:买|拍|要|下单|等|退|换|用|来|问|申请|购买)",
        "“嫌贵别买”是在赶顾客走",
        "'If it is too dear, do not buy' drives the customer away",
        check=_no_help,
    ),
    # 要买就买，不买拉倒 / 不要就算了: take it or leave it.
    _curt(
        "拉倒|算了|算数|就算|就",
        4,
        r"拉倒|(?:不|唔)(?:买|要|拍|想要|喜欢|信|需要)(?:就|的话)?算(?:了|数|啦|喇|嘞)?(?=[，,。.!！;；\s]|$)"
        r"|(?:不|唔)(?:买|要)(?:的话)?就(?:走|离开|出去)(?:啦|吧|喇)?(?=[，,。.!！;；\s]|$)"
        r"|(?:要|想|爱)(买|拍|要)就\1(?![的了])"
        r"|(?<=[你您妳])(?:要|想)([\u4e00-\u9fff]{1,2}?)就\2(?:吧|呗|好了|啦)?(?![的了\u4e00-\u9fff])",
        "“不要就算了”是在赌气",
        "'Take it or leave it' sounds sulky",
    ),
    # 反正就这样了 / 反正不退: closing the matter without a reason.
    _curt(
        "反正",
        0,
        r"反正(?:就|也|都|我们|这边|我|店里)?[^，,。！？!?\n]{0,4}?"
        r"(?:就这样|这样了|是这样|没办法|没有办法|没法|不行|不能|不可以|不退|不换|不改|不补|不管|没用|不讲价|不议价"
        r"|不负责|不承担|不处理|不理"
        r"|都一样|没得|冇得|唔得|系咁|咁样|咁)",
        "“反正就这样”是在敷衍顾客",
        "'That is how it is anyway' brushes the customer off",
        check=_no_help,
    ),
    # 我们这里就这样 / 本来就是这样的 / 价格就这样: the matter closed with "that's how it is".
    _curt(
        "这样|咁|这个价|这价",
        7,
        r"(?:本来|一直|向来|从来|一向|我们|这里|这边|店里|我家|我们家|价格|价钱|东西)(?:这里|这边|家|店)?"
        r"(?:就|都|也)?(?:是)?(?:这样|这个样|咁|系咁)(?:的|嘅)?(?:了|啦|喇)?"
        + CLAUSE_END
        + r"|(?:都|全)(?:是|系)(?:这样|这个样|咁)(?:的|嘅)?"
        + CLAUSE_END
        + r"|就(?:是)?这(?:个)?价(?:钱|格)?(?:了)?(?=[，,。.!！;；\s]|$)",
        "“我们就这样”是在敷衍顾客",
        "'That is just how it is' brushes the customer off",
        check=_final,
    ),
    # 看不懂中文吗 / 理解能力有问题 / 智商: the customer's understanding put down.
    _curt(
        "|".join(a + b for a in ("理解", "阅读", "识字", "认字", "语文") for b in ("能力", "水平", "力"))
        + "|识字|认字|智商|脑子|长眼|眼瞎",
        2,
        r"(?:理解|阅读|识字|认字|语文)(?:能力|水平|力)"
        r"|(?:识|认)(?:不|唔)(?:识|认)字|智商(?:有问题|没问题|低|不够|堪忧|不在线|欠费)"
        r"|(?:动动|用用|长点|带)脑子|脑子(?:进水|有问题|不好使|坏了|秀逗)|没(?:长)?脑子|没长眼(?:睛)?|眼瞎",
        "贬低顾客的理解能力是冒犯",
        "Putting down the customer's understanding offends them",
        check=_about_the_customer,
    ),
    # 这是常识 / 这点常识都没有: the question called common knowledge.
    _curt(
        "常识",
        4,
        r"(?<!小)(?:最)?(?:基本|基础|生活|起码)?(?:的)?常识(?:问题)?(?=[的啊呀哦嘛吧了啦呢]*(?:\s|$|[，,。.!！?？~～;；…]))"
        r"|常识(?:都|也)(?:没有|不懂|不知道|没|冇|唔知)",
        "说顾客的问题是“常识”居高临下",
        "Calling the question common knowledge talks down to the customer",
        check=_copula_before,
    ),
    # 页面上写得清清楚楚 / 我说得很清楚了: what was written held against the reader.
    _curt(
        "得清|得明|得详|得很|得好|得非常|得十分|得相当|得都|得已经|的清|的明|的详",
        3,
        r"(?:写|标|说|讲|注|列|标注|注明|说明|解释|介绍|交代)(?:得(?:很|非常|十分|相当|已经|都|好)?|的)"
        r"(?:清清楚楚|明明白白|清楚|明白|明确|详细|清晰)(?:了|的)?",
        "“写得清清楚楚”是在指责顾客没看",
        "'It is written plainly' blames the customer for not reading",
        check=_held_against_reader,
    ),
    # 投诉去吧 / 查物流去: sending the customer off to do it.
    _curt(
        "去",
        8,
        r"(?:查|问|找|投诉|告|申请|举报|闹|看)[^，,。！？!?\n我]{0,6}?去(?:吧|呗|啊|啦)?" + CLAUSE_END,
        "“投诉去吧”是在打发顾客",
        "'Go and complain' brushes the customer off",
        check=_told_to_do_it,
    ),
    # 看图。/ 去看公告 / 看详情页: a bare order to go and read.
    _curt(
        "看|参考|参阅|查阅|详见",
        1,
        r"(?:去)?(?:看|参考|参阅|查阅|详见)(?:图|图片|详情(?:页)?|说明(?:书)?|公告|页面|描述|主图|视频|评价|置顶|上面|下面|聊天记录"
        r"|记录|截图|帮助中心|常见问题|须知|条款|规则)(?:第[^，,。！？!?\n]{1,4}?[条项点])?"
        r"(?:吧|去|啊|啦|呗)?" + CLAUSE_END,
        "光说“看图”是在打发顾客",
        "A bare 'look at the picture' brushes the customer off",
        check=_ordered,
    ),
    _curt(
        "自己|自个",
        1,
        r"(?:你|妳)?自(?:己|个儿?)(?:先)?(?:去)?(?:看|睇)(?![着著到过了见])(?:返)?(?:吧|去|啊|呗|啦)?" + CLAUSE_END,
        "“自己看”像在打发顾客",
        "'Look it up yourself' brushes the customer off",
        "您可以查看一下哦",
        _not_softened,
    ),
    # 自己看订单详情: the object follows, so the particle cannot close the clause.
    _curt(
        "自己|自个",
        1,
        r"(?:你|妳)?自(?:己|个儿?)(?:先)?(?:去)?(?:看|睇)(?![着著到过了见吧去啊呗啦\s，,。！？!?])(?:返)?",
        "“自己看”像在打发顾客",
        "'Look it up yourself' brushes the customer off",
        "您可以查看",
        _not_softened,
    ),
    _curt(
        "自己|自个",
        1,
        r"(?:你|妳)自(?:己|个儿?)(?:去|来)?(?:查|弄|搞|操作|申请|处理|解决|联系|找|搵|揾|想办法|决定)(?![坏丢错掉破断烂伤])",
        "“你自己…”把事情推给顾客",
        "'Do it yourself' pushes the work onto the customer",
        check=_not_softened,
    ),
    _curt(
        "自己|自个",
        0,
        r"自(?:己|个儿?)(?:去|先|再)?(?:查|找|搵|揾|问|搜|翻|对照|核对|对|量|算|想办法|处理|解决|联系|联络|申请|弄|搞|操作|判断|研究|琢磨"
        r"|下载|登录|安装|设置|揀|拣|选|挑|爬文|关注|领|修|开(?:一)?(?:家|间)(?:店)?)(?![坏丢错掉破断烂伤的])"
        r"|自(?:己|个儿?)(?:去|到|来|跟|和|向|拿去|上门|出去|跑)[^，。！？,!?]{0,6}?"
        r"(?:看|查|找|申请|操作|提交|填|联系|联络|问|下载|登录|安装|设置|买|拿|取|修|反应|反映|换|寄|办|交)",
        "“自己去查”把事情推给顾客",
        "'Go and look it up yourself' pushes the work onto the customer",
        check=_told_to_do_it,
    ),
    # 请自行详阅 / 请自行查看: the customer left to read it alone (自行联系 + a third party is
    # blame-shift's).
    _curt(
        "自行",
        4,
        # (a particle after it, 还请您自行查看呢, makes it guidance)
        r"(?:请|请您|您|你)?自行(?:详阅|阅读|查看|爬文)(?![呢哦哈喔哟~～])",
        "“请自行查看”把事情推给顾客",
        "'Please read it yourself' pushes the work onto the customer",
        check=_no_help,
    ),
    _curt(
        "去问|去找|去查|去联系|去咨询",
        2,
        r"(?:你|妳)(?:就)?去(?:问|找|查|联系|咨询)",
        "“你去问”像在打发顾客",
        "'Go and ask' brushes the customer off",
        check=_ordered,
    ),
    _curt(
        "|".join(v + n for v in "听看睇" for n in "不唔") + "|不识字|唔识字",
        2,
        r"(?:你|妳|您)?(?:是)?(?:(?:听|看|睇)(?:不|唔)(?:懂|明白|明)|(?:不|唔)识字)(?:吗|么|嘛|啊|咩)?",
        "反问顾客“听不懂吗”有指责意味",
        "Asking 'don't you understand?' blames the customer",
        check=_at_the_customer,
    ),
    _curt(
        "懂了|明白了",
        2,
        r"(?:听|看)?(?:懂|明白)了(?:吧|没|没有)",
        "“听懂了吧”居高临下",
        "'Got it now?' talks down to the customer",
        check=_not_polite_question,
    ),
    _curt(
        "没看",
        2,
        r"(?:你|妳)?(?:是)?(?:没看到|没看见)(?:吗|么|嘛)",
        "反问顾客“没看到吗”有指责意味",
        "Asking 'didn't you see it?' blames the customer",
        check=_not_polite_question,
    ),
    _curt(
        "说了|说过|讲了|讲过|告诉|回复|解释",
        7,
        r"(?:我)?不是(?:已经|都|早就)?(?:跟|和|给)?(?:你|您|妳)?(?:说|讲|告诉|回复|解释)(?:过)?(?:你|您|妳)?了(?:吗|嘛|么)?",
        "“不是说了吗”显得不耐烦",
        "'Didn't I tell you?' sounds impatient",
    ),
    _curt(
        "说了|说过|讲了|讲过|告诉过",
        6,
        r"(?:已经|都|早就|我)(?:跟|和|给)?(?:你|您)?(?:说|讲|告诉(?:你|您|妳)?)过(?:你|您|妳)?"
        r"(?:了|(?:很多|好几|多少|无数|N|几|两|三)(?:次|遍))"
        r"|(?:(?:跟|和|给)(?:你|您|妳))?(?:说|讲|告诉(?:你|您|妳)?)了(?:多少|几|很多|好几|无数)(?:遍|次)",
        "“说过了”显得不耐烦",
        "'I already said so' sounds impatient",
        check=not_question,
    ),
    _curt(
        "好了|就是了|按我|照我|照着我|按着我|照著我|按著我|按照我",
        6,
        r"(?:你|妳)?(?:放心|等[着著]?|拍|买|用|退|看)(?:好了|就是了)(?![吗么嘛])"
        r"|(?:按|照)(?:着|著|照)?(?:我|我们)(?:说|讲|教|写|发|给|告诉(?:你|您|妳)?)的(?:步骤|方法|流程|链接|教程)?(?:去)?(?:做|来|操作|弄|办)?(?:就行|就好|就可以|就是|就对)?了?",
        "“放心好了/按我说的做”是在命令顾客",
        "'Just do as I say' orders the customer around",
        check=_not_softened,
    ),
    # How many times we said it: 我都解释三遍了, 说过很多遍了.
    _curt(
        "遍|次",
        12,
        r"(?:说|讲|告诉|解释|回复|回答|强调|提醒|问)(?:过|了)?(?:你|您|妳)?(?:好多|很多|好几|多少|无数|N|几|两|三|四|五|八百|几百|一百|[0-9]+)(?:遍|次)(?:了)?",
        "“说过很多遍了”显得不耐烦",
        "'I have said it many times' sounds impatient",
        check=not_question,
    ),
    # 上面不是写着吗: the page as a rebuke.
    _curt(
        "写着|写著|写了|写过|标着|标著|标了|注明|写明|标明",
        4,
        r"不是(?:都|已经)?(?:写[着著]|写了|写过|标[着著]|标了|注明了|写明了|标明了)(?:的)?(?:吗|么|嘛)",
        "“不是写着吗”有指责意味",
        "'Isn't it written there?' blames the customer",
    ),
    _curt(
        "等着|等著|慢慢等|等就是",
        6,  # the subject and its adverbs go with it: 你们就等着吧 -> 请您耐心等待一下哦
        r"(?:你们|妳们|你|妳)?(?:就|也|只能|只好)?(?:慢慢)?等[着著](?:吧|就行|就好|就是了)"
        r"|(?:你们|妳们|你|妳)?(?:就)?慢慢等吧|(?:你们|妳们|你|妳)?(?:就)?等就是了",
        "“等着吧”显得冷淡",
        "'Just wait' sounds cold",
        "请您耐心等待一下哦",
    ),
    # 已经跟您说了 / 刚才都讲过了: the agent's patience running out.
    _curt(
        "说了|讲了|说过|讲过|告诉|解释过|强调过|回答过|回复过|答过",
        8,
        r"(?:已经|都|早就|刚才|刚刚)(?:有)?(?:跟|和|给|同)?(?:你|您|妳)?(?:说|讲|告诉|解释|强调|回答|回复|答)(?:过)?(?:你|您|妳)?了"
        + CLAUSE_END,
        "“已经跟您说了”显得不耐烦",
        "'I told you already' sounds impatient",
        check=_told_not_invited,
    ),
    # Counting the customer's questions: 回答第三遍了, 第几次问了.
    _curt(
        "第",
        0,
        r"第(?:几|(?!一[次回遍])[一二三四五六七八九十两0-9]+)(?:遍|次|回)",
        "数顾客问了几遍显得不耐烦",
        "Counting how often the customer asked sounds impatient",
        check=_counts_asking,
    ),
    # 不是说过…吗: a rhetorical question about what was said before.
    _curt(
        "说过|讲过|告诉过|写过|跟你说|跟你讲|和你说|和你讲|跟妳说|跟妳讲",
        8,
        r"不是(?:已经|都|早就)?(?:跟|和|给)?(?:你|您|妳)?(?:说|讲|告诉|写)过[^。！？!?\n]{0,20}?(?:吗|么|嘛|[？?])"
        r"|不是(?:已经|都|早就)?(?:跟|和)(?:你|妳)(?:说|讲)[^。！？!?\n]{0,20}?(?:吗|么|嘛|[？?])",
        "“不是说过…吗”显得不耐烦",
        "'Didn't I say…?' sounds impatient",
    ),
    # 行行行 / 好好好 / 知道了知道了: a repeated yes that means "stop".
    _curt(
        "行行|好好|是是|对对|行，行|好，好|是，是|对，对|知道了知道了|知道了，知道了|行了|好了|够了",
        0,
        r"(行|好|是|对|知道了)(?:，?\1){2,}(?![的看听用玩吃])|(行了|好了|够了)[，,\s]?\2(?![的看听用玩吃])",
        "连声“行行行”显得不耐烦",
        "A repeated 'fine, fine, fine' sounds impatient",
        check=_at_clause_head,
    ),
    # 不信的话你可以别买 / 不相信就自己去检测: a dare instead of reassurance.
    _curt(
        "不信|不相信",
        3,
        r"(?:你|您|妳)?(?:不信|不相信)(?:的话)?(?:你|您|妳)?(?:可以|就|大可|尽管)(?:不买|别买|去|拿去|自己)",
        "“不信的话你可以别买”是在跟顾客赌气",
        "'Don't buy it if you don't believe us' dares the customer",
        check=_final,
    ),
    # 重启一下路由器再说 / 等经理回来再说: put off, with nothing offered.
    _curt(
        "再说|再讲",
        0,
        r"再(?:说|讲)(?:吧|啦)?" + CLAUSE_END,
        "“…再说”是在推脱顾客",
        "'We will see later' puts the customer off",
        check=_put_off,
    ),
    # 你要搞清楚，… / 你听好了，… / 告诉你，…: a lecture opened at the customer.
    _curt(
        "明白|搞清楚|看清楚|听好|听清楚|告诉你|告诉妳",
        3,
        r"(?:^|(?<=[。！？!?\n，,]))(?:(?:你|妳)(?:要|得|给我)?(?:明白|搞清楚|看清楚|听好|听清楚)(?:了)?|告诉(?:你|妳))(?=[，,：:！!])",
        "“你要明白/告诉你”是在训斥顾客",
        "'Get this straight' lectures the customer",
    ),
    # 你老是问… / 你总是催: the customer's asking held against them.
    _curt(
        "一直|老是|总是|天天|不停",
        3,
        r"(?:你|妳)(?:一直|老是|总是|天天|不停地?)(?:问|催|发消息|打电话|撤回)(?![的题])",
        "抱怨顾客“一直问”显得不耐烦",
        "Complaining that the customer keeps asking sounds impatient",
        check=_no_help,
    ),
    # 不会装就看视频 / 百度一下就知道: the customer told to look it up.
    _curt(
        "就看|就百度|就搜|就查|就上网|就去|百度一下|一搜",
        8,
        r"(?:不会|不懂|不知道)(?:弄|用|装|操作)?(?:的话)?就(?:去)?(?:看|百度|搜|查|上网)|百度一下就(?:有|知道)|一搜一大把",
        "叫顾客“不会就自己去搜”是在打发顾客",
        "Telling the customer to look it up brushes them off",
        check=_no_help,
    ),
    # 要么补差价，要么换便宜的: an ultimatum with nothing else on offer.
    _curt(
        "要么",
        0,
        r"要么[^，,。！？!?\n]{1,6}[，,]\s*要么[^，,。！？!?\n]{1,6}",
        "“要么…要么…”是在给顾客下最后通牒",
        "'Either this or that' gives the customer an ultimatum",
        check=_final,
    ),
    # 是你不会装 / 说明你不会操作: the customer's skill blamed.
    _curt(
        "是你|是您|是妳|明你|明您|明妳",
        2,
        r"(?:是|说明|就是)(?:你|您|妳)(?:自己)?不会(?:用|弄|装|操作|安装)",
        "说顾客“不会用”是在贬低顾客",
        "Saying the customer cannot use it talks down to them",
    ),
    # 我哪知道 / 我哪记得: a rhetorical question pushing the customer's question back.
    _curt(
        "哪知|哪记|哪晓|哪清|哪里|怎么知|怎么记|怎么晓|怎么清|点知",
        2,
        r"(?:我|我们|我哋)(?:哪|哪里|怎么)(?:知道|记得|晓得|清楚)|(?:我|我哋)点知",
        "“我哪知道”是在反问顾客",
        "'How would I know?' throws the question back at the customer",
    ),
    # 自己看清楚再下单 / 想清楚了再来问: told to come back when they have done their homework.
    _curt(
        "清楚再|清楚了再|清楚后再|清楚了后再|清楚先|再留言|再评论|再评价|再投诉",
        12,
        r"(?:自己)?(?:看|睇|想|弄|搞|问)清楚(?:了)?(?:再|后再|先(?:好|再)?)(?:来|嚟)?"
        r"(?:下单|拍|买|购买|问|找|咨询|留言|评论|评价|投诉)"
        r"|(?:自己)?(?:看|睇|想|弄|搞|问)清楚(?:了)?[^，,。！？!?\n]{1,4}?(?:再|后再)(?:留言|评论|评价|投诉)",
        "“自己看清楚再下单”是在教训顾客",
        "'Read it properly before ordering' lectures the customer",
        check=_lecturing,
    ),
    # 下次长点心 / 下次看清楚再拍: lecturing the customer about their next purchase.
    _curt(
        "下次|以后|长点心",
        0,
        r"(?:下次|以后)(?:买东西|购买|下单|拍)?(?:[^，。！？,!?]{0,4}?)(?:长点心|注意点|注意一点|看清楚(?:点|一点)?(?:再)?|仔细点|别再|不要再"
        r"|(?:早点|早啲|早些)(?:来|落单|下单|买|拍|说)|记得先)"
        r"|长点心",
        "“下次长点心”是在教训顾客",
        "'Be more careful next time' lectures the customer",
        check=_not_softened,
    ),
    _curt(
        "爱买不买|不买|爱要不要|随便你|随便您|随便妳|随你|随您|你爱怎么|想怎样|想怎么样|你到底|我问谁|我又问谁|我怎么知道|烦不烦|有完没完|问了|投诉|看着办|看著办|爱咋咋|去告"
        "|啰嗦|啰唆|罗嗦|烦人|事多|事儿多|矫情|无理取闹|找茬|找碴|胡搅蛮缠|烦我|烦|吵|闹|买不起|打肿脸|嘴巴干净"
        "|不是我说|大惊小怪|白嫖|较真|占便宜|开心就好|高兴就好|真累|好累|太累|麻烦死了|真搞笑|冤大头|奥客|挑刺"
        "|带节奏|不候|义务|别太高|不要太高|别那么高|不要那么高",
        5,
        r"爱买不买|不买拉倒|不买就算了|爱要不要|随便(?:你|您|妳)(?![挑选看])|随(?:你|您)便|随你(?:吧|啦)?(?=[，,。.!！;；\s]|$)|你爱怎么"
        r"|(?:你|您|妳)(?:到底)?想怎(?:么)?样|你到底(?:想|要)"
        r"|问我[，,]?我(?:又)?问谁|我怎么知道|烦不烦|有完没完|别问了|(?:不要|别)再问了|(?:那)?你(?:就)?去(?:投诉|告)(?:吧|啊)?"
        r"|看[着著]办|爱咋咋"
        r"|(?:你|妳|您)(?:真|太|好|很)?(?:啰嗦|啰唆|罗嗦|烦人|事多|事儿多|矫情)|(?:真|太|好)(?:啰嗦|啰唆|罗嗦|烦人|事多|矫情)"
        r"|无理取闹|找茬|找碴|胡搅蛮缠"
        r"|(?:别|不要|唔好)(?:来)?(?:啰嗦|罗嗦|啰唆|烦我|烦(?![恼心躁])|吵|闹)|买不起|打肿脸充胖子|嘴巴干净"
        r"|不是我说(?:你|您|妳)|大惊小怪|白嫖|(?:别|不要)(?:太)?较真|(?:别|不要)想占便宜|(?:你|妳)(?:开心|高兴)就好"
        r"|(?:说话|沟通)(?:真|好|太)累|麻烦死了|真搞笑|冤大头|奥客|挑刺的人|带节奏|逾期不候|过时不候"
        r"|(?<![您你妳])(?:没有|没|并无|并没有)义务"
        r"|(?:要求|期望|标准)(?:别|不要|莫)(?:太|那么|这么)高",
        "这是冒犯顾客的说法",
        "This wording offends the customer",
    ),
    # 关你什么事 / 你管得着吗 / 你的味觉有问题 / 别乱评 / 请自重: the customer told off.
    _curt(
        "关你|关您|关妳|管得着|乱弄|乱搞|乱动|乱拆|乱装|乱用|乱改|味觉|味蕾|舌头|眼光|品味|审美|眼睛|耳朵|脑袋|乱留言|乱打电话|乱投诉|乱评|乱说|乱讲|乱写|乱给|乱打|乱喷|自重",
        4,
        r"(?:你|妳)?管得着(?:吗|么|嘛)?|关(?:你|您|妳)(?:什么|啥|屁|咩|乜)事"
        r"|(?:你|您|妳)(?:的)?(?:味觉|味蕾|舌头|眼光|品味|审美|眼睛|耳朵|脑袋)(?:是不是)?(?:有问题|不行|有毛病|太差|很差|瞎了|坏了)"
        r"|(?:别|不要|请勿|勿)(?:再)?乱(?:评|评论|评价|说|讲|写|给评|给分|打分|喷|留言|打电话|投诉)"
        r"|(?:不会|不懂)(?:的话)?就(?:别|不要)乱(?:弄|搞|动|拆|装|用|改)"
        r"|请(?:你|您|妳)?自重(?![0-9一二三四五六七八九十约仅为轻重])",
        "训斥顾客（关你什么事、别乱评、请自重）是冒犯",
        "Telling the customer off offends them",
        check=_no_help,
    ),
    # Hostility: a threat or a curse aimed at the customer (再闹我就报警, 老子, 不得好死).
    _curt(
        "保安|警察|信不信|告你|告妳|起诉你|起诉妳|拉黑|告上|报警|弄死|搞死|打死|整死|收拾|老子|老娘|没完|杠上|走着瞧|走著瞧|点好看|你好看|妳好看|颜色看|算账|不得好死|得癌|去死|死全家|入土",
        8,
        r"(?:我|我们|我哋|老子)(?:就|会|要|可|便|马上|一定|迟早|也|可就)+(?:找人)?(?:去)?"
        r"(?:报警|弄死|搞死|打死|整死|收拾|教训)(?:你|妳|您)?"
        r"|(?:一系|不然|否则|要不然)(?:我|我们|我哋)(?:就)?报警"
        r"|(?:弄死|搞死|打死|整死|收拾)(?:你|妳)|老子|老娘"
        r"|(?:跟|和|同)(?:你|妳|您)(?:没完|杠上了?)|走[着著]瞧|(?:给|俾)(?:你|妳)(?:点)?(?:好看|颜色看)"
        r"|(?:再|还)(?:闹|吵|骂|来)[^，。！？,!?\n]{0,3}?(?:我|我们)?(?:就)?(?:叫|喊|找)(?:保安|警察)"
        r"|信不信(?:我|老子|我们)|(?:我|我们|老子)(?:就|会|要|马上|一定)+(?:去)?(?:告|起诉)(?:你|妳)"
        r"|(?:把)?(?:你|妳)(?:拉黑|告上法庭)"
        r"|找(?:你|妳)算账|不得好死|(?:会|要)?得癌|去死|死全家|(?:祝|愿)[^，。！？,!?\n]{0,6}?入土",
        "威胁或诅咒顾客是严重的冒犯",
        "Threatening or cursing the customer is a grave offence",
        check=_hostile,
    ),
    # 你这种人 / 像你这样的客人: the customer typed as a kind of person (您这样的老顾客 praises).
    _curt(
        "|".join(
            d + n
            for d in ("这种", "这样的", "这样", "这类", "这个", "这", "这些", "这班")
            for n in ("人", "客", "顾客", "买家")
        ),
        4,
        _YOU + r"(?:这种|这样的?|这类|这个?|这些|这班)(?:人|客人|顾客|客户|买家)(?!员)|您这种人",
        "把顾客说成“你这种人”是人身攻击",
        "Calling the customer 'your kind' is a personal attack",
        check=_typed_with_contempt,
    ),
    # 脑子被门夹了 / 算你倒霉 / 活该 / 呸 / 烦死了: an insult or a sneer.
    _curt(
        "|".join(y + a + w for y in "你妳" for a in ("是不是", "真", "太", "好", "") for w in "傻蠢笨")
        + "|运气不好|烦死|吵死|脑子|倒霉|活该|缺德|毒瘤|神经病|脑残|白痴|呸|滚|死了|有病|老几|什么东西"
        + "|懂什么|懂啥|懂个|不差你|不差您|不差妳|去去去|装懂|配评|配说|配讲|配吃|配用|配买"
        + "|参考价值|毫无价值|没有价值|没什么价值",
        12,
        r"脑子(?:是不是)?(?:被|让|给)[^，。！？,!?\n]{0,3}?(?:夹|挤|踢|撞)"
        r"|算(?:你|您|妳)(?:倒霉|活该|运气不好)|活该|缺德|毒瘤|神经病|脑残|白痴"
        r"|(?:你|妳)(?:是不是)?有病(?![史的])(?:吧|啊)?|(?:你|妳)(?:是不是|真|太|好)?(?:傻|蠢|笨)(?![眼瓜子蛋手])(?:啊|吧|呀)?(?=[，,。.!！?？\s]|$)|(?:你|妳)算(?:老几|什么东西)|(?:你|妳)懂(?:什么|啥|个屁|个啥)"
        r"|不差(?:你|您|妳)(?:这一|这|一)(?:个|单|位)|去去去|装懂|(?:你|您|妳)(?:也)?配(?:评论|评价|说|讲|吃|用|买)"
        r"|(?:你|您|妳)的(?:评论|评价|意见|差评)[^，,。！？!?\n]{0,4}?(?:毫无|没有|没什么)(?:参考)?价值"
        r"|(?:^|(?<=[，,。.!！?？\s]))(?:呸+|滚(?:蛋|开|出去)?)(?=[，,。.!！?？\s]|$)"
        r"|(?:烦|吵)死(?:了|人了?|我了)",
        "辱骂或嫌弃顾客是冒犯",
        "Insulting or sneering at the customer offends them",
        check=_no_help,
    ),
    # 你根本就不懂 / 您完全不了解这个行业 / 跟您讲您也不会明白的: the customer's understanding denied.
    _curt(
        "不懂|不明白|不理解|不了解|不知道|不会理解|不会懂|不会明白|不懂事",
        10,
        r"(?:你|妳|您)(?:们)?(?:根本|完全|压根|一点都|就是|真是|是|还是|也)*(?:就)?"
        r"(?:不" + _MIND + r"|不会(?:懂|明白|理解))(?:的)?"
        r"(?:这个|这些|这种|这一?行|这个行业|这个问题|问题|行情|规矩)?(?=[的啊吧了呀。.!！…\s]*(?:[，,。.!！…;；\s]|$))",
        "说顾客“根本不懂”是在贬低顾客",
        "Telling the customer they do not understand talks down to them",
        check=_denies_understanding,
    ),
    # 快点说 / 大声点 / 外面排队去 / 回去拿…再来 / 把发票拿来 / 看门口的告示 / 别进来了: bare orders.
    _curt(
        "快点|快些|快一点|赶紧|赶快|大声|小声|排队去|等着去|等著去|写去|办去|换去|补去|回去|回家|拿|门口|走开|让开|一边去|靠边|边儿去|别挡|出去|磨蹭|磨叽|墨迹|拖拉|给我|说话|插嘴|吭声|闭嘴|住口|跟我|和我|门都没有|没门|不买|唔买|墙上|那边|那儿|那里|隔壁|对面|上面|下面|旁边|外面|进来了|来了|来啦|搞错|弄错|问去|交去",
        6,
        r"(?:你|妳)?(?:快点|快些|快一点|赶紧|赶快)(?:去|来|给我)?"
        r"(?:说|讲|交|排队|填|写|签|走|拿|办|给|过来|出去|离开|滚)"
        r"|(?:说|讲)?(?:大声|小声)(?:一)?(?:点|些|啲)(?:说|讲)?"
        r"|(?:外面|外边|那边|旁边|后面|门口|别处)?(?:排队|等[着著]|写|办|换|补|问|交)去(?:吧|啊)?(?=[，,。.!！\s]|$)"
        r"|(?:^|(?<=[，,。.!！?？\s]))(?:你|妳)?(?:先)?(?:回去|回家)(?:让|叫|把|补|拿|取|找|问|重新|填|写|带)"
        r"|(?:^|(?<=[，,。.!！?？\s]))(?:你|妳)?(?:快点|快些|快一点|快啲)(?:吧|啦)?(?=[，,。.!！\s]|$)"
        r"|(?:你|妳)?给我(?:出去|滚|闭嘴|听着|听好|站住|走开|安静|小心点|注意点|记住)"
        r"|(?:你|妳)?(?:先)?(?:别|不要)(?:说话|插嘴|吭声)|闭嘴|住口"
        r"|(?:少|别|不要)(?:跟|和|给)我(?:来这一?套|装|扯|废话|讲道理|耍花样|(?:说|讲)(?:这些|那些|这个|那么多))|门都没有|没门儿?(?=[，,。.!！\s]|$)"
        r"|(?:^|(?<=[，,。.!！?？\s]))(?:走开|让开|一边去|靠边站|边儿去|别挡[着著]|(?:你)?(?:先)?出去(?:等|等[着著]|排队)?(?=[，,。.!！\s]|$))"
        r"|(?:别|不要)(?:磨蹭|磨叽|墨迹|拖拉)"
        r"|(?:不|唔)买(?:的话|嘅|的)?(?:就)?(?:别|不要|勿|唔好)(?:摸|碰|动|乱动|乱摸|试|看|问|掂|企)"
        r"|(?:^|(?<=[，,。.!！?？\s]))(?:那)?(?:你|妳)?(?:把[\u4e00-\u9fff]{1,6}?拿(?:过)?来|拿(?:出)?[\u4e00-\u9fff]{1,4}?(?:过)?来)"
        r"(?:吧|啊)?(?=[，,。.!！\s]|$)"
        r"|(?:^|(?<=[，,。.!！?？\s]))(?:你|妳)?(?:到|去)(?:那边|那儿|那里|隔壁|对面|旁边|外面)(?:去)?(?:吧|啊)?(?=[，,。.!！\s]|$)"
        r"|看(?:上面|下面|墙上|门口|那边|旁边|外面)(?:的)?[\u4e00-\u9fff]{1,4}?(?:吧|啊)?(?=[，,。.!！\s]|$)"
        r"|(?:^|(?<=[，,。.!！?？\s]))(?:你|妳)?(?:别|不要|唔好)(?:再)?(?:进|过)?来(?:了|啦)(?=[，,。.!！\s]|$)"
        r"|(?:你|妳)(?:不要|别)(?:搞|弄)错(?:了)?(?=[，,。.!！\s]|$)",
        "命令式地催顾客或支使顾客显得粗鲁",
        "Ordering the customer about sounds rude",
        check=_bare_order,
    ),
    # 已经打烊了，明天早点来 / 下班了，不办了: closing time used to turn the customer away.
    _curt(
        "下班|结账|结帐|关门|打烊|收档|收铺|收工|收咗",
        0,
        r"(?:下班|结账|结帐|关门|打烊|收档|收铺|收工|收咗(?:铺|档))(?:了|啦|咗|喇)",
        "用“下班了”把顾客打发走显得冷漠",
        "Turning the customer away with 'we are closed' sounds dismissive",
        check=_turned_away,
    ),
    # 你再不来签收我们就退回 / 等我忙完再说 / 大家又不是都围着你转: an ultimatum, our time first,
    # the customer told they are not the centre.
    _curt(
        "|".join(w + v for w in "就要" for v in ("退回", "取消", "关闭", "作废", "扔", "处理掉", "不管"))
        + "|等我|围着|围著|有空|有时间|得闲",
        18,
        r"(?:你|妳|您)(?:再)?不(?:来|过来)?(?:取|拿|付|交|签|回复|确认|领)[^，。！？,!?\n]{0,4}?(?:的话)?[，,]?"
        r"(?:我|我们)(?:可)?就(?:要)?(?:退回|取消|关闭|作废|扔|处理掉|不管)"
        r"|等我(?:有空|有时间|忙完|闲下来|闲了)(?:了)?再"
        r"|(?:有空|有时间|得闲)(?:再|才)(?:回|理|看|处理)(?:你|妳)?(?=[啦吧了]*(?:[，,。.!！\s]|$))"
        r"|(?:世界|地球|别人|大家|我们)(?:又)?(?:不是|不会)(?:都)?围[着著](?:你|您|妳)转",
        "用最后通牒或“等我有空”打发顾客是不尊重",
        "An ultimatum or 'when I have time' dismisses the customer",
        check=_no_offer_near,
    ),
    # 我们就这个态度 / 我能有什么办法？/ 赔得起吗 / 遗憾你会这样认为 / 总比没有强: defiance and shrugs.
    _curt(
        "这态度|这个态度|这种态度|这脾气|这个脾气|这种脾气|什么办法|啥办法|得起|遗憾|总比",
        8,
        r"(?:我|我们)(?:就|就是)这(?:个|种)?(?:态度|脾气)"
        r"|(?:我|我们)(?:又|能|还能|可)?有(?:什么|啥)办法"
        r"|(?:赔|买|负|担|付)得起(?:吗|么|[？?])"
        r"|遗憾(?:你|您|妳)(?:会)?(?:这么|这样)(?:想|认为|觉得|看)"
        r"|总比[^，。！？,!?\n]{1,8}?(?:好|强)(?=[吧啊了吗]*(?:[，,。.!！?？\s]|$))",
        "“我们就这态度/我能有什么办法”是在跟顾客顶撞",
        "'That is how I am / what can I do' defies the customer",
        check=_clause_end_or_asked,
    ),
    # 不配合者将删单 / 逾期未付款直接删单并拉黑 / 否则拉黑 / 请勿以身试法 / 逾时不候: a threat to the customer.
    _curt(
        "否则|不然|以身试法|不候",
        2,
        r"(?:否则|不然)(?:的话)?[，,]?(?:我们|我|本店)?(?:就|将|会|一律|直接|立即|马上)*(?:被|会被|将被)?(?:直接|永久)?"
        + _SANCTION
        + r"|(?:请勿|切勿|不要|别)以身试法|(?:逾|过)(?:期|时)不候",
        "用删单、拉黑、报警来威胁顾客",
        "Threatening the customer with sanctions (deleted orders, blacklists) alienates them",
        check=_threatened,
    ),
    # 你肯定弄错了 / 你一定是看错了 / 你还去骗别人啊 / 你是想讹我们吧: the customer accused.
    _curt(
        "错|骗|讹|敲诈|勒索|碰瓷|白嫖|故意|存心|有意|成心|没看|没有看|没仔细|没认真|没注意|没好好|不看|不会用|不会装|不注意|不仔细",
        10,
        # (with 您 the same sentence is read as blame only: blame-customer's)
        _YOU
        + r"(?:肯定|一定|绝对|明明|分明|根本|就是)(?:是)?(?:自己)?[弄搞看记填按写拍用装输算听]错(?:了)?|"
        + _YOU
        + r"(?:肯定|一定|绝对|明明|分明|根本)(?:是|就是)?"
        r"(?:故意|存心|有意|成心|没(?:有)?(?:看|仔细|认真|注意|好好)|不(?:看|会用|会装|注意|仔细))|"
        + _YOU
        + r"(?:还|又|就|就是|是不是|是|分明|明明){0,3}(?:想|要|去|来|在|又来)?(?:骗|讹|敲诈|勒索|碰瓷|白嫖)",
        "指责顾客弄错或骗人是在冒犯顾客",
        "Accusing the customer of a mistake or of cheating offends them",
        check=_condescends,
    ),
    # 你是饭桶 / 你这个废物 / 你怎么还没死: a name called or a curse.
    _curt(
        "饭桶|废物|蠢货|蠢猪|笨蛋|傻瓜|傻子|智障|弱智|垃圾|还没死|去死",
        8,
        _YOU + r"(?:是|真是|就是|这个|这种|个)?(?:饭桶|废物|蠢货|蠢猪|笨蛋|傻瓜|傻子|智障|弱智|垃圾)"
        r"(?!相机|机|式|分类|桶里|袋|箱|短信|邮件)"
        r"|(?:怎么|咋)还没死|(?:^|(?<=[，,。.!！?？\s]))(?:你|妳)?(?:去死|快去死)",
        "辱骂顾客是冒犯",
        "Name-calling the customer offends them",
    ),
    # 真麻烦，全是零钱 / 你真讨厌 / 好烦啊: the customer complained of to their face.
    _curt(
        "|".join(a + w for a in ("真", "好", "太", "是", "的") for w in ("麻烦", "讨厌", "烦")) + "|烦人",
        2,
        r"(?:真|好|太|真是|真的)(?:麻烦|讨厌|烦人|烦)(?:了|啊|呀|死了)?(?=[，,。.!！~～\s]|$)",
        "当着顾客抱怨“真麻烦”是在嫌弃顾客",
        "Complaining 'what a bother' in front of the customer rejects them",
        check=_said_at_head,
    ),
    # 出去出去 / 搞什么东西: the customer chased out.
    _curt(
        "出去|走开|搞什么|搞咩|搞乜",
        4,
        r"(出去|走开)[，,\s]*\1|搞(?:什么|咩|乜)(?:东西|鬼|名堂|飞机)",
        "驱赶或呵斥顾客显得粗鲁",
        "Chasing the customer out or snapping at them is rude",
        check=_no_help,
    ),
    # 你不用这么生气 / 您没必要那么激动: the customer's feeling dismissed as too much.
    _curt(
        "这么|那么|如此",
        8,
        r"(?:你|您|妳)(?:们)?(?:不用|不必|用不着|犯不着|没必要|何必|别|不要)(?:这么|那么|如此)"
        r"(?:生气|激动|大惊小怪|较真|计较|凶|火大|冲)",
        "说顾客“不用这么生气”是在否定顾客的感受",
        "Telling the customer they need not be so upset dismisses their feelings",
    ),
    # 您可能还是不明白 / 你始终不理解: told they still do not get it.
    _curt(
        "还是不|还是没|仍然不|依然不|始终不|还是沒",
        8,
        r"(?:你|您|妳)(?:们)?(?:可能|好像|大概|似乎|恐怕)?(?:还是|仍然|依然|始终)(?:不|没)(?:明白|懂|理解|了解|清楚)",
        "说顾客“还是不明白”居高临下",
        "Saying the customer still does not understand talks down to them",
        check=_condescends,
    ),
    # 你等着！/ 你就给我等着: a bare "you wait", said as a threat or a brush-off.
    _curt(
        "等着|等著",
        4,
        r"(?:^|(?<=[，,。.!！?？\s]))(?:你|妳)(?:就)?(?:给我)?等[着著](?:吧|啦|瞧)?(?=[，,。.!！\s]|$)",
        "“你等着”是在打发或威胁顾客",
        "'You wait' brushes off or threatens the customer",
        check=_no_help,
    ),
    # 没这回事 / 我们明明都有清洁: a flat denial or a defensive rebuttal of the customer.
    _curt(
        "这回事|这种事|明明|分明",
        6,
        r"(?:^|(?<=[，,。.!！?？\s]))(?:根本)?(?:没有?|冇)(?:这回事|这种事)(?:情)?"
        + CLAUSE_END
        + r"|(?:我|我们|我哋|本店)(?:明明|分明)(?:都|就|已经|有)",
        "一口否认或跟顾客争辩显得强硬",
        "Flatly denying or arguing back at the customer sounds defensive",
        check=_rebuts,
    ),
    # 你这么问三问四的 / 问东问西: the customer's questions complained of.
    _curt(
        "问三问四|问东问西|问长问短",
        4,
        r"(?:这么|老是|总是|一直|又)?问(?:三|东|长)问(?:四|西|短)",
        "嫌顾客“问东问西”是在嫌弃顾客",
        "Complaining that the customer asks too much rejects them",
        check=_no_help,
    ),
    # 不是每个人都能理解: the customer put among those who cannot understand.
    _curt(
        "每个人|每个客人|每位",
        4,
        r"不是每(?:个人|个客人|位(?:客人|顾客)?)(?:都)?(?:能|可以|会|懂得)?(?:理解|懂|明白|欣赏|体会|品味|品尝)",
        "说“不是每个人都能理解”居高临下",
        "'Not everyone can understand it' talks down to the customer",
        check=_no_help,
    ),
    # 我哪有时间一个个给你查: the agent's time set above the customer's question.
    _curt(
        "哪有时间|哪有空|哪有功夫|哪有工夫|哪来的时间|哪来的空|边有时间|边得闲",
        4,
        r"(?:我|我们|我哋)(?:哪|边)(?:有|来的?)(?:时间|空|功夫|工夫|闲)|(?:我|我哋)边得闲",
        "“我哪有时间”是在嫌顾客麻烦",
        "'I have no time for this' dismisses the customer",
    ),
    # 啰嗦什么 / 吵什么，排队: the customer's manner snapped at.
    _curt(
        "啰嗦|啰唆|嚷|吵|喊|哭|闹|叫|废话|磨蹭|磨叽",
        3,
        r"(?:^|(?<=[，,。.!！?？\s]))(?:你|妳|你们)?(?:啰嗦|啰唆|嚷嚷|嚷|吵|喊|哭|闹|叫|废话|磨蹭|磨叽)(?:什么|啥|咩|乜)"
        r"(?:呀|啊|嘢)?(?=[，,。.!！?？\s]|$)",
        "“啰嗦什么”是在呵斥顾客",
        "Snapping 'stop going on' scolds the customer",
        check=_no_help,
    ),
    # 你再这样我就不卖给你了 / 你再闹我们就报警: an ultimatum on the customer's behaviour.
    _curt(
        "再这样|再这么|再闹|再吵|再骂|再催|再讲|再说|要是再",
        4,
        r"(?:你|妳|你们)(?:要是|如果)?再(?:这样|这么|闹|吵|骂|催|讲|说)[^，,。！？!?\n]{0,4}?[，,]?(?:我|我们|我哋)(?:就|可就|便|会)",
        "拿“你再这样我就…”威胁顾客",
        "Threatening the customer with 'if you do that again…' alienates them",
    ),
    # 叫咗你唔好咁做 / 告诉过你别这样: told before not to.
    _curt(
        "叫咗|叫了|叫过|告诉了|告诉过|话咗|讲咗",
        0,
        r"(?:叫|告诉|话|讲)(?:咗|了|过)(?:你|妳)(?:不要|别|唔好|不能|唔可以)",
        "“早叫你别…”是在数落顾客",
        "'I told you not to' reproaches the customer",
        check=_no_help,
    ),
    # 这里不是你家 / 真是什么人都有 / 做人要厚道: the customer put in their place or lectured.
    _curt(
        "不是你家|不是妳家|不是你的地方|什么人都有|什么样的人都有|做人要|做人得|做人还是要|奉陪到底",
        4,
        r"(?:这里|这儿|这|店里)(?:又)?不是(?:你|妳)(?:家|的地方)|什么(?:样的)?人都有"
        r"|做人(?:要|得|还是要)(?:厚道|讲良心|有良心|诚实|讲道理|善良|有底线)|奉陪到底",
        "“这里不是你家”“做人要厚道”是在教训顾客",
        "Putting the customer in their place or lecturing them on manners offends them",
        check=_no_help,
    ),
    # 你睇清楚价钱牌先 / 你看清楚再讲: told to look properly before speaking.
    _curt(
        "清楚",
        6,
        r"(?:^|(?<=[，,。.!！?？\s]))(?:你|妳)(?:先)?(?:睇|看)清楚[^，,。！？!?\n]{0,6}?(?:先|再(?:讲|说|问|来))",
        "叫顾客“看清楚再说”是在教训顾客",
        "Telling the customer to look properly first lectures them",
        check=_no_help,
    ),
    # 唔好喺度阻住人 / 别在这挡着路: the customer ordered out of the way.
    _curt(
        "挡|阻住|阻着",
        10,
        r"(?:别|不要|唔好)(?:在这|在这里|在这儿|喺度|喺呢度)?(?:挡|阻)(?:住|着|著)?(?:人|路|别人|后面|门口|着人)",
        "叫顾客“别挡路”显得粗鲁",
        "Ordering the customer out of the way is rude",
        check=_no_help,
    ),
    # 说我们难吃的请拿出证据: the customer told to prove it.
    _curt(
        "拿出证据|拿出证明|拿证据|拿出凭据",
        4,
        r"(?:请)?拿(?:出)?(?:证据|证明|凭据)(?:来)?",
        "要顾客“拿出证据”是在跟顾客对质",
        "Demanding that the customer prove it confronts them",
        check=_demanded,
    ),
)
