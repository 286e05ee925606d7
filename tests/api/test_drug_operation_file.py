"""One-drug-one-file: production/operation (DRUG-22) and procurement/distribution (DRUG-23) sections."""
from __future__ import annotations

from tests.api.test_exchange_deliveries import DELIVER, _order
from tests.api.test_exchange_wholesale import REPORT
from tests.helpers import Api, global_id, sql
from tests.supply_helpers import codes, days_ago, make_supply_org

FILE = """query($id: ID!) { node(id: $id) { ... on Drug { archive { sections { key available } }
  operationFile {
    manufacturer { name creditCode address }
    trade { wholesalers stockQty latestPurchasePrice latestPurchaseDate minPurchasePrice maxPurchasePrice
            listingStatus listingId latestListingPrice listingCategory }
    wholesalers(first: 10) { totalCount nodes { stockQty purchasePrice wholesaler { id name address } } }
    distribution { totalCount nodes { distributor { id } orders lines orderedQty deliveredQty deliveryRate } }
    orders(first: 10) { totalCount nodes { orderNo orderedQty deliveredQty status } } } } } }"""


def test_wholesalers_listing_and_distribution_of_one_drug(api: Api):
    (code,) = codes(1, 1960)
    drug = sql("SELECT id FROM drug_code WHERE code = $1", code)[0]["id"]
    w1, _, u1 = make_supply_org("WHOLESALER", "650100")
    w2, _, u2 = make_supply_org("WHOLESALER", "653100")
    r1 = api.gql(REPORT, {"i": {"batchKey": "op1", "rows": [
        {"drugCode": code, "stockQty": "120", "purchasePrice": "3.20", "purchaseDate": days_ago(5).isoformat(),
         "asOf": days_ago(2).isoformat(), "listingStatus": "LISTED", "listingId": "XJ-GW-001", "listingPrice": "3.80",
         "listingCategory": "集中带量采购"}]}},
                 as_=u1).ok()["wholesaleOfferReport"]
    r2 = api.gql(REPORT, {"i": {"batchKey": "op2", "rows": [
        {"drugCode": code, "stockQty": "30", "purchasePrice": "2.90", "purchaseDate": days_ago(1).isoformat(),
         "asOf": days_ago(1).isoformat()}]}}, as_=u2).ok()["wholesaleOfferReport"]
    assert r1["userErrors"] == [] and r2["userErrors"] == []
    dist, _, du = make_supply_org("DISTRIBUTOR", "650100")
    _, hcode, _ = make_supply_org("HOSPITAL", "650102", ownership="PUBLIC", hospital_level="05")
    out = api.gql(DELIVER, {"i": {"batchKey": "op3", "orders": [
        _order("PO-OP-1", hcode, code, "100", "80", "IN_TRANSIT", 3),
        _order("PO-OP-2", hcode, code, "20", "20", "DELIVERED", 6, 2, 3)]}}, as_=du).ok()["deliveryReport"]
    assert out["userErrors"] == []

    region = api.gql(FILE, {"id": global_id("Drug", drug)}, as_="xj_admin").ok()["node"]
    sections = {s["key"]: s["available"] for s in region["archive"]["sections"]}
    assert sections["PRODUCTION"] and sections["PROCUREMENT"]
    f = region["operationFile"]
    assert f["manufacturer"]["name"]
    t = f["trade"]
    assert (t["wholesalers"], t["stockQty"]) == (2, "150.000")
    assert (t["latestPurchasePrice"], t["latestPurchaseDate"]) == ("2.90", days_ago(1).isoformat())
    assert (t["minPurchasePrice"], t["maxPurchasePrice"]) == ("2.90", "3.20")
    assert (t["listingStatus"], t["listingId"], t["latestListingPrice"], t["listingCategory"]) == \
        ("LISTED", "XJ-GW-001", "3.80", "集中带量采购")
    assert f["wholesalers"]["totalCount"] == 2
    assert f["distribution"]["totalCount"] == 1  # only distributors that delivered this drug
    (d,) = [n for n in f["distribution"]["nodes"] if n["distributor"]["id"] == global_id("Organisation", dist)]
    assert (d["orders"], d["lines"], d["orderedQty"], d["deliveredQty"]) == (2, 2, "120.000", "100.000")
    assert {o["orderNo"] for o in f["orders"]["nodes"]} >= {"PO-OP-1", "PO-OP-2"}

    # 乌鲁木齐市 sees its own wholesaler only; 喀什 the other one
    wl = api.gql(FILE, {"id": global_id("Drug", drug)}, as_="wlmq_official").ok()["node"]["operationFile"]
    assert (wl["trade"]["wholesalers"], wl["trade"]["stockQty"]) == (1, "120.000")
    assert [n["wholesaler"]["id"] for n in wl["wholesalers"]["nodes"]] == [global_id("Organisation", w1)]
    ks = api.gql(FILE, {"id": global_id("Drug", drug)}, as_="kashi_official").ok()["node"]["operationFile"]
    assert ks["trade"]["wholesalers"] == 1 and ks["orders"]["totalCount"] == 0
    # without supply:read the section is refused
    assert api.gql(FILE, {"id": global_id("Drug", drug)}, as_="xj_viewer").codes == []  # region officials have it
    refused = api.gql(FILE, {"id": global_id("Drug", drug)}, as_="tianshan_official")
    assert "FORBIDDEN" in refused.codes


MAKER = """mutation($i: ManufacturerUpdateInput!) { manufacturerUpdate(input: $i) {
  manufacturer { id address contactName contactPhone creditCode } userErrors { code field message } } }"""


def test_manufacturer_contacts_are_maintained_and_shown_in_the_drug_file(api: Api):
    from domain.supply.codes import credit_check_char

    (code,) = codes(1, 1961)
    row = sql("SELECT d.id, d.manufacturer_id FROM drug_code d WHERE d.code = $1", code)[0]
    mid = global_id("Manufacturer", row["manufacturer_id"])
    body = "91650100MA7" + "1234" + "56"
    credit = body + credit_check_char(body)
    bad = api.gql(MAKER, {"i": {"id": mid, "creditCode": body + ("0" if credit[-1] != "0" else "1")}}, as_="xj_admin").ok()
    assert bad["manufacturerUpdate"]["userErrors"][0]["field"] == ["creditCode"]
    phone = api.gql(MAKER, {"i": {"id": mid, "contactPhone": "call me"}}, as_="xj_admin").ok()["manufacturerUpdate"]
    assert phone["manufacturer"] is None and phone["userErrors"][0]["field"] == ["contactPhone"]
    assert api.gql(MAKER, {"i": {"id": mid, "contactName": "x"}}, as_="wlmq_official").codes == ["FORBIDDEN"]
    ok = api.gql(MAKER, {"i": {"id": mid, "contactName": "王经理", "contactPhone": "0991-1234567",
                              "creditCode": credit.lower(), "address": "乌鲁木齐市高新区"}}, as_="xj_admin").ok()
    m = ok["manufacturerUpdate"]
    assert m["userErrors"] == [] and (m["manufacturer"]["contactName"], m["manufacturer"]["creditCode"]) == ("王经理", credit)
    same = api.gql(MAKER, {"i": {"id": mid, "contactName": "王经理"}}, as_="xj_admin").ok()["manufacturerUpdate"]
    assert same["userErrors"][0]["code"] == "NOTHING_TO_CHANGE"
    shown = api.gql(FILE, {"id": global_id("Drug", row["id"])}, as_="wlmq_official").ok()["node"]["operationFile"]
    assert shown["manufacturer"]["name"]
    f2 = api.gql("query($id: ID!) { node(id: $id) { ... on Drug { operationFile { manufacturer { contactName contactPhone } } } } }",
                 {"id": global_id("Drug", row["id"])}, as_="wlmq_official").ok()["node"]["operationFile"]["manufacturer"]
    assert f2 == {"contactName": "王经理", "contactPhone": "0991-1234567"}
    audit = sql("SELECT before, after FROM audit_log WHERE action = 'manufacturer.update' AND entity_id = $1",
                str(row["manufacturer_id"]))
    assert len(audit) == 1
