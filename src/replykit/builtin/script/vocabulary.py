"""script.regional-vocabulary: a word the target region says differently (软件 -> 軟體 in
Taiwan); a vocabulary change, so a person decides."""

from __future__ import annotations

from replykit.rules import Clean, Example, rule

VOCAB = rule(
    "regional-vocabulary",
    severity="info",
    fix="unsafe",
    description=(
        "A word the target region usually says differently (zh-TW: 软件 → 軟體, 信息 → 資訊, 程序 → 程式; "
        "zh-HK: 鼠标 → 滑鼠): the unsafe tier, since a vocabulary change may change the meaning "
        "(标准作业程序 is a procedure, not a computer program). Found word by word, so a table "
        "entry spanning two words (改变|量子 read as 变量) is not proposed."
    ),
    description_zh=(
        "目标地区通常换一种说法的词（台湾：软件 → 軟體，信息 → 資訊，程序 → 程式；香港：鼠标 →"
        " 滑鼠）：属于不安全层，因为换词可能改变意思（标准作业程序是流程，不是电脑程式）。按词查找，跨两"
        "个词的词表条目（改变|量子 被读成 变量）不会提出。"
    ),
    deferred=True,
    zh="{script}常用“{word}”，请确认是否替换",
    en="{script_en} usually says “{word}”; replace if the meaning is the same",
    examples=[
        Example("软件", "軟體", context={"target_script": "zh-TW"}),
        Example("信息", "資訊", context={"target_script": "zh-TW"}),
    ],
    clean=[
        Clean("您好，我们马上为您处理", context={"target_script": "zh-TW"}),
        Clean("聚集成群", context={"target_script": "zh-TW"}),
        Clean("软件", context={"target_script": "zh-Hant"}),
    ],
)
