"""Simplified characters with more than one traditional form (data, not code).

The keys of OpenCC's ``data/dictionary/STCharacters.txt`` (Apache-2.0,
https://github.com/BYVoid/OpenCC) that list two or more traditional characters: 发 -> 發 髮,
后 -> 後 后, 干 -> 幹 乾 干.  OpenCC picks one by longest phrase match, which is where its
reported mistakes come from (被发明 -> 被髮明), so a conversion of one of these characters is
only certain when the word around it agrees (``script.plan``).

``BOUND_ALTERNATIVES``: characters whose other forms occur only inside longer words
(瞭 in 瞭解, 箇 in 箇中, 后 in 皇后, 髮 in 頭髮): standing alone as a word, the first form is
certain.
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

BOUND_ALTERNATIVES = frozenset("个了后发")
