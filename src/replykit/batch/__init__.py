"""Check many drafts: in order, with a progress bar, on several cores; then tabulate them.

``suggest_many`` returns a list of Suggestions, one per draft and in input order (``iter_suggest``
is the lazy generator behind it).  A draft that cannot be checked (not a str, a lone surrogate,
an invalid context, a plugin failing in strict mode) does not stop the batch: its place holds a
Suggestion with ``changed=False``, no annotations and one ``PluginError`` from plugin
``"replykit"``, hook ``"input"`` (see ``is_failed``).

``to_frame`` and ``summarize(...).chart()`` need the ``notebook`` extra (pandas, matplotlib,
tqdm): ``pip install 'replykit[notebook]'``.

By job: ``run`` (suggest_many, iter_suggest, the progress bar, the paused collector),
``workers`` (worker processes and the packed results they send back), ``drafts`` (one
draft's context and failure), ``tables`` (DataFrames, the summary, the chart).
"""

from replykit.batch.drafts import ContextArg, failed, is_failed
from replykit.batch.run import iter_suggest, suggest_many
from replykit.batch.tables import ANNOTATION_COLUMNS, DRAFT_COLUMNS, Summary, chart, summarize, to_frame
from replykit.batch.workers import PluginSpec, plugin_specs

__all__ = [
    "ANNOTATION_COLUMNS",
    "DRAFT_COLUMNS",
    "ContextArg",
    "PluginSpec",
    "Summary",
    "chart",
    "failed",
    "is_failed",
    "iter_suggest",
    "plugin_specs",
    "suggest_many",
    "summarize",
    "to_frame",
]
