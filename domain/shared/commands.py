"""Pydantic v2 command validation that reports every field problem as a coded DomainError."""
from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from domain.shared.errors import DomainError, ValidationFailed

M = TypeVar("M", bound=BaseModel)

_CODES = {
    "string_too_long": "VALUE_TOO_LONG", "too_long": "TOO_MANY_VALUES", "string_too_short": "REQUIRED",
    "missing": "REQUIRED", "string_pattern_mismatch": "INVALID_FORMAT", "greater_than_equal": "OUT_OF_RANGE",
    "less_than_equal": "OUT_OF_RANGE", "greater_than": "OUT_OF_RANGE", "less_than": "OUT_OF_RANGE",
    "enum": "INVALID_VALUE", "literal_error": "INVALID_VALUE", "finite_number": "INVALID_VALUE",
    "decimal_parsing": "INVALID_VALUE", "decimal_max_places": "OUT_OF_RANGE", "decimal_max_digits": "OUT_OF_RANGE",
}


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p.title() for p in rest)


def _message(err: dict[str, Any]) -> str:
    ctx = err.get("ctx") or {}
    t = err["type"]
    if t == "string_too_long":
        return f"不能超过 {ctx.get('max_length')} 个字符"
    if t in ("string_too_short", "missing"):
        return "不能为空"
    if t == "too_long":
        return f"最多 {ctx.get('max_length')} 项"
    if t == "string_pattern_mismatch":
        return "格式不正确"
    if t in ("greater_than_equal", "less_than_equal", "greater_than", "less_than", "decimal_max_digits",
             "decimal_max_places"):
        return "超出允许范围"
    if t in ("finite_number", "decimal_parsing"):
        return "不是有效数字"
    return err.get("msg", "无效的值")


class Command(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, frozen=True, extra="forbid")


def parse(model: type[M], labels: dict[str, str] | None = None, **data: Any) -> M:
    """Builds a command; raises ValidationFailed with one coded error per bad field."""
    try:
        return model(**data)
    except ValidationError as exc:
        errors = []
        for err in exc.errors():
            path = [_camel(str(p)) for p in err["loc"]]
            # The innermost named field labels the message (rows.3.sold_qty → 销售数量), else the outermost.
            named = [str(p) for p in err["loc"] if isinstance(p, str)]
            label = next((labels[n] for n in reversed(named) if labels and n in labels), None) or \
                (labels or {}).get(str(err["loc"][0]), path[0] if path else "")
            errors.append(DomainError(f"{label}{_message(err)}", code=_CODES.get(err["type"], "INVALID_VALUE"),
                                      field=path))
        raise ValidationFailed(errors) from exc
