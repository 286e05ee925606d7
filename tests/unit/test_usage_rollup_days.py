"""Which days the usage rollup may roll: never today or later (their events are still arriving)."""
from __future__ import annotations

from datetime import date, timedelta

from domain.public.rollup import days_to_roll

TODAY = date(2026, 11, 30)


def test_today_and_later_are_never_rolled() -> None:
    assert days_to_roll([TODAY], TODAY) == []
    assert days_to_roll([TODAY + timedelta(days=1), TODAY + timedelta(days=400)], TODAY) == []


def test_earlier_days_are_rolled_once_each_in_order() -> None:
    y, d2 = TODAY - timedelta(days=1), TODAY - timedelta(days=2)
    assert days_to_roll([TODAY, y, d2, y, date(2025, 12, 1)], TODAY) == [date(2025, 12, 1), d2, y]
    assert days_to_roll([], TODAY) == []
