"""Builders for supply-analysis tests: fresh drug codes (in a fresh variety) that no other data touches."""
from __future__ import annotations

import random

from tests.helpers import sql


def new_variety_with_codes(n: int) -> tuple[int, list[str], list[int]]:
    """Creates a variety (class XA00AA, so its codes sort before every demo code) with `n` drug codes copied from
    a demo code; returns (variety id, codes, code ids)."""
    template = sql("SELECT * FROM drug_code WHERE synthetic ORDER BY code LIMIT 1")[0]
    while True:
        prefix = f"XA00AAQ{random.randint(0, 999):03d}"
        if not sql("SELECT 1 FROM variety WHERE code_prefix = $1", prefix):
            break
    vid = sql("INSERT INTO variety (code_prefix, type, class_code, name_code, generic_name, initials, synthetic) "
              "VALUES ($1, 'X', 'A00AA', $2, $3, 'csyp', true) RETURNING id", prefix, prefix[6:10],
              f"测试药{prefix[7:]}")[0]["id"]
    codes, ids = [], []
    for i in range(n):
        code = f"{prefix}A0010101{90000 + i:05d}"
        ids.append(sql(
            "INSERT INTO drug_code (code, type, class_code, variety_id, form_code, manufacturer_id, generic_name, "
            "registered_name, search_text, generic_initials, synthetic) VALUES ($1, 'X', 'A00AA', $2, $3, $4, $5, $6, "
            "$7, 'csyp', true) RETURNING id", code, vid, template["form_code"], template["manufacturer_id"],
            f"测试药{prefix[7:]}", f"测试药{prefix[7:]}片", f"测试药{prefix[7:]}")[0]["id"])
        codes.append(code)
    return vid, codes, ids
