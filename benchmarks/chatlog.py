"""Generated chat logs for the scale benchmarks and the Dask tests: one message a row.

The texts are assembled from short parts written for this file (greetings, questions, promises,
apologies, complaints, closings), so every conversation rule has something to find; no text
comes from ../shared.  Deterministic for a seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

COLUMNS = ("conversation", "time", "role", "agent", "text", "channel")

_CUSTOMER = (
    "在吗",
    "我的快递怎么还没到？",
    "这个尺码偏大还是偏小",
    "订单{n}什么时候发货",
    "收到的杯子破损了，怎么处理",
    "你们到底有没有人管！！",
    "能不能便宜一点",
    "不知道买哪个好，有什么区别",
    "退款多久能到账",
    "好的谢谢",
    "颜色和图片不一样，很失望",
    "发票可以开吗",
)
_AGENT = (
    "您好，很高兴为您服务",
    "亲，您的订单明天发货哦",
    "我帮您查一下物流，请稍等",
    "非常抱歉让您久等了",
    "您是要黑色还是白色呢？",
    "不能退款，这是规定",
    "我们会在24小时内联系您",
    "收到，已经为您登记",
    "您看您需要什么样的款式",
    "感谢您的耐心，祝您生活愉快",
    "还有其他可以帮您的吗",
    "这个问题我核实后回复您",
)


def conversations(count: int, seed: int = 7, start: int = 0) -> Iterator[list[dict[str, Any]]]:
    """``count`` conversations (ids ``c{start}`` on), each a list of message rows."""
    rng = random.Random(seed * 1_000_003 + start)
    epoch = datetime(2026, 3, 1, 9, tzinfo=timezone.utc)
    for k in range(start, start + count):
        cid = f"c{k:09d}"
        agent = f"agent{rng.randrange(40):02d}"
        channel = rng.choice(("taobao", "jd", "web"))
        moment = epoch + timedelta(seconds=rng.randrange(86_400 * 30))
        rows: list[dict[str, Any]] = []
        for turn in range(rng.randrange(2, 9)):
            role = "customer" if turn % 2 == 0 else "agent"
            pool = _CUSTOMER if role == "customer" else _AGENT
            text = rng.choice(pool).format(n=rng.randrange(10**6))
            moment += timedelta(seconds=rng.choice((2, 5, 9, 20, 45, 90, 400)))
            rows.append(
                {
                    "conversation": cid,
                    "time": moment.isoformat(),
                    "role": role,
                    "agent": agent if role == "agent" else None,
                    "text": text,
                    "channel": channel,
                }
            )
        yield rows


def messages(total: int, seed: int = 7) -> Iterator[dict[str, Any]]:
    """About ``total`` message rows (whole conversations; stops at the first conversation
    that reaches ``total``)."""
    n = 0
    for rows in conversations(10**12, seed):
        yield from rows
        n += len(rows)
        if n >= total:
            return


def frame(total: int, seed: int = 7) -> Any:
    """``messages(total)`` as a pandas DataFrame."""
    import pandas as pd

    return pd.DataFrame.from_records(list(messages(total, seed)), columns=list(COLUMNS))
