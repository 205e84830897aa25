"""The ``replykit`` command line: check one draft, list rules and plugins.

Exit codes (as ruff): 0 nothing at or above --fail-on, 1 findings, 2 usage, I/O, config or
parse errors, always with a one-line message and never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from replykit import __version__
from replykit.config import Config
from replykit.errors import ReplykitError
from replykit.models import SEVERITY_RANK, Suggestion


class Exit(IntEnum):
    OK = 0
    FINDINGS = 1
    ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="replykit",
        description="Check and improve Chinese customer-service replies before they are sent.",
        epilog='Example: replykit check "我们不能给您退款"',
    )
    parser.add_argument("--version", action="version", version=f"replykit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="check one draft (argument, or - / nothing for stdin)")
    check.add_argument("text", nargs="?", default="-", help="the draft; - or absent reads stdin")
    check.add_argument("--customer", help="the customer's message (context.customer_message)")
    check.add_argument(
        "--script",
        choices=["zh-Hans", "zh-Hant", "zh-TW", "zh-HK", "auto"],
        help="target script of the reply",
    )
    check.add_argument("--channel", help="channel, e.g. taobao, jd, wechat")
    check.add_argument("--fixes", choices=["safe", "unsafe", "none"], default="unsafe", help="which fixes to apply")
    _common(check)

    rules = sub.add_parser("rules", help="list every rule: id, plugin, severity, fix, description")
    rules.add_argument("--format", choices=["text", "json"], default="text")
    _common(rules, formats=False)

    plugins = sub.add_parser("plugins", help="list the loaded plugins")
    plugins.add_argument("--format", choices=["text", "json"], default="text")

    from replykit.lint.command import add_parser as add_lint_parser

    add_lint_parser(sub)

    serve = sub.add_parser("serve", help="run the HTTP service for bots (needs replykit[server])")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    serve.add_argument("--max-body-bytes", type=int, default=1 << 20, help="larger bodies get 413")
    _common(serve, formats=False)
    return parser


def _common(p: argparse.ArgumentParser, formats: bool = True) -> None:
    p.add_argument("--config", help="config file (replykit.toml or pyproject.toml)")
    p.add_argument("--select", help="comma-separated rule prefixes to enable")
    p.add_argument("--ignore", help="comma-separated rule prefixes to disable")
    p.add_argument("--locale", choices=["zh", "en"], help="language of messages")
    if formats:
        p.add_argument("--format", choices=["text", "json"], default="text")
        p.add_argument(
            "--fail-on",
            choices=["error", "warning", "info", "never"],
            default="warning",
            help="exit 1 when a finding is at or above this severity (default: warning)",
        )


def load_config(args: argparse.Namespace, start: str = ".") -> Config:
    """Config from --config or discovery, with --select/--ignore/--locale applied."""
    config = Config.from_file(args.config) if args.config else Config.discover(start)
    return config.apply_flags(
        getattr(args, "select", None), getattr(args, "ignore", None), getattr(args, "locale", None)
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "rules":
            return _rules(args)
        if args.command == "plugins":
            return _plugins(args)
        if args.command == "serve":
            return _serve(args)
        if args.command == "lint":
            from replykit.lint.command import run as run_lint

            return run_lint(args)
    except ReplykitError as exc:
        for line in str(exc).splitlines():
            print(f"replykit: error: {line}", file=sys.stderr)
        return Exit.ERROR
    except KeyboardInterrupt:
        return 130
    parser.print_help()
    return Exit.ERROR


def _check(args: argparse.Namespace) -> int:
    from replykit.engine import Assistant

    text = sys.stdin.read() if args.text == "-" else args.text
    text = text.rstrip("\r\n") if args.text == "-" else text
    config = load_config(args)
    context: dict[str, Any] = {}
    if args.customer:
        context["customer_message"] = args.customer
    if args.script:
        context["target_script"] = args.script
    if args.channel:
        context["channel"] = args.channel
    suggestion = Assistant(config).suggest(text, context, fixes=args.fixes)
    if args.format == "json":
        print(suggestion.model_dump_json(indent=2))
    else:
        print(render_text(suggestion, config.locale))
    return exit_code(suggestion, args.fail_on)


def exit_code(suggestion: Suggestion, fail_on: str) -> int:
    if fail_on == "never":
        return Exit.OK
    floor = SEVERITY_RANK[fail_on]
    worst = max((SEVERITY_RANK[a.severity] for a in suggestion.annotations), default=0)
    return Exit.FINDINGS if worst >= floor else Exit.OK


def render_text(s: Suggestion, locale: str = "zh") -> str:
    """Human output: each finding with a caret line, then the suggested text."""
    lines = []
    for a in s.annotations:
        fix = {"safe": "[*]", "unsafe": "[~]", None: "   "}[a.fix]
        repl = " → " + " | ".join(r or "(删除)" for r in a.replacements) if a.replacements else ""
        lines.append(f"{a.start}:{a.end} {fix} {a.rule} [{a.severity}] {a.message}")
        lines.append(f"    「{a.text}」{repl}")
    for e in s.errors:
        lines.append(f"plugin {e.plugin} failed in {e.hook}: {e.error}: {e.message}")
    label = "建议" if locale == "zh" else "Suggested"
    lines.append(f"{label}: {s.text}" if s.changed else ("无需修改" if locale == "zh" else "No change") + f": {s.text}")
    if s.annotations:
        legend = "[*] 安全修复  [~] 需人工确认" if locale == "zh" else "[*] safe fix  [~] unsafe fix (review)"
        lines.append(legend)
    return "\n".join(lines)


def _rules(args: argparse.Namespace) -> int:
    from replykit.engine import Assistant
    from replykit.lint import rules as lint_rules

    # The lint runner's own rules (replykit.unused-suppression) are listed with the plugins' rules.
    assistant = Assistant(load_config(args), plugins=[(lint_rules.PLUGIN_NAME, lint_rules)])
    rows = []
    for rid in sorted(assistant.rules):
        r = assistant.rules[rid]
        rows.append(
            {
                "id": rid,
                "plugin": r.plugin,
                "severity": r.severity,
                "fix": r.fix,
                "enabled": rid in assistant.enabled,
                "description": r.description,
            }
        )
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return Exit.OK
    width = max((len(str(r["id"])) for r in rows), default=10)
    for row in rows:
        on = " " if row["enabled"] else "-"
        print(f"{on}{row['id']:<{width}}  {row['severity']:<7}  {row['fix'] or '-':<6}  {row['description']}")
    return Exit.OK


def _plugins(args: argparse.Namespace) -> int:
    from replykit.engine import Assistant

    assistant = Assistant()
    counts: dict[str, int] = {}
    for r in assistant.rules.values():
        counts[r.plugin] = counts.get(r.plugin, 0) + 1
    names = [name for name, _ in assistant.plugin_manager.list_name_plugin()]
    if args.format == "json":
        print(json.dumps([{"name": n, "rules": counts.get(n, 0)} for n in names], ensure_ascii=False))
    else:
        for n in names:
            print(f"{n}  ({counts.get(n, 0)} rules)")
    return Exit.OK


def _serve(args: argparse.Namespace) -> int:
    try:
        from replykit.server import serve  # starlette and uvicorn load only here
    except ImportError:
        raise ReplykitError('serve needs the server extra: pip install "replykit[server]"') from None
    serve(load_config(args), host=args.host, port=args.port, max_body_bytes=args.max_body_bytes)
    return Exit.OK
