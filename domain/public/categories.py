"""Drug categories the public browses (PUB-02): 西药 by ATC anatomical main group (the first letter of the class
code), 中成药 by the chapter of the insurance catalog's 中成药 part (the first letter of its class code)."""
from __future__ import annotations

WESTERN = {
    "A": "消化道及代谢", "B": "血液和造血器官", "C": "心血管系统", "D": "皮肤病用药", "G": "泌尿生殖系统和性激素",
    "H": "全身用激素类制剂", "J": "全身用抗感染药", "L": "抗肿瘤药及免疫调节剂", "M": "肌肉-骨骼系统",
    "N": "神经系统", "P": "抗寄生虫药、杀虫剂和驱虫剂", "R": "呼吸系统", "S": "感觉器官", "V": "其他",
}
TCM = {"A": "内科用药", "B": "外科用药", "C": "肿瘤用药", "D": "妇科用药", "E": "眼科用药", "F": "耳鼻喉科用药",
       "G": "骨伤科用药"}
NAMES = {"X": WESTERN, "Z": TCM}


def category_code(drug_type: str, class_code: str) -> str:
    return f"{drug_type}:{class_code[:1]}"


def category_name(drug_type: str, class_code: str) -> str | None:
    return NAMES.get(drug_type, {}).get(class_code[:1])


def parse(code: str) -> tuple[str, str] | None:
    """"X:C" → ("X", "C"); None when it names no category."""
    kind, _, letter = (code or "").partition(":")
    return (kind, letter) if letter in NAMES.get(kind, {}) else None
