"""What a master-data search may ask for (DRUG-08): criteria and sort orders."""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class DrugSort(StrEnum):
    CODE_ASC = "CODE_ASC"
    CODE_DESC = "CODE_DESC"
    NAME_ASC = "NAME_ASC"
    NAME_DESC = "NAME_DESC"
    UPDATED_DESC = "UPDATED_DESC"


@dataclass(frozen=True)
class DrugCriteria:
    search: str | None = None           # name substring, pinyin initials or code prefix
    name: str | None = None             # generic/trade/registered name substring
    pinyin: str | None = None           # pinyin initials prefix
    code_prefix: str | None = None
    class_code: str | None = None       # class prefix, e.g. J01 or J01CA
    form_code: str | None = None
    type: str | None = None
    variety_id: int | None = None
    manufacturer_id: int | None = None
    tag_id: int | None = None
    tag_value: str | None = None
