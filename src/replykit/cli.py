"""The ``replykit`` command line: check drafts, list rules and plugins, lint, serve.

Exit codes (as ruff): 0 nothing at or above --fail-on, 1 findings, 2 usage, I/O, config or
parse errors, always with a one-line message and never a traceback; 141 when the reader of
the output went away (``replykit rules | head -1``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from replykit import __version__
from replykit.config import Config
from replykit.errors import ReplykitError
from replykit.models import Suggestion
from replykit.render import render_text, status_line
from replykit.term import (
    EXIT_CODES_HELP,
    Exit,
    add_fail_on_options,
    add_format_option,
    add_selection_options,
    failing,
    is_terminal,
    printable,
    silence_stdout,
    use_color,
)

__all__ = ["Exit", "build_parser", "exit_code", "load_config", "main", "render_text"]

CHECK_EPILOG = f"""\
examples:
  replykit check "我们不能给您退款"            one draft
  echo "亲，这个不行" | replykit check -        a draft from stdin (--encoding gbk for GBK bytes)
  replykit check replies.txt                  a file: each non-empty line is one draft
  replykit check --fixes safe "你好"          only the fixes a bot may send on its own

output: line:column (1-based, like lint) rule [*] safe fix / [~] unsafe fix (review), then the
suggested text and one status line; --format json prints the Suggestion with 0-based offsets.
{EXIT_CODES_HELP}
"""


class Parser(argparse.ArgumentParser):
    """argparse with a subcommand's own usage for an unknown argument (``replykit lint --bogus``)."""

    def parse_args(self, args: Sequence[str] | None = None, namespace: Any = None) -> Any:  # type: ignore[override]
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            sub = _subparser(self, getattr(parsed, "command", None))
            (sub or self).error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed


def _subparser(parser: argparse.ArgumentParser, name: str | None) -> argparse.ArgumentParser | None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) and name:
            found: argparse.ArgumentParser | None = action.choices.get(name)
            return found
    return None


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="replykit",
        description="Check and improve Chinese customer-service replies before they are sent.",
        epilog=f'example: replykit check "我们不能给您退款"\n{EXIT_CODES_HELP}',
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-V", "--version", action="version", version=f"replykit {__version__}")
    sub: argparse._SubParsersAction[argparse.ArgumentParser]
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    check = sub.add_parser(
        "check",
        help="check drafts: one argument, a file (one draft a line) or - for stdin",
        description="Check one draft (the argument), every line of a file, or stdin (-).",
        epilog=CHECK_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("text", nargs="?", default="-", help="the draft, a file of drafts, or - (default) for stdin")
    check.add_argument("--customer", help="the customer's message (context.customer_message)")
    check.add_argument(
        "--script",
        choices=["zh-Hans", "zh-Hant", "zh-TW", "zh-HK", "auto"],
        help="target script of the reply",
    )
    check.add_argument("--channel", help="channel, e.g. taobao, jd, wechat")
    check.add_argument("--fixes", choices=["safe", "unsafe", "none"], default="unsafe", help="which fixes to apply")
    check.add_argument("--encoding", help="encoding of the file or stdin (default: detect UTF-8, GBK, GB18030)")
    check.add_argument("-q", "--quiet", action="store_true", help="findings only: no suggestion or status line")
    _common(check)

    rules = sub.add_parser("rules", help="list every rule: id, plugin, severity, fix, description")
    add_format_option(rules, ["text", "json"])
    _common(rules, formats=False)

    plugins = sub.add_parser("plugins", help="list the loaded plugins")
    add_format_option(plugins, ["text", "json"])

    from replykit.lint.command import add_parser as add_lint_parser

    add_lint_parser(sub)

    from replykit.audit.command import add_parser as add_audit_parser

    add_audit_parser(sub)

    serve = sub.add_parser("serve", help="run the HTTP service for bots (needs replykit[server])")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    serve.add_argument("--max-body-bytes", type=int, default=1 << 20, help="larger bodies get 413")
    serve.add_argument(
        "--token",
        help="require 'Authorization: Bearer TOKEN' on /v1/ (default: the REPLYKIT_TOKEN environment variable)",
    )
    serve.add_argument(
        "--allowed-host",
        action="append",
        metavar="NAME",
        help="answer only this Host name (repeat; '*.example.com' for subdomains; default: the loopback "
        "names when bound to loopback, else any)",
    )
    serve.add_argument(
        "--read-timeout",
        type=float,
        default=10.0,
        help="seconds for a request's headers, and for its body (default: 10)",
    )
    serve.add_argument(
        "--idle-timeout", type=float, default=5.0, help="seconds a kept-alive connection may sit idle (default: 5)"
    )
    _common(serve, formats=False)
    return parser


def _common(p: argparse.ArgumentParser, formats: bool = True) -> None:
    p.add_argument("--config", help="config file (replykit.toml or pyproject.toml)")
    add_selection_options(p)
    if formats:
        add_format_option(p, ["text", "json"])
        add_fail_on_options(p, default="warning")
        p.add_argument(
            "--show-settings", action="store_true", help="print the resolved settings, where each came from, and exit"
        )


def load_config(args: argparse.Namespace, start: str = ".") -> Config:
    """Config from --config or discovery, with --select/--ignore/--locale applied."""
    config = Config.from_file(args.config) if args.config else Config.discover(start)
    return config.apply_flags(
        getattr(args, "select", None), getattr(args, "ignore", None), getattr(args, "locale", None)
    )


def main(argv: Sequence[str] | None = None) -> int:
    if os.environ.get("_ARGCOMPLETE"):  # shell completion, when argcomplete is installed
        _complete()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code = _run(parser, args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        silence_stdout()
        return Exit.BROKEN_PIPE
    except ReplykitError as exc:
        for line in str(exc).splitlines():
            print(f"replykit: error: {printable(line)}", file=sys.stderr)
        return Exit.ERROR
    except KeyboardInterrupt:
        return 130


def _run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if getattr(args, "exit_zero", False):
        args.fail_on = "never"
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
    if args.command == "audit":
        from replykit.audit.command import run as run_audit

        return run_audit(args)
    parser.print_help()
    return Exit.ERROR


def _complete() -> None:
    try:
        import argcomplete  # type: ignore[import-not-found]
    except ImportError:
        return
    argcomplete.autocomplete(build_parser())


# -- check ------------------------------------------------------------------------------------


def _drafts(args: argparse.Namespace) -> tuple[str | None, list[tuple[int, str]]]:
    """(file shown in positions or None, [(1-based line, draft)]): stdin and an argument are one
    draft; a file holds one draft a line."""
    from replykit.lint.formats.detect import decode

    if args.text == "-":
        if is_terminal(sys.stdin):
            print("replykit: reading the draft from stdin (end it with Ctrl-D)", file=sys.stderr)
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode("utf-8")
        return None, [(1, decode(data, "-", args.encoding).text.rstrip("\r\n"))]
    path = Path(args.text)
    if not path.is_file():
        return None, [(1, args.text)]
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReplykitError(f"{args.text}: cannot read: {exc.strerror or exc}") from None
    lines = decode(data, args.text, args.encoding).text.splitlines()
    return args.text, [(n, line) for n, line in enumerate(lines, 1) if line.strip()]


def _check(args: argparse.Namespace) -> int:
    from replykit.engine import Assistant

    config = load_config(args)
    if args.show_settings:
        from replykit.settings_report import show_settings

        print(show_settings(config), end="")
        return Exit.OK
    context: dict[str, Any] = {}
    if args.customer:
        context["customer_message"] = args.customer
    if args.script:
        context["target_script"] = args.script
    if args.channel:
        context["channel"] = args.channel
    where, drafts = _drafts(args)
    assistant = Assistant(config)
    results = [(line, assistant.suggest(text, context, fixes=args.fixes)) for line, text in drafts]
    if args.format == "json":
        if where is None:
            print(results[0][1].model_dump_json(indent=2))
        else:
            rows = [{"path": where, "line": n, "suggestion": s.model_dump(mode="json")} for n, s in results]
            print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        color = use_color(sys.stdout)
        for line, s in results:
            if s.annotations or s.errors or where is None:
                prefix = f"{where}:" if where else ""
                shown = render_text(
                    s, config.locale, prefix=prefix, line=line, color=color, status=False, suggested=not args.quiet
                )
                if shown:
                    print(shown)
        if not args.quiet:
            print(status_line([s for _, s in results], config.locale, args.fail_on, color))
    return failing((a.severity for _, s in results for a in s.annotations), args.fail_on)


def exit_code(suggestion: Suggestion, fail_on: str) -> int:
    return failing((a.severity for a in suggestion.annotations), fail_on)


# -- rules, plugins, serve --------------------------------------------------------------------


def _rules(args: argparse.Namespace) -> int:
    from replykit.engine import Assistant

    config = load_config(args)
    assistant = Assistant(config)
    rows = assistant.registry.listing(config.locale)  # severity after the config's overrides
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
    serve(
        load_config(args),
        host=args.host,
        port=args.port,
        max_body_bytes=args.max_body_bytes,
        token=args.token,
        allowed_hosts=args.allowed_host,
        read_timeout=args.read_timeout,
        idle_timeout=args.idle_timeout,
    )
    return Exit.OK
