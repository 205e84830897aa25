"""A deterministic plugin for the lint tests: one rule per fix tier and severity.

The lint tests load it instead of the real checking plugins (see ``lint_plugins`` in
tests/test_lint.py), so their expectations do not move when the real rules improve.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from replykit import hookimpl
from replykit.rules import Rule, rule


def _rule(name: str, severity: Any, fix: Any, zh: str, en: str) -> Rule:
    return rule(name, severity=severity, fix=fix, description=f"fake {name}", zh=zh, en=en)


YOU = _rule("you", "warning", "safe", "称呼客户请用“您”", "Address the customer as 您")
CANNOT = _rule(
    "cannot", "warning", "unsafe", "“不能”显得生硬，请说能做什么", "'不能' sounds blunt; say what you can do"
)
DEAR = _rule("dear", "info", None, "“亲”在部分渠道显得随意", "'亲' is casual on some channels")
ACCOUNT = _rule("account", "error", "safe", "“帐号”应写作“账号”", "Write 账号, not 帐号")
RULES = (YOU, CANNOT, DEAR, ACCOUNT)
_FIND = re.compile("(你)|(不能)|(亲)|(帐号)")
_FIX = {YOU: ["您"], CANNOT: ["暂时无法"], DEAR: [], ACCOUNT: ["账号"]}


@hookimpl
def replykit_rules() -> Sequence[Rule]:
    return RULES


@hookimpl
def replykit_check(draft: Any, options: Any, report: Any) -> None:
    for m in _FIND.finditer(draft.norm):
        r = RULES[m.lastindex - 1]  # type: ignore[operator]
        report(r, m.start(), m.end(), _FIX[r])
