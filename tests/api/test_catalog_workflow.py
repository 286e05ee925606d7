"""Catalog versions (DRUG-01…05): create, reuse, delete, entries, and the review workflow."""
from __future__ import annotations

from typing import Any

import pytest

from tests.helpers import Api, existing_codes, sql, unique

VERSION_FIELDS = "id versionNo name state stateLabel entryCount availableActions source"
ERRORS = "userErrors { code message field }"


def create(api: Api, as_: str = "xj_admin", **kw: Any) -> dict:
    vars_ = {"versionNo": unique("V"), "name": "测试版本", **kw}
    r = api.gql(f"mutation($i: CatalogVersionCreateInput!) {{ catalogVersionCreate(input: $i) "
                f"{{ catalogVersion {{ {VERSION_FIELDS} }} {ERRORS} }} }}", {"i": vars_}, as_=as_).ok()
    out = r["catalogVersionCreate"]
    assert out["userErrors"] == [], out["userErrors"]
    return out["catalogVersion"]


def add(api: Api, version_id: str, code: str, as_: str = "xj_admin", cls: str = "A", **kw: Any) -> dict:
    return api.gql(f"mutation($i: CatalogEntryAddInput!) {{ catalogEntryAdd(input: $i) {{ catalogEntry {{ id "
                   f"drugCode reimbursementClass insuranceName }} catalogVersion {{ entryCount }} {ERRORS} }} }}",
                   {"i": {"versionId": version_id, "drugCode": code, "reimbursementClass": cls, **kw}},
                   as_=as_).ok()["catalogEntryAdd"]


def act(api: Api, action: str, version_id: str, as_: str, opinion: str | None = None) -> dict:
    name = "catalogVersion" + action
    return api.gql(f"mutation($id: ID!, $o: String) {{ {name}(input: {{id: $id, opinion: $o}}) "
                   f"{{ catalogVersion {{ {VERSION_FIELDS} }} {ERRORS} }} }}", {"id": version_id, "o": opinion},
                   as_=as_).ok()[name]


def state_of(api: Api, version_id: str, as_: str = "xj_admin") -> str | None:
    v = api.gql("query($id: ID!) { catalogVersion(id: $id) { state } }", {"id": version_id}, as_=as_).ok()
    return v["catalogVersion"]["state"] if v["catalogVersion"] else None


def drafted(api: Api, n: int = 2) -> dict:
    v = create(api)
    for code, _ in existing_codes(n, 40):
        assert add(api, v["id"], code)["userErrors"] == []
    return v


def test_full_lifecycle_with_timeline_from_the_audit_trail(api: Api):
    v = drafted(api)
    assert act(api, "Submit", v["id"], "xj_admin", "请审核")["catalogVersion"]["state"] == "SUBMITTED"
    assert act(api, "Approve", v["id"], "xj_reviewer", "同意")["catalogVersion"]["state"] == "FINALISED"
    assert act(api, "Publish", v["id"], "xj_admin")["catalogVersion"]["state"] == "PUBLISHED"
    t = api.gql("query($id: ID!) { catalogVersion(id: $id) { publishedAt finalisedAt timeline { action fromState "
                "toState actor { username } opinion at } } }", {"id": v["id"]}, as_="xj_admin").ok()["catalogVersion"]
    assert [(e["action"], e["actor"]["username"]) for e in t["timeline"]] == [
        ("create", "xj_admin"), ("submit", "xj_admin"), ("approve", "xj_reviewer"), ("publish", "xj_admin")]
    assert t["timeline"][2]["opinion"] == "同意" and t["timeline"][1]["fromState"] == "DRAFT"
    assert t["publishedAt"] and t["finalisedAt"]


def test_reviewer_cannot_approve_their_own_submission(api: Api):
    v = drafted(api)
    act(api, "Submit", v["id"], "t_both")
    out = act(api, "Approve", v["id"], "t_both")
    assert out["catalogVersion"] is None and out["userErrors"][0]["code"] == "SEPARATION_OF_DUTIES"
    assert state_of(api, v["id"]) == "SUBMITTED"
    actions = api.gql("query($id: ID!) { catalogVersion(id: $id) { availableActions } }", {"id": v["id"]},
                      as_="t_both").ok()["catalogVersion"]["availableActions"]
    assert "APPROVE" not in actions and "WITHDRAW" in actions
    assert act(api, "Approve", v["id"], "t_rev2")["catalogVersion"]["state"] == "FINALISED"


def test_reject_requires_an_opinion_and_returns_the_version_to_draft(api: Api):
    v = drafted(api)
    act(api, "Submit", v["id"], "xj_admin")
    out = act(api, "Reject", v["id"], "xj_reviewer")
    assert out["userErrors"][0]["code"] == "OPINION_REQUIRED" and out["userErrors"][0]["field"] == ["opinion"]
    out = act(api, "Reject", v["id"], "xj_reviewer", "第 3 条甲乙类有误")
    assert out["catalogVersion"]["state"] == "DRAFT"


def test_cancel_finalisation_returns_to_draft_with_an_opinion(api: Api):
    v = drafted(api)
    act(api, "Submit", v["id"], "xj_admin")
    act(api, "Approve", v["id"], "xj_reviewer")
    assert act(api, "CancelFinalisation", v["id"], "xj_admin")["userErrors"][0]["code"] == "OPINION_REQUIRED"
    assert act(api, "CancelFinalisation", v["id"], "xj_admin", "需补充新药")["catalogVersion"]["state"] == "DRAFT"


def test_only_the_submitter_may_withdraw(api: Api):
    v = drafted(api)
    act(api, "Submit", v["id"], "xj_admin")
    assert act(api, "Withdraw", v["id"], "t_maint2")["userErrors"][0]["code"] == "SEPARATION_OF_DUTIES"
    assert act(api, "Withdraw", v["id"], "xj_admin")["catalogVersion"]["state"] == "DRAFT"


@pytest.mark.parametrize("action,user", [("Publish", "xj_admin"), ("Approve", "xj_reviewer"),
                                         ("CancelFinalisation", "xj_admin"), ("Withdraw", "xj_admin")])
def test_illegal_transitions_from_draft_change_nothing(api: Api, action: str, user: str):
    v = drafted(api, 1)
    before = sql("SELECT count(*) AS n FROM audit_log WHERE entity_type = 'CatalogVersion' AND entity_id = $1",
                 str(_pk(v["id"])))[0]["n"]
    out = act(api, action, v["id"], user, "x")
    assert out["catalogVersion"] is None and out["userErrors"][0]["code"] in ("ILLEGAL_TRANSITION",)
    assert state_of(api, v["id"]) == "DRAFT"
    after = sql("SELECT count(*) AS n FROM audit_log WHERE entity_type = 'CatalogVersion' AND entity_id = $1",
                str(_pk(v["id"])))[0]["n"]
    assert before == after


def test_empty_version_cannot_be_submitted(api: Api):
    v = create(api)
    assert "SUBMIT" not in v["availableActions"]
    assert act(api, "Submit", v["id"], "xj_admin")["userErrors"][0]["code"] == "EMPTY_VERSION"


def test_roles_without_the_scope_are_forbidden_at_the_top_level(api: Api):
    v = drafted(api, 1)
    r = api.gql('mutation($id: ID!) { catalogVersionSubmit(input: {id: $id}) { userErrors { code } } }',
                {"id": v["id"]}, as_="wlmq_official")
    assert r.codes == ["FORBIDDEN"]
    assert state_of(api, v["id"]) == "DRAFT"


def test_duplicate_version_number_is_refused(api: Api):
    no = unique("DUP")
    create(api, versionNo=no)
    r = api.gql("mutation($i: CatalogVersionCreateInput!) { catalogVersionCreate(input: $i) { catalogVersion { id } "
                + ERRORS + " } }", {"i": {"versionNo": no, "name": "x"}}, as_="xj_admin").ok()["catalogVersionCreate"]
    assert r["catalogVersion"] is None and r["userErrors"][0]["code"] == "DUPLICATE_VERSION"
    assert r["userErrors"][0]["field"] == ["versionNo"]


def test_over_long_and_blank_inputs_are_field_errors(api: Api):
    r = api.gql("mutation($i: CatalogVersionCreateInput!) { catalogVersionCreate(input: $i) { catalogVersion { id } "
                + ERRORS + " } }", {"i": {"versionNo": "x" * 40, "name": "  "}}, as_="xj_admin").ok()
    errs = {(e["code"], tuple(e["field"])) for e in r["catalogVersionCreate"]["userErrors"]}
    assert errs == {("VALUE_TOO_LONG", ("versionNo",)), ("REQUIRED", ("name",))}


def test_reuse_copies_every_entry_into_a_new_draft(api: Api):
    src = sql("SELECT id, entry_count FROM catalog_version WHERE owner_division = '650000' AND version_no = '2025'")[0]
    from tests.helpers import global_id
    r = api.gql("mutation($i: CatalogVersionReuseInput!) { catalogVersionReuse(input: $i) { catalogVersion { "
                + VERSION_FIELDS + " sourceVersion { versionNo } } " + ERRORS + " } }",
                {"i": {"sourceVersionId": global_id("CatalogVersion", src["id"]), "versionNo": unique("R"),
                       "name": "复用测试"}}, as_="xj_admin").ok()["catalogVersionReuse"]
    v = r["catalogVersion"]
    assert v["state"] == "DRAFT" and v["source"] == "REUSE" and v["entryCount"] == src["entry_count"]
    assert v["sourceVersion"]["versionNo"] == "2025"


def test_delete_draft_only(api: Api):
    v = drafted(api, 1)
    q = "mutation($id: ID!) { catalogVersionDelete(input: {id: $id}) { deletedId " + ERRORS + " } }"
    assert api.gql(q, {"id": v["id"]}, as_="xj_admin").ok()["catalogVersionDelete"]["deletedId"] == v["id"]
    assert state_of(api, v["id"]) is None
    published = sql("SELECT id FROM catalog_version WHERE version_no = '2024' AND owner_division = '650000'")[0]["id"]
    from tests.helpers import global_id
    out = api.gql(q, {"id": global_id("CatalogVersion", published)}, as_="xj_admin").ok()["catalogVersionDelete"]
    assert out["userErrors"][0]["code"] == "NOT_EDITABLE"


def test_entry_add_update_delete_and_their_errors(api: Api):
    v = create(api)
    code, name = existing_codes(1, 77)[0]
    ok = add(api, v["id"], code.lower(), restriction="限儿童")
    assert ok["userErrors"] == [] and ok["catalogEntry"]["insuranceName"] == name
    assert ok["catalogVersion"]["entryCount"] == 1
    assert add(api, v["id"], code)["userErrors"][0]["code"] == "DUPLICATE_ENTRY"
    bad = add(api, v["id"], "XJ01CAA040A0010101026X9")
    assert bad["userErrors"][0]["code"] == "INVALID_DRUG_CODE" and bad["userErrors"][0]["field"] == ["drugCode"]
    assert add(api, v["id"], "XJ01CAA040A001010199999")["userErrors"][0]["code"] == "DRUG_NOT_FOUND"
    entry = ok["catalogEntry"]["id"]
    upd = "mutation($i: CatalogEntryUpdateInput!) { catalogEntryUpdate(input: $i) { catalogEntry { " \
          "reimbursementClass catalogNo restriction } " + ERRORS + " } }"
    r = api.gql(upd, {"i": {"id": entry, "reimbursementClass": "B", "restriction": None}}, as_="xj_admin").ok()
    assert r["catalogEntryUpdate"]["catalogEntry"] == {"reimbursementClass": "B", "catalogNo": None, "restriction": None}
    r = api.gql(upd, {"i": {"id": entry, "insuranceName": None}}, as_="xj_admin").ok()
    assert r["catalogEntryUpdate"]["userErrors"][0]["code"] == "REQUIRED"
    r = api.gql(upd, {"i": {"id": entry}}, as_="xj_admin").ok()
    assert r["catalogEntryUpdate"]["userErrors"][0]["code"] == "NOTHING_TO_CHANGE"
    dele = "mutation($id: ID!) { catalogEntryDelete(input: {id: $id}) { catalogVersion { entryCount } " + ERRORS + " } }"
    assert api.gql(dele, {"id": entry}, as_="xj_admin").ok()["catalogEntryDelete"]["catalogVersion"]["entryCount"] == 0
    audit = sql("SELECT action, before, after FROM audit_log WHERE entity_type = 'CatalogEntry' AND entity_id = $1 "
                "ORDER BY id", str(_pk(entry)))
    assert [a["action"] for a in audit] == ["catalog_entry.add", "catalog_entry.update", "catalog_entry.delete"]


def test_entries_of_a_submitted_version_cannot_be_edited(api: Api):
    v = drafted(api, 1)
    act(api, "Submit", v["id"], "xj_admin")
    code = existing_codes(1, 90)[0][0]
    assert add(api, v["id"], code)["userErrors"][0]["code"] == "NOT_EDITABLE"


def test_malformed_ids_in_mutations_are_user_errors(api: Api):
    out = act(api, "Submit", "bm9wZQ", "xj_admin")
    assert out["userErrors"][0]["code"] == "NOT_FOUND" and out["userErrors"][0]["field"] == ["id"]


def test_prefecture_sees_published_catalogs_of_its_region_but_no_drafts(api: Api):
    v = drafted(api, 1)
    nodes = api.gql("{ catalogVersions(first: 100) { nodes { id state ownerDivisionCode } } }",
                    as_="wlmq_official").ok()["catalogVersions"]["nodes"]
    assert nodes and all(n["state"] == "PUBLISHED" and n["ownerDivisionCode"] == "650000" for n in nodes)
    assert state_of(api, v["id"], as_="wlmq_official") is None
    r = api.gql('query($v: ID!) { catalogEntries(versionId: $v, first: 5) { totalCount } }', {"v": v["id"]},
                as_="wlmq_official").ok()
    assert r["catalogEntries"]["totalCount"] == 0


def test_a_drugs_catalog_entries_show_drafts_only_to_the_maintainers(api: Api):
    v = create(api)
    (code, _), = existing_codes(1, 60)
    assert add(api, v["id"], code, cls="B")["userErrors"] == []
    q = 'query($c: String!) { drug(code: $c) { catalogEntries { reimbursementClass version { id state } } } }'
    own = api.gql(q, {"c": code}, as_="xj_admin").ok()["drug"]["catalogEntries"]
    assert {"reimbursementClass": "B", "version": {"id": v["id"], "state": "DRAFT"}} in own
    theirs = api.gql(q, {"c": code}, as_="wlmq_official").ok()["drug"]["catalogEntries"]
    assert theirs == [e for e in own if e["version"]["state"] == "PUBLISHED"]


def test_published_entries_are_searchable_by_prefecture_users(api: Api):
    vid = sql("SELECT id FROM catalog_version WHERE version_no = '2025' AND owner_division = '650000'")[0]["id"]
    from tests.helpers import global_id
    r = api.gql('query($v: ID!) { catalogEntries(versionId: $v, first: 5, search: "amxl", reimbursementClass: B) '
                '{ totalCount nodes { drugCode reimbursementClass drug { genericName } version { versionNo } } } }',
                {"v": global_id("CatalogVersion", vid)}, as_="wlmq_official").ok()["catalogEntries"]
    assert all(n["reimbursementClass"] == "B" for n in r["nodes"])


def test_another_region_sees_none_of_xinjiangs_catalogs(api: Api):
    nodes = api.gql("{ catalogVersions(first: 100) { nodes { ownerDivisionCode } } }",
                    as_="wlcb_official").ok()["catalogVersions"]["nodes"]
    assert nodes and all(n["ownerDivisionCode"] == "150000" for n in nodes)


def test_audit_rows_record_who_what_and_before_after(api: Api):
    v = drafted(api, 1)
    act(api, "Submit", v["id"], "xj_admin", "请审核")
    r = api.gql('query($id: String) { auditLog(first: 10, filter: {entityType: "CatalogVersion", entityId: $id}) '
                '{ nodes { action actor { username } before after opinion at } } }', {"id": str(_pk(v["id"]))},
                as_="xj_admin").ok()["auditLog"]["nodes"]
    assert r[0]["action"] == "catalog_version.submit" and r[0]["before"] == {"state": "DRAFT"}
    assert r[0]["after"] == {"state": "SUBMITTED"} and r[0]["opinion"] == "请审核"


def test_audit_log_needs_the_audit_scope_and_is_area_scoped(api: Api):
    assert api.gql("{ auditLog(first: 1) { totalCount } }", as_="kashi_official").codes == ["FORBIDDEN"]
    rows = api.gql("{ auditLog(first: 100) { nodes { divisionCode } } }", as_="wlcb_official").ok()
    assert all(n["divisionCode"] in (None, "150900") or n["divisionCode"].startswith("1509")
               for n in rows["auditLog"]["nodes"])


def _pk(gid: str) -> int:
    import base64
    return int(base64.urlsafe_b64decode(gid + "=" * (-len(gid) % 4)).decode().split(":")[1])


NOTES = """{ supplyHome { notifications { kind title body entityType entityId } } }"""


def _notes_about(api: Api, version_id: str, as_: str) -> list[dict]:
    return [n for n in api.gql(NOTES, as_=as_).ok()["supplyHome"]["notifications"] if n["entityId"] == version_id]


def test_the_submitters_bureau_is_notified_of_each_review_result(api: Api):
    """SUP-01 结果通知: approval, rejection (with the opinion) and publication reach the submitter's bureau, linked to
    the version; a bureau of another prefecture hears nothing of it."""
    v = drafted(api)
    act(api, "Submit", v["id"], "xj_admin")
    assert _notes_about(api, v["id"], "xj_admin") == []  # submitting is not a result
    act(api, "Reject", v["id"], "xj_reviewer", "第 2 条限定支付范围缺失")
    (rejected,) = _notes_about(api, v["id"], "xj_admin")
    assert rejected["kind"] == "catalog_version.reject" and rejected["entityType"] == "CatalogVersion"
    assert "被审核驳回" in rejected["title"] and "第 2 条限定支付范围缺失" in rejected["body"]
    act(api, "Submit", v["id"], "xj_admin")
    act(api, "Approve", v["id"], "xj_reviewer")
    act(api, "Publish", v["id"], "xj_admin")
    kinds = [n["kind"] for n in _notes_about(api, v["id"], "xj_admin")]
    assert kinds == ["catalog_version.publish", "catalog_version.approve", "catalog_version.reject"]
    assert _notes_about(api, v["id"], "wlmq_official") == []
