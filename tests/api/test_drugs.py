"""Drug master data (DRUG-07/08), one-drug-one-file (DRUG-19…21) and search, through HTTP."""
import pytest

from tests.helpers import Api, existing_codes, sql

SEARCH = """query($f: DrugFilter, $first: Int, $after: String, $offset: Int, $sort: DrugSort) {
  drugs(first: $first, after: $after, offset: $offset, filter: $f, sort: $sort) {
    totalCount nodes { id code genericName tradeName generic_initials: genericInitials classCode formCode }
    edges { cursor } pageInfo { hasNextPage hasPreviousPage endCursor } } }"""


def search(api: Api, as_: str = "wlmq_official", **variables) -> dict:
    return api.gql(SEARCH, variables, as_=as_).ok()["drugs"]


def test_chinese_substring_finds_generic_names(api: Api):
    r = search(api, f={"search": "西林"}, first=50)
    assert r["totalCount"] > 0 and all("西林" in (n["genericName"] + (n["tradeName"] or "")) for n in r["nodes"])


def test_pinyin_initials_amxl_find_amoxicillin(api: Api):
    r = search(api, f={"search": "amxl"}, first=100)
    assert r["nodes"] and {n["genericName"] for n in r["nodes"]} >= {"阿莫西林"}
    r2 = search(api, f={"pinyin": "AMXL"}, first=100)
    assert r2["totalCount"] == r["totalCount"]


def test_code_prefix_class_and_form_filters(api: Api):
    r = search(api, f={"codePrefix": "XJ01CA"}, first=100)
    assert r["nodes"] and all(n["code"].startswith("XJ01CA") for n in r["nodes"])
    r = search(api, f={"classCode": "J01"}, first=100)
    assert r["nodes"] and all(n["classCode"].startswith("J01") for n in r["nodes"])
    form = r["nodes"][0]["formCode"]
    r = search(api, f={"formCode": form}, first=100)
    assert all(n["formCode"] == form for n in r["nodes"])


def test_type_filter_separates_western_and_patent_medicine(api: Api):
    z = search(api, f={"type": "Z"}, first=20)
    assert z["totalCount"] > 0 and all(n["code"].startswith("Z") for n in z["nodes"])


def test_smart_search_also_accepts_a_code_prefix(api: Api):
    code = existing_codes(1)[0][0]
    r = search(api, f={"search": code[:10].lower()}, first=5)
    assert any(n["code"] == code for n in r["nodes"]) or r["totalCount"] > 0


def test_keyset_pages_are_stable_and_disjoint(api: Api):
    first = search(api, first=7, sort="NAME_ASC")
    second = search(api, first=7, after=first["pageInfo"]["endCursor"], sort="NAME_ASC")
    both = search(api, first=14, sort="NAME_ASC")
    assert [n["code"] for n in first["nodes"] + second["nodes"]] == [n["code"] for n in both["nodes"]]
    assert second["pageInfo"]["hasPreviousPage"] and first["totalCount"] == both["totalCount"]


def test_offset_jumps_to_a_page_number(api: Api):
    ten = search(api, first=10)
    jumped = search(api, first=5, offset=5)
    assert [n["code"] for n in jumped["nodes"]] == [n["code"] for n in ten["nodes"][5:]]


def test_code_desc_sort(api: Api):
    codes = [n["code"] for n in search(api, first=20, sort="CODE_DESC")["nodes"]]
    assert codes == sorted(codes, reverse=True)


def test_page_size_over_100_is_a_clear_error(api: Api):
    r = api.gql(SEARCH, {"first": 101}, as_="wlmq_official")
    assert r.codes == ["BAD_USER_INPUT"] and r.errors[0]["extensions"]["reason"] == "PAGE_SIZE_EXCEEDED"
    assert "100" in r.errors[0]["message"]


def test_garbage_cursor_is_a_clear_error(api: Api):
    r = api.gql(SEARCH, {"after": "not-a-cursor"}, as_="wlmq_official")
    assert r.codes == ["BAD_USER_INPUT"] and r.errors[0]["extensions"]["reason"] == "INVALID_CURSOR"


def test_unknown_enum_value_is_rejected_with_a_code(api: Api):
    r = api.gql(SEARCH, {"sort": "PRICE_ASC"}, as_="wlmq_official")
    assert r.codes == ["BAD_USER_INPUT"] and r.data is None


def test_over_long_search_text_is_rejected(api: Api):
    r = api.gql(SEARCH, {"f": {"search": "药" * 65}}, as_="wlmq_official")
    assert r.codes == ["BAD_USER_INPUT"] and r.errors[0]["extensions"]["reason"] == "VALUE_TOO_LONG"


def test_lookup_by_code_and_by_id_and_the_archive_sections(api: Api):
    code = existing_codes(1, 5)[0][0]
    q = """query($c: String) { drug(code: $c) { id code registeredName packaging minPackQty
        variety { genericName nameCode initials drugCount drugs(first: 100) { code } }
        manufacturer { name synthetic } dosageForm { name } drugClass { name kind }
        archive { sections { key available requirement } basicInfo { code name spec minPackUnit }
                  catalog { versionNo nationalCode reimbursementClass } packageInsert { indications synthetic } } } }"""
    d = api.gql(q, {"c": code.lower()}, as_="wlmq_official").ok()["drug"]
    assert d["code"] == code and d["archive"]["basicInfo"]["code"] == code
    keys = {s["key"]: s["available"] for s in d["archive"]["sections"]}
    assert keys["BASIC"] and keys["PACKAGE_INSERT"] and keys["SALES"] and keys["TRACEABILITY"]
    assert d["archive"]["packageInsert"]["synthetic"] is True and "示例" in d["archive"]["packageInsert"]["indications"]
    assert d["manufacturer"]["synthetic"] is True
    variety_codes = [x["code"] for x in d["variety"]["drugs"]]
    assert code in variety_codes and variety_codes == sorted(variety_codes)
    assert d["variety"]["drugCount"] == len(variety_codes) == sql(
        "SELECT count(*) AS n FROM drug_code WHERE variety_id = (SELECT variety_id FROM drug_code WHERE code = $1)",
        code)[0]["n"]
    again = api.gql("query($id: ID) { drug(id: $id) { code } }", {"id": d["id"]}, as_="wlmq_official").ok()
    assert again["drug"]["code"] == code


def test_archive_catalog_section_shows_the_latest_published_version(api: Api):
    row = sql("SELECT d.code FROM drug_code d JOIN catalog_entry e ON e.drug_code_id = d.id "
              "JOIN catalog_version v ON v.id = e.version_id WHERE v.version_no = '2025' AND v.owner_division = '650000' "
              "LIMIT 1")[0]
    d = api.gql('query($c: String) { drug(code: $c) { latestCatalog { versionNo nationalCode reimbursementClass } } }',
                {"c": row["code"]}, as_="wlmq_official").ok()["drug"]
    assert d["latestCatalog"]["versionNo"] == "2025" and d["latestCatalog"]["nationalCode"] == row["code"]


def test_unknown_code_reads_as_null(api: Api):
    assert api.gql('{ drug(code: "XJ01CAA040A001010199999") { code } }', as_="wlmq_official").ok()["drug"] is None


def test_drug_code_check_explains_a_malformed_code(api: Api):
    r = api.gql('{ drugCodeCheck(code: "XJ01CAA040A0010101026X9") { valid problems { code segment } } }',
                as_="wlmq_official").ok()["drugCodeCheck"]
    assert r["valid"] is False and {"code": "ENTERPRISE", "segment": "enterprise"} in r["problems"]
    code = existing_codes(1)[0][0]
    r = api.gql('query($c: String!) { drugCodeCheck(code: $c) { valid type classCode nameCode drug { code } } }',
                {"c": code}, as_="wlmq_official").ok()["drugCodeCheck"]
    assert r["valid"] and r["drug"]["code"] == code and r["classCode"] == code[1:6]


def test_dictionaries_varieties_and_manufacturers(api: Api):
    r = api.gql("""{ dosageForms { code name } drugClasses(kind: X) { code name kind }
        varieties(first: 5, search: "amxl") { totalCount nodes { genericName drugCount tags { tag { name } } } }
        manufacturers(first: 3) { totalCount nodes { code name } } }""", as_="wlmq_official").ok()
    assert len(r["dosageForms"]) > 20 and all(c["kind"] == "X" for c in r["drugClasses"])
    assert r["varieties"]["nodes"][0]["genericName"] == "阿莫西林" and r["manufacturers"]["totalCount"] > 0


def test_county_official_has_no_master_data_access(api: Api):
    assert api.gql("{ drugs(first: 1) { totalCount } }", as_="tianshan_official").codes == ["FORBIDDEN"]


def test_queries_work_over_get_like_urql_sends_them(api: Api):
    r = api.gql("query($f: DrugFilter) { drugs(first: 2, filter: $f) { totalCount } }", {"f": {"search": "amxl"}},
                as_="wlmq_official", method="GET")
    assert r.status == 200 and r.ok()["drugs"]["totalCount"] > 0


def test_mutations_over_get_are_refused(api: Api):
    r = api.gql('mutation { userLogin(input: {username: "a", password: "b"}) { token } }', method="GET")
    assert r.status in (400, 405)


@pytest.mark.parametrize("depth", [12])
def test_overly_deep_queries_are_rejected_before_running(api: Api, depth: int):
    inner = "code"
    for _ in range(depth):
        inner = f"variety {{ drugs(first: 1) {{ {inner} }} }}"
    r = api.gql(f"{{ drugs(first: 1) {{ nodes {{ {inner} }} }} }}", as_="wlmq_official")
    assert r.codes[0] == "QUERY_TOO_DEEP" and r.data is None and r.statements == 0


def test_excel_export_of_the_current_filter_is_a_real_xlsx_and_is_audited(api: Api):
    import io

    import httpx
    from openpyxl import load_workbook

    r = api.gql('mutation { drugExport(input: {filter: {search: "amxl"}, sort: NAME_ASC}) { file { fileName url '
                'rowCount expiresAt } userErrors { code message } } }', as_="wlmq_official").ok()["drugExport"]
    f = r["file"]
    total = search(api, f={"search": "amxl"})["totalCount"]
    assert f["rowCount"] == total and f["fileName"].endswith(".xlsx")
    got = httpx.get(api.base + f["url"])
    assert got.status_code == 200 and got.headers["content-type"].startswith("application/vnd.openxml")
    ws = load_workbook(io.BytesIO(got.content)).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "药品代码" and len(rows) == total + 1 and all(r[1].startswith("阿莫西林") for r in rows[1:])
    assert sql("SELECT count(*) AS n FROM audit_log WHERE action = 'drug.export' AND actor_username = 'wlmq_official'")[0]["n"] >= 1
    assert httpx.get(api.base + "/files/download/00000000-0000-0000-0000-000000000000").status_code == 401  # no link, no token


def test_dashboard_statistics(api: Api):
    r = api.gql("""{ catalogVersionCounts { state label count }
        catalogActivity(first: 5) { event { label actor { displayName } at } version { versionNo } } }""",
                as_="wlmq_official").ok()
    counts = {c["state"]: c["count"] for c in r["catalogVersionCounts"]}
    assert counts["PUBLISHED"] >= 2 and counts["DRAFT"] == 0   # a prefecture sees no drafts
    assert r["catalogActivity"] and all(a["version"]["versionNo"] for a in r["catalogActivity"])
    vid = sql("SELECT id FROM catalog_version WHERE version_no = '2025' AND owner_division = '650000'")[0]["id"]
    from tests.helpers import global_id
    s = api.gql('query($v: ID!) { catalogEntryStats(versionId: $v) { total classA classB western tcm '
                'byGroup { type group groupName classA classB total } } }', {"v": global_id("CatalogVersion", vid)},
                as_="wlmq_official").ok()["catalogEntryStats"]
    assert s["total"] == s["classA"] + s["classB"] == s["western"] + s["tcm"] > 0
    assert any(g["group"] == "J" and g["groupName"] == "全身用抗感染药" for g in s["byGroup"])


UPDATE_INSERT = """mutation($i: DrugPackageInsertUpdateInput!) { drugPackageInsertUpdate(input: $i) {
  drug { code packageInsert { dosage frequency method indications shelfLifeMonths synthetic } }
  userErrors { code field } } }"""


def test_editing_a_synthetic_insert_keeps_none_of_its_demo_text(api: Api):
    """DRUG-21: an official's edit of a demo (synthetic) insert must not leave demo text beside it as if quoted from
    the insert: the fields not written are cleared, the insert is no longer synthetic, and the change is audited."""
    from tests.helpers import global_id

    code = existing_codes(1, 820)[0][0]
    drug_id = sql("SELECT id FROM drug_code WHERE code = $1", code)[0]["id"]
    assert sql("SELECT synthetic FROM drug_package_insert WHERE drug_code_id = $1", drug_id)[0]["synthetic"]
    out = api.gql(UPDATE_INSERT, {"i": {"drugId": global_id("Drug", drug_id), "indications": "用于敏感菌所致的感染。"}},
                  as_="xj_admin").ok()["drugPackageInsertUpdate"]
    assert out["userErrors"] == []
    assert out["drug"]["packageInsert"] == {"dosage": None, "frequency": None, "method": None,
                                            "indications": "用于敏感菌所致的感染。", "shelfLifeMonths": None,
                                            "synthetic": False}
    again = api.gql(UPDATE_INSERT, {"i": {"drugId": global_id("Drug", drug_id), "indications": "用于敏感菌所致的感染。"}},
                    as_="xj_admin").ok()["drugPackageInsertUpdate"]
    assert [e["code"] for e in again["userErrors"]] == ["NOTHING_TO_CHANGE"]
    more = api.gql(UPDATE_INSERT, {"i": {"drugId": global_id("Drug", drug_id), "dosage": "一次 0.5g"}},
                   as_="xj_admin").ok()["drugPackageInsertUpdate"]["drug"]["packageInsert"]
    assert more["dosage"] == "一次 0.5g" and more["indications"] == "用于敏感菌所致的感染。"  # real text is kept
    assert sql("SELECT count(*) AS n FROM audit_log WHERE action = 'drug_code.update_insert' AND entity_id = $1",
               str(drug_id))[0]["n"] == 2
    denied = api.gql(UPDATE_INSERT, {"i": {"drugId": global_id("Drug", drug_id), "dosage": "x"}}, as_="wlmq_official")
    assert denied.codes == ["FORBIDDEN"]


def test_a_pages_catalog_entries_and_tags_loaded_up_front_equal_each_drugs_own(api: Api):
    """`drugs` loads what its nodes select (catalog entries, tags) for the whole page at once (prefetch_drugs); the
    fields of a drug read alone await their own loads. Both answer alike, with fragments, aliases and edges too."""
    # drugs carrying both own and inherited tags, and catalog entries
    codes = [r["code"] for r in sql("""SELECT d.code FROM drug_code d WHERE EXISTS (SELECT 1 FROM drug_tag t
        WHERE t.drug_code_id = d.id) AND EXISTS (SELECT 1 FROM catalog_entry e WHERE e.drug_code_id = d.id)
        ORDER BY d.code LIMIT 3""")]
    codes += [r["code"] for r in sql("""SELECT d.code FROM drug_code d WHERE EXISTS (SELECT 1 FROM variety_tag t
        WHERE t.variety_id = d.variety_id) ORDER BY d.code LIMIT 3""")]
    assert len(codes) == 6, "the demo data has tagged drugs in catalogs"
    fields = "code catalogEntries { catalogNo reimbursementClass insuranceName version { versionNo } } " \
             "tags { value inherited tag { code name } }"
    for who in ("xj_admin", "wlmq_official"):
        alone = {c: api.gql(f"query($c: String) {{ drug(code: $c) {{ {fields} }} }}", {"c": c}, as_=who).ok()["drug"]
                 for c in codes}
        assert any(d["tags"] for d in alone.values()) and any(d["catalogEntries"] for d in alone.values())
        for c in codes:
            page = api.gql(f"""query($c: String) {{ drugs(first: 1, filter: {{codePrefix: $c}}) {{
                nodes {{ ...F }} edges {{ node {{ t2: tags {{ value inherited tag {{ code name }} }} }} }} }} }}
                fragment F on Drug {{ {fields} }}""", {"c": c}, as_=who).ok()["drugs"]
            assert page["nodes"] == [alone[c]]
            assert page["edges"][0]["node"]["t2"] == alone[c]["tags"]
