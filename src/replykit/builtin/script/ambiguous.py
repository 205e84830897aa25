"""Simplified characters with more than one traditional form (data, not code).

The keys of OpenCC's ``data/dictionary/STCharacters.txt`` (Apache-2.0,
https://github.com/BYVoid/OpenCC) that list two or more traditional characters: 发 -> 發 髮,
后 -> 後 后, 干 -> 幹 乾 干.  OpenCC picks one by longest phrase match, which is where its
reported mistakes come from (被发明 -> 被髮明), so a conversion of one of these characters is
only certain when the word around it agrees (``script.plan``).

``COMPETING_READINGS``: the keys of OpenCC's ``STPhrases.txt`` (and
``STPhrases_GeneratedFromRegionalPhrases.txt``) that list two or more traditional readings:
冷面 -> 冷麪 (noodles) or 冷面 (a stern face), 天后 -> 天后 (a goddess) or 天後 (days later),
先后 -> 先後 or 先后.  OpenCC writes the first; the word alone cannot tell which is meant.

``BOUND_ALTERNATIVES``: characters whose other forms occur only inside longer words
(瞭 in 瞭解, 箇 in 箇中, 后 in 皇后, 髮 in 頭髮, 价 in 价人): standing alone as a word, the first
form is certain.
"""

from __future__ import annotations

AMBIGUOUS = frozenset(
    "万丑个丰了于云亘仆仇仑价仿伙余佛佣俊修借僵克党具冢冬冲凄准凌几凶出划别刮制勋千升卜占卤卷厂历厘参"
    "发只台叶叹吁吃合吊同后向吣呆周咨咸咽哄哗唇啮喂噪回团困坐坛坝坯埙堤复夫夸奸姜娘娴宁它家尝尸尽局岩岳"
    "巨布帘席干并幸广弥弦当录彩征御志念恒恤恶愈愿戚才扎托扣折抵拐拿挂挨挽捆据搜摆斗斤斫旋昆暗曲术朱朴杆"
    "杠杯杰松板极果枪柜栗核梁棱檗欲毁汇沈沾泛注涂涌淀游溪滟漓澄炼烟焰熏狸玩琅璇症痴皂矩确私秋种穗筑筱签"
    "系纤绱绷耇胄背胜胡脏腊腌膻致舍艳芸苏苔苹范荐荡荫药获蒙蔑藤虫虱蚝蜡蝎表袅裥证谥谷豆象赝赞跖迹适辟郁"
    "酸采里鉴针钟钥钫钻铲链锄锫镋镎镢镰闲雕霉面须饥鹇"
)

# The characters whose other forms make up under 5 % of their readings in STPhrases (at least
# 20 phrases with the character): 价 -> 價 in 378 phrases, 价 in 9; 干 -> 幹 in 314, 乾 in 732,
# so 干 is not one.  Derived from the table, like AMBIGUOUS; 后 and 发 are read as bound too.
RARE_ALTERNATIVES = frozenset(
    "万个了仇价佛俊修克党出别千厂叶吃合同向呆唇团广录恶愿拿挂据摆旋曲术板极果柜症私秋种纤绷胜苏药虫蜡证豆象适闲霉"
)

BOUND_ALTERNATIVES = frozenset("个了后发") | RARE_ALTERNATIVES

COMPETING_READINGS = {
    key: tuple(readings.split())
    for key, readings in {
        "一出": "一齣 一出",
        "丁当": "丁當 丁噹",
        "下面": "下面 下麪",
        "不准": "不準 不准",
        "不干": "不幹 不乾",
        "中台": "中臺 中颱",
        "丰度": "丰度 豐度",
        "举杯": "舉杯 舉盃",
        "二娘": "二孃 二娘",
        "仪表": "儀表 儀錶",
        "借词": "藉詞 借詞",
        "先后": "先後 先后",
        "冲垮": "沖垮 衝垮",
        "冷面": "冷麪 冷面",
        "凌姓": "淩姓 凌姓",
        "凌小姐": "淩小姐 凌小姐",
        "凌氏": "淩氏 凌氏",
        "出戏": "出戲 齣戲",
        "切面": "切面 切麪",
        "创制": "創制 創製",
        "别强": "別強 彆強",
        "加注": "加註 加注",
        "占城": "占城 佔城",
        "占课": "占課 佔課",
        "压制": "壓制 壓製",
        "反复": "反覆 反復",
        "反扣": "反扣 反釦",
        "发卡": "髮卡 發卡",
        "台子": "臺子 檯子",
        "台安": "臺安 檯安",
        "吊扣": "吊扣 吊釦",
        "后溪": "後溪 後谿",
        "后街": "後街 后街",
        "周而复始": "周而復始 週而復始",
        "四周": "四周 四週",
        "回复": "回覆 回復",
        "复音": "複音 覆音",
        "大梁": "大梁 大樑",
        "天台": "天台 天臺",
        "天后": "天后 天後",
        "夫子": "夫子 伕子",
        "夹衣": "夾衣 袷衣",
        "夹裙": "夾裙 袷裙",
        "姨娘": "姨娘 姨孃",
        "学历": "學歷 學曆",
        "小丑": "小丑 小醜",
        "小丑丫鬟": "小丑丫鬟 小醜丫鬟",
        "小丑跳梁": "小丑跳樑 小醜跳樑",
        "小卷": "小卷 小捲",
        "尸身": "屍身 尸身",
        "屯里": "屯裏 屯里",
        "干了": "幹了 乾了",
        "干他": "幹他 干他",
        "干你": "幹你 干你",
        "干她": "幹她 干她",
        "干我": "幹我 干我",
        "干点": "乾點 幹點",
        "干着": "幹着 乾着",
        "并流": "並流 併流",
        "幺麼小丑": "幺麼小丑 幺麼小醜",
        "幺麽小丑": "幺麼小丑 幺麼小醜",
        "庄里镇": "莊里鎮 莊裏鎮",
        "径庭": "徑庭 逕庭",
        "念着": "念着 唸着",
        "手链": "手鍊 手鏈",
        "才能": "才能 纔能",
        "才行": "纔行 才行",
        "托儿所": "托兒所 託兒所",
        "搜集": "蒐集 搜集",
        "改制": "改制 改製",
        "散发": "散發 散髮",
        "文丑": "文丑 文醜",
        "斗斗": "鬥鬥 斗斗",
        "春天里": "春天裏 春天里",
        "本系": "本系 本係",
        "机制": "機制 機製",
        "杆儿": "杆兒 桿兒",
        "杆子": "杆子 桿子",
        "梁木": "梁木 樑木",
        "梁龙": "梁龍 樑龍",
        "死面": "死麪 死面",
        "浅尝": "淺嘗 淺嚐",
        "海里": "海里 海哩 海裏",
        "溪子": "溪子 谿子",
        "溪州": "溪州 谿州",
        "生发": "生髮 生發",
        "生发中心": "生發中心 生髮中心",
        "白干": "白乾 白幹",
        "白鹤梁": "白鶴梁 白鶴樑",
        "石梁": "石樑 石梁",
        "码表": "碼錶 碼表",
        "素面": "素面 素麪",
        "索面": "索面 索麪",
        "纤手": "纖手 縴手",
        "编制": "編制 編製",
        "背出来": "背出來 揹出來",
        "背向": "背向 揹向",
        "自制": "自制 自製",
        "英里": "英里 英哩",
        "蒙蒙": "濛濛 矇矇",
        "谷阳": "穀陽 谷陽",
        "谷阳县": "穀陽縣 谷陽縣",
        "谷阳镇": "穀陽鎮 谷陽鎮",
        "谷风": "穀風 谷風",
        "跳梁小丑": "跳樑小丑 跳樑小醜",
        "跳梁猖獗之小丑": "跳樑猖獗之小丑 跳樑猖獗之小醜",
        "金杯": "金盃 金杯",
        "铲除": "剷除 鏟除",
        "银杯": "銀盃 銀杯",
        "阳溪": "陽溪 陽谿",
        "阳谷": "陽穀 陽谷",
        "雅筑": "雅筑 雅築",
        "面儿": "面兒 麪兒",
        "饱尝": "飽嘗 飽嚐",
    }.items()
}
