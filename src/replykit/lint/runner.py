"""The lint runner: find phrase files, check every phrase, apply suppressions and fixes.

One ``Scope`` per config file (the nearest ``replykit.toml`` / ``pyproject.toml`` above each
linted file, or ``--config``); each scope builds its Assistant once and reuses it for every
phrase (an extra Assistant only for per-file ignores and inline directives, cached by their
prefixes).  Fixes are applied until the phrase stops changing, then the file is rendered by
its format, read back to prove no phrase was lost, and written atomically.

A format that streams (txt, csv, tsv) gives a file in pieces of whole records: each piece is
checked, its findings passed on (to ``sink``: the output prints them as they come), and with
``--fix`` its bytes (fixed, read back and verified) appended to the temporary file that
replaces the file at the end; only one piece is held at a time.
"""

from __future__ import annotations

import multiprocessing
import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from replykit.builtin import lint as lint_rules
from replykit.config import Config, find_config_file, prefix_matches
from replykit.engine import Assistant
from replykit.errors import ConfigError, MissingPackageError, PhraseFileError, ReplykitError
from replykit.lint.files import AtomicWriter, open_regular, read_regular, special_kind, write_atomic
from replykit.lint.formats import Phrase, PhraseDocument, PhraseFormat
from replykit.lint.gitignore import GitIgnore
from replykit.lint.results import FileResult, Finding, LintReport, Tally
from replykit.lint.scope import Scope
from replykit.lint.settings import LintSettings
from replykit.models import Annotation, Context, FixLevel
from replykit.plugins import call_each, make_plugin_manager

PROGRESS_EVERY = 256
MAX_FIX_PASSES = 10  # fixes are idempotent; a few passes settle fixes that overlapped
# Shapes any config or data file can have ({"name": "x"}): a walk wants Chinese text in them too.
GENERIC_SHAPES = ("json", "yaml")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


ConfigAdjust = Callable[[Config], Config]
Progress = Callable[[int, int, int], None]  # (files done, files total, phrases done)


class Linter:
    """Lints phrase files with one Assistant per config.

    :param config_file: ``--config``; otherwise each file uses the nearest config above it.
    :param adjust: applies command-line ``--select`` / ``--ignore`` / ``--locale`` to a config.
    :param overrides: LintSettings fields set on the command line (None values are ignored).
    :param fixes: ``"none"`` (report), ``"safe"`` (``--fix``) or ``"unsafe"`` (``--unsafe-fixes``).
    :param write: write fixed files back (False for ``--diff``).
    :param formats: use these formats instead of the plugins' (tests).
    :param explain: called with (path, why) for every file a folder walk skips (``--verbose``).
    :param sink: called with every finding as it is found, in file order (each file's findings
        sorted by position); the results then keep only their ``tally``, not the findings.
    """

    def __init__(
        self,
        *,
        config_file: str | None = None,
        adjust: ConfigAdjust | None = None,
        overrides: dict[str, Any] | None = None,
        fixes: FixLevel = "none",
        write: bool = False,
        plugins: Sequence[Any] = (),
        entry_points: bool = True,
        formats: Sequence[PhraseFormat] | None = None,
        progress: Progress | None = None,
        explain: Callable[[Path, str], None] | None = None,
        sink: Callable[[Finding], None] | None = None,
    ) -> None:
        self.config_file = config_file
        self.adjust = adjust or (lambda c: c)
        self.overrides = {k: v for k, v in (overrides or {}).items() if v is not None}
        self.fixes = fixes
        self.write = write
        self.plugins = list(plugins)
        self.entry_points = entry_points
        self.progress = progress
        self.explain = explain or (lambda path, why: None)
        self.sink = sink
        self.missing: dict[str, list[Path]] = {}
        """Files a walk could not read because a package is missing, by the message saying so."""
        self._scopes: dict[str, Scope] = {}
        self._found: dict[Path, Path | None] = {}
        self._files = (0, 0)
        self._phrases = 0
        self.formats = self._formats(formats)

    @property
    def scopes(self) -> list[Scope]:
        """The configs used so far."""
        return list(self._scopes.values())

    # -- configuration --------------------------------------------------------------------

    def _formats(self, given: Sequence[PhraseFormat] | None) -> dict[str, PhraseFormat]:
        """Suffix -> format; a later-registered plugin's format wins for the same suffix."""
        if given is None:
            pm = make_plugin_manager(self.plugins, entry_points_=self.entry_points)
            given = [
                fmt
                for _, results in reversed(call_each(pm, "replykit_phrase_formats"))
                for found in results
                for fmt in found
            ]
        by_suffix: dict[str, PhraseFormat] = {}
        for fmt in given:
            for suffix in fmt.suffixes:
                by_suffix[suffix.lower()] = fmt
        return by_suffix

    def scope_for(self, path: Path) -> Scope:
        """The scope of the config governing ``path`` (built once per config file)."""
        found = Path(self.config_file) if self.config_file else self._config_file(path)
        key = str(found.resolve()) if found else ""
        scope = self._scopes.get(key)
        if scope is None:
            config = self.adjust(Config.from_file(found) if found else Config())
            settings = LintSettings.from_config(config)
            if self.overrides:
                settings = settings.model_copy(update=self.overrides)
            scope = Scope(config, settings, self.plugins, self.entry_points)
            self._scopes[key] = scope
        return scope

    def _config_file(self, path: Path) -> Path | None:
        """find_config_file, cached per folder (walking a tree asks once per file)."""
        folder = path.resolve()
        if not folder.is_dir():
            folder = folder.parent
        if folder not in self._found:
            self._found[folder] = find_config_file(folder)
        return self._found[folder]

    # -- discovery ------------------------------------------------------------------------

    def discover(self, paths: Sequence[str]) -> tuple[list[Path], list[str], list[str]]:
        """Phrase files under ``paths`` (sorted within each folder), path errors, and notes on
        what was skipped: FIFOs, devices, sockets and links to them are never opened.

        A file named on the command line is read unless excluded; a folder walk takes files of a
        known format, skipping hidden entries, ``exclude`` / ``extend-exclude`` and ``.gitignore``d
        paths, and takes a JSON/YAML file only when it reads as a known phrase shape (or matches
        ``include``), as ruff takes only Python files.
        """
        files: list[Path] = []
        errors: list[str] = []
        notes: list[str] = []
        for arg in paths:
            path = Path(arg)
            special = special_kind(path)
            if special:
                notes.append(f"{arg}: skipped: not a regular file ({special})")
            elif path.is_dir():
                files.extend(self._walk(path, notes))
            elif path.is_file():
                if self.scope_for(path).excluded(path):
                    continue
                if path.suffix.lower() not in self.formats:
                    known = ", ".join(sorted(self.formats)) or "none installed"
                    errors.append(f"{arg}: no phrase format reads '{path.suffix or path.name}' files (known: {known})")
                    continue
                files.append(path)
            else:
                errors.append(f"{arg}: no such file or directory")
        seen: set[Path] = set()
        unique = []
        for f in files:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                unique.append(f)
        return unique, errors, notes

    def _walk(self, top: Path, notes: list[str]) -> list[Path]:
        out: list[Path] = []
        gitignore = GitIgnore(top)
        for folder, dirs, names in os.walk(top):
            base = Path(folder)
            kept = []
            for d in sorted(dirs):
                why = self._skip(base / d, gitignore, is_dir=True)
                if why is None:
                    kept.append(d)
                else:
                    self.explain(base / d, why)
            dirs[:] = kept
            for name in sorted(names):
                path = base / name
                why = self._skip(path, gitignore, is_dir=False)
                special = special_kind(path) if why is None else None
                if special:
                    notes.append(f"{display_path(path)}: skipped: not a regular file ({special})")
                elif why is None:
                    out.append(path)
                else:
                    self.explain(path, why)
        return sorted(out, key=lambda p: p.as_posix())

    def _skip(self, path: Path, gitignore: GitIgnore, is_dir: bool) -> str | None:
        """Why a folder walk skips ``path`` (None: take it)."""
        name = path.name
        if name.startswith("."):
            return "hidden"
        if not is_dir and path.suffix.lower() not in self.formats:
            return f"no phrase format reads '{path.suffix or name}' files"
        scope = self.scope_for(path)
        glob = scope.excluded(path)
        if glob:
            return f"matches exclude '{glob}'"
        if scope.settings.respect_gitignore:
            ignored_by = gitignore.ignored(path.resolve(), is_dir)
            if ignored_by:
                return f"ignored by {display_path(Path(ignored_by))}"
        if is_dir:
            return None
        fmt = self.formats[path.suffix.lower()]
        if getattr(fmt, "by_content", False) and not scope.included(path):
            try:
                _, doc = self._load(fmt, path, scope, display_path(path))
            except MissingPackageError as exc:
                self.missing.setdefault(exc.reason, []).append(path)
                return exc.reason
            except PhraseFileError as exc:
                return f"not a phrase file ({exc.reason}); add it to 'include' to lint it"
            if doc.format in GENERIC_SHAPES and not any(_HAN.search(p.text) for p in doc.phrases):
                return "not a phrase file (a plain id: text shape without Chinese text); add it to 'include' to lint it"
        return None

    # -- linting --------------------------------------------------------------------------

    def lint(self, paths: Sequence[str], jobs: int = 1) -> LintReport:
        """Lint files and folders; ``jobs`` > 1 lints that many files at a time in worker processes."""
        files, errors, warnings = self.discover(paths)
        results: list[FileResult] = []
        self._files = (0, len(files))
        for done, result in enumerate(self._results(files, jobs)):
            results.append(result)
            if result.error:
                errors.append(result.error)
            if result.warning:
                warnings.append(result.warning)
            self._files = (done + 1, len(files))
            self._tick(0)
        return LintReport(results, errors, warnings)

    def _results(self, files: list[Path], jobs: int) -> Iterator[FileResult]:
        """Each file's result, in order: here, or from ``jobs`` forked worker processes (a diff
        needs each file's document, which stays in the process that read it)."""
        if jobs <= 1 or len(files) < 2 or (self.fixes != "none" and not self.write) or not _can_fork():
            yield from (self.lint_file(path) for path in files)
            return
        global _POOL_LINTER
        _POOL_LINTER = self  # the forked workers inherit it: the adjust callback need not pickle
        try:
            with multiprocessing.get_context("fork").Pool(min(jobs, len(files))) as pool:
                for result in pool.imap(_lint_in_worker, files):
                    self._tick(result.phrases)
                    if self.sink is not None:
                        for finding in result.findings:
                            self.sink(finding)
                        result.findings = []
                    yield result
        finally:
            _POOL_LINTER = None

    def _tick(self, phrases: int) -> None:
        self._phrases += phrases
        if self.progress:
            self.progress(*self._files, self._phrases)

    def lint_stdin(self, data: bytes, filename: str | None = None) -> LintReport:
        """Lint phrases read from stdin: the format and config of ``filename`` (default: a .txt
        file in the current folder); findings are shown as ``-`` unless a filename is given."""
        path = Path(filename) if filename else Path.cwd() / "-.txt"
        if path.suffix.lower() not in self.formats:
            return LintReport([], [f"{filename}: no phrase format reads '{path.suffix or path.name}' files"])
        result = self.lint_file(path, data=data, display=filename or "-")
        return LintReport([result], [result.error] if result.error else [], [result.warning] if result.warning else [])

    def lint_file(self, path: Path, data: bytes | None = None, display: str | None = None) -> FileResult:
        """Lint one file (``data``: its bytes, already read; ``display``: how to name it)."""
        result = FileResult(path=path, display=display or display_path(path))
        try:
            scope = self.scope_for(path)
            fmt = self.formats[path.suffix.lower()]
            if data is None and self._streams(fmt):
                self._lint_pieces(fmt, path, scope, result)
            else:
                if data is None:
                    result.original, document = self._load(fmt, path, scope, result.display)
                else:
                    result.original, document = data, _read(fmt, path, data, scope, result.display)
                scope.settings.limits().check_phrases(document, result.display)
                result.document = document
                result.phrases = len(document.phrases)
                new, result.new_texts = self._check(document, scope, result)
                if new is not None:
                    result.new, result.changed = new, True
                    if self.write:
                        write_atomic(path, new, result.display)
        except ReplykitError as exc:
            if isinstance(exc, ConfigError):
                raise
            result.error = str(exc)
            if self.sink is None:
                result.findings, result.tally = [], Tally()
        finally:
            result.warning = result.refusals.warning(display_path(result.path))
        return result

    def _streams(self, fmt: PhraseFormat) -> bool:
        """Whether files of ``fmt`` are read in pieces: the format can, and no document is
        needed whole afterwards (``--diff`` shows the whole file)."""
        return callable(getattr(fmt, "stream", None)) and (self.fixes == "none" or self.write)

    def _lint_pieces(self, fmt: PhraseFormat, path: Path, scope: Scope, result: FileResult) -> None:
        """Lint a file piece by piece.  With fixes, the replacement is started at the first piece
        a fix changes (a file without fixes is never rewritten, nor refused for its hard links):
        the bytes before it are copied from the file, then each piece is written as checked."""
        limits = scope.settings.limits()
        with open_regular(path, limits.max_file_bytes, result.display) as fh, ExitStack() as stack:
            pieces = _stream(fmt, path, fh, scope, result.display)
            if pieces is None:  # the format cannot cut this file (UTF-16): read it whole
                pieces = iter([_read(fmt, path, fh.read(), scope, result.display)])
            out: AtomicWriter | None = None
            done = 0  # bytes of the file in the pieces before this one
            for piece in pieces:
                limits.check_phrases(piece, result.display)
                result.phrases += len(piece.phrases)
                new, _ = self._check(piece, scope, result)  # the fixed texts are the piece's: not kept
                if new is not None and out is None and self.write:
                    out = stack.enter_context(AtomicWriter(path, result.display))
                    _copy(fh, done, out)
                if out is not None:
                    out.write(piece.original if new is None else new)
                result.changed |= new is not None
                done += len(piece.original)
            if out is not None:
                out.commit()

    def _load(self, fmt: PhraseFormat, path: Path, scope: Scope, display: str) -> tuple[bytes, PhraseDocument]:
        """A phrase file's bytes and its document as the format reads it."""
        data = read_regular(path, scope.settings.max_file_bytes, display)
        return data, _read(fmt, path, data, scope, display)

    def _check(self, doc: PhraseDocument, scope: Scope, result: FileResult) -> tuple[bytes | None, dict[int, str]]:
        """Check (and fix) the phrases of a document (a file, or a piece of one) into
        ``result``; returns the fixed document's bytes, verified, when fixes changed it, and
        the fixed texts by phrase index."""
        file_ignores = scope.file_ignores(doc.path)
        base = scope.assistant_for(file_ignores)
        report_unused = base.registry.registered(lint_rules.UNUSED_SUPPRESSION).id in base.enabled
        context = _file_context(doc)
        checked: list[_Checked] = []
        for phrase in doc.phrases:
            checked.append(self._phrase(phrase, scope, base, file_ignores, self.fixes, report_unused, context))
            if phrase.index % PROGRESS_EVERY == PROGRESS_EVERY - 1:
                self._tick(PROGRESS_EVERY)
        self._tick(len(doc.phrases) % PROGRESS_EVERY)
        new_texts = {c.index: c.text for c in checked if c.text != doc.phrases[c.index].text}
        phrases, new = doc.phrases, None
        fixed: dict[int, str] = {}
        if new_texts:
            new, fixed, refused = _render(doc, new_texts)
            for index, why in sorted(refused.items()):  # report that phrase unfixed, at its original position
                checked[index] = self._phrase(
                    doc.phrases[index], scope, base, file_ignores, "none", report_unused, context
                )
                result.refusals.add(why.reason, doc.phrases[index].row)
            if fixed and new is not None:
                fmt = self.formats[doc.path.suffix.lower()]
                phrases = _verified(doc, new, fixed, fmt, scope, result.display)
            else:
                new = None
        found: list[Finding] = []
        for c in checked:
            phrase = phrases[c.index] if c.index in fixed else doc.phrases[c.index]
            result.fixed += c.fixed
            found.extend(_finding(phrase, a, result.display) for a in c.annotations)
            found.extend(self._unused_finding(phrase, u, scope, result.display) for u in c.unused)
        found.sort(key=lambda f: (f.line, f.column, f.rule))
        for f in found:
            result.tally.add(f)
        if self.sink is None:
            result.findings.extend(found)
        else:
            for f in found:
                self.sink(f)
        return new, fixed if new is not None else {}

    def _phrase(
        self,
        phrase: Phrase,
        scope: Scope,
        base: Assistant,
        file_ignores: tuple[str, ...],
        fixes: FixLevel,
        report_unused: bool,
        context: Context | None = None,
    ) -> _Checked:
        assistant, unused = base, list[tuple[str, str]]()
        if phrase.suppress is not None:
            assistant, unused = self._directive(phrase, scope, base, file_ignores)
        text, annotations, fixed = _settle(assistant, phrase.text, fixes, context)
        annotations = [a for a in annotations if not _suppressed(a.rule, file_ignores, phrase.suppress)]
        return _Checked(phrase.index, text, annotations, fixed, unused if report_unused else [])

    def _directive(
        self, phrase: Phrase, scope: Scope, base: Assistant, file_ignores: tuple[str, ...]
    ) -> tuple[Assistant, list[tuple[str, str]]]:
        """The Assistant that honours the phrase's directive, and its unused parts (prefix, why)."""
        suppress = phrase.suppress or frozenset()
        probe = base.suggest(phrase.text, fixes="none").annotations
        fired = [a.rule for a in probe if not _suppressed(a.rule, file_ignores, None)]
        unused: list[tuple[str, str]] = []
        if not suppress:
            if not fired:
                unused.append(("", ""))
            return scope.assistant_for((*file_ignores, "ALL")), unused
        for prefix in sorted(suppress):
            if not scope.known(prefix):
                unused.append((prefix, "unknown"))
            elif not any(prefix_matches(prefix, r) for r in fired):
                unused.append((prefix, ""))
        known = tuple(p for p in suppress if scope.known(p))
        return scope.assistant_for((*file_ignores, *known)), unused

    def _unused_finding(self, phrase: Phrase, unused: tuple[str, str], scope: Scope, display: str) -> Finding:
        rule = scope.assistant.registry.registered(lint_rules.UNUSED_SUPPRESSION)
        prefix, why = unused
        args = {
            "why": f"（未知规则 {prefix}）" if why else "",
            "why_en": f" (unknown rule {prefix})" if why else "",
        }
        annotation = Annotation(
            plugin=rule.plugin,
            rule=rule.id,
            severity=scope.assistant.registry.severity(rule.id),
            message=rule.message(scope.config.locale, **args),
            start=0,
            end=0,
            text=f"replykit: ignore[{prefix}]" if prefix else "replykit: ignore",
        )
        found = _finding(phrase, annotation, display)
        if phrase.suppress_line:
            line = phrase.suppress_line
            found = replace(found, line=line, column=1, end_line=line, end_column=1)
        return found


@dataclass
class _Checked:
    """One phrase after checking (and fixing): its text, findings left, fixes applied."""

    index: int
    text: str
    annotations: list[Annotation]
    fixed: int
    unused: list[tuple[str, str]]


def _render(
    doc: PhraseDocument, new_texts: dict[int, str]
) -> tuple[bytes | None, dict[int, str], dict[int, PhraseFileError]]:
    """Render all fixes; when that fails, keep the phrases whose fix can be written on its own.

    :returns: (new bytes or None, the fixes kept, why each refused phrase was left unfixed)
    """
    refused: dict[int, PhraseFileError] = {}
    for index, text in new_texts.items():  # cheap refusals first: they never hold the others back
        refusal = doc.refusal(index, text)
        if refusal is not None:
            refused[index] = refusal
    if refused:
        new_texts = {i: t for i, t in new_texts.items() if i not in refused}
        if not new_texts:
            return None, {}, refused
    try:
        return doc.render(new_texts), new_texts, refused
    except PhraseFileError:
        pass
    kept: dict[int, str] = {}
    if doc.renderer is not None:
        for index, text in new_texts.items():
            try:
                doc.render({index: text})
            except PhraseFileError as exc:
                refused[index] = exc
            else:
                kept[index] = text
    else:  # a read-only format refuses every fix for the same reason
        refused.update(
            {i: PhraseFileError(str(doc.path), f"the {doc.format} format cannot be written back") for i in new_texts}
        )
    if kept:
        try:
            return doc.render(kept), kept, refused
        except PhraseFileError as exc:  # the fixes collide in the file: write none of them
            refused.update({i: exc for i in kept})
    return None, {}, refused


def _file_context(doc: PhraseDocument) -> Context | None:
    """What plugins may want to know about the file: a legacy encoding (GBK files cannot hold
    an emoji, so the warmth rule picks a marker they can; see emoji's ``replykit_check``)."""
    encoding = doc.encoding.lower().replace("_", "-")
    if encoding == "binary" or encoding.startswith(("utf-", "utf8")):
        return None
    return Context(extra={"encoding": doc.encoding})


def _settle(
    assistant: Assistant, text: str, fixes: FixLevel, context: Context | None = None
) -> tuple[str, list[Annotation], int]:
    """Apply fixes until the text stops changing; the findings left are those of the final text."""
    fixed = 0
    for _ in range(MAX_FIX_PASSES):
        s = assistant.suggest(text, context, fixes=fixes)
        if not s.changed:
            return text, list(s.annotations), fixed
        fixed += sum(1 for a in s.annotations if a.applied)
        text = s.text
    s = assistant.suggest(text, context, fixes="none")
    return text, list(s.annotations), fixed


def _suppressed(rule_id: str, file_ignores: tuple[str, ...], suppress: frozenset[str] | None) -> bool:
    if any(prefix_matches(p, rule_id) for p in file_ignores):
        return True
    if suppress is None:
        return False
    return not suppress or any(prefix_matches(p, rule_id) for p in suppress)


def _finding(phrase: Phrase, a: Annotation, display: str) -> Finding:
    line, column = phrase.position(a.start)
    end_line, end_column = phrase.position(a.end)
    return Finding(
        path=display,
        phrase=phrase.id,
        row=phrase.row,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        rule=a.rule,
        plugin=a.plugin,
        severity=a.severity,
        message=a.message,
        text=a.text,
        replacements=tuple(a.replacements),
        fix=a.fix,
    )


def _read(
    fmt: PhraseFormat,
    path: Path,
    data: bytes,
    scope: Scope,
    display: str,
    reread: Callable[[bytes], PhraseDocument] | None = None,
) -> PhraseDocument:
    """Read with the format (or ``reread``, a piece's own reader); any reader failure becomes a
    one-line PhraseFileError."""
    try:
        return reread(data) if reread is not None else fmt.read(path, data, scope.settings.read_options())
    except PhraseFileError:
        raise
    except Exception as exc:  # a reader bug must name the file, not print a traceback
        raise PhraseFileError(display, f"cannot read as {fmt.name}: {type(exc).__name__}: {exc}") from None


def _stream(fmt: PhraseFormat, path: Path, fh: BinaryIO, scope: Scope, display: str) -> Iterator[PhraseDocument] | None:
    """The pieces of a file as the format streams them; any reader failure becomes a one-line
    PhraseFileError, as in ``_read``."""
    stream: Callable[..., Iterator[PhraseDocument] | None] = getattr(fmt, "stream")  # noqa: B009
    try:
        pieces = stream(path, fh, scope.settings.read_options())
    except PhraseFileError:
        raise
    except Exception as exc:
        raise PhraseFileError(display, f"cannot read as {fmt.name}: {type(exc).__name__}: {exc}") from None
    if pieces is None:
        return None
    return _guarded(fmt, pieces, display)


def _guarded(fmt: PhraseFormat, pieces: Iterator[PhraseDocument], display: str) -> Iterator[PhraseDocument]:
    try:
        yield from pieces
    except PhraseFileError:
        raise
    except Exception as exc:
        raise PhraseFileError(display, f"cannot read as {fmt.name}: {type(exc).__name__}: {exc}") from None


def _verified(
    doc: PhraseDocument, data: bytes, new_texts: dict[int, str], fmt: PhraseFormat, scope: Scope, where: str
) -> list[Phrase]:
    """Read the rendered bytes back: every phrase is still there, in order, with the new text."""
    again = _read(fmt, doc.path, data, scope, where, doc.reread)
    if len(again.phrases) != len(doc.phrases):
        raise PhraseFileError(
            where, f"refusing to write fixes: the file would have {len(again.phrases)} phrases, not {len(doc.phrases)}"
        )
    for old, new in zip(doc.phrases, again.phrases, strict=True):
        expected = new_texts.get(old.index, old.text)
        if new.text != expected:
            raise PhraseFileError(where, "refusing to write fixes: the phrase would read back changed", row=old.row)
    return again.phrases


def _copy(fh: BinaryIO, size: int, out: AtomicWriter) -> None:
    """The first ``size`` bytes of the file open as ``fh`` to ``out`` (``fh`` stays where it is)."""
    pos = 0
    while pos < size:
        block = os.pread(fh.fileno(), min(size - pos, 1 << 20), pos)
        if not block:
            raise PhraseFileError(out.display, "the file shrank while it was read; not fixed")
        out.write(block)
        pos += len(block)


_POOL_LINTER: Linter | None = None


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _lint_in_worker(path: Path) -> FileResult:
    linter = _POOL_LINTER
    assert linter is not None
    linter.progress = None  # the parent counts
    result = linter.lint_file(path)
    result.document = None  # closures over the parsed file: not sent back
    return result


def display_path(path: Path) -> str:
    """Relative to the current folder when inside it (as ruff prints), else as given."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)
