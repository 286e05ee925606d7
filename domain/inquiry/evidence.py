"""Evidence files (佐证材料): what may be uploaded, checked from the bytes, not from what the client claims."""
from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass

from domain.inquiry.errors import InquiryError
from domain.inquiry.errors import InquiryErrorCode as C
from domain.shared.errors import ValidationFailed

MAX_BYTES = 10 * 1024 * 1024   # per file
MAX_FILES = 10                 # per feedback round
MAX_NAME = 200

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ALLOWED = {PDF: ".pdf", PNG: ".png", JPEG: ".jpg", DOCX: ".docx", XLSX: ".xlsx"}
ALLOWED_LABEL = "PDF、PNG、JPG、Word（.docx）、Excel（.xlsx）"


@dataclass(frozen=True)
class CheckedFile:
    file_name: str
    media_type: str
    content: bytes
    sha256: str

    @property
    def size(self) -> int:
        return len(self.content)


def sniff(content: bytes) -> str | None:
    """Returns the media type the bytes really are, among the allowed ones, or None."""
    if content.startswith(b"%PDF-"):
        return PDF
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if content.startswith(b"\xff\xd8\xff"):
        return JPEG
    if content.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as z:
                names = set(z.namelist())
        except zipfile.BadZipFile:
            return None
        if "[Content_Types].xml" in names:
            if any(n.startswith("word/") for n in names):
                return DOCX
            if any(n.startswith("xl/") for n in names):
                return XLSX
    return None


def clean_name(name: str | None, media_type: str) -> str:
    """A display name without any path part, control characters or excess length; keeps a fitting suffix."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip() or "佐证材料"
    suffix = ALLOWED[media_type]
    if not base.lower().endswith(suffix) and not (media_type == JPEG and base.lower().endswith(".jpeg")):
        base += suffix
    if len(base) > MAX_NAME:
        base = base[: MAX_NAME - len(suffix)] + suffix
    return base


def check_files(files: list[tuple[str | None, bytes]]) -> list[CheckedFile]:
    """Checks every (name, bytes) pair; raises with every problem found (field path files.<i>)."""
    if len(files) > MAX_FILES:
        raise InquiryError(f"每次反馈最多上传 {MAX_FILES} 个佐证材料", code=C.TOO_MANY_FILES, field=["files"])
    out: list[CheckedFile] = []
    problems: list[InquiryError] = []
    for i, (name, content) in enumerate(files):
        field = ["files", str(i)]
        if not content:
            problems.append(InquiryError(f"第 {i + 1} 个文件为空", code=C.EMPTY_FILE, field=field))
            continue
        if len(content) > MAX_BYTES:
            problems.append(InquiryError(f"第 {i + 1} 个文件超过 {MAX_BYTES // (1024 * 1024)} MB",
                                         code=C.FILE_TOO_LARGE, field=field))
            continue
        media = sniff(content)
        if media is None:
            problems.append(InquiryError(f"第 {i + 1} 个文件类型不允许，只接受 {ALLOWED_LABEL}",
                                         code=C.FILE_TYPE_NOT_ALLOWED, field=field))
            continue
        out.append(CheckedFile(clean_name(name, media), media, content, hashlib.sha256(content).hexdigest()))
    if problems:
        raise ValidationFailed(list(problems))
    return out
