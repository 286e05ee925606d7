"""The load benchmark's answer check (bench/scenarios.py): it must catch servers that return different data, since
the throughput of a server that answers something else means nothing."""
from __future__ import annotations

import copy

from bench.scenarios import OURS, POSTGRAPHILE, POSTGRAPHILE5, compare, drugs, leaves


def _lookup(code: str, **extra: object) -> dict:
    return {"data": {"drug": {"id": 1, "code": code, "genericName": "阿莫西林", "tradeName": None, **extra}}}


def _page(root: str, codes: list[str], entries: int = 1) -> dict:
    nodes = [{"code": c, "genericName": "阿莫西林", "catalogEntries": {"nodes": [
        {"catalogNo": "X1", "reimbursementClass": "A", "insuranceName": "阿莫西林"}] * entries}} for c in codes]
    return {"data": {root: {"nodes": nodes}}}


def test_leaves_counts_scalar_fields_nulls_included_and_wrappers_not():
    assert leaves(_lookup("X1")["data"]) == 4
    assert leaves({"a": {"nodes": []}}) == 0
    assert leaves(_page("drugCodes", ["X1", "X2"], entries=2)["data"]) == 2 * (2 + 2 * 3)


def test_same_answers_pass():
    answers = {"ours": _lookup("X1"), "v4": _lookup("X1"), "v5": _lookup("X1")}
    answers["v4"]["data"] = {"drugCodeByCode": answers["v4"]["data"]["drug"]}
    assert compare("lookup", answers) == []
    assert drugs("lookup", answers["v4"]["data"]) == [("X1", "阿莫西林")]


def test_a_different_drug_or_order_or_field_count_fails():
    same = {"ours": _page("drugs", ["X1", "X2"]), "v4": _page("drugCodes", ["X1", "X2"]),
            "v5": _page("drugCodes", ["X1", "X2"])}
    other_order = copy.deepcopy(same)
    other_order["v5"] = _page("drugCodes", ["X2", "X1"])
    assert any("drugs differ" in p for p in compare("search", other_order))
    extra_field = copy.deepcopy(same)
    extra_field["v4"]["data"]["drugCodes"]["nodes"][0]["spec"] = "0.25g"
    assert any("returned fields" in p for p in compare("search", extra_field))
    assert compare("search", same) == []


def test_nested_lets_ours_return_fewer_rows_but_not_more_and_the_postgraphiles_must_agree():
    fewer = {"ours": _page("drugs", ["X1"], entries=1), "v4": _page("drugCodes", ["X1"], entries=3),
             "v5": _page("drugCodes", ["X1"], entries=3)}
    assert compare("nested", fewer) == []
    more = {**fewer, "ours": _page("drugs", ["X1"], entries=4)}
    assert any("more fields" in p for p in compare("nested", more))
    apart = {**fewer, "v5": _page("drugCodes", ["X1"], entries=2)}
    assert any("PostGraphile versions" in p for p in compare("nested", apart))


def test_errors_and_empty_answers_fail():
    assert compare("lookup", {"ours": _lookup("X1"), "v5": {"errors": [{"message": "Cannot query field"}]}})
    assert compare("lookup", {"ours": {"data": {"drug": None}}, "v4": {"data": {"drugCodeByCode": None}}})
    assert compare("search", {"ours": _page("drugs", []), "v4": _page("drugCodes", [])})


def test_v5_documents_differ_from_v4_only_in_the_integer_key():
    for kind in OURS:
        assert POSTGRAPHILE5[kind].replace("rowId", "id") == POSTGRAPHILE[kind]
