"""Supply rules without I/O: credit-code check characters, institution codes, stock rows and movements."""
from datetime import date
from decimal import Decimal

import pytest

from domain.supply.codes import CodeProblem, InstitutionCode, check_credit_code, credit_check_char, parse_institution_code
from domain.supply.commands import StockRow
from domain.supply.models import MovementKind, formula
from domain.supply.stock import Level, check_rows, content_hash, movements_and_levels

CODE = "XJ01CAA040E001010100001"


@pytest.mark.parametrize("code", ["91350100M000100Y43", "91110000802100433B", "9144030071526726XG"])
def test_published_credit_codes_pass_the_gb32100_check(code):
    assert check_credit_code(code) is None


def test_a_wrong_check_character_is_named():
    p = check_credit_code("91350100M000100Y44")
    assert p is not None and p.code == "INVALID_CREDIT_CODE" and "应为 3" in p.message


@pytest.mark.parametrize("code", ["9135010", "91350100M000100Y431", "91350100I000100Y43", "913501A0M000100Y43"])
def test_malformed_credit_codes_are_rejected(code):
    assert isinstance(check_credit_code(code), CodeProblem)


def test_check_character_zero_when_the_sum_divides_by_31():
    assert credit_check_char("00000000000000000") == "0"


def test_institution_codes_are_prefix_division_sequence():
    ok = parse_institution_code("h45012400011", "HOSPITAL")
    assert ok == InstitutionCode("H45012400011", "H", "450124", "00011")
    assert isinstance(parse_institution_code("P33052200672", "PHARMACY"), InstitutionCode)
    assert parse_institution_code("P45012400011", "HOSPITAL").code == "INVALID_INSTITUTION_CODE"
    assert parse_institution_code("H4501240001", "HOSPITAL").code == "INVALID_INSTITUTION_CODE"
    assert parse_institution_code("H45012400011", "WHOLESALER").code == "INVALID_INSTITUTION_CODE"


def _row(code=CODE, d=date(2026, 11, 1), r="0", s="0", o="0", t=None):
    return StockRow(drug_code=code, business_date=d, received_qty=Decimal(r), sold_qty=Decimal(s),
                    on_hand_qty=Decimal(o), in_transit_qty=None if t is None else Decimal(t))


def test_every_bad_row_is_reported_with_its_index_and_field():
    rows = [_row(), _row(r="-1", d=date(2026, 11, 4)), _row(code="X123"), _row(d=date(2026, 12, 31)), _row(),
            _row(o="1.0001", d=date(2026, 11, 5)),
            _row(code="XJ01CAA040E001010199999", d=date(2026, 11, 2)), _row(d=date(2026, 11, 3), t="5")]
    errors = check_rows(rows, date(2026, 11, 30), {CODE: 1}, in_transit_allowed=False)
    got = {(e.details["row"], e.field[-1], e.code) for e in errors}
    assert got == {(1, "receivedQty", "NEGATIVE_QUANTITY"), (2, "drugCode", "INVALID_DRUG_CODE"),
                   (3, "businessDate", "FUTURE_DATE"), (4, "drugCode", "DUPLICATE_ROW"),
                   (5, "onHandQty", "OUT_OF_RANGE"), (6, "drugCode", "DRUG_NOT_FOUND"),
                   (7, "inTransitQty", "IN_TRANSIT_NOT_ALLOWED")}
    assert check_rows([_row(), _row(d=date(2026, 11, 2))], date(2026, 11, 30), {CODE: 1}, False) == []


def test_rows_become_receipts_sales_and_a_reconciling_adjustment():
    prev = {7: Level(Decimal(10), None, date(2026, 11, 1))}
    moves, levels, steps = movements_and_levels([(7, _row(d=date(2026, 11, 2), r="5", s="3", o="11"))], prev)
    assert moves == [(7, date(2026, 11, 2), MovementKind.RECEIPT, Decimal(5)),
                     (7, date(2026, 11, 2), MovementKind.SALE, Decimal(3)),
                     (7, date(2026, 11, 2), MovementKind.ADJUSTMENT, Decimal(-1))]
    assert levels == {7: Level(Decimal(11), None, date(2026, 11, 2))}
    assert steps == [(7, date(2026, 11, 2), Decimal(10), Decimal(11))]


def test_stock_steps_follow_the_newest_rows_from_the_first_report():
    rows = [(8, _row(d=date(2026, 11, 3), o="0")), (8, _row(d=date(2026, 11, 1), r="6", o="6")),
            (9, _row(d=date(2026, 11, 2), o="4"))]
    prev = {9: Level(Decimal(4), None, date(2026, 11, 2))}
    _, levels, steps = movements_and_levels(rows, prev)
    # code 8 had no level: its first step starts from nothing; code 9 re-reported on its level's day: a zero step
    assert steps == [(8, date(2026, 11, 1), None, Decimal(6)), (8, date(2026, 11, 3), Decimal(6), Decimal(0)),
                     (9, date(2026, 11, 2), Decimal(4), Decimal(4))]
    assert levels == {8: Level(Decimal(0), None, date(2026, 11, 3))}


def test_a_late_row_keeps_the_newer_level():
    prev = {7: Level(Decimal(10), None, date(2026, 11, 5))}
    moves, levels, steps = movements_and_levels([(7, _row(d=date(2026, 11, 2), s="2", o="99"))], prev)
    assert moves == [(7, date(2026, 11, 2), MovementKind.SALE, Decimal(2))] and levels == {} and steps == []


def test_the_content_hash_tells_a_resend_from_a_changed_batch():
    assert content_hash([_row(o="1.0")]) == content_hash([_row(o="1")])
    assert content_hash([_row(o="1")]) != content_hash([_row(o="2")])


def test_formulas_are_written_out_with_their_numbers():
    text = formula("DAYS_OF_STOCK", Decimal("7.000"), 30)
    assert "近 30 天" in text and "< 7 天" in text
    assert "< 2" in formula("LOW_COVERAGE", Decimal("2.000"), 30)


def _stability(**kw):
    from domain.supply.views import StabilityView

    base = dict(k=1, days=10, stock_out_days=0, no_data_days=0, zero_stock_days=0, reporting_days=10,
                mean_on_hand=Decimal(10), on_hand_variance=Decimal(0), on_hand_stddev=Decimal(0),
                mean_supplied=Decimal(1), supplied_variance=Decimal(0), supplied_stddev=Decimal(0),
                on_hand=[], supplied=[], stocking=[], reporting_at_end=1)
    return StabilityView(**{**base, **kw})


@pytest.mark.parametrize("kw, expected", [
    ({}, "STABLE"),
    ({"reporting_at_end": 0}, "NO_DATA"),
    ({"stock_out_days": 1}, "UNSTABLE"),
    ({"on_hand_stddev": Decimal(5)}, "UNSTABLE"),                     # CV 0.5
    ({"on_hand_stddev": Decimal("4.99")}, "FLUCTUATING"),             # CV 0.499
    ({"on_hand_stddev": Decimal(2)}, "FLUCTUATING"),                  # CV 0.2
    ({"on_hand_stddev": Decimal("1.99")}, "STABLE"),
    ({"supplied_stddev": Decimal(4)}, "FLUCTUATING"),                 # supply CV 4
    ({"supplied_stddev": Decimal("3.99")}, "STABLE"),
    ({"zero_stock_days": 1}, "FLUCTUATING"),                          # 1 of 10 institution-days at zero
    ({"mean_on_hand": Decimal(0), "mean_supplied": Decimal(0)}, "STABLE"),  # no CV without a mean
])
def test_the_stability_rating_follows_the_stated_rule(kw, expected):
    from domain.supply.stability import rating

    assert rating(_stability(**kw)) == expected


def test_every_combination_of_sources_has_exactly_one_stocking_status():
    from itertools import product

    from domain.supply.criteria import STATUS_RULES, StockingStatus, status_of

    seen = {}
    for facts in product((False, True), repeat=3):
        fits = [s for s, rule in STATUS_RULES if all(w is None or w == f for w, f in zip(rule, facts, strict=True))]
        assert fits[0] == status_of(*facts)
        seen[facts] = fits[0]
    assert set(seen.values()) == set(StockingStatus)
    assert seen[(False, False, False)] == StockingStatus.NONE and seen[(True, False, True)] == StockingStatus.STOCKED


def test_source_windows_end_on_the_day_and_last_their_days():
    from domain.supply.criteria import SourceWindows

    w = SourceWindows.ending(date(2026, 12, 7), 90, 1)
    assert (w.deliveries.start, w.deliveries.days, w.settlements.start, w.settlements.days) == \
        (date(2026, 9, 9), 90, date(2026, 12, 7), 1)
