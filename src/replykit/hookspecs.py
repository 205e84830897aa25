"""Every hook a replykit plugin can implement, with an example each.

A plugin is a module or object with functions marked ``@replykit.hookimpl``; it is registered
by name (built-ins from ``replykit.plugins.DEFAULT_PLUGINS``, third parties through the
``replykit`` entry-point group).  The host calls each plugin's implementation separately, so
every finding and every failure is labelled with the plugin that produced it.  As in pluggy,
an implementation declares only the arguments it uses, in any order
(``def replykit_check(draft, report)`` is fine).

A complete plugin::

    import replykit
    from replykit.rules import Clean, Example, rule

    SLANG = rule("yyds", severity="warning", fix="safe",
                 description="Internet slang in a service reply.",
                 zh="网络用语显得不够正式", en="Internet slang sounds unprofessional",
                 examples=[Example("这款yyds", "这款非常好")], clean=["这款非常好"])

    @replykit.hookimpl
    def replykit_rules():
        return [SLANG]

    @replykit.hookimpl
    def replykit_check(draft, options, report):
        start = draft.norm.find("yyds")
        if start >= 0:
            report(SLANG, start, start + 4, ["非常好"])

Rules do not name their plugin: registered as ``shopslang``, this rule's id is
``shopslang.yyds`` (``replykit.registry``), so renaming the entry point renames the ids.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    from pydantic import BaseModel

    from replykit.draft import Draft, Segmenter
    from replykit.models import Annotation
    from replykit.rules import Rule

PROJECT = "replykit"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)

Report = Callable[..., None]

HOOKS = (
    "replykit_rules",
    "replykit_options_model",
    "replykit_protected_patterns",
    "replykit_segmenter",
    "replykit_check",
    "replykit_finalize",
    "replykit_phrase_formats",
    "replykit_conversation_rules",
    "replykit_check_conversation",
)
"""Every hook name, in the order documented below."""

# ---------------------------------------------------------------------------------------------
# Declaring rules and options (called once, when an Assistant is built)
# ---------------------------------------------------------------------------------------------


@hookspec
def replykit_rules() -> Sequence[Rule]:
    """Declare the plugin's rules, with their examples.

    Rules are declared without a plugin name (``rule("cannot", ...)``): the plugin returning
    them owns them, and their ids are ``<registered plugin name>.<rule name>``.  A rule is
    returned by one plugin only.  The examples are run by the test suite and shown by
    ``replykit rules``.

    :returns: the rules this plugin can report.

    Example::

        @hookimpl
        def replykit_rules():
            return [CANNOT, NO_WAY]
    """
    raise NotImplementedError


@hookspec
def replykit_options_model() -> type[BaseModel] | None:
    """The pydantic model of the plugin's options (``[tool.replykit.plugins.<name>]``).

    Unknown keys and bad values are reported as config errors naming the file.  The validated
    model instance is passed as ``options`` to ``replykit_check``; without a model, plugins get
    the raw dict.

    Example::

        class EmojiOptions(BaseModel):
            model_config = ConfigDict(extra="forbid")
            style: Literal["unicode", "code", "kaomoji", "none"] = "kaomoji"

        @hookimpl
        def replykit_options_model():
            return EmojiOptions
    """
    raise NotImplementedError


@hookspec
def replykit_protected_patterns() -> Sequence[str]:
    """Regular expressions (Python ``re`` syntax) of extra protected spans.

    Protected text is masked in ``draft.norm``, never rewritten by a fix, and left as is by
    script conversion.

    Example::

        @hookimpl
        def replykit_protected_patterns():
            return [r"<<[A-Z_]+>>"]   # this shop's template variables
    """
    raise NotImplementedError


@hookspec(firstresult=True)
def replykit_segmenter() -> Segmenter | None:
    """Provide the word segmenter: ``segment(text) -> list[(word, start, end)]``.

    Stops at the first non-None result.  The built-in (``trylast``) uses rjieba when the
    ``fast`` extra is installed, else jieba.  Segmentation runs lazily, only when a rule asks
    ``draft.words_in(start, end)``.  A segmenter that also has a ``tag(text) -> [(word, tag)]``
    method (jieba's part-of-speech tag set; the built-in has one) answers
    ``draft.tagged_words_in(start, end)``; without it that returns None.

    Example::

        @hookimpl
        def replykit_segmenter():
            import pkuseg
            seg = pkuseg.pkuseg()
            def segment(text):
                out, pos = [], 0
                for w in seg.cut(text):
                    out.append((w, pos, pos + len(w))); pos += len(w)
                return out
            return segment
    """
    raise NotImplementedError


# ---------------------------------------------------------------------------------------------
# Checking a draft (called for every draft)
# ---------------------------------------------------------------------------------------------


@hookspec
def replykit_check(draft: Draft, options: Any, report: Report) -> None:
    """Find problems in a draft and report them.

    :param draft: the analysed draft.  Match on ``draft.norm`` (same length as the original:
        traditional folded to simplified, full-width letters and digits folded, protected spans
        masked); offsets into it are offsets into ``draft.text``.  ``draft.sentences``,
        ``draft.clauses`` and ``draft.words_in(start, end)`` are computed lazily and shared.
    :param options: the plugin's validated options (see ``replykit_options_model``).
    :param report: ``report(rule, start, end, replacements=(), *, fix=<rule's>, args={}, deferred=<rule's>)``.
        ``rule`` is a Rule or its name; ``args`` fill the message template.  Call
        ``draft.enabled(rule)`` first to skip work for rules the config switched off.

    Example::

        @hookimpl
        def replykit_check(draft, options, report):
            for m in re.finditer("你好", draft.norm):
                report(YOU, m.start(), m.start() + 1, ["您"])
    """
    raise NotImplementedError


@hookspec
def replykit_finalize(text: str, draft: Draft, options: Any, annotations: Sequence[Annotation]) -> str | None:
    """Rewrite the whole text after all span fixes were merged and applied.

    Called for plugins whose deferred findings (rules declared ``deferred=True``) are to be
    applied, with those findings; and, when span fixes changed the text, for every plugin with
    an enabled, fixable deferred rule of a tier being applied (with no findings), so words that
    other plugins inserted are finalized too.  The script plugin converts the script here, last.  Protected
    spans arrive masked as private-use characters and are restored afterwards; a result that
    loses one is rejected and recorded as the plugin's error.

    :returns: the new text, or None to leave it.

    Example::

        @hookimpl
        def replykit_finalize(text, draft, options, annotations):
            return converter("s2twp").convert(text)
    """
    raise NotImplementedError


# ---------------------------------------------------------------------------------------------
# Linting phrase files (called by `replykit lint`)
# ---------------------------------------------------------------------------------------------


@hookspec
def replykit_phrase_formats() -> Sequence[Any]:
    """Readers and writers of phrase files (see ``replykit.lint.formats.PhraseFormat``).

    Each format names the file suffixes it handles; a later-registered plugin's format wins
    for the same suffix, so a third party can replace a built-in reader.

    Example::

        @hookimpl
        def replykit_phrase_formats():
            return [MarkdownListFormat()]
    """
    raise NotImplementedError


# ---------------------------------------------------------------------------------------------
# Auditing whole conversations (called by `replykit audit` and `replykit.audit`)
# ---------------------------------------------------------------------------------------------


@hookspec
def replykit_conversation_rules() -> Sequence[Any]:
    """Declare the plugin's conversation rules (``replykit.audit.rules.conversation_rule``).

    Declared like draft rules (name, severity, description, zh/en message), with examples
    that are short dialogues; the registry records the plugin as the owner, so a rule's id is
    ``<plugin>.<name>``.  The test suite audits every example dialogue.

    Example::

        from replykit.audit.rules import Flags, conversation_rule

        NO_NAME = conversation_rule(
            "no-agent-name", severity="info",
            description="The agent never says their name.",
            zh="客服未自报姓名", en="The agent never gave their name",
            examples=[Flags("C: 在吗\\nA: 您好，请问有什么可以帮您", at=(1,))],
            clean=["C: 在吗\\nA: 您好，我是小王，请问有什么可以帮您"])

        @hookimpl
        def replykit_conversation_rules():
            return [NO_NAME]
    """
    raise NotImplementedError


@hookspec
def replykit_check_conversation(conversation: Any, options: Any, report: Report) -> None:
    """Find problems in a whole conversation and report them, by message index.

    :param conversation: a ``replykit.audit.transcript.Transcript``: ``messages`` (role,
        text, time, agent), ``utterance(i)`` (message i's clauses and words; ``questions()``,
        ``promises()``, ``apologizes()``…), ``waits`` (response times where the log has
        timestamps) and ``conversation`` (the Conversation model).
    :param options: the plugin's options from ``[tool.replykit.audit.plugins.<name>]``; the
        built-in plugin gets the validated thresholds of ``[tool.replykit.audit.thresholds]``.
    :param report: ``report(rule, message_index, *, args={}, agent=None)``: ``rule`` is a
        conversation rule or its name, ``args`` fill the message template.  Findings of
        rules the config switched off are dropped.  A conversation is checked on its own,
        so that any partition of a log audits to the same findings.

    Example::

        @hookimpl
        def replykit_check_conversation(conversation, options, report):
            agents = conversation.indices("agent")
            if agents and not any("我是" in conversation.messages[i].text for i in agents):
                report(NO_NAME, agents[0])
    """
    raise NotImplementedError
