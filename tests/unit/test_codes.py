from domain.drugs.codes import (check_drug_code, dictionary_form_code, initials, name_code_matches, parse_drug_code,
                                z_form_code)
from domain.drugs.codes import InvalidDrugCode
import pytest


def test_real_western_sample_splits_into_its_segments():
    parts = parse_drug_code("XA01ABD075A002010100483")
    assert (parts.type, parts.class_code, parts.name_code, parts.form_code) == ("X", "A01AB", "D075", "A002")
    assert (parts.spec_code, parts.pack_code, parts.enterprise_code) == ("01", "01", "00483")
    assert parts.variety_prefix == "XA01ABD075"


def test_lower_case_and_spaces_are_normalised():
    assert parse_drug_code("  xj01caa040a001010102699 ").code == "XJ01CAA040A001010102699"


def test_chinese_patent_medicine_code_uses_five_character_name_code():
    parts = parse_drug_code("ZG02AAG0401A01010190001")
    assert parts.type == "Z" and parts.name_code == "G0401" and parts.form_code == "A01"
    assert dictionary_form_code(parts) == "A001"
    assert z_form_code("A001") == "A01"


@pytest.mark.parametrize("code,problem", [
    ("XJ01CAA040A00101010269", "LENGTH"),
    ("XJ01CAA040A0010101026991", "LENGTH"),
    ("QJ01CAA040A001010102699", "TYPE"),
    ("XJ0ICAA040A001010102699", "CLASS"),
    ("XK01CAA040A001010102699", "CLASS"),       # K is no ATC anatomical group
    ("XJ01CA0040A001010102699", "NAME_CODE"),
    ("XJ01CAA040AA01010102699", "FORM"),
    ("XJ01CAA040A0010X0102699", "SPEC"),
    ("XJ01CAA040A00101X102699", "PACKAGE"),
    ("XJ01CAA040A001010102X99", "ENTERPRISE"),
    ("XJ01CAA040A00101010269！", "CHARACTERS"),
])
def test_each_malformed_segment_is_reported_with_its_code(code, problem):
    parts, problems = check_drug_code(code)
    assert parts is None
    assert problem in [p.code for p in problems]


def test_every_problem_is_listed_not_only_the_first():
    _, problems = check_drug_code("XJ0ICAA040A001010102X99")
    assert {"CLASS", "ENTERPRISE"} <= {p.code for p in problems}


def test_parse_raises_a_coded_domain_error():
    with pytest.raises(InvalidDrugCode) as e:
        parse_drug_code("X123", field=["drugCode"])
    assert e.value.code == "INVALID_DRUG_CODE" and e.value.field == ["drugCode"]


def test_pinyin_initials_follow_the_issue_examples():
    assert initials("阿莫西林") == "amxl"
    assert initials("盐酸二甲双胍片") == "ysejsgp"
    assert initials("重组人胰岛素注射液") == "czrydszsy"  # 重 read as chong in this phrase
    assert initials("维生素B12") == "wssb12"


def test_name_code_initial_must_match_generic_name():
    assert name_code_matches("A040", "阿莫西林")
    assert name_code_matches("E082", "二甲双胍")
    assert not name_code_matches("B082", "二甲双胍")
