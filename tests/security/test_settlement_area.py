"""API1:2023 Broken Object Level Authorization: a partner's interface account is bounded by its area on every
write; the settlement subsystem of Xinjiang may not load sales for a hospital of another region."""
from __future__ import annotations

from datetime import date, timedelta

from tests.helpers import Api, existing_codes, sql

LOAD = ("mutation($i: SettlementSalesLoadInput!) { settlementSalesLoad(input: $i) { loaded duplicates "
        "userErrors { code field message } } }")


def _rows() -> list[dict[str, str]]:
    (code, _), = existing_codes(1)
    day = (date.today() - timedelta(days=2)).isoformat()
    return [{"settlementNo": "SEC-AREA-1", "drugCode": code, "settledOn": day, "quantity": "2", "amount": "10.00",
             "fundAmount": "7.00"}]


def test_settlement_interface_cannot_load_for_an_institution_of_another_region(secure_api: Api):
    other = sql("SELECT code FROM organisation WHERE subtype = 'HOSPITAL' AND division_code LIKE '41%' "
                "ORDER BY code LIMIT 1")
    assert other, "the demo data has Henan hospitals"
    code = other[0]["code"]
    before = sql("SELECT count(*) AS n FROM settlement_sale s JOIN organisation o ON o.id = s.organisation_id "
                 "WHERE o.code = $1", code)[0]["n"]
    out = secure_api.gql(LOAD, {"i": {"institutionCode": code, "rows": _rows()}}, as_="xj_settlement").ok()
    res = out["settlementSalesLoad"]
    assert res["loaded"] == 0 and [e["code"] for e in res["userErrors"]] == ["FORBIDDEN"]
    assert res["userErrors"][0]["field"] == ["institutionCode"]
    after = sql("SELECT count(*) AS n FROM settlement_sale s JOIN organisation o ON o.id = s.organisation_id "
                "WHERE o.code = $1", code)[0]["n"]
    assert after == before


def test_settlement_interface_loads_for_its_own_region(secure_api: Api):
    own = sql("SELECT code FROM organisation WHERE subtype = 'HOSPITAL' AND division_code LIKE '65%' "
              "ORDER BY code DESC LIMIT 1")[0]["code"]
    out = secure_api.gql(LOAD, {"i": {"institutionCode": own, "rows": _rows()}}, as_="xj_settlement").ok()
    assert out["settlementSalesLoad"]["userErrors"] == []
