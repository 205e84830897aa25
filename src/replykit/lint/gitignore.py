"""``.gitignore`` files, as git reads them, for folder walks (ruff's ``respect-gitignore``).

Each ``.gitignore`` applies to the paths below its folder; the last matching pattern wins and a
``!pattern`` re-includes.  A folder that is ignored is not entered, so nothing under it can be
re-included (git's rule too).  Patterns are compiled to regular expressions once per file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]
    negated: bool
    dir_only: bool


def _translate(glob: str) -> str:
    """A gitignore glob (no leading/trailing slash handling) -> regex source matching a whole path."""
    out, i, n = [], 0, len(glob)
    while i < n:
        c = glob[i]
        if glob.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif glob.startswith("/**", i) and i + 3 == n:
            out.append("/.*")
            i += 3
        elif glob.startswith("**", i):
            out.append(".*")
            i += 2
        elif c == "*":
            out.append("[^/]*")
            i += 1
        elif c == "?":
            out.append("[^/]")
            i += 1
        elif c == "[":
            end = glob.find("]", i + 2 if glob[i + 1 : i + 2] in ("!", "]") else i + 1)
            if end < 0:
                out.append(re.escape(c))
                i += 1
            else:
                body = glob[i + 1 : end]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body.replace(chr(92), chr(92) * 2)}]")
                i = end + 1
        elif c == "\\" and i + 1 < n:
            out.append(re.escape(glob[i + 1]))
            i += 2
        else:
            out.append(re.escape(c))
            i += 1
    return "".join(out)


def parse(text: str) -> list[_Pattern]:
    patterns = []
    for raw in text.splitlines():
        line = raw.rstrip()
        if raw.endswith("\\ "):
            line += " "
        if not line or line.startswith("#"):
            continue
        negated = line.startswith("!")
        if negated or line.startswith("\\"):
            line = line[1:]
        dir_only = line.endswith("/")
        line = line.rstrip("/")
        if not line:
            continue
        anchored = "/" in line
        body = _translate(line.lstrip("/"))
        source = body if anchored else f"(?:.*/)?{body}"
        patterns.append(_Pattern(re.compile(source + r"\Z", re.S), negated, dir_only))
    return patterns


class GitIgnore:
    """Answers ``ignored(path, is_dir)`` for paths under folders whose ``.gitignore`` were read.

    ``.gitignore`` files of the folders above the walk's ``root`` are read up to the repository's
    top (the folder holding ``.git``; the root itself outside a repository, as ruff does); below
    the root, each walked folder's own file is read when the walk enters it.
    """

    def __init__(self, root: Path) -> None:
        root = root.resolve()
        self.top = next((f for f in (root, *root.parents) if (f / ".git").exists()), root)
        self._files: dict[Path, list[_Pattern]] = {}

    def _patterns(self, folder: Path) -> list[_Pattern]:
        found = self._files.get(folder)
        if found is None:
            try:
                found = parse((folder / ".gitignore").read_text(encoding="utf-8", errors="replace"))
            except OSError:
                found = []
            self._files[folder] = found
        return found

    def ignored(self, path: Path, is_dir: bool) -> str | None:
        """The ``.gitignore`` that ignores ``path`` (absolute), or None."""
        verdict: str | None = None
        for folder in self._governing(path.parent):
            rel = path.relative_to(folder).as_posix()
            for p in self._patterns(folder):
                if (not p.dir_only or is_dir) and p.regex.match(rel):
                    verdict = None if p.negated else str(folder / ".gitignore")
        return verdict

    def _governing(self, folder: Path) -> list[Path]:
        """The folders whose .gitignore applies inside ``folder``, outermost first."""
        if folder != self.top and self.top not in folder.parents:
            return []
        chain = [folder, *(f for f in folder.parents if f == self.top or self.top in f.parents)]
        return chain[::-1]
