"""Importing a long article with suggestions on: the article is stored at once and its suggested claims arrive
later from the worker thread, while the window's event loop keeps running (a QTimer keeps ticking)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer

SENTENCES = [
    "قالت الهيئة في تقريرها السنوي إن الإنفاق على الطرق بلغ {n} مليون دينار خلال العام الماضي.",
    "وارتفع عدد المستفيدين من برنامج الدعم إلى {n} ألف أسرة بعد توسيعه إلى القرى 😀.",
    "وتراجعت نسبة البطالة بين خريجي الجامعات إلى {n}٪ في الربع الأخير بحسب البيانات الرسمية.",
    "وأوضح البيان أن الصادرات الزراعية نمت بنسبة {n} بالمئة مقارنة بالفترة نفسها من العام السابق.",
]


def long_article(paragraphs: int) -> str:
    """Our own long text: every sentence states a quantity, so the suggester has work on every line."""
    return "\n\n".join(" ".join(s.format(n=p * 7 + k + 2) for k, s in enumerate(SENTENCES))
                       for p in range(paragraphs))


def test_a_long_article_is_stored_first_and_its_suggestions_arrive_while_the_loop_runs(
        qtbot, store, make_window, settings, tmp_path: Path) -> None:
    settings.suggest_on_import = True
    source = tmp_path / "long.txt"
    source.write_text(long_article(120), encoding="utf-8")
    window = make_window(store)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    events: list[tuple] = []
    run = window.import_files([str(source)])
    run.stored.connect(lambda aid: events.append(("stored", aid, len(ticks), len(store.annotations(aid)))))
    run.suggestionsSaved.connect(lambda aid, saved: events.append(("suggested", aid, len(ticks), saved)))
    qtbot.waitUntil(lambda: window.import_run is None, timeout=120_000)
    timer.stop()
    kinds = [e[0] for e in events]
    assert kinds[0] == "stored" and set(kinds[1:]) == {"suggested"} and len(kinds) > 2  # written in batches
    _, article_id, ticks_stored, claims_then = events[0]
    assert claims_then == 0  # the article was in the store before its suggestions
    assert {e[1] for e in events} == {article_id}
    claims = store.annotations(article_id)
    assert sum(e[3] for e in events[1:]) == len(claims) == window.last_outcome.suggested >= 4 * 120
    ticks_first_batch = events[1][2]
    assert ticks_first_batch > ticks_stored  # the timer ticked while the suggester worked: the window never waited
    assert events[-1][2] > ticks_first_batch  # and between the batches that stored its suggestions
    assert all(c.origin == "suggested" and c.status == "unreviewed" for c in claims)
    assert window.article_id == article_id and article_id in window.library.article_ids()


def test_a_repeated_article_gets_no_second_set_of_suggestions(qtbot, store, make_window, settings,
                                                             tmp_path: Path) -> None:
    settings.suggest_on_import = True
    source = tmp_path / "short.txt"
    source.write_text(long_article(2), encoding="utf-8")
    window = make_window(store)
    for _ in range(2):
        window.import_files([str(source)])
        qtbot.waitUntil(lambda: window.import_run is None, timeout=60_000)
    [(article_id, _, new)] = window.last_outcome.added
    assert not new and window.last_outcome.suggested == 0
    assert len(store.annotations(article_id)) == 8
