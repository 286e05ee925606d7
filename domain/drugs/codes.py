"""NHSA drug-code rules (no I/O): the 23-character 医保药品代码 and pinyin initials.

Western (西药, X): X · class (ATC level 4, e.g. J01CA) · generic-name code (pinyin initial + 3 digits,
e.g. A040 阿莫西林) · dosage form (letter + 3 digits, e.g. A001) · spec (2 digits) · package (2 digits)
· enterprise (5 digits). 1+5+4+4+2+2+5 = 23.
Chinese patent medicine (中成药, Z): Z · class (5) · name code (initial + 4 digits, e.g. G0401)
· form (letter + 2 digits) · spec (2) · package (2) · enterprise (5). The split after the name code is
inferred from public samples (see 11-codes-and-formats.md §1.1, status [P]); no check digit is known.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pypinyin import Style, lazy_pinyin

from domain.shared.errors import DomainError

CODE_LENGTH = 23
ATC_ANATOMICAL_GROUPS = frozenset("ABCDGHJLMNPRSV")
_CLASS = re.compile(r"^[A-Z]\d{2}[A-Z]{2}$")
_X_NAME = re.compile(r"^[A-Z]\d{3}$")
_Z_NAME = re.compile(r"^[A-Z]\d{4}$")
_X_FORM = re.compile(r"^[A-Z]\d{3}$")
_Z_FORM = re.compile(r"^[A-Z]\d{2}$")
_DIGITS2 = re.compile(r"^\d{2}$")
_DIGITS5 = re.compile(r"^\d{5}$")
CODE_PREFIX_PATTERN = re.compile(r"^[XZ][A-Z0-9]{0,22}$")


@dataclass(frozen=True, slots=True)
class DrugCodeParts:
    code: str
    type: str          # X | Z
    class_code: str
    name_code: str
    form_code: str
    spec_code: str
    pack_code: str
    enterprise_code: str

    @property
    def variety_prefix(self) -> str:
        """The part that identifies the variety (type + class + generic-name code)."""
        return self.type + self.class_code + self.name_code


@dataclass(frozen=True, slots=True)
class CodeProblem:
    code: str
    message: str
    segment: str | None = None


class InvalidDrugCode(DomainError):
    code = "INVALID_DRUG_CODE"

    def __init__(self, problems: list[CodeProblem], field: list[str] | None = None) -> None:
        super().__init__("药品代码格式错误：" + "；".join(p.message for p in problems), field=field,
                         details={"problems": [p.code for p in problems]})
        self.problems = problems


def normalise_code(raw: str) -> str:
    """Trims and upper-cases a code typed or pasted by a user."""
    return (raw or "").strip().upper()


def check_drug_code(raw: str) -> tuple[DrugCodeParts | None, list[CodeProblem]]:
    """Splits a drug code into its segments, or lists every problem found."""
    code = normalise_code(raw)
    problems: list[CodeProblem] = []
    if len(code) != CODE_LENGTH:
        problems.append(CodeProblem("LENGTH", f"应为 {CODE_LENGTH} 位，实际 {len(code)} 位"))
    if not code.isascii() or not code.isalnum():
        problems.append(CodeProblem("CHARACTERS", "只能包含大写字母和数字"))
    if problems:
        return None, problems
    kind = code[0]
    if kind not in ("X", "Z"):
        return None, [CodeProblem("TYPE", f"第 1 位应为 X（西药）或 Z（中成药），实际为 {kind}", "type")]
    cls = code[1:6]
    if not _CLASS.match(cls):
        problems.append(CodeProblem("CLASS", f"第 2–6 位分类码 {cls} 格式应为 字母+2位数字+2位字母", "class"))
    elif kind == "X" and cls[0] not in ATC_ANATOMICAL_GROUPS:
        problems.append(CodeProblem("CLASS", f"分类码 {cls} 不是有效的 ATC 解剖学大类", "class"))
    if kind == "X":
        name, form, rest = code[6:10], code[10:14], code[14:]
        if not _X_NAME.match(name):
            problems.append(CodeProblem("NAME_CODE", f"第 7–10 位通用名码 {name} 应为 拼音首字母+3位数字", "name"))
        if not _X_FORM.match(form):
            problems.append(CodeProblem("FORM", f"第 11–14 位剂型码 {form} 应为 字母+3位数字", "form"))
    else:
        name, form, rest = code[6:11], code[11:14], code[14:]
        if not _Z_NAME.match(name):
            problems.append(CodeProblem("NAME_CODE", f"第 7–11 位名称码 {name} 应为 拼音首字母+4位数字", "name"))
        if not _Z_FORM.match(form):
            problems.append(CodeProblem("FORM", f"第 12–14 位剂型码 {form} 应为 字母+2位数字", "form"))
    spec, pack, ent = rest[0:2], rest[2:4], rest[4:9]
    if not _DIGITS2.match(spec):
        problems.append(CodeProblem("SPEC", f"第 15–16 位规格码 {spec} 应为 2 位数字", "spec"))
    if not _DIGITS2.match(pack):
        problems.append(CodeProblem("PACKAGE", f"第 17–18 位包装码 {pack} 应为 2 位数字", "package"))
    if not _DIGITS5.match(ent):
        problems.append(CodeProblem("ENTERPRISE", f"第 19–23 位企业码 {ent} 应为 5 位数字", "enterprise"))
    if problems:
        return None, problems
    return DrugCodeParts(code, kind, cls, name, form, spec, pack, ent), []


def parse_drug_code(raw: str, field: list[str] | None = None) -> DrugCodeParts:
    """Returns the segments of a valid code; raises InvalidDrugCode listing every problem."""
    parts, problems = check_drug_code(raw)
    if parts is None:
        raise InvalidDrugCode(problems, field=field)
    return parts


@lru_cache(maxsize=65536)
def initials(text: str) -> str:
    """Pinyin initials, lower case: 阿莫西林 → amxl; letters and digits in the text are kept."""
    if not text:
        return ""
    letters = lazy_pinyin(text, style=Style.FIRST_LETTER, errors="default")
    return "".join(ch for ch in "".join(letters).lower() if ch.isascii() and ch.isalnum())


def name_code_matches(name_code: str, generic_name: str) -> bool:
    """True when the name code starts with the pinyin initial of the generic name."""
    first = initials(generic_name)[:1].upper()
    return bool(first) and name_code[:1] == first


def z_form_code(form_code: str) -> str:
    """Maps a 4-character dosage-form code to the 3-character form segment of a Z code (A001 → A01)."""
    return form_code[0] + form_code[2:4]


def dictionary_form_code(parts: DrugCodeParts) -> str:
    """Returns the 4-character dosage-form dictionary code for a parsed code (Z's A01 → A001)."""
    return parts.form_code if parts.type == "X" else parts.form_code[0] + "0" + parts.form_code[1:]


# First letter of the class code → group name, for statistics.
ATC_GROUPS = {
    "A": "消化道及代谢", "B": "血液和造血器官", "C": "心血管系统", "D": "皮肤病用药", "G": "泌尿生殖系统和性激素",
    "H": "全身用激素类制剂（不含性激素和胰岛素）", "J": "全身用抗感染药", "L": "抗肿瘤药及免疫调节剂", "M": "肌肉-骨骼系统",
    "N": "神经系统", "P": "抗寄生虫药、杀虫药和驱虫药", "R": "呼吸系统", "S": "感觉器官", "V": "其他",
}
TCM_GROUPS = {"A": "内科用药", "B": "外科用药", "C": "肿瘤用药", "D": "妇科用药", "E": "眼科用药",
              "F": "耳鼻喉科用药", "G": "骨伤科用药"}


def class_group_name(drug_type: str, letter: str) -> str:
    """Names the first-level group of a class code (ATC anatomical main group, or TCM chapter)."""
    names = ATC_GROUPS if drug_type == "X" else TCM_GROUPS
    return names.get(letter, f"其他（{letter}）")
