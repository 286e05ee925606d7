"""Personal data in free text (domain.shared.personal): what is found, how it is shown, what is left alone.
OWASP API3:2023 Broken Object Property Level Authorization (personal data exposed through free-text properties)."""
from __future__ import annotations

import pytest

from domain.shared.personal import find, id_number_valid, luhn_valid, mask_deep, mask_text, protect

ID = "650102199003071235"          # check character right (GB 11643)
CARD = "6222020200000000006"       # Luhn right


def test_the_test_numbers_are_valid_and_near_misses_are_not():
    assert id_number_valid(ID) and not id_number_valid(ID[:-1] + "6") and not id_number_valid("650102199013071236")
    assert luhn_valid(CARD) and not luhn_valid(CARD[:-1] + "7")


@pytest.mark.parametrize("text,shown", [
    ("请联系13812345678谢谢", "请联系138****5678谢谢"),
    ("电话 138 1234 5678。", "电话 138****5678。"),
    ("+86 139-1234-5678", "139****5678"),
    ("１３８１２３４５６７８", "138****5678"),                       # full-width digits
    ("座机0991-4567890", "座机0991-*****90"),
    ("（０９９１）４５６７８９０", "0991-*****90"),
    ("北京 010-62345678", "北京 010-******78"),
    (f"身份证{ID}号", "身份证650***********1235号"),
    (f"身份证 {ID[:-1]}x", "身份证 " + f"{ID[:-1]}x"),              # wrong check character: not an ID number
    (f"卡号 {CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:16]} {CARD[16:]}", "卡号 6222***********0006"),
    (f"卡{CARD}", "卡6222***********0006"),
])
def test_personal_data_is_masked(text: str, shown: str):
    assert mask_text(text) == shown


@pytest.mark.parametrize("text", [
    "药品编码XA01ABA048A001010100406",       # a drug code: digits inside letters
    "订单号 20240506123456789012",            # 20 digits, no ID or card
    "数量 12 盒，2024-05-06 买",
    "批号 12345678",
    "6222020200000000007",                   # Luhn wrong
    "",
])
def test_other_numbers_are_left_alone(text: str):
    assert mask_text(text) == text and find(text) == []


def test_protect_keeps_the_written_text_only_when_it_differs_and_mask_deep_walks_json():
    assert protect("没有号码") == ("没有号码", None)
    assert protect(None) == (None, None)
    assert protect("打13812345678") == ("打138****5678", "打13812345678")
    assert mask_deep({"a": ["13812345678", 3], "b": {"c": ID}}) == {"a": ["138****5678", 3],
                                                                     "b": {"c": "650***********1235"}}
