"""The pure sync rules, without a server: the hybrid logical clock, the winner rule, conflicts, validation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.hub.protocol import (
    Clock,
    HubRevision,
    InvalidRevision,
    conflicts,
    made_ms,
    pack_hlc,
    unpack_hlc,
    validate_revision,
    winner,
)

TEXT = "نمت الإيرادات 🌴 بنسبة 12% في عام واحد"
QUOTE_AT = TEXT.index("12%")


def rev(origin="a", seq=1, hlc=(1, 0), base=None, note="", deleted=False, action="edit", **record) -> HubRevision:
    fields = dict(uuid="c1", start=QUOTE_AT, end=QUOTE_AT + 3, quote="12%", prefix="", suffix="", category="stake",
                  kind="percent", value=12.0, unit="%", note=note, status="unreviewed", origin="manual", author="x",
                  created="2026-01-01T00:00:00.000Z", modified="2026-01-01T00:00:00.000Z")
    fields.update(record)
    return HubRevision(origin, seq, "c1", "h", action, deleted, fields, base, "x", "", "2026-01-01T00:00:00.000Z",
                       pack_hlc(*hlc))


def test_clock_never_goes_back_and_moves_past_what_it_receives():
    clock = Clock()
    first = clock.stamp(1000)
    second = clock.stamp(500)  # the laptop's clock jumped back: still after the first
    assert first < second and unpack_hlc(second) == (1000, 1)
    clock.receive(pack_hlc(9000, 4))  # a colleague's clock is ahead
    assert clock.stamp(2000) > pack_hlc(9000, 4)
    assert Clock(clock.last).stamp(0) > clock.last


@given(st.lists(st.integers(0, 10**12), min_size=1, max_size=50))
def test_stamps_are_strictly_increasing_whatever_the_wall_clock_does(times):
    clock = Clock()
    stamps = [clock.stamp(t) for t in times]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)


def test_winner_is_the_latest_clock_then_the_origin_and_never_a_note():
    x, y = rev("a", 1, (5, 0), note="x"), rev("b", 1, (5, 0), note="y")
    assert winner([x, y]) == winner([y, x]) == y  # same clock: the greater origin id
    z = rev("a", 2, (9, 0), note="z", action="note")
    assert winner([x, y, z]) == y


def test_a_lost_concurrent_version_is_a_conflict_but_an_ancestor_is_not():
    root = rev("a", 1, (1, 0), note="root")
    mine = rev("a", 2, (3, 0), base=root.id, note="mine")
    theirs = rev("b", 1, (2, 0), base=root.id, note="theirs")
    assert conflicts([root, mine]) == []
    assert conflicts([root, mine, theirs]) == [theirs]
    same = rev("c", 1, (2, 5), base=root.id, note="mine")  # the same content reached twice: nothing to review
    assert conflicts([root, mine, same]) == []


def test_made_ms_reads_the_store_timestamps():
    assert made_ms("1970-01-01T00:00:01.500Z") == 1500
    assert made_ms("not a time") == 0


@pytest.mark.parametrize("record, why", [
    (dict(start=QUOTE_AT, end=len(TEXT) + 5), "outside its article"),
    (dict(start=-3), "outside its article"),
    (dict(start="3"), "not whole numbers"),
    (dict(value=float("inf")), "absurd"),
    (dict(value=1e30), "absurd"),
    (dict(note="ن" * 50_000), "oversized"),
    (dict(quote="13%"), "quote does not match"),
    (dict(status="approved-by-me"), "not one Hamish knows"),
    (dict(category="no-such"), "unknown category"),
    (dict(surprise=1), "unknown fields"),
])
def test_validation_refuses_what_an_import_would(record, why):
    with pytest.raises(InvalidRevision, match=why):
        validate_revision(rev(**record), TEXT, ["stake"])
    validate_revision(rev(), TEXT, ["stake"])


def test_validation_refuses_a_bad_identity_or_clock():
    good = rev()
    with pytest.raises(InvalidRevision, match="sequence"):
        validate_revision(HubRevision(**{**good.__dict__, "origin_seq": 0}), TEXT)
    with pytest.raises(InvalidRevision, match="hybrid logical clock"):
        validate_revision(HubRevision(**{**good.__dict__, "hlc": "tomorrow"}), TEXT)
    with pytest.raises(InvalidRevision, match="neither in this store nor on the hub"):
        validate_revision(good, None)
