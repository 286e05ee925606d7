"""Pure rules of the inquiry workflow: transitions, who acts at which level, evidence file checks."""
import io
import zipfile
from dataclasses import replace

import pytest

from domain.divisions.models import DivisionLevel, DivisionNode, DivisionTree
from domain.inquiry.access import InquiryAccess, handling_division
from domain.inquiry.evidence import DOCX, PDF, PNG, check_files, clean_name, sniff
from domain.inquiry.models import INQUIRY_WORKFLOW, InquiryState as S
from domain.inquiry.service import available_steps, todo_specs
from domain.shared.errors import ValidationFailed
from domain.shared.principal import AreaScope, Principal
from domain.shared.scopes import Post, Role, scopes_for
from domain.shared.workflow import WorkflowError

TREE = DivisionTree([
    DivisionNode("650000", "新疆", DivisionLevel.PROVINCE, None),
    DivisionNode("650100", "乌鲁木齐市", DivisionLevel.PREFECTURE, "650000"),
    DivisionNode("650102", "天山区", DivisionLevel.COUNTY, "650100"),
    DivisionNode("659001", "石河子市", DivisionLevel.COUNTY, "650000"),
])


def person(uid: int, role: Role, division: str | None, *posts: Post, org: int | None = 1) -> Principal:
    area = TREE.area(division) if role in (Role.REGION_OFFICIAL, Role.PREFECTURE_OFFICIAL) else AreaScope.nothing()
    return Principal(user_id=uid, username=f"u{uid}", display_name="", role=role, posts=frozenset(posts),
                     scopes=scopes_for(role, frozenset(posts)), org_id=org, division_code=division, area=area)


REGION = person(1, Role.REGION_OFFICIAL, "650000", Post.INQUIRY_HANDLER)
PREF = person(2, Role.PREFECTURE_OFFICIAL, "650100", Post.INQUIRY_HANDLER, Post.INQUIRY_REVIEWER)
ENTITY = person(3, Role.INSTITUTION_STAFF, None, org=77)


class Task:
    def __init__(self, state: str, handling: str = "650100", org: int | None = 77) -> None:
        self.state, self.handling_division, self.organisation_id = state, handling, org


def test_the_path_through_all_four_levels():
    path = [("allocate", S.PENDING_ALLOCATION, S.PENDING_DISPATCH, REGION),
            ("dispatch", S.PENDING_DISPATCH, S.PENDING_FEEDBACK, PREF),
            ("feedback", S.PENDING_FEEDBACK, S.PENDING_REVIEW, ENTITY),
            ("approve", S.PENDING_REVIEW, S.CLOSED, PREF), ("archive", S.CLOSED, S.ARCHIVED, PREF)]
    for name, src, dst, who in path:
        assert INQUIRY_WORKFLOW.check(name, src, who, {}, opinion="ok").target == dst
    assert INQUIRY_WORKFLOW.check("reject", S.PENDING_REVIEW, PREF, {}, "补充材料").target == S.PENDING_FEEDBACK


@pytest.mark.parametrize("name,state", [("dispatch", S.PENDING_ALLOCATION), ("approve", S.PENDING_FEEDBACK),
                                        ("archive", S.PENDING_REVIEW), ("allocate", S.ARCHIVED),
                                        ("feedback", S.CLOSED)])
def test_illegal_moves_are_refused(name, state):
    with pytest.raises(WorkflowError) as e:
        INQUIRY_WORKFLOW.check(name, state, replace(PREF, scopes=PREF.scopes | ENTITY.scopes), {}, "x")
    assert e.value.code == "ILLEGAL_TRANSITION"


def test_whoever_fed_back_never_reviews_it_and_rejections_need_an_opinion():
    both = replace(PREF, scopes=PREF.scopes | ENTITY.scopes)
    with pytest.raises(WorkflowError) as e:
        INQUIRY_WORKFLOW.check("approve", S.PENDING_REVIEW, both, {"feedback": both.user_id})
    assert e.value.code == "SEPARATION_OF_DUTIES"
    with pytest.raises(WorkflowError) as e:
        INQUIRY_WORKFLOW.check("reject", S.PENDING_REVIEW, PREF, {}, "  ")
    assert e.value.code == "OPINION_REQUIRED"


def test_each_level_is_offered_only_its_own_steps():
    assert available_steps(Task(S.PENDING_ALLOCATION), REGION, {}) == ["allocate"]
    assert available_steps(Task(S.PENDING_ALLOCATION), PREF, {}) == []
    assert available_steps(Task(S.PENDING_DISPATCH), REGION, {}) == []  # the prefecture dispatches
    assert available_steps(Task(S.PENDING_DISPATCH, handling="650000"), REGION, {}) == ["dispatch"]
    assert available_steps(Task(S.PENDING_FEEDBACK), ENTITY, {}) == ["feedback"]
    assert available_steps(Task(S.PENDING_FEEDBACK, org=78), ENTITY, {}) == []
    assert available_steps(Task(S.PENDING_REVIEW), PREF, {}) == ["approve", "reject"]


def test_handling_bureau_is_the_prefecture_or_the_region_for_directly_administered_counties():
    assert handling_division(TREE, "650102") == "650100"
    assert handling_division(TREE, "650100") == "650100"
    assert handling_division(TREE, "659001") == "650000"


def test_visibility_by_level():
    assert not InquiryAccess.of(PREF).sees(S.PENDING_ALLOCATION, "650102", 77)
    assert InquiryAccess.of(PREF).sees(S.PENDING_DISPATCH, "650102", 77)
    assert InquiryAccess.of(REGION).sees(S.PENDING_ALLOCATION, "659001", None)
    assert not InquiryAccess.of(ENTITY).sees(S.PENDING_DISPATCH, "650102", 77)
    assert InquiryAccess.of(ENTITY).sees(S.PENDING_FEEDBACK, "650102", 77)
    assert not InquiryAccess.of(ENTITY).sees(S.PENDING_FEEDBACK, "650102", 78)


def test_todos_per_role():
    assert [t.action for t in todo_specs(REGION)] == ["allocate", "dispatch"]
    assert [t.action for t in todo_specs(PREF)] == ["dispatch", "approve", "archive"]
    assert [t.action for t in todo_specs(ENTITY)] == ["feedback"]


def _docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


def test_evidence_type_comes_from_the_bytes():
    assert sniff(b"%PDF-1.7 ...") == PDF
    assert sniff(b"\x89PNG\r\n\x1a\nxxxx") == PNG
    assert sniff(_docx()) == DOCX
    assert sniff(b"PK\x03\x04 broken zip") is None
    assert sniff(b"<script>alert(1)</script>") is None


def test_evidence_checks_report_every_bad_file():
    with pytest.raises(ValidationFailed) as e:
        check_files([("a.pdf", b"%PDF-1.4"), ("b.exe", b"MZ\x90"), ("c.png", b"")])
    assert [(x.code, x.field) for x in e.value.errors] == [("FILE_TYPE_NOT_ALLOWED", ["files", "1"]),
                                                           ("EMPTY_FILE", ["files", "2"])]
    (ok,) = check_files([("C:\\fakepath\\扫描件", b"%PDF-1.4")])
    assert ok.file_name == "扫描件.pdf" and len(ok.sha256) == 64
    assert clean_name("x" * 300 + ".png", PNG).endswith(".png") and len(clean_name("x" * 300, PNG)) == 200
