"""Business tags (DRUG-11…13): definitions, values on varieties and drug codes, filtering."""
from __future__ import annotations

from tests.helpers import Api, existing_codes, global_id, sql, unique

CREATE = """mutation($i: TagCreateInput!) { tagCreate(input: $i) { tag { id code name valueType allowedValues appliesTo
  ownerDivisionCode editable } userErrors { code message field } } }"""
ASSIGN = """mutation($i: TagAssignInput!) { tagAssign(input: $i) { tag { code } userErrors { code message field } } }"""


def make_tag(api: Api, as_: str = "xj_admin", **kw) -> dict:
    i = {"code": unique("t").replace("-", "_"), "name": "测试标签", "valueType": "BOOLEAN", "appliesTo": "BOTH", **kw}
    out = api.gql(CREATE, {"i": i}, as_=as_).ok()["tagCreate"]
    assert out["userErrors"] == [], out["userErrors"]
    return out["tag"]


def drug_id(offset: int) -> tuple[str, str, int]:
    code = existing_codes(1, offset)[0][0]
    r = sql("SELECT id, variety_id FROM drug_code WHERE code = $1", code)[0]
    return code, global_id("Drug", r["id"]), r["variety_id"]


def test_define_assign_and_filter_by_a_tag_on_drug_codes_and_varieties(api: Api):
    tag = make_tag(api)
    code, did, variety = drug_id(600)
    assert api.gql(ASSIGN, {"i": {"tagId": tag["id"], "targetId": did}}, as_="xj_admin").ok()["tagAssign"]["userErrors"] == []
    other_code, _, other_variety = drug_id(900)
    r = api.gql(ASSIGN, {"i": {"tagId": tag["id"], "targetId": global_id("Variety", other_variety), "value": "是"}},
                as_="xj_admin").ok()["tagAssign"]
    assert r["userErrors"] == []
    found = api.gql("query($t: ID) { drugs(first: 100, filter: {tagId: $t}) { totalCount nodes { code "
                    "tags { tag { code } value inherited } } } }", {"t": tag["id"]}, as_="wlmq_official").ok()["drugs"]
    codes = {n["code"] for n in found["nodes"]}
    variety_codes = {r["code"] for r in sql("SELECT code FROM drug_code WHERE variety_id = $1", other_variety)}
    assert codes == {code} | variety_codes
    mine = next(n for n in found["nodes"] if n["code"] == code)
    assert {"tag": {"code": tag["code"]}, "value": "true", "inherited": False} in mine["tags"]
    inherited = next(n for n in found["nodes"] if n["code"] == other_code)
    assert {"tag": {"code": tag["code"]}, "value": "true", "inherited": True} in inherited["tags"]


def test_enum_tags_need_allowed_values_and_accept_only_them(api: Api):
    out = api.gql(CREATE, {"i": {"code": "enum_x", "name": "x", "valueType": "ENUM", "appliesTo": "BOTH"}},
                  as_="xj_admin").ok()["tagCreate"]
    assert out["userErrors"][0]["code"] == "ALLOWED_VALUES_REQUIRED"
    tag = make_tag(api, valueType="ENUM", allowedValues=["限制使用级", "特殊使用级"])
    _, did, _ = drug_id(610)
    bad = api.gql(ASSIGN, {"i": {"tagId": tag["id"], "targetId": did, "value": "随便"}}, as_="xj_admin").ok()
    assert bad["tagAssign"]["userErrors"][0]["code"] == "INVALID_TAG_VALUE"
    good = api.gql(ASSIGN, {"i": {"tagId": tag["id"], "targetId": did, "value": "特殊使用级"}}, as_="xj_admin").ok()
    assert good["tagAssign"]["userErrors"] == []
    found = api.gql('query($t: ID) { drugs(first: 5, filter: {tagId: $t, tagValue: "特殊使用级"}) { totalCount } }',
                    {"t": tag["id"]}, as_="xj_admin").ok()["drugs"]
    assert found["totalCount"] == 1
    upd = api.gql('mutation($i: TagUpdateInput!) { tagUpdate(input: $i) { userErrors { code } } }',
                  {"i": {"id": tag["id"], "allowedValues": ["限制使用级"]}}, as_="xj_admin").ok()
    assert upd["tagUpdate"]["userErrors"][0]["code"] == "TAG_VALUE_IN_USE"


def test_tag_targets_are_respected(api: Api):
    tag = make_tag(api, appliesTo="VARIETY")
    _, did, _ = drug_id(620)
    out = api.gql(ASSIGN, {"i": {"tagId": tag["id"], "targetId": did}}, as_="xj_admin").ok()["tagAssign"]
    assert out["userErrors"][0]["code"] == "WRONG_TARGET"


def test_duplicate_codes_and_bad_codes_are_refused(api: Api):
    tag = make_tag(api)
    dup = api.gql(CREATE, {"i": {"code": tag["code"], "name": "x", "valueType": "TEXT", "appliesTo": "BOTH"}},
                  as_="xj_admin").ok()["tagCreate"]
    assert dup["userErrors"][0]["code"] == "DUPLICATE_TAG"
    bad = api.gql(CREATE, {"i": {"code": "1-bad code", "name": "x", "valueType": "TEXT", "appliesTo": "BOTH"}},
                  as_="xj_admin").ok()["tagCreate"]
    assert bad["userErrors"][0]["code"] == "INVALID_FORMAT" and bad["userErrors"][0]["field"] == ["code"]


def test_prefecture_tags_are_its_own_and_region_tags_are_read_only_for_it(api: Api):
    own = make_tag(api, as_="kashi_official")
    assert own["ownerDivisionCode"] == "653100" and own["editable"] is True
    region = make_tag(api)
    tags = api.gql("{ tags { code editable ownerDivisionCode } }", as_="kashi_official").ok()["tags"]
    by = {t["code"]: t for t in tags}
    assert by[region["code"]]["editable"] is False and by[own["code"]]["editable"] is True
    _, did, _ = drug_id(630)
    out = api.gql(ASSIGN, {"i": {"tagId": region["id"], "targetId": did}}, as_="kashi_official").ok()["tagAssign"]
    assert out["userErrors"][0]["code"] == "NOT_OWNER"
    # another prefecture does not even see Kashgar's tag
    assert own["code"] not in {t["code"] for t in api.gql("{ tags { code } }", as_="wlmq_official").ok()["tags"]}


def test_unassign_and_delete_leave_audit_rows(api: Api):
    tag = make_tag(api)
    _, did, _ = drug_id(640)
    api.gql(ASSIGN, {"i": {"tagId": tag["id"], "targetId": did}}, as_="xj_admin")
    r = api.gql('mutation($t: ID!, $d: ID!) { tagUnassign(input: {tagId: $t, targetId: $d}) { userErrors { code } } }',
                {"t": tag["id"], "d": did}, as_="xj_admin").ok()
    assert r["tagUnassign"]["userErrors"] == []
    r = api.gql('mutation($t: ID!, $d: ID!) { tagUnassign(input: {tagId: $t, targetId: $d}) { userErrors { code } } }',
                {"t": tag["id"], "d": did}, as_="xj_admin").ok()
    assert r["tagUnassign"]["userErrors"][0]["code"] == "NOT_FOUND"
    d = api.gql('mutation($t: ID!) { tagDelete(input: {id: $t}) { deletedId userErrors { code } } }', {"t": tag["id"]},
                as_="xj_admin").ok()["tagDelete"]
    assert d["deletedId"] == tag["id"]
    actions = [r["action"] for r in sql("SELECT action FROM audit_log WHERE action LIKE 'tag.%' AND "
                                        "(entity_type = 'Tag' AND entity_label = '测试标签' OR entity_type = 'DrugCode')"
                                        " ORDER BY id DESC LIMIT 4")]
    assert "tag.delete" in actions and "tag.unassign" in actions


def test_county_officials_cannot_manage_tags(api: Api):
    r = api.gql(CREATE, {"i": {"code": "x", "name": "x", "valueType": "TEXT", "appliesTo": "BOTH"}},
                as_="tianshan_official")
    assert r.codes == ["FORBIDDEN"]
