"""Batches: suggest_many (order, errors in place, context, processes, progress), to_frame, summarize."""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Iterable, Iterator
from itertools import pairwise

import pytest
from conftest import ROOT
from fakes import Boom, Insert, Replace

import replykit
from replykit import Assistant, Config, Context
from replykit.batch import is_failed, iter_suggest, summarize, to_frame

DRAFTS = ["你好，你的订单已发货", "好的", "您好，请稍等", "你等一下", ""]


def only(*plugins: object, strict: bool | None = None) -> Assistant:
    return Assistant(plugins=list(plugins), defaults=False, entry_points=False, strict=strict)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def fake() -> Assistant:
    return only(("you", Replace("you", "你", "您")), ("end", Insert("end", "～", fix="unsafe")))


def test_results_in_order_and_equal_to_suggest(fake: Assistant) -> None:
    out = replykit.suggest_many(DRAFTS, assistant=fake, progress=False)
    assert isinstance(out, list)
    assert out == [fake.suggest(d) for d in DRAFTS]
    assert [s.text for s in out] == ["您好，您的订单已发货～", "好的～", "您好，请稍等～", "您等一下～", ""]


def test_fixes_level_is_passed_on(fake: Assistant) -> None:
    out = replykit.suggest_many(["你好"], assistant=fake, fixes="safe", progress=False)
    assert out[0].text == "您好"


def test_bad_drafts_fail_in_place_and_the_batch_goes_on(fake: Assistant) -> None:
    drafts: list[object] = ["你好", 42, "bad \ud800 draft", None, "你们"]
    out = replykit.suggest_many(drafts, assistant=fake, progress=False)
    assert [is_failed(s) for s in out] == [False, True, True, True, False]
    assert out[1].errors[0].error == "TypeError" and "int" in out[1].errors[0].message
    assert out[2].errors[0].error == "ReplykitError" and "surrogate" in out[2].errors[0].message
    assert out[2].original == "bad \ufffd draft"  # still serialisable
    out[2].model_dump_json()
    assert out[4].text == "您们～"


def test_plugin_failure_in_strict_mode_is_recorded_in_place() -> None:
    a = only(("boom", Boom()), strict=True)
    out = replykit.suggest_many(["一", "二"], assistant=a, progress=False)
    assert all(is_failed(s) and "boom" in s.errors[0].message for s in out)


def test_one_context_for_all_and_one_per_draft() -> None:
    seen: list[object] = []

    class Spy:
        rule = Replace("spy", "x", "y").rule

        @replykit.hookimpl
        def replykit_rules(self) -> list[replykit.Rule]:
            return [self.rule]

        @replykit.hookimpl
        def replykit_check(self, draft: object, options: object, report: object) -> None:
            seen.append(draft.context.channel)  # type: ignore[attr-defined]

    a = only(("spy", Spy()))
    replykit.suggest_many(["a", "b"], context={"channel": "jd"}, assistant=a, progress=False)
    replykit.suggest_many(["a", "b"], context=Context(channel="wechat"), assistant=a, progress=False)
    out = replykit.suggest_many(
        ["a", "b", "c"], context=[{"channel": "taobao"}, None, {"nope": 1}], assistant=a, progress=False
    )
    assert seen == ["jd", "jd", "wechat", "wechat", "taobao", None]
    assert is_failed(out[2]) and "invalid context" in out[2].errors[0].message
    with pytest.raises(ValueError, match="different length"):
        replykit.suggest_many(["a", "b"], context=[None], assistant=a, progress=False)


def test_iter_suggest_is_lazy(fake: Assistant) -> None:
    pulled: list[int] = []

    def drafts() -> Iterator[str]:
        for i in range(1000):
            pulled.append(i)
            yield "你"

    it = iter_suggest(drafts(), assistant=fake, progress=False)
    assert next(it).text == "您～"
    assert len(pulled) == 1


def test_default_assistant_and_config() -> None:
    out = replykit.suggest_many(["你好"], progress=False)
    assert out == [replykit.suggest("你好")]
    cfg = Config(select=["script"])
    assert all(a.plugin == "script" for a in replykit.suggest_many(["你好，我們这边"], config=cfg)[0].annotations)
    with pytest.raises(TypeError, match="iterable of drafts"):
        replykit.suggest_many("你好")
    with pytest.raises(ValueError, match="not both"):
        replykit.suggest_many([], config=cfg, assistant=Assistant(cfg))


@pytest.mark.slow
def test_workers_give_the_same_results_in_order(fake: Assistant) -> None:
    drafts: list[object] = [f"你好{i}号，你的订单" if i % 97 else i for i in range(2000)]
    serial = replykit.suggest_many(drafts, assistant=fake, progress=False)
    parallel = replykit.suggest_many(drafts, assistant=fake, workers=2, chunksize=64, progress=False)
    assert parallel == serial
    assert sum(is_failed(s) for s in parallel) == len(range(0, 2000, 97))
    # Default pipeline, built in each worker from the config.
    assert replykit.suggest_many(DRAFTS, workers=2, progress=False) == replykit.suggest_many(DRAFTS, progress=False)


def test_progress_bar(fake: Assistant, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    replykit.suggest_many(["你"] * 5, assistant=fake, progress=True)
    assert "5/5" in capsys.readouterr().err
    replykit.suggest_many(["你"] * 5, assistant=fake)  # short list: no bar by default
    assert capsys.readouterr().err == ""


def test_to_frame_per_annotation_and_per_draft(fake: Assistant) -> None:
    pytest.importorskip("pandas")
    out = replykit.suggest_many(["你好你", "好的", 3], assistant=fake, progress=False)
    df = to_frame(out)
    assert list(df.columns) == [
        "draft",
        "plugin",
        "rule",
        "severity",
        "start",
        "end",
        "text",
        "replacements",
        "fix",
        "applied",
        "message",
    ]
    assert df["draft"].tolist() == [0, 0, 0, 1]
    assert df["rule"].tolist() == ["you.replace", "you.replace", "end.insert", "end.insert"]
    assert df["replacements"].iloc[0] == ["您"] and df["fix"].iloc[2] == "unsafe"
    drafts = replykit.to_frame(out, per="draft")
    assert drafts["findings"].tolist() == [3, 1, 0]
    assert drafts["changed"].tolist() == [True, True, False]
    assert "TypeError" in drafts["errors"].iloc[2] and drafts["errors"].iloc[0] == ""
    assert list(to_frame([]).columns)[:3] == ["draft", "plugin", "rule"]
    with pytest.raises(ValueError):
        to_frame(out, per="rule")  # type: ignore[arg-type]


def test_to_frame_without_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"replykit\[notebook\]"):
        to_frame([])


def test_summary_and_chart(fake: Assistant) -> None:
    out = replykit.suggest_many(["你你", "好", "", 7], assistant=fake, progress=False)
    s = summarize(out)
    assert (s.drafts, s.changed, s.flagged, s.failed, s.findings) == (4, 2, 2, 1, 4)
    assert s.by_rule == {"you.replace": 2, "end.insert": 2}
    assert s.drafts_by_rule["you.replace"] == 1 and s.applied_by_rule["end.insert"] == 2
    assert s.by_plugin == {"you": 2, "end": 2} and s.by_severity == {"warning": 4}
    assert s.changed_share == 0.5
    assert "changed: 2 (50.0%)" in str(s) and "you.replace" in s._repr_html_()
    pytest.importorskip("pandas")
    assert s.rules_frame()["hits"].tolist() == [2, 2]
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    ax = s.chart()
    assert {t.get_text() for t in ax.get_yticklabels()} == {"end.insert", "you.replace"}
    assert "50%" in ax.get_title()
    assert replykit.batch.chart([]).get_title().startswith("replykit")


@pytest.mark.slow
def test_stopping_early_with_workers_does_not_hang(fake: Assistant) -> None:
    it = iter_suggest(("你" for _ in range(100_000)), assistant=fake, workers=2, chunksize=50, progress=False)
    assert [next(it).text for _ in range(3)] == ["您～"] * 3
    it.close()  # shuts the pool down, dropping the chunks not started


def test_unsendable_plugins_fail_early_under_spawn(monkeypatch: pytest.MonkeyPatch) -> None:
    class Local(Replace):  # a class defined in a function does not pickle
        pass

    a = only(("local", Local("local", "你", "您")))
    monkeypatch.setattr("multiprocessing.get_start_method", lambda *args, **kw: "spawn")
    with pytest.raises(replykit.ReplykitError, match="cannot be sent to worker processes"):
        replykit.suggest_many(["你"], assistant=a, workers=2, progress=False)


@pytest.mark.slow
def test_ten_thousand_drafts_with_workers_and_a_progress_bar(capsys: pytest.CaptureFixture[str]) -> None:
    sample = (ROOT / "examples" / "sample_replies.txt").read_text(encoding="utf-8").splitlines()
    drafts = [sample[i % len(sample)] for i in range(10_000)]
    out = replykit.suggest_many(drafts, workers=2)  # progress=None: a bar from 1,000 drafts on
    assert len(out) == 10_000 and [s.original for s in out] == drafts
    assert "10000/10000" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.parametrize("workers", [2, 3])
def test_the_calling_process_is_one_of_the_workers(
    fake: Assistant, workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # n workers = n - 1 processes + this one, which claims ranges like they do; the order
    # of the results never changes.
    from replykit.batch import workers as batch

    here = []
    check = batch.check
    parent, worker_started = os.getpid(), multiprocessing.Event()

    def counting(assistant: Assistant, draft: object, context: object, fixes: str) -> object:
        if os.getpid() != parent:
            worker_started.set()
        else:  # let a worker start before this process could take every range itself
            worker_started.wait(timeout=30)
            here.append(draft)
        return check(assistant, draft, context, fixes)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "check", counting)
    drafts = [f"你好{i}，你的订单" for i in range(3000)]
    parallel = replykit.suggest_many(drafts, assistant=fake, workers=workers, chunksize=50, progress=False)
    assert [s.original for s in parallel] == drafts
    assert 0 < len(here) < len(drafts)  # both this process and the workers did some
    here.clear()
    serial = replykit.suggest_many(drafts, assistant=fake, progress=False)
    assert parallel == serial


def _as(shape: str, items: list[object]) -> Iterable[object]:
    return items if shape == "list" else (x for x in items)


@pytest.mark.slow
@pytest.mark.parametrize("shape", ["list", "generator"])  # forked workers reading the list; a pool
def test_both_parallel_paths_match_the_serial_result(fake: Assistant, shape: str) -> None:
    drafts: list[object] = [f"你好{i}号，你的订单" if i % 97 else i for i in range(1500)]
    contexts: list[object] = [{"channel": "jd"} if i % 3 else None for i in range(1500)]
    serial = replykit.suggest_many(drafts, context=contexts, assistant=fake, progress=False)
    it = iter_suggest(
        _as(shape, drafts), context=_as(shape, contexts), assistant=fake, workers=2, chunksize=40, progress=False
    )
    assert list(it) == serial


def test_claims_cover_the_list_once_in_order_and_shrink_at_the_end() -> None:
    from replykit.batch.workers import Claims

    claims = Claims(multiprocessing.Value("q", 0), 10_000, 2, 1000)
    spans = list(iter(claims.next, None))
    assert spans[0] == (0, 1000) and spans[-1][1] == 10_000
    assert all(a[1] == b[0] for a, b in pairwise(spans))  # contiguous, no overlap
    sizes = [b - a for a, b in spans]
    assert sizes == sorted(sizes, reverse=True) and sizes[-1] <= 16  # the tail is split finely
    assert claims.next() is None


class _DieInWorker:
    """Kills the worker process that checks a draft; this process waits until that happened."""

    def __init__(self) -> None:
        self.parent = os.getpid()
        self.died = multiprocessing.Event()
        self.rule = Replace("die", "x", "y").rule

    @replykit.hookimpl
    def replykit_rules(self) -> list[replykit.Rule]:
        return [self.rule]

    @replykit.hookimpl
    def replykit_check(self, draft: object, options: object, report: object) -> None:
        if os.getpid() != self.parent:
            self.died.set()
            os._exit(1)
        self.died.wait(timeout=30)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="the shared path forks")
def test_a_worker_that_dies_fails_only_its_range(fake: Assistant) -> None:
    a = only(("die", _DieInWorker()))
    drafts = [f"第{i}条" for i in range(400)]
    out = replykit.suggest_many(drafts, assistant=a, workers=2, chunksize=20, progress=False)
    assert [s.original for s in out] == drafts
    lost = [i for i, s in enumerate(out) if is_failed(s)]
    assert 0 < len(lost) <= 20 and lost == list(range(lost[0], lost[0] + len(lost)))
    assert "stopped" in out[lost[0]].errors[0].message
    assert all(not s.errors for i, s in enumerate(out) if i not in lost)


@pytest.mark.slow
def test_stopping_early_on_a_list_does_not_hang(fake: Assistant) -> None:
    it = iter_suggest(["你"] * 100_000, assistant=fake, workers=2, chunksize=50, progress=False)
    assert [next(it).text for _ in range(3)] == ["您～"] * 3
    it.close()  # stops the workers; nothing is left running
    assert multiprocessing.active_children() == []


def test_checking_leaves_no_reference_cycles() -> None:
    # suggest_many pauses the cyclic collector while it fills its list; that is only safe
    # while a check frees everything it made by reference counting alone.
    import gc

    sample = (ROOT / "examples" / "sample_replies.txt").read_text(encoding="utf-8").splitlines()
    drafts: list[object] = [*sample, "你们不能退款吗？但是质量很好😊", "我們不能退款", 42, "bad \ud800"]
    contexts = [None, {"target_script": "zh-TW"}, {"customer_message": "气死了"}]
    replykit.suggest_many(drafts, progress=False)  # warm: first-use caches are not garbage
    gc.collect()
    was_on = gc.isenabled()
    gc.disable()
    try:
        for ctx in contexts:
            replykit.suggest_many(drafts, context=ctx, progress=False)
        assert gc.collect() == 0
    finally:
        if was_on:
            gc.enable()


def test_suggest_many_leaves_the_collector_as_it_found_it() -> None:
    import gc

    assert gc.isenabled()
    replykit.suggest_many(["你好"], progress=False)
    assert gc.isenabled()
    gc.disable()
    try:
        replykit.suggest_many(["你好"], progress=False)
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.slow
def test_workers_leave_the_start_method_for_the_caller_to_choose() -> None:
    # multiprocessing.get_start_method() and a pool without a context fix the default for
    # good; a caller's set_start_method("spawn") afterwards would then raise.
    import subprocess

    code = (
        "import multiprocessing, replykit, replykit.batch\n"
        "replykit.suggest_many(['你好'] * 50, workers=2, chunksize=10, progress=False)\n"
        "list(replykit.batch.iter_suggest((d for d in ['你好'] * 50), workers=2, chunksize=10, progress=False))\n"
        "assert multiprocessing.get_start_method(allow_none=True) is None\n"
        "multiprocessing.set_start_method('spawn')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
