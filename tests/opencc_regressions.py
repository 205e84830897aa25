"""Wrong conversions reported on the OpenCC, opencc-js and OpenCC-python trackers (and by
projects converting with OpenCC's tables), as data: (draft, target, right conversion, source).

tests/test_script.py checks that on each the safe tier never writes a wrong character: every
position either is the right conversion, or keeps the draft's character and carries an unsafe
finding (a person decides).  "right" is the conversion a reader of the region expects ("a|b": either is right).
"""

from __future__ import annotations

OPENCC = "https://github.com/BYVoid/OpenCC/issues/"
CASES: list[tuple[str, str, str, str]] = [
    ("这个被发明出来了", "zh-TW", "這個被發明出來了", OPENCC + "1497"),
    ("被发明", "zh-TW", "被發明", OPENCC + "1497"),
    ("被发掘", "zh-TW", "被發掘", OPENCC + "1497"),
    ("展示了如何", "zh-TW", "展示了如何", OPENCC + "1497"),
    ("学习了如何", "zh-TW", "學習了如何", OPENCC + "1497"),
    ("了解了如何", "zh-TW", "瞭解了如何|了解了如何", OPENCC + "1497"),
    ("参与制造", "zh-TW", "參與製造", OPENCC + "1497"),
    ("改变量子比特", "zh-TW", "改變量子比特", OPENCC + "1497"),
    ("少数组织", "zh-TW", "少數組織", OPENCC + "1497"),
    ("聚集成群", "zh-TW", "聚集成群", OPENCC + "1497"),
    ("粉丝发布新消息", "zh-TW", "粉絲發佈新消息", "https://github.com/Vonng/ddia/pull/145"),
    ("粉丝发送新消息", "zh-TW", "粉絲發送新消息", "https://github.com/Vonng/ddia/pull/145"),
    ("请求将被发送到错误的节点", "zh-TW", "請求將被發送到錯誤的節點", "https://github.com/Vonng/ddia/pull/145"),
    ("包括发送给下游", "zh-TW", "包括發送給下游", "https://github.com/Vonng/ddia/pull/145"),
    ("向外部消息代理发送消息", "zh-TW", "向外部消息代理發送消息", "https://github.com/Vonng/ddia/pull/145"),
    ("心理发展", "zh-TW", "心理發展", "https://github.com/Hopkins1/TradSimpChinese/issues/2"),
    ("被发射", "zh-TW", "被發射", OPENCC + "349"),
    ("被发表", "zh-TW", "被發表", OPENCC + "349"),
    ("被发放", "zh-TW", "被發放", OPENCC + "349"),
    ("生理发育", "zh-TW", "生理發育", OPENCC + "349"),
    ("空白发票", "zh-TW", "空白發票", OPENCC + "349"),
    ("问题不断发生", "zh-TW", "問題不斷發生", OPENCC + "349"),
    ("总发行量", "zh-TW", "總發行量", OPENCC + "349"),
    ("成长历程", "zh-TW", "成長歷程", OPENCC + "349"),
    ("百年历史", "zh-TW", "百年歷史", OPENCC + "349"),
    ("提高几倍", "zh-TW", "提高幾倍", OPENCC + "349"),
    ("短短几天", "zh-TW", "短短幾天", OPENCC + "349"),
    ("去干扰", "zh-TW", "去干擾", OPENCC + "580"),
    ("干锅鸡", "zh-TW", "乾鍋雞", OPENCC + "201"),
    ("松脆饼干", "zh-TW", "鬆脆餅乾", OPENCC + "201"),
    ("不干燥", "zh-TW", "不乾燥", OPENCC + "201"),
    ("数个中的", "zh-TW", "數個中的", OPENCC + "201"),
    ("多个中间商", "zh-TW", "多個中間商", OPENCC + "201"),
    ("一个中年", "zh-TW", "一個中年", OPENCC + "201"),
    ("李白面前", "zh-TW", "李白面前", OPENCC + "578"),
    ("表面", "zh-TW", "表面", OPENCC + "316"),
    ("放松管制", "zh-TW", "放鬆管制", OPENCC + "1209"),
    ("一只只", "zh-TW", "一隻隻", "https://github.com/nk2028/opencc-js/issues/43"),
    ("字母后", "zh-TW", "字母後", "https://github.com/rime/rime-essay/pull/41"),
    ("控球后卫", "zh-TW", "控球後衛", "https://github.com/rime/rime-essay/pull/41"),
    ("解封后", "zh-TW", "解封後", "https://github.com/rime/rime-essay/pull/41"),
    ("城堡的士兵", "zh-TW", "城堡的士兵", OPENCC + "664"),
    ("低级别产品", "zh-TW", "低級別產品", "https://github.com/nk2028/opencc-js/issues/37"),
    ("演算法", "zh-TW", "演算法", OPENCC + "950"),
    # The segmenter guesses an unknown word (干看, 天后) or knows the word in another sense (冷面)
    # and agrees with OpenCC's phrase table.
    ("干看", "zh-TW", "乾看", OPENCC + "579"),
    ("冷面笑匠", "zh-TW", "冷面笑匠", OPENCC + "316"),
    ("将于第3个工作天后自动取消", "zh-HK", "將於第3個工作天後自動取消", OPENCC + "1497"),
]

# Characters with several traditional forms, each in a word of either reading (written for this
# repo): every one must come out right or be left for a person.
MULTI_FORM_TRAPS: list[tuple[str, str, str]] = [
    ("您的头发很好看", "zh-TW", "您的頭髮很好看"),
    ("我们发现了问题", "zh-TW", "我們發現了問題"),
    ("面条已经煮好", "zh-TW", "麵條已經煮好"),
    ("请您面对面确认", "zh-TW", "請您面對面確認"),
    ("皇后的故事", "zh-TW", "皇后的故事"),
    ("以后再联系您", "zh-TW", "以後再聯繫您"),
    ("空气很干燥", "zh-TW", "空氣很乾燥"),
    ("干部培训", "zh-TW", "幹部培訓"),
    ("包装里面有说明书", "zh-HK", "包裝裏面有説明書"),
    ("距离三公里", "zh-TW", "距離三公里"),
    ("只有一只猫", "zh-TW", "只有一隻貓"),
    ("钟表维修", "zh-TW", "鐘錶維修"),
    ("一见钟情", "zh-TW", "一見鍾情"),
    ("松树下面", "zh-TW", "松樹下面"),
    ("请放松心情", "zh-TW", "請放鬆心情"),
    ("先后两次发货", "zh-TW", "先後兩次發貨"),
    ("拜天后娘娘", "zh-HK", "拜天后娘娘"),
    ("三天后发货", "zh-TW", "三天後發貨"),
    ("一碗冷面", "zh-TW", "一碗冷麵"),
    ("他冷面以对", "zh-TW", "他冷面以對"),
    ("饼干很干", "zh-TW", "餅乾很乾"),
    ("学历证明", "zh-TW", "學歷證明"),
    ("自制的果酱", "zh-TW", "自製的果醬"),
    ("才能发货", "zh-TW", "才能發貨"),
]
