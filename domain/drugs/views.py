"""What reads of drug master data and tags return (domain.shared.reads): the mapped columns as dataclasses."""
from __future__ import annotations

from dataclasses import dataclass

from domain.drugs.models import (DosageForm, DrugClass, DrugCode, DrugTag, Manufacturer, PackageInsert, Tag, TraceProduct,
                                 Variety, VarietyTag)
from domain.shared.reads import ReadModel, read_model


@read_model(DrugCode)
class DrugCodeView(ReadModel):
    """A drug code (药品编码) as read."""


@read_model(Variety)
class VarietyView(ReadModel):
    """A variety (品种, one generic name in one class) as read."""


@read_model(Manufacturer)
class ManufacturerView(ReadModel):
    """A manufacturer as read."""


@read_model(DosageForm)
class DosageFormView(ReadModel):
    """A dosage form of the dictionary."""


@read_model(DrugClass)
class DrugClassView(ReadModel):
    """A drug class (ATC level 4 or TCM class)."""


@read_model(PackageInsert)
class PackageInsertView(ReadModel):
    """A drug's package-insert section (DRUG-21)."""


@read_model(Tag)
class TagView(ReadModel):
    """A business tag definition (DRUG-11)."""


@read_model(DrugTag)
class DrugTagView(ReadModel):
    """A tag's value on a drug code (DRUG-13)."""


@read_model(VarietyTag)
class VarietyTagView(ReadModel):
    """A tag's value on a variety (DRUG-12)."""


@dataclass(slots=True)
class PageTagsView:
    """A page of drugs' tag values in one read: each drug's own values and each variety's (aligned to the ids
    asked), and the definitions of every tag among them."""
    own: list[list[DrugTagView]]
    inherited: list[list[VarietyTagView]]
    tags: list[TagView]


@read_model(TraceProduct)
class TraceProductView(ReadModel):
    """A 药品标识码 and the drug code it identifies (PUB-19)."""


@dataclass(frozen=True, slots=True)
class ExportedDrug:
    """One line of the master-data export: the drug and its manufacturer's name."""

    drug: DrugCodeView
    manufacturer: str
