"""Files sent with a mutation: a multipart upload (`file`) or, for clients that cannot send multipart, Base64."""
from __future__ import annotations

import base64
import binascii
from typing import Any

from domain.shared.errors import CommonCode, DomainError


async def upload_bytes(input: Any, limit: int) -> bytes:
    """The bytes of `input.file` or `input.file_base64` (exactly one must be given); at most `limit` + 1 are read, so
    the service can refuse an over-large file by its size."""
    if (input.file is None) == (input.file_base64 is None):
        raise DomainError("请通过 file（multipart 上传）或 fileBase64 之一提供文件", code=CommonCode.REQUIRED,
                          field=["file"])
    if input.file is not None:
        data = await input.file.read(limit + 1)
        return data if isinstance(data, bytes) else data.encode()
    raw = input.file_base64 or ""
    if len(raw) > (limit * 4) // 3 + 8:
        raise DomainError("文件超过大小上限", code="FILE_TOO_LARGE", field=["fileBase64"])
    try:
        return base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise DomainError("fileBase64 不是有效的 Base64", code=CommonCode.INVALID_FORMAT, field=["fileBase64"]) from exc
