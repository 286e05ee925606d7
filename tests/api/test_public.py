"""The public drug finder through HTTP as the mini-program calls it (PUB-01…18): persisted operations for anonymous
callers, drug search, suggestions and details (with honest package inserts), nearest-first lists checked against the
stored positions, recency indicators checked against the data, nearby institutions, divisions. Insured persons,
partners and usage: test_public_insured.py; the nearest-holders index and caches: test_public_holders.py."""
from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from domain.public.geo import gcj02_to_wgs84, haversine_m, wgs84_to_gcj02
from domain.shared.config import shanghai_today
from tests.helpers import Api, sql
from tests.public_helpers import DOCS, HASHES, URUMQI, Public, stocked_drug


# --- persisted operations ------------------------------------------------------------------------------------

def test_anonymous_callers_must_use_persisted_operations(anon: Public, public_base: str):
    raw = httpx.post(public_base + "/graphql", json={"query": DOCS["categories"]})
    assert raw.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_REQUIRED"
    unknown = httpx.post(public_base + "/graphql", json={"documentId": "0" * 64})
    assert unknown.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
    cats = anon.data("categories")["publicDrugCategories"]
    assert {"X:J", "Z:A"} <= {c["code"] for c in cats} and all(c["drugCount"] > 0 for c in cats)
    # Apollo-style automatic persisted queries name the same documents
    apq = httpx.post(public_base + "/graphql", json={"extensions": {"persistedQuery": {
        "version": 1, "sha256Hash": HASHES["categories"]}}})
    assert apq.json()["data"]["publicDrugCategories"] == cats


def test_staff_and_partners_may_send_their_own_documents(api: Api):
    r = api.gql("{ publicDrugs(keyword: \"阿莫西林\", first: 2) { nodes { genericName } } }", as_="nhsa_public")
    assert [n["genericName"] for n in r.ok()["publicDrugs"]["nodes"]] == ["阿莫西林", "阿莫西林"]


# --- drug search (PUB-01…04) -----------------------------------------------------------------------------------

def test_search_by_name_trade_name_pinyin_and_category(anon: Public):
    by_name = anon.data("search", {"k": "阿莫西林", "first": 5})["publicDrugs"]
    assert by_name["nodes"] and all("阿莫西林" in n["genericName"] for n in by_name["nodes"])
    assert all(n["manufacturer"] for n in by_name["nodes"])
    by_pinyin = anon.data("search", {"k": "amxl", "first": 5})["publicDrugs"]["nodes"]
    assert by_pinyin and all(n["genericName"].startswith("阿莫西林") for n in by_pinyin)
    trade = sql("SELECT trade_name FROM drug_code WHERE trade_name IS NOT NULL ORDER BY code LIMIT 1")[0]["trade_name"]
    by_trade = anon.data("search", {"k": trade, "first": 50})["publicDrugs"]["nodes"]
    assert any(n["tradeName"] == trade for n in by_trade)
    in_class = anon.data("search", {"c": "X:J", "first": 20})["publicDrugs"]["nodes"]
    assert in_class and all(n["categoryName"] == "全身用抗感染药" for n in in_class)
    # paging: the second page continues the first without overlap
    p1 = anon.data("search", {"k": "片", "first": 5})["publicDrugs"]
    p2 = anon.data("search", {"k": "片", "first": 5, "after": p1["pageInfo"]["endCursor"]})["publicDrugs"]
    assert p1["pageInfo"]["hasNextPage"] and not {n["code"] for n in p1["nodes"]} & {n["code"] for n in p2["nodes"]}


def test_search_reimbursement_class_follows_the_published_catalog(anon: Public):
    row = sql("SELECT d.code, e.reimbursement_class FROM catalog_entry e JOIN catalog_version v ON v.id = e.version_id "
              "JOIN drug_code d ON d.id = e.drug_code_id WHERE v.state = 'PUBLISHED' AND v.owner_division = '650000' "
              "ORDER BY v.published_at DESC, d.code LIMIT 1")[0]
    drug = anon.data("drug", {"code": row["code"]})["publicDrug"]
    assert drug["reimbursementClass"] == row["reimbursement_class"]
    assert drug["insert"]["indications"]
    assert anon.data("drug", {"code": "XZZZZ0000000000000000000"})["publicDrug"] is None


def test_a_package_insert_says_whether_it_is_synthetic_demo_text(anon: Public):
    """The demo data's inserts are synthetic text: the public type says so (the mini-program must not present them
    as excerpts of a real insert), and an insert that is real says that."""
    code = sql("SELECT d.code FROM drug_package_insert p JOIN drug_code d ON d.id = p.drug_code_id "
               "WHERE p.synthetic ORDER BY d.code DESC LIMIT 1")[0]["code"]
    mark = "UPDATE drug_package_insert SET synthetic = $2 WHERE drug_code_id = (SELECT id FROM drug_code WHERE code = $1)"
    assert anon.data("drug", {"code": code})["publicDrug"]["insert"]["synthetic"] is True
    sql(mark, code, False)
    try:
        insert = anon.data("drug", {"code": code})["publicDrug"]["insert"]
        assert insert["synthetic"] is False and insert["indications"]
    finally:
        sql(mark, code, True)


@pytest.mark.parametrize("keyword,reason", [("", "KEYWORD_EMPTY"), ("   ", "KEYWORD_EMPTY"),
                                            ("药" * 200, "KEYWORD_TOO_LONG")])
def test_bad_searches_get_a_reason(anon: Public, keyword: str, reason: str):
    err = anon.errors("search", {"k": keyword})[0]
    assert err["extensions"]["code"] == "BAD_USER_INPUT" and err["extensions"]["reason"] == reason
    assert err["message"]


def test_suggestions_as_the_user_types(anon: Public):
    chinese = anon.data("suggest", {"p": "阿莫"})["publicDrugSuggestions"]
    assert chinese and all(s["text"].startswith("阿莫") for s in chinese)
    pinyin = anon.data("suggest", {"p": "amx"})["publicDrugSuggestions"]
    assert any(s["text"] == "阿莫西林" for s in pinyin) and all(s["initials"].startswith("amx") for s in pinyin)
    assert anon.errors("suggest", {"p": ""})[0]["extensions"]["reason"] == "KEYWORD_EMPTY"


# --- where the drug is on sale (PUB-05…08) ---------------------------------------------------------------------

def test_outlets_are_nearest_first_with_true_distances_and_recency(anon: Public):
    code = stocked_drug()
    near = {"lat": URUMQI[0], "lon": URUMQI[1], "datum": "WGS84"}
    res = anon.data("outlets", {"code": code, "near": near, "first": 10})["publicDrugOutlets"]
    assert res["purchaseWindowDays"] == 30 and res["settlementWindowDays"] == 90
    outlets = res["outlets"]
    assert len(outlets) >= 3 and res["total"] >= len(outlets)
    dists = [o["distanceMeters"] for o in outlets]
    assert dists == sorted(dists)
    today = shanghai_today()
    for o in outlets:
        inst = sql("SELECT id, lat, lon FROM organisation WHERE code = $1", o["institution"]["code"])[0]
        assert abs(haversine_m(URUMQI[0], URUMQI[1], inst["lat"], inst["lon"]) - o["distanceMeters"]) < 5
        truth = sql(
            "SELECT EXISTS (SELECT 1 FROM stock_movement m JOIN drug_code d ON d.id = m.drug_code_id WHERE "
            "m.organisation_id = $1 AND d.code = $2 AND m.kind = 'RECEIPT' AND m.business_date >= $3) AS p, "
            "EXISTS (SELECT 1 FROM settlement_sale s JOIN drug_code d ON d.id = s.drug_code_id WHERE "
            "s.organisation_id = $1 AND d.code = $2 AND s.settled_on >= $4) AS s",
            inst["id"], code, today - timedelta(days=29), today - timedelta(days=89))[0]
        assert (o["recentlyPurchased"], o["recentlySettled"]) == (truth["p"], truth["s"])
    # every listed holder counts, and nobody without stock is listed
    holders = sql("SELECT count(*) AS n FROM stock_level l JOIN drug_code d ON d.id = l.drug_code_id JOIN "
                  "organisation o ON o.id = l.organisation_id WHERE d.code = $1 AND l.on_hand > 0 AND o.public_listed "
                  "AND o.subtype IN ('HOSPITAL', 'PHARMACY')", code)[0]["n"]
    assert res["total"] == holders
    only_pharmacies = anon.data("outlets", {"code": code, "near": near, "kind": "PHARMACY"})["publicDrugOutlets"]
    assert all(o["institution"]["kind"] == "PHARMACY" for o in only_pharmacies["outlets"])


def test_a_gcj02_position_is_converted_before_measuring(anon: Public):
    code = stocked_drug()
    glat, glon = wgs84_to_gcj02(*URUMQI)
    assert haversine_m(glat, glon, *URUMQI) > 100  # the offset is real in Xinjiang
    wgs = anon.data("outlets", {"code": code, "near": {"lat": URUMQI[0], "lon": URUMQI[1], "datum": "WGS84"}})
    gcj = anon.data("outlets", {"code": code, "near": {"lat": glat, "lon": glon, "datum": "GCJ02"}})
    a = [(o["institution"]["code"], o["distanceMeters"]) for o in wgs["publicDrugOutlets"]["outlets"]]
    b = [(o["institution"]["code"], o["distanceMeters"]) for o in gcj["publicDrugOutlets"]["outlets"]]
    assert [c for c, _ in a] == [c for c, _ in b]
    assert all(abs(x - y) <= 1 for (_, x), (_, y) in zip(a, b, strict=True))


@pytest.mark.parametrize("lat,lon", [(91, 87.6), (43.8, 181), (-90.5, 0)])
def test_coordinates_out_of_range_are_refused(anon: Public, lat: float, lon: float):
    err = anon.errors("outlets", {"code": stocked_drug(), "near": {"lat": lat, "lon": lon, "datum": "WGS84"}})[0]
    assert err["extensions"]["reason"] == "BAD_COORDINATES"


# --- nearby institutions (PUB-09…18) ---------------------------------------------------------------------------

def test_nearby_pharmacies_and_medical_institutions(anon: Public):
    near = {"lat": URUMQI[0], "lon": URUMQI[1], "datum": "WGS84"}
    for kind in ("PHARMACY", "HOSPITAL"):
        page = anon.data("nearby", {"kind": kind, "near": near, "first": 8})["publicInstitutions"]
        nodes = page["nodes"]
        assert nodes and all(n["kind"] == kind for n in nodes)
        assert [n["distanceMeters"] for n in nodes] == sorted(n["distanceMeters"] for n in nodes)
        # the true nearest listed institution of that kind comes first
        truth = sql("SELECT code, lat, lon FROM organisation WHERE subtype = $1 AND public_listed AND lat IS NOT NULL",
                    kind)
        nearest = min(truth, key=lambda r: haversine_m(URUMQI[0], URUMQI[1], r["lat"], r["lon"]))
        assert nodes[0]["code"] == nearest["code"]
        more = anon.data("nearby", {"kind": kind, "near": near, "first": 8,
                                    "after": page["pageInfo"]["endCursor"]})["publicInstitutions"]["nodes"]
        assert more and more[0]["distanceMeters"] >= nodes[-1]["distanceMeters"]
    by_name = anon.data("nearby", {"kind": "PHARMACY", "sort": "NAME", "first": 10})["publicInstitutions"]["nodes"]
    assert [n["name"] for n in by_name] == sorted(n["name"] for n in by_name)
    # a full name as displayed, full-width brackets included, finds its institution
    full = anon.data("nearby", {"kind": "PHARMACY", "name": by_name[0]["name"]})["publicInstitutions"]["nodes"]
    assert "（" in by_name[0]["name"] and by_name[0]["code"] in {n["code"] for n in full}
    in_county = anon.data("nearby", {"kind": "PHARMACY", "division": "650102", "near": near})["publicInstitutions"]
    assert in_county["nodes"] and all(n["divisionCode"] == "650102" for n in in_county["nodes"])
    private = anon.data("nearby", {"kind": "HOSPITAL", "ownership": "PRIVATE", "first": 50})["publicInstitutions"]
    assert all(n["ownership"] == "PRIVATE" for n in private["nodes"])
    within = anon.data("nearby", {"kind": "PHARMACY", "near": near, "within": 3000, "first": 50})["publicInstitutions"]
    assert all(n["distanceMeters"] <= 3000 for n in within["nodes"])
    assert within["totalCount"] == len(within["nodes"])


def test_unlisted_institutions_stay_off_the_public_side(anon: Public):
    near = {"lat": URUMQI[0], "lon": URUMQI[1], "datum": "WGS84"}
    first = anon.data("nearby", {"kind": "PHARMACY", "near": near, "first": 1})["publicInstitutions"]["nodes"][0]
    sql("UPDATE organisation SET public_listed = false WHERE code = $1", first["code"])
    try:
        again = anon.data("nearby", {"kind": "PHARMACY", "near": near, "first": 5})["publicInstitutions"]["nodes"]
        assert first["code"] not in {n["code"] for n in again}
        assert anon.data("institution", {"code": first["code"], "datum": "WGS84"})["publicInstitution"] is None
    finally:
        sql("UPDATE organisation SET public_listed = true WHERE code = $1", first["code"])


def test_an_institution_its_drugs_on_sale_and_its_position_for_navigation(anon: Public):
    inst = sql("SELECT o.code, o.lat, o.lon FROM organisation o WHERE o.subtype = 'PHARMACY' AND o.public_listed "
               "AND o.division_code = '650102' AND EXISTS (SELECT 1 FROM stock_level l WHERE l.organisation_id = o.id "
               "AND l.on_hand > 0) ORDER BY o.code LIMIT 1")[0]
    wgs = anon.data("institution", {"code": inst["code"], "datum": "WGS84"})["publicInstitution"]
    assert (wgs["location"]["lat"], wgs["location"]["lon"]) == (round(inst["lat"], 7), round(inst["lon"], 7))
    assert wgs["phone"] and wgs["businessHours"]
    gcj = anon.data("institution", {"code": inst["code"], "datum": "GCJ02"})["publicInstitution"]["location"]
    back = gcj02_to_wgs84(gcj["lat"], gcj["lon"])
    assert gcj["datum"] == "GCJ02" and haversine_m(*back, inst["lat"], inst["lon"]) < 0.05
    on_sale = {n["code"] for n in wgs["onSaleDrugs"]["nodes"]}
    truth = {r["code"] for r in sql("SELECT d.code FROM stock_level l JOIN drug_code d ON d.id = l.drug_code_id "
                                    "JOIN organisation o ON o.id = l.organisation_id WHERE o.code = $1 AND "
                                    "l.on_hand > 0 ORDER BY d.generic_initials, d.generic_name, d.code LIMIT 50",
                                    inst["code"])}
    assert on_sale == truth and on_sale


def test_the_nearest_query_uses_the_spatial_index(database: None):
    """KNN order comes from the GiST index on ll_to_earth(lat, lon) (sequential scans off: the small test table
    would otherwise be read whole, which is the right plan for 100 rows but proves nothing)."""
    import asyncio

    import asyncpg

    from tests.helpers import db_url

    async def plan() -> str:
        conn = await asyncpg.connect(db_url())
        try:
            await conn.execute("SET enable_seqscan = off; SET enable_bitmapscan = off")
            rows = await conn.fetch(
                "EXPLAIN SELECT id FROM organisation WHERE lat IS NOT NULL AND subtype IN ('HOSPITAL','PHARMACY') "
                "ORDER BY ll_to_earth(lat, lon) <-> ll_to_earth(43.8, 87.6) LIMIT 20")
            return "\n".join(r[0] for r in rows)
        finally:
            await conn.close()

    text = asyncio.run(plan())
    assert "ix_organisation_earth" in text and "Sort" not in text, text


def test_divisions_for_the_filter(anon: Public):
    prefectures = anon.data("divisions", {})["publicDivisions"]
    assert "650100" in {d["code"] for d in prefectures}
    counties = anon.data("divisions", {"p": "650100"})["publicDivisions"]
    assert "650102" in {d["code"] for d in counties}
    assert anon.errors("divisions", {"p": "110000"})[0]["extensions"]["reason"] == "UNKNOWN_DIVISION"


def test_the_county_of_a_position(anon: Public):
    # 天山区's seat is the nearest to a point a few hundred metres from it; GCJ-02 input lands in the same county
    seat = sql("SELECT lat::float8 AS lat, lon::float8 AS lon FROM division WHERE code = '650102'")[0]
    here = anon.data("divisionAt", {"at": {"lat": seat["lat"] + 0.002, "lon": seat["lon"], "datum": "WGS84"}})
    assert here["publicDivisionAt"] == {"code": "650102", "name": "天山区", "level": "COUNTY"}
    glat, glon = wgs84_to_gcj02(seat["lat"], seat["lon"])
    assert anon.data("divisionAt", {"at": {"lat": glat, "lon": glon, "datum": "GCJ02"}})["publicDivisionAt"][
        "code"] == "650102"
    # Beijing is outside the public app's region
    assert anon.data("divisionAt", {"at": {"lat": 39.9, "lon": 116.4, "datum": "WGS84"}})["publicDivisionAt"] is None
    assert anon.errors("divisionAt", {"at": {"lat": 99, "lon": 0}})[0]["extensions"]["reason"] == "BAD_COORDINATES"
