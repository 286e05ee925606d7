"""Official codes of supply entities: institution codes (H/P + division + sequence) and the unified social
credit code (统一社会信用代码, GB 32100-2015) with its check character. Pure functions, no I/O."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# GB 32100-2015: 31 characters (no I, O, Z, S, V); weights are 3^(i) mod 31 for positions 1…17.
CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_CREDIT_RE = re.compile(r"^[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}$")
_INSTITUTION_RE = re.compile(r"^([HP])(\d{6})(\d{5})$")
INSTITUTION_PREFIX = {"HOSPITAL": "H", "PHARMACY": "P"}


@dataclass(frozen=True, slots=True)
class CodeProblem:
    code: str
    message: str


def credit_check_char(first17: str) -> str:
    """Returns the check character (18th) for the first 17 characters of a credit code."""
    total = sum(CREDIT_ALPHABET.index(c) * w for c, w in zip(first17, CREDIT_WEIGHTS, strict=True))
    return CREDIT_ALPHABET[(31 - total % 31) % 31]


def check_credit_code(raw: str) -> CodeProblem | None:
    """Returns why `raw` is not a valid unified social credit code, or None when it is."""
    code = (raw or "").strip().upper()
    if len(code) != 18:
        return CodeProblem("INVALID_CREDIT_CODE", f"统一社会信用代码应为 18 位（收到 {len(code)} 位）")
    if not _CREDIT_RE.match(code):
        return CodeProblem("INVALID_CREDIT_CODE",
                           "统一社会信用代码含非法字符：第 3–8 位为行政区划码（数字），不得使用 I、O、Z、S、V")
    expected = credit_check_char(code[:17])
    if code[17] != expected:
        return CodeProblem("INVALID_CREDIT_CODE", f"统一社会信用代码校验位错误：第 18 位应为 {expected}")
    return None


@dataclass(frozen=True, slots=True)
class InstitutionCode:
    code: str
    prefix: str
    division_code: str
    sequence: str


def parse_institution_code(raw: str, subtype: str) -> InstitutionCode | CodeProblem:
    """Parses a designated institution code: H (医疗机构) or P (零售药店) + 6-digit division + 5-digit sequence."""
    code = (raw or "").strip().upper()
    m = _INSTITUTION_RE.match(code)
    expected = INSTITUTION_PREFIX.get(subtype)
    if m is None or expected is None:
        shape = f"{expected or 'H/P'} + 6 位区划 + 5 位顺序号，共 12 位"
        return CodeProblem("INVALID_INSTITUTION_CODE", f"机构编码格式应为 {shape}（如 H45012400011）")
    if m.group(1) != expected:
        label = "定点医疗机构" if expected == "H" else "定点零售药店"
        return CodeProblem("INVALID_INSTITUTION_CODE", f"{label}编码应以 {expected} 开头")
    return InstitutionCode(code=code, prefix=m.group(1), division_code=m.group(2), sequence=m.group(3))


def institution_code_problems(raw: str, subtype: str, division_exists: Callable[[str], bool]) -> list[CodeProblem]:
    """Returns every problem of an institution code, including a division segment that names no division."""
    parsed = parse_institution_code(raw, subtype)
    if isinstance(parsed, CodeProblem):
        return [parsed]
    if not division_exists(parsed.division_code):
        return [CodeProblem("UNKNOWN_DIVISION", f"机构编码第 2–7 位区划代码 {parsed.division_code} 不存在")]
    return []
