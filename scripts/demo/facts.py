"""Curated drug facts for the deterministic demo-data generator.

This module is pure data: it has no I/O and no imports beyond the standard
``dataclasses``/``typing``. The generator uses it to make a realistic national
drug master-data set (医保药品分类与代码) for demos and load tests.

What is FACT and what is SYNTHETIC
==================================

FACT (taken from real-world knowledge, to be kept correct):

* The shape of the NHSA 23-character drug code: kind letter (X 西药 / Z 中成药)
  + 5-char class + generic-name code + 4-char dosage-form code + 2-char spec
  + 2-char package + 5-char enterprise. Example ``XJ01CAA040A001010102699``.
* The dosage-form *names* in ``DOSAGE_FORMS`` (common Chinese dosage forms),
  and the two codes A001 (片剂) and A002 (含片), which appear in real codes.
* The Western class codes in ``DRUG_CLASSES`` (kind "X"): real WHO ATC level-4
  codes, using the current WHO structure (after the 2022 reorganisation of L01
  and the 2024 reorganisation of L04). The Chinese class names are our own
  translations of the WHO level-4 titles.
* Generic names (通用名) of Western drugs and 中成药, their ATC class, and their
  strengths/specifications (规格): these are real, common products.
* The eight real generic-name codes kept in ``Variety.name_code``:
  A040 阿莫西林, D075 地喹氯铵, L388 拉那利尤单抗, T084 头孢匹罗, E082 二甲双胍,
  S279 司美格鲁肽 (西药) and G0401 归芪活血胶囊, J0740 金花清感颗粒 (中成药).

SYNTHETIC (invented for the demo; never present these as real):

* Every dosage-form code other than A001/A002 (``DosageForm.synthetic_code``).
  Only the numbering scheme "group letter + 3 digits" follows the real codes.
* All 中成药 class codes (kind "Z", ``DrugClass.synthetic_code=True``). Their
  layout copies the 医保目录 中成药 chapters (A 内科, B 外科, C 肿瘤, D 妇科,
  E 眼科, F 耳鼻喉科, G 骨伤科) and the two real samples ZA06CA / ZG02AA, but the
  codes are not checked against the NHSA table.
* Every ``name_code`` that is ``None`` here: the generator makes one up
  (pinyin initial + 3 digits for X, + 4 digits for Z).
* Pack sizes (包装数量) are plausible but not tied to any real product.
* ``PACKAGE_INSERT_TEMPLATES``: generic sample text, marked "示例", NOT taken
  from any real package insert (说明书).
* ``MANUFACTURER_NAME_PARTS``: invented brand words; every manufacturer the
  generator builds is fictitious.
* ``TAG_DEFINITIONS``: the tag *concepts* are real business concepts (国家集采,
  谈判药品, 抗菌药物分级 …); codes and descriptions are ours.
"""

from __future__ import annotations

from dataclasses import dataclass

# ---------------------------------------------------------------------------
# Data classes
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DosageForm:
    code: str  # 4 chars: group letter + 3 digits
    name: str  # Chinese dosage-form name (fact)
    group: str  # group letter, same as code[0]
    synthetic_code: bool  # True unless the code is a known real one


@dataclass(frozen=True)
class DrugClass:
    # (kind, code) is the key: X and Z class codes share one 5-char namespace
    # pattern and do collide (e.g. X "A12AA" 钙 vs Z "A12AA" 祛瘀剂).
    code: str  # 5 chars; ATC level 4 for X, TCM class for Z
    name: str
    kind: str  # "X" (西药) or "Z" (中成药)
    synthetic_code: bool = False  # True for all Z classes (see module docstring)


@dataclass(frozen=True)
class FormSpec:
    form_code: str  # -> DosageForm.code
    specs: tuple[str, ...]  # 规格, e.g. "0.25g", "2ml:20mg", "每丸重9g"
    min_unit: str  # 最小使用单位: 片/粒/袋/支/瓶/丸/贴/枚 …
    pack_unit: str  # 包装单位: 盒/瓶/支 …
    pack_sizes: tuple[int, ...]  # min units per pack (synthetic but plausible)


@dataclass(frozen=True)
class Variety:
    generic_name: str  # 通用名 (西药: without dosage form; 中成药: product name)
    class_code: str  # -> DrugClass with kind "X" (western) / "Z" (TCM) and this code
    name_code: str | None  # real generic-name code where known, else None
    forms: tuple[FormSpec, ...]  # 1-3 dosage forms
    area: str  # therapeutic area -> PACKAGE_INSERT_TEMPLATES key
    otc: bool = False
    note: str = ""


@dataclass(frozen=True)
class InsertTemplate:
    usage: str  # 用法用量
    frequency: str  # 用药频次
    method: str  # 给药途径/方法
    indications: str  # 适应症/功能主治
    shelf_life_months: int


@dataclass(frozen=True)
class ManufacturerNameParts:
    brand_words: tuple[str, ...]
    suffixes: tuple[str, ...]
    provinces: tuple[str, ...]


@dataclass(frozen=True)
class TagDef:
    code: str
    name: str
    value_type: str  # "BOOLEAN" | "ENUM" | "TEXT" | "NUMBER"
    allowed_values: tuple[str, ...]  # only for ENUM; empty otherwise
    applies_to: str  # "VARIETY" | "DRUG_CODE" | "BOTH"
    description: str


# ---------------------------------------------------------------------------
# 1. Dosage forms. Names are facts; codes are synthetic except A001/A002.
#    Groups: A 片剂类, B 注射剂, C 胶囊, D 颗粒/散剂, E 口服液体制剂,
#    F 外用制剂, G 吸入制剂, H 眼/耳/鼻用制剂, J 腔道用制剂, K 中药特有剂型
# ---------------------------------------------------------------------------

_REAL_FORM_CODES = frozenset({"A001", "A002"})


def _df(code: str, name: str) -> DosageForm:
    return DosageForm(code, name, code[0], code not in _REAL_FORM_CODES)


DOSAGE_FORMS: list[DosageForm] = [
    _df("A001", "片剂"),
    _df("A002", "含片"),
    _df("A003", "薄膜衣片"),
    _df("A004", "肠溶片"),
    _df("A005", "缓释片"),
    _df("A006", "控释片"),
    _df("A007", "分散片"),
    _df("A008", "泡腾片"),
    _df("A009", "咀嚼片"),
    _df("A010", "口腔崩解片"),
    _df("A011", "舌下片"),
    _df("B001", "注射液"),
    _df("B002", "注射用无菌粉末"),
    _df("B003", "大容量注射液"),
    _df("B004", "注射用浓溶液"),
    _df("C001", "胶囊"),
    _df("C002", "硬胶囊"),
    _df("C003", "软胶囊"),
    _df("C004", "肠溶胶囊"),
    _df("C005", "缓释胶囊"),
    _df("D001", "颗粒剂"),
    _df("D002", "干混悬剂"),
    _df("D003", "散剂"),
    _df("E001", "口服溶液"),
    _df("E002", "口服混悬液"),
    _df("E003", "糖浆剂"),
    _df("E004", "合剂"),
    _df("E005", "口服液"),
    _df("E006", "酊剂"),
    _df("F001", "乳膏"),
    _df("F002", "软膏"),
    _df("F003", "凝胶"),
    _df("F004", "贴剂"),
    _df("F005", "喷雾剂"),
    _df("G001", "吸入气雾剂"),
    _df("G002", "吸入粉雾剂"),
    _df("G003", "吸入溶液"),
    _df("G004", "吸入混悬液"),
    _df("H001", "滴眼液"),
    _df("H002", "眼膏"),
    _df("H003", "眼用凝胶"),
    _df("H004", "滴鼻剂"),
    _df("H005", "鼻喷雾剂"),
    _df("H006", "滴耳液"),
    _df("J001", "栓剂"),
    _df("J002", "阴道片"),
    _df("K001", "丸剂"),
    _df("K002", "大蜜丸"),
    _df("K003", "水丸"),
    _df("K004", "浓缩丸"),
    _df("K005", "滴丸"),
    _df("K006", "膏药"),
    _df("K007", "贴膏剂"),
]

# ---------------------------------------------------------------------------
# 2. Drug classes.
#    X: real WHO ATC level-4 codes (fact); names are our Chinese translations.
#    Z: SYNTHETIC 中成药 class codes modelled on the 医保目录 chapters.
# ---------------------------------------------------------------------------


def _x(code: str, name: str) -> DrugClass:
    return DrugClass(code, name, "X")


def _z(code: str, name: str) -> DrugClass:
    # Synthetic: not verified against the NHSA 中成药 classification table.
    return DrugClass(code, name, "Z", synthetic_code=True)


DRUG_CLASSES: list[DrugClass] = [
    # --- A 消化道和代谢 ---
    _x("A01AB", "口腔局部用抗感染药和消毒药"),
    _x("A02AD", "铝、钙、镁复方制剂及抗酸药"),
    _x("A02BA", "H2受体拮抗剂"),
    _x("A02BC", "质子泵抑制剂"),
    _x("A02BX", "其他治疗消化性溃疡和胃食管反流病的药物"),
    _x("A03BA", "颠茄生物碱类（叔胺）"),
    _x("A03BB", "颠茄生物碱类（半合成季铵）"),
    _x("A03FA", "促动力药"),
    _x("A04AA", "5-HT3受体拮抗剂"),
    _x("A04AD", "其他止吐药"),
    _x("A05AA", "胆汁酸类"),
    _x("A06AB", "接触性泻药"),
    _x("A06AD", "渗透性泻药"),
    _x("A07BC", "其他肠道吸附剂"),
    _x("A07DA", "胃肠动力抑制剂"),
    _x("A07EC", "氨基水杨酸类"),
    _x("A10AB", "胰岛素及其类似物（注射，速效）"),
    _x("A10AD", "胰岛素及其类似物（注射，中效或长效与速效复方）"),
    _x("A10AE", "胰岛素及其类似物（注射，长效）"),
    _x("A10BA", "双胍类"),
    _x("A10BB", "磺脲类"),
    _x("A10BD", "口服降糖药复方"),
    _x("A10BF", "α-葡萄糖苷酶抑制剂"),
    _x("A10BG", "噻唑烷二酮类"),
    _x("A10BH", "二肽基肽酶-4（DPP-4）抑制剂"),
    _x("A10BJ", "胰高血糖素样肽-1（GLP-1）类似物"),
    _x("A10BK", "钠-葡萄糖协同转运蛋白2（SGLT2）抑制剂"),
    _x("A10BX", "其他降血糖药"),
    _x("A11CC", "维生素D及其类似物"),
    _x("A11DA", "维生素B1（单方）"),
    _x("A11GA", "维生素C（单方）"),
    _x("A11HA", "其他维生素（单方）"),
    _x("A12AA", "钙"),
    _x("A12AX", "钙与维生素D和/或其他药物的复方"),
    _x("A16AB", "酶类"),
    # --- B 血液和造血器官 ---
    _x("B01AA", "维生素K拮抗剂"),
    _x("B01AB", "肝素类"),
    _x("B01AC", "血小板聚集抑制剂（不含肝素）"),
    _x("B01AD", "酶类（溶栓药）"),
    _x("B01AE", "直接凝血酶抑制剂"),
    _x("B01AF", "直接Xa因子抑制剂"),
    _x("B02AA", "氨基酸类止血药"),
    _x("B03AA", "口服二价铁制剂"),
    _x("B03BA", "维生素B12（氰钴胺及其类似物）"),
    _x("B03BB", "叶酸及其衍生物"),
    _x("B03XA", "其他抗贫血药"),
    _x("B05AA", "血液代用品和血浆蛋白组分"),
    _x("B05BA", "肠外营养液"),
    _x("B05XA", "电解质溶液"),
    _x("B06AC", "遗传性血管性水肿用药"),
    # --- C 心血管系统 ---
    _x("C01AA", "洋地黄糖苷类"),
    _x("C01BC", "IC类抗心律失常药"),
    _x("C01BD", "III类抗心律失常药"),
    _x("C01CA", "肾上腺素能和多巴胺能药"),
    _x("C01DA", "有机硝酸酯类"),
    _x("C01EB", "其他心脏疾病用药"),
    _x("C03AA", "噻嗪类（单方）"),
    _x("C03BA", "磺酰胺类（单方）"),
    _x("C03CA", "磺酰胺类（高效利尿药）"),
    _x("C03DA", "醛固酮拮抗剂"),
    _x("C07AA", "非选择性β受体阻滞剂"),
    _x("C07AB", "选择性β受体阻滞剂"),
    _x("C07AG", "α和β受体阻滞剂"),
    _x("C08CA", "二氢吡啶衍生物"),
    _x("C08DA", "苯烷胺衍生物"),
    _x("C08DB", "苯并硫氮䓬衍生物"),
    _x("C09AA", "血管紧张素转换酶抑制剂（单方）"),
    _x("C09CA", "血管紧张素II受体拮抗剂（单方）"),
    _x("C09DA", "血管紧张素II受体拮抗剂与利尿剂复方"),
    _x("C09DX", "血管紧张素II受体拮抗剂其他复方"),
    _x("C10AA", "HMG-CoA还原酶抑制剂"),
    _x("C10AB", "贝特类"),
    _x("C10AX", "其他调脂药"),
    # --- D 皮肤病用药 ---
    _x("D01AC", "咪唑类和三唑类衍生物（外用抗真菌）"),
    _x("D01AE", "其他外用抗真菌药"),
    _x("D05AX", "其他外用抗银屑病药"),
    _x("D06AX", "其他外用抗生素"),
    _x("D07AB", "中效糖皮质激素（外用）"),
    _x("D07AC", "强效糖皮质激素（外用）"),
    _x("D07AD", "超强效糖皮质激素（外用）"),
    _x("D10AD", "维A酸类（外用抗痤疮）"),
    _x("D11AH", "皮炎用药（不含糖皮质激素）"),
    # --- G 泌尿生殖系统和性激素 ---
    _x("G01AF", "咪唑衍生物（妇科抗感染）"),
    _x("G03CA", "天然和半合成雌激素（单方）"),
    _x("G03DA", "孕烯衍生物"),
    _x("G04BD", "尿频和尿失禁用药"),
    _x("G04BE", "勃起功能障碍用药"),
    _x("G04CA", "α肾上腺素受体拮抗剂"),
    _x("G04CB", "5α-还原酶抑制剂"),
    # --- H 全身用激素类制剂（不含性激素和胰岛素）---
    _x("H01BB", "缩宫素及其类似物"),
    _x("H01CB", "生长抑素及其类似物"),
    _x("H02AB", "糖皮质激素"),
    _x("H03AA", "甲状腺激素"),
    _x("H03BA", "硫脲嘧啶类"),
    _x("H03BB", "含硫咪唑衍生物"),
    _x("H05BA", "降钙素制剂"),
    # --- J 全身用抗感染药 ---
    _x("J01AA", "四环素类"),
    _x("J01CA", "广谱青霉素类"),
    _x("J01CE", "对β-内酰胺酶敏感的青霉素类"),
    _x("J01CF", "耐β-内酰胺酶的青霉素类"),
    _x("J01CR", "青霉素类复方（含β-内酰胺酶抑制剂）"),
    _x("J01DB", "第一代头孢菌素"),
    _x("J01DC", "第二代头孢菌素"),
    _x("J01DD", "第三代头孢菌素"),
    _x("J01DE", "第四代头孢菌素"),
    _x("J01DF", "单环β-内酰胺类"),
    _x("J01DH", "碳青霉烯类"),
    _x("J01EE", "磺胺类与甲氧苄啶复方"),
    _x("J01FA", "大环内酯类"),
    _x("J01FF", "林可酰胺类"),
    _x("J01GB", "其他氨基糖苷类"),
    _x("J01MA", "氟喹诺酮类"),
    _x("J01XA", "糖肽类抗菌药"),
    _x("J01XD", "咪唑衍生物"),
    _x("J01XX", "其他抗菌药"),
    _x("J02AC", "三唑类衍生物（全身用抗真菌）"),
    _x("J02AX", "其他全身用抗真菌药"),
    _x("J04AB", "抗生素类抗结核药"),
    _x("J04AC", "酰肼类"),
    _x("J04AK", "其他抗结核药"),
    _x("J05AB", "核苷和核苷酸类（不含逆转录酶抑制剂）"),
    _x("J05AF", "核苷和核苷酸类逆转录酶抑制剂"),
    _x("J05AH", "神经氨酸酶抑制剂"),
    _x("J06BA", "人免疫球蛋白（正常人）"),
    # --- L 抗肿瘤药和免疫调节剂 ---
    _x("L01AA", "氮芥类似物"),
    _x("L01AX", "其他烷化剂"),
    _x("L01BA", "叶酸类似物"),
    _x("L01BC", "嘧啶类似物"),
    _x("L01CA", "长春花生物碱及其类似物"),
    _x("L01CB", "鬼臼毒素衍生物"),
    _x("L01CD", "紫杉烷类"),
    _x("L01CE", "拓扑异构酶I抑制剂"),
    _x("L01DB", "蒽环类及相关药物"),
    _x("L01EA", "BCR-ABL酪氨酸激酶抑制剂"),
    _x("L01EB", "表皮生长因子受体（EGFR）酪氨酸激酶抑制剂"),
    _x("L01ED", "间变性淋巴瘤激酶（ALK）抑制剂"),
    _x("L01EF", "细胞周期蛋白依赖性激酶（CDK）抑制剂"),
    _x("L01EL", "布鲁顿酪氨酸激酶（BTK）抑制剂"),
    _x("L01EX", "其他蛋白激酶抑制剂"),
    _x("L01FA", "CD20抑制剂"),
    _x("L01FD", "HER2抑制剂"),
    _x("L01FE", "EGFR抑制剂（单克隆抗体）"),
    _x("L01FF", "PD-1/PD-L1抑制剂"),
    _x("L01FG", "VEGF/VEGFR抑制剂（单克隆抗体）"),
    _x("L01XA", "铂类化合物"),
    _x("L01XG", "蛋白酶体抑制剂"),
    _x("L02AE", "促性腺激素释放激素类似物"),
    _x("L02BA", "抗雌激素类"),
    _x("L02BB", "抗雄激素类"),
    _x("L02BG", "芳香化酶抑制剂"),
    _x("L03AA", "集落刺激因子"),
    _x("L03AB", "干扰素类"),
    _x("L04AA", "选择性免疫抑制剂"),
    _x("L04AB", "肿瘤坏死因子α（TNF-α）抑制剂"),
    _x("L04AC", "白介素抑制剂"),
    _x("L04AD", "钙调磷酸酶抑制剂"),
    _x("L04AX", "其他免疫抑制剂"),
    # --- M 肌肉-骨骼系统 ---
    _x("M01AB", "醋酸衍生物及相关物质"),
    _x("M01AC", "昔康类"),
    _x("M01AE", "丙酸衍生物"),
    _x("M01AH", "昔布类"),
    _x("M03AC", "其他季铵类肌松药"),
    _x("M03BX", "其他中枢性肌松药"),
    _x("M04AA", "尿酸生成抑制剂"),
    _x("M04AB", "促尿酸排泄药"),
    _x("M04AC", "不影响尿酸代谢的抗痛风药"),
    _x("M05BA", "双膦酸盐类"),
    _x("M05BX", "其他影响骨结构和矿化的药物"),
    _x("M09AX", "其他肌肉-骨骼系统疾病用药"),
    # --- N 神经系统 ---
    _x("N01AH", "阿片类麻醉药"),
    _x("N01AX", "其他全身麻醉药"),
    _x("N01BB", "酰胺类局部麻醉药"),
    _x("N02AA", "天然阿片生物碱"),
    _x("N02AB", "苯基哌啶衍生物"),
    _x("N02AX", "其他阿片类"),
    _x("N02BE", "酰基苯胺类"),
    _x("N02CC", "选择性5-HT1受体激动剂"),
    _x("N03AF", "甲酰胺衍生物"),
    _x("N03AG", "脂肪酸衍生物"),
    _x("N03AX", "其他抗癫痫药"),
    _x("N04BA", "多巴及其衍生物"),
    _x("N04BC", "多巴胺受体激动剂"),
    _x("N04BD", "单胺氧化酶B抑制剂"),
    _x("N05AD", "丁酰苯衍生物"),
    _x("N05AE", "吲哚衍生物"),
    _x("N05AH", "二氮䓬类、氧氮䓬类、硫氮䓬类和氧氮平类"),
    _x("N05AN", "锂"),
    _x("N05AX", "其他抗精神病药"),
    _x("N05BA", "苯二氮䓬衍生物（抗焦虑）"),
    _x("N05CD", "苯二氮䓬衍生物（催眠镇静）"),
    _x("N05CF", "苯二氮䓬相关药物"),
    _x("N05CM", "其他催眠镇静药"),
    _x("N06AB", "选择性5-羟色胺再摄取抑制剂"),
    _x("N06AX", "其他抗抑郁药"),
    _x("N06BX", "其他精神兴奋药和益智药"),
    _x("N06DA", "抗胆碱酯酶药"),
    _x("N06DX", "其他抗痴呆药"),
    _x("N07CA", "抗眩晕药"),
    _x("N07XX", "其他神经系统药物"),
    # --- P 抗寄生虫药 ---
    _x("P01BA", "氨基喹啉类"),
    _x("P01BE", "青蒿素及其衍生物"),
    _x("P02CA", "苯并咪唑衍生物"),
    # --- R 呼吸系统 ---
    _x("R01AA", "拟交感神经药（鼻用，单方）"),
    _x("R01AD", "糖皮质激素（鼻用）"),
    _x("R03AC", "选择性β2肾上腺素受体激动剂（吸入）"),
    _x("R03AK", "肾上腺素能药与糖皮质激素或其他药物复方（不含抗胆碱能药）"),
    _x("R03BA", "糖皮质激素（吸入）"),
    _x("R03BB", "抗胆碱能药（吸入）"),
    _x("R03DA", "黄嘌呤类"),
    _x("R03DC", "白三烯受体拮抗剂"),
    _x("R03DX", "其他全身用阻塞性气道疾病药"),
    _x("R05CB", "黏液溶解药"),
    _x("R05DA", "阿片生物碱及其衍生物（镇咳）"),
    _x("R05DB", "其他镇咳药"),
    _x("R06AB", "取代的烷基胺类"),
    _x("R06AD", "吩噻嗪衍生物"),
    _x("R06AE", "哌嗪衍生物"),
    _x("R06AX", "其他全身用抗组胺药"),
    # --- S 感觉器官 ---
    _x("S01AA", "抗生素类（眼用）"),
    _x("S01AE", "氟喹诺酮类（眼用）"),
    _x("S01BA", "糖皮质激素（眼用，单方）"),
    _x("S01EA", "拟交感神经药（抗青光眼）"),
    _x("S01EC", "碳酸酐酶抑制剂（抗青光眼）"),
    _x("S01ED", "β受体阻滞剂（抗青光眼）"),
    _x("S01EE", "前列腺素类似物（抗青光眼）"),
    _x("S01GX", "其他抗过敏药（眼用）"),
    _x("S01LA", "抗新生血管药（眼用）"),
    # --- V 其他 ---
    _x("V03AB", "解毒药"),
    _x("V03AE", "高钾血症和高磷血症治疗药"),
    _x("V03AF", "抗肿瘤治疗用解毒药"),
    # --- Z 中成药 (SYNTHETIC codes; chapter layout modelled on 医保目录) ---
    # A 内科用药
    _z("A01AA", "解表剂-辛温解表"),
    _z("A01BA", "解表剂-辛凉解表"),
    _z("A01CA", "解表剂-表里双解"),
    _z("A02AA", "祛暑剂-解表祛暑"),
    _z("A03AA", "泻下剂-润肠通便"),
    _z("A04AA", "清热剂-清热泻火"),
    _z("A04BA", "清热剂-清热解毒"),
    _z("A04CA", "清热剂-清脏腑热"),
    _z("A05AA", "温里剂-温中散寒"),
    _z("A06AA", "化痰止咳平喘剂-温化寒痰"),
    _z("A06BA", "化痰止咳平喘剂-理肺止咳"),
    _z("A06CA", "化痰止咳平喘剂-清热化痰"),
    _z("A07AA", "开窍剂-清热开窍"),
    _z("A07BA", "开窍剂-芳香开窍"),
    _z("A08AA", "固涩剂-固精缩尿"),
    _z("A09AA", "扶正剂-补气"),
    _z("A09CA", "扶正剂-滋阴"),
    _z("A09DA", "扶正剂-温阳"),
    _z("A09EA", "扶正剂-气血双补"),
    _z("A09FA", "扶正剂-益气养阴"),
    _z("A10AA", "安神剂-养心安神"),
    _z("A11AA", "止血剂-化瘀止血"),
    _z("A12AA", "祛瘀剂-活血化瘀"),
    _z("A12BA", "祛瘀剂-益气活血"),
    _z("A12CA", "祛瘀剂-化瘀宽胸"),
    _z("A13AA", "理气剂-疏肝解郁"),
    _z("A13BA", "理气剂-疏肝和胃"),
    _z("A14AA", "消导剂-消积导滞"),
    _z("A15AA", "治风剂-疏散外风"),
    _z("A15BA", "治风剂-平肝息风"),
    _z("A16AA", "祛湿剂-祛风除湿"),
    _z("A16BA", "祛湿剂-清热通淋"),
    _z("A16CA", "祛湿剂-化浊降脂"),
    # B 外科用药
    _z("B01AA", "外科用药-清热解毒消肿"),
    _z("B02AA", "外科用药-治烧伤"),
    _z("B03AA", "外科用药-治痔"),
    # C 肿瘤用药
    _z("C01AA", "肿瘤用药-抗肿瘤"),
    # D 妇科用药
    _z("D01AA", "妇科用药-扶正调经"),
    _z("D02AA", "妇科用药-活血化瘀消癥"),
    # E 眼科用药
    _z("E01AA", "眼科用药-明目"),
    # F 耳鼻喉科用药
    _z("F01AA", "耳鼻喉科用药-治咽喉"),
    _z("F02AA", "耳鼻喉科用药-治鼻"),
    # G 骨伤科用药
    _z("G01AA", "骨伤科用药-补肾壮骨"),
    _z("G02AA", "骨伤科用药-活血化瘀"),
    _z("G03AA", "骨伤科用药-祛风除湿止痛"),
]


def drug_class(kind: str, code: str) -> DrugClass:
    """Look up a class by (kind, code); kind is "X" for WESTERN_VARIETIES, "Z" for TCM."""
    return _CLASSES_BY_KEY[(kind, code)]


_CLASSES_BY_KEY: dict[tuple[str, str], DrugClass] = {(c.kind, c.code): c for c in DRUG_CLASSES}

# ---------------------------------------------------------------------------
# Helpers for compact FormSpec / Variety literals. Pack sizes are synthetic.
# ---------------------------------------------------------------------------

_SOLID_PACKS = (12, 24, 36)


def _tab(code: str, *specs: str, packs: tuple[int, ...] = _SOLID_PACKS) -> FormSpec:
    """Tablet-like forms counted in 片."""
    return FormSpec(code, specs, "片", "盒", packs)


def _cap(code: str, *specs: str, packs: tuple[int, ...] = _SOLID_PACKS) -> FormSpec:
    """Capsules counted in 粒."""
    return FormSpec(code, specs, "粒", "盒", packs)


def _amp(code: str, *specs: str, packs: tuple[int, ...] = (1, 5, 10)) -> FormSpec:
    """Injections in ampoules / pre-filled syringes / pens (支)."""
    return FormSpec(code, specs, "支", "盒", packs)


def _vial(code: str, *specs: str, packs: tuple[int, ...] = (1, 5, 10)) -> FormSpec:
    """Injections in vials (瓶), e.g. 注射用无菌粉末."""
    return FormSpec(code, specs, "瓶", "盒", packs)


def _iv(*specs: str) -> FormSpec:
    """Large-volume infusions (大容量注射液), one bottle/bag per pack."""
    return FormSpec("B003", specs, "瓶", "瓶", (1,))


def _bag(code: str, *specs: str, packs: tuple[int, ...] = (6, 9, 12)) -> FormSpec:
    """Granules / powders in sachets (袋)."""
    return FormSpec(code, specs, "袋", "盒", packs)


def _bottle(code: str, *specs: str, packs: tuple[int, ...] = (1,)) -> FormSpec:
    """Oral liquids, eye drops etc. dispensed by the bottle (瓶)."""
    return FormSpec(code, specs, "瓶", "盒", packs)


def _vialette(code: str, *specs: str, packs: tuple[int, ...] = (6, 10, 12)) -> FormSpec:
    """Single-dose oral liquids (支), e.g. 口服液 10ml/支."""
    return FormSpec(code, specs, "支", "盒", packs)


def _tube(code: str, *specs: str) -> FormSpec:
    """Creams, ointments, gels, eye ointments (支)."""
    return FormSpec(code, specs, "支", "盒", (1,))


def _inhaler(code: str, *specs: str, unit: str = "支", packs: tuple[int, ...] = (1,)) -> FormSpec:
    return FormSpec(code, specs, unit, "盒", packs)


def _supp(code: str, *specs: str, packs: tuple[int, ...] = (6, 10)) -> FormSpec:
    """Suppositories and vaginal tablets (枚)."""
    return FormSpec(code, specs, "枚", "盒", packs)


def _patch(code: str, *specs: str, packs: tuple[int, ...] = (4, 7, 10)) -> FormSpec:
    return FormSpec(code, specs, "贴", "盒", packs)


def _pill(code: str, *specs: str, packs: tuple[int, ...] = (6, 10)) -> FormSpec:
    """Honey pills etc. counted in 丸."""
    return FormSpec(code, specs, "丸", "盒", packs)


def _v(
    name: str,
    class_code: str,
    area: str,
    *forms: FormSpec,
    code: str | None = None,
    otc: bool = False,
    note: str = "",
) -> Variety:
    return Variety(name, class_code, code, tuple(forms), area, otc, note)


# ---------------------------------------------------------------------------
# 3. Western / chemical & biological varieties (西药).
#    Generic names, ATC classes and strengths are facts; pack sizes synthetic.
# ---------------------------------------------------------------------------

WESTERN_VARIETIES: list[Variety] = [
    # ===================== 抗感染 =====================
    _v("阿莫西林", "J01CA", "抗感染",
       _cap("C001", "0.125g", "0.25g", "0.5g"),
       _tab("A007", "0.25g", "0.5g"),
       _bag("D001", "0.125g", packs=(12, 24)),
       code="A040"),
    _v("氨苄西林", "J01CA", "抗感染", _vial("B002", "0.5g", "1.0g", "2.0g")),
    _v("哌拉西林", "J01CA", "抗感染", _vial("B002", "0.5g", "1.0g", "2.0g")),
    _v("青霉素", "J01CE", "抗感染",
       _vial("B002", "80万单位", "160万单位", "400万单位", packs=(1, 10, 50)),
       note="注射用青霉素钠/青霉素钾"),
    _v("苄星青霉素", "J01CE", "抗感染", _vial("B002", "60万单位", "120万单位")),
    _v("苯唑西林", "J01CF", "抗感染", _vial("B002", "0.5g", "1.0g"), _cap("C001", "0.25g")),
    _v("阿莫西林克拉维酸钾", "J01CR", "抗感染",
       _tab("A003", "0.375g(2:1)", "0.625g(4:1)", "1.0g(7:1)"),
       _bag("D001", "156.25mg(4:1)", "228.5mg(7:1)"),
       _vial("B002", "0.6g(5:1)", "1.2g(5:1)")),
    _v("哌拉西林他唑巴坦", "J01CR", "抗感染", _vial("B002", "2.25g", "4.5g")),
    _v("氨苄西林舒巴坦", "J01CR", "抗感染", _vial("B002", "0.75g", "1.5g", "3.0g")),
    _v("头孢氨苄", "J01DB", "抗感染",
       _cap("C001", "0.125g", "0.25g"), _tab("A001", "0.125g", "0.25g"), _bag("D001", "0.125g")),
    _v("头孢唑林", "J01DB", "抗感染", _vial("B002", "0.5g", "1.0g", "2.0g")),
    _v("头孢拉定", "J01DB", "抗感染", _cap("C001", "0.25g", "0.5g"), _vial("B002", "0.5g", "1.0g")),
    _v("头孢羟氨苄", "J01DB", "抗感染", _cap("C001", "0.25g", "0.5g"), _bag("D001", "0.125g")),
    _v("头孢呋辛", "J01DC", "抗感染",
       _tab("A003", "0.125g", "0.25g"), _vial("B002", "0.75g", "1.5g"),
       note="口服制剂为头孢呋辛酯，注射剂为头孢呋辛钠"),
    _v("头孢克洛", "J01DC", "抗感染",
       _cap("C001", "0.25g"), _tab("A005", "0.375g"), _bag("D002", "0.125g", "0.25g")),
    _v("头孢丙烯", "J01DC", "抗感染", _tab("A001", "0.25g", "0.5g"), _bag("D002", "0.125g")),
    _v("头孢替安", "J01DC", "抗感染", _vial("B002", "0.5g", "1.0g")),
    _v("头孢曲松", "J01DD", "抗感染", _vial("B002", "0.25g", "0.5g", "1.0g", "2.0g")),
    _v("头孢噻肟", "J01DD", "抗感染", _vial("B002", "0.5g", "1.0g", "2.0g")),
    _v("头孢他啶", "J01DD", "抗感染", _vial("B002", "0.5g", "1.0g", "2.0g")),
    _v("头孢哌酮舒巴坦", "J01DD", "抗感染",
       _vial("B002", "1.0g(1:1)", "1.5g(2:1)", "2.0g(1:1)", "3.0g(2:1)")),
    _v("头孢克肟", "J01DD", "抗感染",
       _cap("C001", "50mg", "100mg"), _tab("A007", "0.1g"), _bag("D001", "50mg")),
    _v("头孢地尼", "J01DD", "抗感染", _cap("C001", "50mg", "0.1g"), _tab("A007", "50mg", "0.1g")),
    _v("头孢泊肟酯", "J01DD", "抗感染", _tab("A001", "0.1g"), _bag("D002", "50mg")),
    _v("头孢吡肟", "J01DE", "抗感染", _vial("B002", "0.5g", "1.0g", "2.0g")),
    _v("头孢匹罗", "J01DE", "抗感染", _vial("B002", "0.25g", "0.5g", "1.0g"), code="T084"),
    _v("美罗培南", "J01DH", "抗感染", _vial("B002", "0.25g", "0.5g", "1.0g")),
    _v("亚胺培南西司他丁", "J01DH", "抗感染",
       _vial("B002", "0.5g(0.25g/0.25g)", "1.0g(0.5g/0.5g)")),
    _v("厄他培南", "J01DH", "抗感染", _vial("B002", "1.0g")),
    _v("比阿培南", "J01DH", "抗感染", _vial("B002", "0.3g")),
    _v("氨曲南", "J01DF", "抗感染", _vial("B002", "0.5g", "1.0g", "2.0g")),
    _v("阿奇霉素", "J01FA", "抗感染",
       _tab("A001", "0.25g", "0.5g", packs=(3, 6, 12)), _cap("C001", "0.25g", packs=(6, 12)),
       _vial("B002", "0.25g", "0.5g")),
    _v("克拉霉素", "J01FA", "抗感染",
       _tab("A001", "0.125g", "0.25g"), _cap("C001", "0.125g", "0.25g"), _tab("A005", "0.5g")),
    _v("红霉素", "J01FA", "抗感染", _tab("A004", "0.125g", "0.25g"), _vial("B002", "0.25g", "0.3g")),
    _v("罗红霉素", "J01FA", "抗感染", _tab("A001", "0.15g"), _cap("C001", "0.15g"), _tab("A007", "0.15g")),
    _v("克林霉素", "J01FF", "抗感染", _cap("C001", "0.15g"), _amp("B001", "2ml:0.3g", "4ml:0.6g")),
    _v("林可霉素", "J01FF", "抗感染", _amp("B001", "2ml:0.6g"), _cap("C001", "0.25g", "0.5g")),
    _v("阿米卡星", "J01GB", "抗感染", _amp("B001", "1ml:0.1g", "2ml:0.2g")),
    _v("庆大霉素", "J01GB", "抗感染",
       _amp("B001", "1ml:40mg(4万单位)", "2ml:80mg(8万单位)"), _tab("A001", "40mg(4万单位)")),
    _v("左氧氟沙星", "J01MA", "抗感染",
       _tab("A003", "0.1g", "0.25g", "0.5g", packs=(6, 10, 12)), _iv("100ml:0.5g", "150ml:0.75g")),
    _v("莫西沙星", "J01MA", "抗感染", _tab("A003", "0.4g", packs=(3, 6)), _iv("250ml:0.4g")),
    _v("环丙沙星", "J01MA", "抗感染", _tab("A001", "0.25g", "0.5g"), _iv("100ml:0.2g")),
    _v("诺氟沙星", "J01MA", "抗感染", _cap("C001", "0.1g", packs=(12, 24))),
    _v("万古霉素", "J01XA", "抗感染", _vial("B002", "0.5g(50万单位)", "1.0g(100万单位)")),
    _v("替考拉宁", "J01XA", "抗感染", _vial("B002", "0.2g", "0.4g")),
    _v("甲硝唑", "J01XD", "抗感染", _tab("A001", "0.2g", packs=(21, 24, 100)), _iv("100ml:0.5g")),
    _v("替硝唑", "J01XD", "抗感染", _tab("A001", "0.5g", packs=(8, 12)), _iv("100ml:0.4g", "200ml:0.8g")),
    _v("奥硝唑", "J01XD", "抗感染", _tab("A001", "0.25g", "0.5g"), _iv("100ml:0.5g")),
    _v("利奈唑胺", "J01XX", "抗感染", _tab("A003", "0.6g", packs=(6, 10)), _iv("300ml:0.6g")),
    _v("磷霉素", "J01XX", "抗感染",
       _vial("B002", "1.0g", "2.0g", "4.0g"), _bag("D003", "3.0g", packs=(1, 2)),
       note="注射剂为磷霉素钠，散剂为磷霉素氨丁三醇"),
    _v("多西环素", "J01AA", "抗感染", _tab("A001", "0.1g"), _cap("C004", "0.1g")),
    _v("米诺环素", "J01AA", "抗感染", _cap("C001", "50mg", "100mg"), _tab("A001", "50mg", "100mg")),
    _v("替加环素", "J01AA", "抗感染", _vial("B002", "50mg")),
    _v("复方磺胺甲噁唑", "J01EE", "抗感染",
       _tab("A001", "磺胺甲噁唑0.4g/甲氧苄啶80mg", packs=(10, 100))),
    _v("氟康唑", "J02AC", "抗感染",
       _cap("C001", "50mg", "150mg", packs=(1, 6, 12)), _tab("A001", "50mg", "150mg"),
       _iv("100ml:0.2g")),
    _v("伏立康唑", "J02AC", "抗感染", _tab("A003", "50mg", "200mg", packs=(4, 10)), _vial("B002", "200mg")),
    _v("伊曲康唑", "J02AC", "抗感染", _cap("C001", "0.1g", packs=(7, 14)), _bottle("E001", "150ml:1.5g")),
    _v("泊沙康唑", "J02AC", "抗感染", _tab("A004", "100mg", packs=(24,)), _bottle("E002", "105ml:4.2g")),
    _v("卡泊芬净", "J02AX", "抗感染", _vial("B002", "50mg", "70mg", packs=(1,))),
    _v("米卡芬净", "J02AX", "抗感染", _vial("B002", "50mg", packs=(1,))),
    _v("阿昔洛韦", "J05AB", "抗感染",
       _tab("A001", "0.1g", "0.2g", packs=(24, 30)), _vial("B002", "0.25g", "0.5g")),
    _v("更昔洛韦", "J05AB", "抗感染", _vial("B002", "0.25g", "0.5g"), _cap("C001", "0.25g")),
    _v("伐昔洛韦", "J05AB", "抗感染", _tab("A003", "0.15g", "0.3g", "0.5g", packs=(6, 10, 12))),
    _v("利巴韦林", "J05AB", "抗感染", _tab("A001", "0.1g"), _amp("B001", "1ml:0.1g")),
    _v("奥司他韦", "J05AH", "抗感染",
       _cap("C001", "30mg", "45mg", "75mg", packs=(10,)), _bag("D001", "15mg", "25mg", packs=(10, 12))),
    _v("帕拉米韦", "J05AH", "抗感染", _iv("100ml:0.3g")),
    _v("恩替卡韦", "J05AF", "抗感染", _tab("A001", "0.5mg", "1mg", packs=(7, 14, 28)), _tab("A007", "0.5mg")),
    _v("替诺福韦二吡呋酯", "J05AF", "抗感染", _tab("A003", "300mg", packs=(30,))),
    _v("丙酚替诺福韦", "J05AF", "抗感染", _tab("A003", "25mg", packs=(30,))),
    _v("拉米夫定", "J05AF", "抗感染", _tab("A003", "0.1g", "0.15g", "0.3g", packs=(14, 30, 60))),
    _v("阿德福韦酯", "J05AF", "抗感染", _tab("A001", "10mg", packs=(14, 30)), _cap("C001", "10mg")),
    _v("利福平", "J04AB", "抗感染", _cap("C001", "0.15g", "0.3g", packs=(50, 100)), _vial("B002", "0.15g", "0.45g")),
    _v("异烟肼", "J04AC", "抗感染", _tab("A001", "0.1g", "0.3g", packs=(100,)), _amp("B001", "2ml:0.1g")),
    _v("乙胺丁醇", "J04AK", "抗感染", _tab("A001", "0.25g", packs=(100,))),
    _v("吡嗪酰胺", "J04AK", "抗感染", _tab("A001", "0.25g", "0.5g", packs=(100,))),
    _v("阿苯达唑", "P02CA", "抗感染", _tab("A001", "0.1g", "0.2g", "0.4g", packs=(1, 2, 10)),
       _cap("C001", "0.2g", packs=(2, 10)), otc=True),
    _v("甲苯咪唑", "P02CA", "抗感染", _tab("A001", "0.1g", packs=(6, 10)), otc=True),
    _v("羟氯喹", "P01BA", "免疫", _tab("A003", "0.1g", "0.2g", packs=(10, 14, 60))),
    _v("青蒿琥酯", "P01BE", "抗感染", _vial("B002", "60mg"), _tab("A001", "50mg")),
    _v("蒿甲醚", "P01BE", "抗感染", _amp("B001", "1ml:80mg")),
    # ===================== 心血管 =====================
    _v("卡托普利", "C09AA", "心血管", _tab("A001", "12.5mg", "25mg", packs=(30, 100))),
    _v("依那普利", "C09AA", "心血管", _tab("A001", "5mg", "10mg", packs=(16, 32))),
    _v("贝那普利", "C09AA", "心血管", _tab("A003", "5mg", "10mg", packs=(14, 28))),
    _v("培哚普利", "C09AA", "心血管", _tab("A001", "4mg", "8mg", packs=(15, 30))),
    _v("福辛普利", "C09AA", "心血管", _tab("A001", "10mg", "20mg", packs=(14, 28))),
    _v("雷米普利", "C09AA", "心血管", _tab("A001", "2.5mg", "5mg", packs=(14, 28))),
    _v("氯沙坦", "C09CA", "心血管", _tab("A003", "50mg", "100mg", packs=(7, 14, 28))),
    _v("缬沙坦", "C09CA", "心血管", _cap("C001", "80mg", "160mg", packs=(7, 14, 28)), _tab("A001", "80mg")),
    _v("厄贝沙坦", "C09CA", "心血管", _tab("A001", "75mg", "150mg", packs=(7, 14, 28))),
    _v("坎地沙坦酯", "C09CA", "心血管", _tab("A001", "4mg", "8mg", packs=(7, 14, 28))),
    _v("替米沙坦", "C09CA", "心血管", _tab("A001", "40mg", "80mg", packs=(7, 14, 28))),
    _v("奥美沙坦酯", "C09CA", "心血管", _tab("A003", "20mg", "40mg", packs=(7, 14, 28))),
    _v("厄贝沙坦氢氯噻嗪", "C09DA", "心血管", _tab("A001", "150mg/12.5mg", packs=(7, 14, 28))),
    _v("氯沙坦钾氢氯噻嗪", "C09DA", "心血管", _tab("A003", "50mg/12.5mg", "100mg/12.5mg", packs=(7, 14, 28))),
    _v("沙库巴曲缬沙坦", "C09DX", "心血管",
       _tab("A003", "50mg(沙库巴曲24mg/缬沙坦26mg)", "100mg(沙库巴曲49mg/缬沙坦51mg)",
            "200mg(沙库巴曲97mg/缬沙坦103mg)", packs=(14, 28))),
    _v("氨氯地平", "C08CA", "心血管", _tab("A001", "2.5mg", "5mg", "10mg", packs=(7, 14, 28))),
    _v("左氨氯地平", "C08CA", "心血管", _tab("A001", "2.5mg", "5mg", packs=(7, 14, 28))),
    _v("硝苯地平", "C08CA", "心血管",
       _tab("A006", "30mg", "60mg", packs=(7, 14)), _tab("A005", "10mg", "20mg", packs=(30, 60)),
       _tab("A001", "10mg", packs=(100,))),
    _v("非洛地平", "C08CA", "心血管", _tab("A005", "2.5mg", "5mg", packs=(10, 20, 30))),
    _v("尼群地平", "C08CA", "心血管", _tab("A001", "10mg", packs=(30, 100))),
    _v("拉西地平", "C08CA", "心血管", _tab("A001", "2mg", "4mg", packs=(7, 14, 28))),
    _v("贝尼地平", "C08CA", "心血管", _tab("A001", "2mg", "4mg", "8mg", packs=(14, 28))),
    _v("尼莫地平", "C08CA", "神经", _tab("A001", "20mg", "30mg", packs=(50, 100)), _vial("B001", "50ml:10mg", packs=(1,))),
    _v("尼卡地平", "C08CA", "心血管", _amp("B001", "2ml:2mg", "10ml:10mg")),
    _v("维拉帕米", "C08DA", "心血管",
       _tab("A001", "40mg", packs=(30, 100)), _tab("A005", "120mg", "240mg", packs=(20, 30)),
       _amp("B001", "2ml:5mg")),
    _v("地尔硫䓬", "C08DB", "心血管", _tab("A001", "30mg", packs=(30, 50)), _vial("B002", "10mg", "50mg")),
    _v("美托洛尔", "C07AB", "心血管",
       _tab("A001", "25mg", "50mg", packs=(20, 30)), _tab("A005", "47.5mg", "95mg", packs=(7, 14, 28)),
       _amp("B001", "5ml:5mg"), note="普通片为酒石酸美托洛尔，缓释片为琥珀酸美托洛尔"),
    _v("比索洛尔", "C07AB", "心血管", _tab("A003", "2.5mg", "5mg", packs=(10, 18, 28))),
    _v("阿替洛尔", "C07AB", "心血管", _tab("A001", "12.5mg", "25mg", "50mg", packs=(30, 100))),
    _v("卡维地洛", "C07AG", "心血管", _tab("A001", "6.25mg", "10mg", "12.5mg", "25mg", packs=(14, 28))),
    _v("拉贝洛尔", "C07AG", "心血管", _tab("A001", "50mg", "100mg", packs=(30, 100)), _amp("B001", "10ml:50mg")),
    _v("普萘洛尔", "C07AA", "心血管", _tab("A001", "10mg", packs=(100,))),
    _v("氢氯噻嗪", "C03AA", "心血管", _tab("A001", "10mg", "25mg", packs=(30, 100))),
    _v("吲达帕胺", "C03BA", "心血管", _tab("A001", "2.5mg", packs=(30,)), _tab("A005", "1.5mg", packs=(10, 30))),
    _v("呋塞米", "C03CA", "心血管", _tab("A001", "20mg", packs=(100,)), _amp("B001", "2ml:20mg")),
    _v("托拉塞米", "C03CA", "心血管", _tab("A001", "5mg", "10mg", "20mg", packs=(14, 28)), _amp("B001", "1ml:10mg", "2ml:20mg")),
    _v("布美他尼", "C03CA", "心血管", _tab("A001", "1mg", packs=(100,)), _amp("B001", "2ml:0.5mg")),
    _v("螺内酯", "C03DA", "心血管", _tab("A001", "20mg", packs=(100,))),
    _v("阿托伐他汀", "C10AA", "心血管", _tab("A003", "10mg", "20mg", "40mg", packs=(7, 14, 28))),
    _v("瑞舒伐他汀", "C10AA", "心血管", _tab("A003", "5mg", "10mg", "20mg", packs=(7, 14, 28))),
    _v("辛伐他汀", "C10AA", "心血管", _tab("A001", "10mg", "20mg", "40mg", packs=(7, 14, 28))),
    _v("普伐他汀", "C10AA", "心血管", _tab("A001", "10mg", "20mg", "40mg", packs=(7, 14))),
    _v("氟伐他汀", "C10AA", "心血管", _cap("C001", "20mg", "40mg", packs=(7, 14)), _tab("A005", "80mg", packs=(7, 14))),
    _v("匹伐他汀", "C10AA", "心血管", _tab("A001", "1mg", "2mg", packs=(7, 14))),
    _v("非诺贝特", "C10AB", "心血管", _cap("C001", "0.1g", "0.2g", packs=(10, 20)), _tab("A001", "0.16g", packs=(10, 20))),
    _v("苯扎贝特", "C10AB", "心血管", _tab("A001", "0.2g", packs=(30,)), _tab("A005", "0.4g", packs=(10, 20))),
    _v("依折麦布", "C10AX", "心血管", _tab("A001", "10mg", packs=(5, 10))),
    _v("依洛尤单抗", "C10AX", "心血管", _amp("B001", "1ml:140mg", packs=(1, 2))),
    _v("阿利西尤单抗", "C10AX", "心血管", _amp("B001", "1ml:75mg", "1ml:150mg", packs=(1, 2))),
    _v("硝酸甘油", "C01DA", "心血管", _tab("A011", "0.5mg", packs=(100,)), _amp("B001", "1ml:5mg")),
    _v("单硝酸异山梨酯", "C01DA", "心血管",
       _tab("A001", "20mg", packs=(24, 48)), _tab("A005", "30mg", "40mg", "60mg", packs=(7, 14, 28))),
    _v("硝酸异山梨酯", "C01DA", "心血管", _tab("A001", "5mg", "10mg", packs=(100,)), _amp("B001", "10ml:10mg")),
    _v("曲美他嗪", "C01EB", "心血管", _tab("A003", "20mg", packs=(30, 60)), _tab("A005", "35mg", packs=(30, 60))),
    _v("伊伐布雷定", "C01EB", "心血管", _tab("A003", "5mg", "7.5mg", packs=(14, 28))),
    _v("地高辛", "C01AA", "心血管", _tab("A001", "0.25mg", packs=(30, 100)), _amp("B001", "2ml:0.5mg")),
    _v("去乙酰毛花苷", "C01AA", "心血管", _amp("B001", "2ml:0.4mg")),
    _v("胺碘酮", "C01BD", "心血管", _tab("A001", "0.2g", packs=(10, 20)), _amp("B001", "3ml:0.15g")),
    _v("普罗帕酮", "C01BC", "心血管", _tab("A001", "50mg", "100mg", "150mg", packs=(50, 100)), _amp("B001", "10ml:35mg")),
    _v("多巴胺", "C01CA", "心血管", _amp("B001", "2ml:20mg", packs=(2, 10))),
    _v("多巴酚丁胺", "C01CA", "心血管", _amp("B001", "2ml:20mg", packs=(2, 10))),
    _v("去甲肾上腺素", "C01CA", "心血管", _amp("B001", "1ml:2mg", "2ml:10mg", packs=(2, 10))),
    _v("肾上腺素", "C01CA", "心血管", _amp("B001", "1ml:1mg", packs=(2, 10))),
    # ===================== 血液 =====================
    _v("阿司匹林", "B01AC", "血液", _tab("A004", "25mg", "50mg", "100mg", packs=(30, 60, 100))),
    _v("氯吡格雷", "B01AC", "血液", _tab("A003", "25mg", "75mg", packs=(7, 14, 28))),
    _v("替格瑞洛", "B01AC", "血液", _tab("A003", "60mg", "90mg", packs=(14, 28))),
    _v("吲哚布芬", "B01AC", "血液", _tab("A001", "0.2g", packs=(30,))),
    _v("西洛他唑", "B01AC", "血液", _tab("A001", "50mg", "100mg", packs=(12, 30))),
    _v("双嘧达莫", "B01AC", "血液", _tab("A001", "25mg", packs=(100,))),
    _v("肝素", "B01AB", "血液", _amp("B001", "2ml:12500单位")),
    _v("依诺肝素", "B01AB", "血液", _amp("B001", "0.4ml:4000AXaIU", "0.6ml:6000AXaIU", packs=(1, 2, 10))),
    _v("那屈肝素", "B01AB", "血液", _amp("B001", "0.4ml:4100AXaIU", "0.6ml:6150AXaIU", packs=(1, 2, 10))),
    _v("达肝素", "B01AB", "血液", _amp("B001", "0.2ml:2500IU", "0.2ml:5000IU", packs=(1, 10))),
    _v("华法林", "B01AA", "血液", _tab("A001", "1mg", "2.5mg", "3mg", packs=(60, 80, 100))),
    _v("利伐沙班", "B01AF", "血液", _tab("A003", "10mg", "15mg", "20mg", packs=(5, 7, 14))),
    _v("阿哌沙班", "B01AF", "血液", _tab("A003", "2.5mg", "5mg", packs=(10, 20, 60))),
    _v("艾多沙班", "B01AF", "血液", _tab("A003", "15mg", "30mg", "60mg", packs=(7, 14))),
    _v("达比加群酯", "B01AE", "血液", _cap("C001", "110mg", "150mg", packs=(10, 30, 60))),
    _v("阿加曲班", "B01AE", "血液", _amp("B001", "20ml:10mg", packs=(1, 2))),
    _v("阿替普酶", "B01AD", "血液", _vial("B002", "20mg", "50mg", packs=(1,))),
    _v("尿激酶", "B01AD", "血液", _vial("B002", "10万单位", "25万单位", "50万单位", packs=(1, 10))),
    _v("氨甲环酸", "B02AA", "血液", _amp("B001", "5ml:0.5g", "10ml:1.0g"), _tab("A001", "0.25g", "0.5g", packs=(12, 24))),
    _v("氨甲苯酸", "B02AA", "血液", _amp("B001", "10ml:0.1g")),
    _v("硫酸亚铁", "B03AA", "血液", _tab("A001", "0.3g", packs=(60, 100)), _tab("A005", "0.45g", packs=(20, 30)), otc=True),
    _v("叶酸", "B03BB", "血液", _tab("A001", "0.4mg", "5mg", packs=(31, 93, 100)), note="0.4mg规格为非处方药"),
    _v("甲钴胺", "B03BA", "神经", _tab("A001", "0.5mg", packs=(20, 50, 100)), _amp("B001", "1ml:0.5mg")),
    _v("重组人促红素", "B03XA", "血液", _amp("B001", "2000IU", "3000IU", "4000IU", "10000IU", packs=(1, 5))),
    _v("拉那利尤单抗", "B06AC", "罕见病", _vial("B001", "2ml:300mg", packs=(1,)), code="L388"),
    _v("人血白蛋白", "B05AA", "血液",
       _vial("B001", "5g(20%,25ml)", "10g(20%,50ml)", "12.5g(25%,50ml)", packs=(1,))),
    _v("静注人免疫球蛋白（pH4）", "J06BA", "免疫", _vial("B001", "2.5g(5%,50ml)", "5g(5%,100ml)", packs=(1,))),
    # ===================== 内分泌代谢 =====================
    _v("二甲双胍", "A10BA", "内分泌代谢",
       _tab("A001", "0.25g", "0.5g", "0.85g", packs=(20, 48, 60)), _tab("A005", "0.5g", packs=(30, 60)),
       _tab("A004", "0.25g", "0.5g", packs=(48, 60)), code="E082"),
    _v("格列美脲", "A10BB", "内分泌代谢", _tab("A001", "1mg", "2mg", packs=(15, 30))),
    _v("格列齐特", "A10BB", "内分泌代谢", _tab("A001", "80mg", packs=(60,)), _tab("A005", "30mg", "60mg", packs=(30,))),
    _v("格列吡嗪", "A10BB", "内分泌代谢", _tab("A001", "5mg", packs=(30, 48)), _tab("A006", "5mg", packs=(14, 30))),
    _v("格列本脲", "A10BB", "内分泌代谢", _tab("A001", "2.5mg", packs=(100,))),
    _v("格列喹酮", "A10BB", "内分泌代谢", _tab("A001", "30mg", packs=(24, 60))),
    _v("阿卡波糖", "A10BF", "内分泌代谢", _tab("A001", "50mg", "100mg", packs=(30, 60)), _cap("C001", "50mg", packs=(30,))),
    _v("伏格列波糖", "A10BF", "内分泌代谢", _tab("A001", "0.2mg", "0.3mg", packs=(30, 60))),
    _v("吡格列酮", "A10BG", "内分泌代谢", _tab("A001", "15mg", "30mg", packs=(7, 14, 28))),
    _v("西格列汀", "A10BH", "内分泌代谢", _tab("A003", "25mg", "50mg", "100mg", packs=(7, 14, 28))),
    _v("维格列汀", "A10BH", "内分泌代谢", _tab("A001", "50mg", packs=(14, 28, 56))),
    _v("沙格列汀", "A10BH", "内分泌代谢", _tab("A003", "2.5mg", "5mg", packs=(7, 14, 28))),
    _v("利格列汀", "A10BH", "内分泌代谢", _tab("A003", "5mg", packs=(7, 14, 28))),
    _v("阿格列汀", "A10BH", "内分泌代谢", _tab("A003", "6.25mg", "12.5mg", "25mg", packs=(10, 20, 30))),
    _v("西格列汀二甲双胍", "A10BD", "内分泌代谢", _tab("A003", "50mg/500mg", "50mg/850mg", packs=(14, 28, 56))),
    _v("司美格鲁肽", "A10BJ", "内分泌代谢",
       _amp("B001", "1.5ml:2mg", "3ml:4mg", packs=(1,)), _tab("A001", "3mg", "7mg", "14mg", packs=(10, 30)),
       code="S279", note="注射液为预填充注射笔"),
    _v("利拉鲁肽", "A10BJ", "内分泌代谢", _amp("B001", "3ml:18mg", packs=(1, 2))),
    _v("度拉糖肽", "A10BJ", "内分泌代谢", _amp("B001", "0.5ml:0.75mg", "0.5ml:1.5mg", packs=(1, 4))),
    _v("艾塞那肽", "A10BJ", "内分泌代谢", _amp("B001", "1.2ml:0.3mg", "2.4ml:0.6mg", packs=(1,))),
    _v("达格列净", "A10BK", "内分泌代谢", _tab("A003", "5mg", "10mg", packs=(7, 14, 28))),
    _v("恩格列净", "A10BK", "内分泌代谢", _tab("A003", "10mg", "25mg", packs=(10, 30))),
    _v("卡格列净", "A10BK", "内分泌代谢", _tab("A003", "100mg", "300mg", packs=(10, 30))),
    _v("瑞格列奈", "A10BX", "内分泌代谢", _tab("A001", "0.5mg", "1mg", "2mg", packs=(30,))),
    _v("那格列奈", "A10BX", "内分泌代谢", _tab("A001", "60mg", "120mg", packs=(12, 24))),
    _v("门冬胰岛素", "A10AB", "内分泌代谢", _amp("B001", "3ml:300单位", packs=(1, 5))),
    _v("赖脯胰岛素", "A10AB", "内分泌代谢", _amp("B001", "3ml:300单位", packs=(1, 5))),
    _v("门冬胰岛素30", "A10AD", "内分泌代谢", _amp("B001", "3ml:300单位", packs=(1, 5))),
    _v("甘精胰岛素", "A10AE", "内分泌代谢", _amp("B001", "3ml:300单位", packs=(1, 5))),
    _v("地特胰岛素", "A10AE", "内分泌代谢", _amp("B001", "3ml:300单位", packs=(1, 5))),
    _v("德谷胰岛素", "A10AE", "内分泌代谢", _amp("B001", "3ml:300单位", packs=(1, 5))),
    _v("左甲状腺素钠", "H03AA", "内分泌代谢", _tab("A001", "25μg", "50μg", "100μg", packs=(28, 100))),
    _v("甲巯咪唑", "H03BB", "内分泌代谢", _tab("A001", "5mg", "10mg", packs=(50, 100))),
    _v("丙硫氧嘧啶", "H03BA", "内分泌代谢", _tab("A001", "50mg", "100mg", packs=(100,))),
    _v("泼尼松", "H02AB", "内分泌代谢", _tab("A001", "5mg", packs=(100,))),
    _v("泼尼松龙", "H02AB", "内分泌代谢", _tab("A001", "5mg", packs=(100,))),
    _v("甲泼尼龙", "H02AB", "内分泌代谢", _tab("A001", "4mg", "16mg", packs=(24, 30)), _vial("B002", "40mg", "500mg", packs=(1,))),
    _v("地塞米松", "H02AB", "内分泌代谢", _tab("A001", "0.75mg", packs=(100,)), _amp("B001", "1ml:2mg", "1ml:5mg")),
    _v("氢化可的松", "H02AB", "内分泌代谢",
       _amp("B001", "2ml:10mg", "5ml:25mg", "20ml:100mg"), _vial("B002", "50mg", "100mg"),
       note="注射用无菌粉末为氢化可的松琥珀酸钠"),
    _v("奥曲肽", "H01CB", "内分泌代谢", _amp("B001", "1ml:0.1mg")),
    _v("生长抑素", "H01CB", "内分泌代谢", _vial("B002", "0.75mg", "3mg", packs=(1,))),
    _v("缩宫素", "H01BB", "泌尿生殖", _amp("B001", "1ml:10单位", packs=(10,))),
    _v("卡贝缩宫素", "H01BB", "泌尿生殖", _amp("B001", "1ml:100μg", packs=(1, 5))),
    _v("鲑降钙素", "H05BA", "骨骼肌肉", _amp("B001", "1ml:50IU")),
    _v("黄体酮", "G03DA", "泌尿生殖", _amp("B001", "1ml:10mg", "1ml:20mg"), _cap("C003", "0.1g", "0.2g", packs=(10, 30))),
    _v("戊酸雌二醇", "G03CA", "泌尿生殖", _tab("A001", "1mg", packs=(21,))),
    # ===================== 呼吸 =====================
    _v("沙丁胺醇", "R03AC", "呼吸",
       _inhaler("G001", "每揿100μg(200揿)"), _inhaler("G003", "2.5ml:2.5mg", "2.5ml:5mg", packs=(20,))),
    _v("特布他林", "R03AC", "呼吸", _inhaler("G003", "2ml:5mg", packs=(10, 20))),
    _v("福莫特罗", "R03AC", "呼吸", _inhaler("G002", "每吸4.5μg(60吸)")),
    _v("茚达特罗", "R03AC", "呼吸", _inhaler("G002", "150μg", unit="粒", packs=(10, 30))),
    _v("布地奈德福莫特罗", "R03AK", "呼吸",
       _inhaler("G002", "80μg/4.5μg/吸", "160μg/4.5μg/吸", "320μg/9μg/吸")),
    _v("沙美特罗替卡松", "R03AK", "呼吸", _inhaler("G002", "50μg/100μg", "50μg/250μg", "50μg/500μg")),
    _v("噻托溴铵", "R03BB", "呼吸", _inhaler("G002", "18μg", unit="粒", packs=(10, 30))),
    _v("异丙托溴铵", "R03BB", "呼吸",
       _inhaler("G003", "2ml:500μg", packs=(10, 20)), _inhaler("G001", "每揿20μg(200揿)")),
    _v("布地奈德", "R03BA", "呼吸", _inhaler("G004", "2ml:0.5mg", "2ml:1mg", packs=(5, 30))),
    _v("丙酸氟替卡松", "R03BA", "呼吸",
       _inhaler("G001", "每揿50μg(120揿)", "每揿125μg(60揿)"), _inhaler("G004", "2ml:0.5mg", packs=(10,))),
    _v("丙酸倍氯米松", "R03BA", "呼吸", _inhaler("G001", "每揿50μg(200揿)", "每揿250μg(80揿)")),
    _v("茶碱", "R03DA", "呼吸", _tab("A005", "0.1g", packs=(24, 48))),
    _v("氨茶碱", "R03DA", "呼吸", _tab("A001", "0.1g", packs=(100,)), _amp("B001", "2ml:0.25g", "10ml:0.25g")),
    _v("多索茶碱", "R03DA", "呼吸", _tab("A001", "0.2g", "0.4g", packs=(12, 24)), _amp("B001", "10ml:0.1g")),
    _v("孟鲁司特", "R03DC", "呼吸",
       _tab("A003", "10mg", packs=(5, 10)), _tab("A009", "4mg", "5mg", packs=(5, 10)), _bag("D001", "4mg", packs=(5, 10))),
    _v("奥马珠单抗", "R03DX", "呼吸", _vial("B002", "150mg", packs=(1,))),
    _v("氨溴索", "R05CB", "呼吸",
       _tab("A001", "30mg", packs=(20, 30)), _bottle("E001", "100ml:0.6g"), _amp("B001", "2ml:15mg")),
    _v("溴己新", "R05CB", "呼吸", _tab("A001", "8mg", packs=(100,)), otc=True),
    _v("乙酰半胱氨酸", "R05CB", "呼吸",
       _bag("D001", "0.1g", "0.2g", packs=(10, 20)), _tab("A008", "0.6g", packs=(6, 10)),
       _inhaler("G003", "3ml:0.3g", packs=(5, 10))),
    _v("羧甲司坦", "R05CB", "呼吸", _tab("A001", "0.25g", packs=(24, 36)), otc=True),
    _v("右美沙芬", "R05DA", "呼吸", _tab("A001", "15mg", packs=(12, 24)), _bottle("E003", "100ml:0.15g"), otc=True),
    _v("喷托维林", "R05DB", "呼吸", _tab("A001", "25mg", packs=(100,)), otc=True),
    # ===================== 抗过敏 =====================
    _v("氯雷他定", "R06AX", "抗过敏", _tab("A001", "10mg", packs=(6, 12)), _bottle("E003", "60ml:60mg"), otc=True),
    _v("地氯雷他定", "R06AX", "抗过敏", _tab("A003", "5mg", packs=(6, 12))),
    _v("依巴斯汀", "R06AX", "抗过敏", _tab("A001", "10mg", packs=(10,))),
    _v("西替利嗪", "R06AE", "抗过敏", _tab("A001", "10mg", packs=(6, 12)), _bottle("E001", "10ml:0.1g"), otc=True),
    _v("左西替利嗪", "R06AE", "抗过敏", _tab("A001", "5mg", packs=(6, 12))),
    _v("氯苯那敏", "R06AB", "抗过敏", _tab("A001", "4mg", packs=(100,)), _amp("B001", "1ml:10mg"), otc=True),
    _v("异丙嗪", "R06AD", "抗过敏", _tab("A001", "12.5mg", "25mg", packs=(100,)), _amp("B001", "2ml:50mg")),
    _v("糠酸莫米松", "R01AD", "抗过敏", _inhaler("H005", "50μg/喷(60喷)", "50μg/喷(140喷)")),
    _v("羟甲唑啉", "R01AA", "抗过敏", _inhaler("H005", "10ml:5mg"), otc=True),
    _v("赛洛唑啉", "R01AA", "抗过敏", _bottle("H004", "10ml:5mg", "10ml:10mg"), otc=True),
    # ===================== 消化 =====================
    _v("奥美拉唑", "A02BC", "消化", _cap("C004", "10mg", "20mg", packs=(7, 14, 28)), _vial("B002", "40mg")),
    _v("泮托拉唑", "A02BC", "消化", _tab("A004", "20mg", "40mg", packs=(7, 14)), _vial("B002", "40mg", "80mg")),
    _v("兰索拉唑", "A02BC", "消化", _cap("C004", "15mg", "30mg", packs=(7, 14)), _vial("B002", "30mg")),
    _v("雷贝拉唑", "A02BC", "消化", _tab("A004", "10mg", "20mg", packs=(7, 14))),
    _v("艾司奥美拉唑", "A02BC", "消化", _tab("A004", "20mg", "40mg", packs=(7, 14, 28)), _vial("B002", "40mg")),
    _v("伏诺拉生", "A02BC", "消化", _tab("A003", "10mg", "20mg", packs=(7, 14))),
    _v("法莫替丁", "A02BA", "消化", _tab("A001", "20mg", packs=(24, 48)), _amp("B001", "2ml:20mg")),
    _v("雷尼替丁", "A02BA", "消化", _cap("C001", "0.15g", packs=(30,))),
    _v("西咪替丁", "A02BA", "消化", _tab("A001", "0.2g", packs=(100,)), _amp("B001", "2ml:0.2g")),
    _v("铝碳酸镁", "A02AD", "消化", _tab("A009", "0.5g", packs=(20, 40)), otc=True),
    _v("硫糖铝", "A02BX", "消化", _tab("A001", "0.25g", packs=(100,)), _bottle("E002", "120ml:24g")),
    _v("枸橼酸铋钾", "A02BX", "消化", _cap("C001", "0.3g(含铋110mg)", packs=(28, 40))),
    _v("瑞巴派特", "A02BX", "消化", _tab("A001", "0.1g", packs=(12, 24))),
    _v("多潘立酮", "A03FA", "消化", _tab("A001", "10mg", packs=(30, 42)), otc=True),
    _v("甲氧氯普胺", "A03FA", "消化", _tab("A001", "5mg", packs=(100,)), _amp("B001", "1ml:10mg")),
    _v("伊托必利", "A03FA", "消化", _tab("A001", "50mg", packs=(20, 40))),
    _v("丁溴东莨菪碱", "A03BB", "消化", _amp("B001", "1ml:20mg"), _cap("C001", "10mg", packs=(20,))),
    _v("阿托品", "A03BA", "消化", _amp("B001", "1ml:0.5mg", "1ml:1mg"), _tab("A001", "0.3mg", packs=(100,))),
    _v("昂丹司琼", "A04AA", "消化", _tab("A001", "4mg", "8mg", packs=(6, 10)), _amp("B001", "2ml:4mg", "4ml:8mg")),
    _v("格拉司琼", "A04AA", "消化", _amp("B001", "3ml:3mg"), _tab("A001", "1mg", packs=(2, 6))),
    _v("托烷司琼", "A04AA", "消化", _amp("B001", "5ml:5mg"), _cap("C001", "5mg", packs=(3, 6))),
    _v("帕洛诺司琼", "A04AA", "消化", _amp("B001", "5ml:0.25mg", packs=(1,))),
    _v("阿瑞匹坦", "A04AD", "消化", _cap("C001", "80mg", "125mg", packs=(1, 3))),
    _v("乳果糖", "A06AD", "消化", _bottle("E001", "100ml:66.7g", "200ml:133.4g")),
    _v("聚乙二醇4000", "A06AD", "消化", _bag("D003", "10g", packs=(10, 20))),
    _v("比沙可啶", "A06AB", "消化", _tab("A004", "5mg", packs=(10, 24)), _supp("J001", "10mg"), otc=True),
    _v("洛哌丁胺", "A07DA", "消化", _cap("C001", "2mg", packs=(6, 12)), otc=True),
    _v("蒙脱石", "A07BC", "消化", _bag("D003", "3g", packs=(10, 12)), otc=True),
    _v("美沙拉秦", "A07EC", "消化",
       _tab("A004", "0.25g", "0.5g", packs=(24, 40)), _tab("A005", "0.5g", packs=(20,)),
       _supp("J001", "0.5g", "1g", packs=(10, 14))),
    _v("柳氮磺吡啶", "A07EC", "消化", _tab("A004", "0.25g", packs=(60,)), _supp("J001", "0.5g")),
    _v("熊去氧胆酸", "A05AA", "消化", _tab("A001", "50mg", packs=(30, 100)), _cap("C001", "250mg", packs=(25, 50))),
    _v("地喹氯铵", "A01AB", "消化", _tab("A002", "0.25mg", packs=(12, 24)), code="D075", otc=True),
    # ===================== 镇痛抗炎 / 骨骼肌肉 =====================
    _v("对乙酰氨基酚", "N02BE", "镇痛抗炎",
       _tab("A001", "0.3g", "0.5g", packs=(10, 12, 100)), _tab("A005", "0.65g", packs=(18,)),
       _bottle("E002", "100ml:3.2g"), otc=True),
    _v("布洛芬", "M01AE", "镇痛抗炎",
       _tab("A001", "0.1g", "0.2g", packs=(24, 100)), _cap("C005", "0.3g", packs=(10, 20)),
       _bottle("E002", "100ml:2g"), otc=True),
    _v("萘普生", "M01AE", "镇痛抗炎", _tab("A001", "0.1g", "0.25g", packs=(12, 24))),
    _v("氟比洛芬酯", "M01AE", "镇痛抗炎", _amp("B001", "5ml:50mg")),
    _v("双氯芬酸", "M01AB", "镇痛抗炎",
       _tab("A004", "25mg", packs=(30, 100)), _tab("A005", "75mg", packs=(10, 20)), _supp("J001", "50mg")),
    _v("吲哚美辛", "M01AB", "镇痛抗炎", _tab("A004", "25mg", packs=(100,)), _supp("J001", "50mg", "100mg")),
    _v("醋氯芬酸", "M01AB", "镇痛抗炎", _tab("A001", "0.1g", packs=(12, 20))),
    _v("塞来昔布", "M01AH", "镇痛抗炎", _cap("C001", "0.2g", packs=(6, 10))),
    _v("依托考昔", "M01AH", "镇痛抗炎", _tab("A003", "60mg", "120mg", packs=(5, 7))),
    _v("帕瑞昔布", "M01AH", "镇痛抗炎", _vial("B002", "20mg", "40mg")),
    _v("美洛昔康", "M01AC", "镇痛抗炎", _tab("A001", "7.5mg", packs=(7, 10, 20)), _amp("B001", "1.5ml:15mg")),
    _v("氯诺昔康", "M01AC", "镇痛抗炎", _tab("A001", "4mg", "8mg", packs=(10, 20)), _vial("B002", "8mg")),
    _v("别嘌醇", "M04AA", "骨骼肌肉", _tab("A001", "0.1g", packs=(100,)), _cap("C005", "0.25g", packs=(10, 20))),
    _v("非布司他", "M04AA", "骨骼肌肉", _tab("A001", "20mg", "40mg", "80mg", packs=(10, 16, 30))),
    _v("苯溴马隆", "M04AB", "骨骼肌肉", _tab("A001", "50mg", packs=(10, 30))),
    _v("秋水仙碱", "M04AC", "骨骼肌肉", _tab("A001", "0.5mg", packs=(20, 100))),
    _v("阿仑膦酸钠", "M05BA", "骨骼肌肉", _tab("A001", "10mg", "70mg", packs=(1, 4, 10))),
    _v("唑来膦酸", "M05BA", "骨骼肌肉", _iv("100ml:5mg"), _vial("B004", "5ml:4mg", packs=(1,))),
    _v("地舒单抗", "M05BX", "骨骼肌肉", _amp("B001", "1ml:60mg", "1.7ml:120mg", packs=(1,))),
    _v("乙哌立松", "M03BX", "骨骼肌肉", _tab("A001", "50mg", packs=(20, 30))),
    _v("巴氯芬", "M03BX", "神经", _tab("A001", "10mg", packs=(30, 50))),
    _v("替扎尼定", "M03BX", "神经", _tab("A001", "1mg", "2mg", packs=(24, 48))),
    _v("诺西那生钠", "M09AX", "罕见病", _vial("B001", "5ml:12mg", packs=(1,))),
    # ===================== 麻醉 =====================
    _v("罗库溴铵", "M03AC", "麻醉", _vial("B001", "5ml:50mg", packs=(1, 10))),
    _v("顺阿曲库铵", "M03AC", "麻醉", _vial("B002", "5mg", "10mg", packs=(1, 10))),
    _v("维库溴铵", "M03AC", "麻醉", _vial("B002", "4mg", packs=(1, 10))),
    _v("丙泊酚", "N01AX", "麻醉", _amp("B001", "20ml:0.2g", "50ml:0.5g", packs=(1, 5))),
    _v("依托咪酯", "N01AX", "麻醉", _amp("B001", "10ml:20mg", packs=(5, 10))),
    _v("氯胺酮", "N01AX", "麻醉", _amp("B001", "2ml:0.1g", "10ml:0.1g", packs=(5, 10))),
    _v("利多卡因", "N01BB", "麻醉", _amp("B001", "5ml:0.1g", "10ml:0.2g", packs=(5, 10))),
    _v("布比卡因", "N01BB", "麻醉", _amp("B001", "5ml:37.5mg", packs=(5, 10))),
    _v("罗哌卡因", "N01BB", "麻醉", _amp("B001", "10ml:75mg", "10ml:100mg", packs=(1, 5))),
    _v("芬太尼", "N01AH", "麻醉", _amp("B001", "2ml:0.1mg", packs=(10,))),
    _v("瑞芬太尼", "N01AH", "麻醉", _vial("B002", "1mg", "2mg", packs=(5, 10))),
    _v("舒芬太尼", "N01AH", "麻醉", _amp("B001", "1ml:50μg", "2ml:100μg", packs=(5, 10))),
    _v("吗啡", "N02AA", "镇痛抗炎", _amp("B001", "1ml:10mg"), _tab("A005", "10mg", "30mg", packs=(10,))),
    _v("羟考酮", "N02AA", "镇痛抗炎", _tab("A005", "10mg", "40mg", packs=(10,))),
    _v("曲马多", "N02AX", "镇痛抗炎", _tab("A005", "0.1g", packs=(10,)), _amp("B001", "2ml:0.1g")),
    _v("哌替啶", "N02AB", "镇痛抗炎", _amp("B001", "1ml:50mg", "2ml:100mg", packs=(10,))),
    # ===================== 神经 =====================
    _v("佐米曲普坦", "N02CC", "神经", _tab("A001", "2.5mg", packs=(2, 6))),
    _v("舒马普坦", "N02CC", "神经", _tab("A001", "50mg", packs=(2, 6))),
    _v("左乙拉西坦", "N03AX", "神经",
       _tab("A003", "0.25g", "0.5g", packs=(30, 60)), _bottle("E001", "150ml:15g"), _vial("B004", "5ml:0.5g")),
    _v("拉莫三嗪", "N03AX", "神经", _tab("A001", "25mg", "50mg", "100mg", packs=(30,))),
    _v("托吡酯", "N03AX", "神经", _tab("A001", "25mg", "100mg", packs=(28, 60))),
    _v("加巴喷丁", "N03AX", "神经", _cap("C001", "0.1g", "0.3g", packs=(24, 50))),
    _v("普瑞巴林", "N03AX", "神经", _cap("C001", "75mg", "150mg", packs=(8, 14, 28))),
    _v("拉考沙胺", "N03AX", "神经", _tab("A003", "50mg", "100mg", packs=(14, 56))),
    _v("丙戊酸钠", "N03AG", "神经",
       _tab("A005", "0.5g", packs=(30,)), _bottle("E001", "300ml:12g"), _vial("B002", "0.4g")),
    _v("卡马西平", "N03AF", "神经", _tab("A001", "0.1g", "0.2g", packs=(30, 100))),
    _v("奥卡西平", "N03AF", "神经", _tab("A003", "0.15g", "0.3g", packs=(50,)), _bottle("E002", "100ml:6g")),
    _v("多巴丝肼", "N04BA", "神经",
       _tab("A001", "0.25g(左旋多巴200mg/苄丝肼50mg)", packs=(40,)),
       _cap("C001", "0.125g(左旋多巴100mg/苄丝肼25mg)", packs=(40,))),
    _v("普拉克索", "N04BC", "神经",
       _tab("A001", "0.125mg", "0.25mg", "1mg", packs=(30,)), _tab("A005", "0.375mg", "0.75mg", packs=(10, 30))),
    _v("罗匹尼罗", "N04BC", "神经", _tab("A001", "0.25mg", "1mg", packs=(21, 28))),
    _v("司来吉兰", "N04BD", "神经", _tab("A001", "5mg", packs=(20, 30))),
    _v("雷沙吉兰", "N04BD", "神经", _tab("A001", "1mg", packs=(10, 30))),
    _v("多奈哌齐", "N06DA", "神经", _tab("A001", "5mg", "10mg", packs=(7, 14, 28))),
    _v("卡巴拉汀", "N06DA", "神经",
       _cap("C001", "1.5mg", "3mg", "4.5mg", "6mg", packs=(28,)), _patch("F004", "4.6mg/24h", "9.5mg/24h", packs=(7, 30))),
    _v("加兰他敏", "N06DA", "神经", _tab("A001", "4mg", "8mg", packs=(20, 30))),
    _v("美金刚", "N06DX", "神经", _tab("A001", "5mg", "10mg", packs=(14, 28))),
    _v("吡拉西坦", "N06BX", "神经", _tab("A001", "0.4g", packs=(24, 100)), _amp("B001", "5ml:1g")),
    _v("胞磷胆碱", "N06BX", "神经", _amp("B001", "2ml:0.25g"), _cap("C001", "0.1g", packs=(12, 24))),
    _v("倍他司汀", "N07CA", "神经", _tab("A001", "4mg", "6mg", packs=(30, 100))),
    _v("氟桂利嗪", "N07CA", "神经", _cap("C001", "5mg", packs=(20, 60))),
    _v("依达拉奉", "N07XX", "神经", _amp("B001", "20ml:30mg", packs=(1, 5))),
    # ===================== 精神 =====================
    _v("奥氮平", "N05AH", "精神", _tab("A001", "5mg", "10mg", packs=(7, 14, 28)), _tab("A010", "5mg", packs=(7, 14))),
    _v("喹硫平", "N05AH", "精神",
       _tab("A001", "25mg", "100mg", "200mg", packs=(20, 30, 60)), _tab("A005", "200mg", "300mg", packs=(10, 30))),
    _v("氯氮平", "N05AH", "精神", _tab("A001", "25mg", "50mg", packs=(100,))),
    _v("利培酮", "N05AX", "精神", _tab("A001", "1mg", "2mg", packs=(20, 60)), _bottle("E001", "30ml:30mg")),
    _v("阿立哌唑", "N05AX", "精神", _tab("A001", "5mg", "10mg", packs=(10, 20)), _tab("A010", "5mg", "10mg", packs=(10, 20))),
    _v("帕利哌酮", "N05AX", "精神", _tab("A005", "3mg", "6mg", "9mg", packs=(7, 14, 28))),
    _v("齐拉西酮", "N05AE", "精神", _cap("C001", "20mg", "40mg", packs=(14, 30))),
    _v("碳酸锂", "N05AN", "精神", _tab("A001", "0.25g", packs=(100,)), _tab("A005", "0.3g", packs=(60,))),
    _v("氟哌啶醇", "N05AD", "精神", _tab("A001", "2mg", "4mg", packs=(100,)), _amp("B001", "1ml:5mg")),
    _v("地西泮", "N05BA", "精神", _tab("A001", "2.5mg", "5mg", packs=(20, 100)), _amp("B001", "2ml:10mg")),
    _v("劳拉西泮", "N05BA", "精神", _tab("A001", "0.5mg", "1mg", packs=(20, 100))),
    _v("阿普唑仑", "N05BA", "精神", _tab("A001", "0.4mg", packs=(20, 100))),
    _v("艾司唑仑", "N05CD", "精神", _tab("A001", "1mg", "2mg", packs=(20, 100))),
    _v("咪达唑仑", "N05CD", "麻醉", _amp("B001", "1ml:5mg", "2ml:10mg", packs=(5, 10))),
    _v("佐匹克隆", "N05CF", "精神", _tab("A001", "7.5mg", packs=(12, 24))),
    _v("右佐匹克隆", "N05CF", "精神", _tab("A001", "1mg", "2mg", "3mg", packs=(6, 12))),
    _v("唑吡坦", "N05CF", "精神", _tab("A001", "10mg", packs=(10, 20))),
    _v("右美托咪定", "N05CM", "麻醉", _amp("B001", "2ml:0.2mg", packs=(1, 5))),
    _v("舍曲林", "N06AB", "精神", _tab("A001", "50mg", "100mg", packs=(14, 28))),
    _v("帕罗西汀", "N06AB", "精神", _tab("A001", "20mg", packs=(10, 30))),
    _v("氟西汀", "N06AB", "精神", _cap("C001", "20mg", packs=(14, 28))),
    _v("西酞普兰", "N06AB", "精神", _tab("A001", "20mg", packs=(14, 28))),
    _v("艾司西酞普兰", "N06AB", "精神", _tab("A001", "5mg", "10mg", packs=(7, 14, 28))),
    _v("氟伏沙明", "N06AB", "精神", _tab("A001", "50mg", packs=(15, 30))),
    _v("文拉法辛", "N06AX", "精神",
       _cap("C005", "75mg", "150mg", packs=(14, 28)), _tab("A001", "25mg", "37.5mg", packs=(24, 48))),
    _v("度洛西汀", "N06AX", "精神", _cap("C004", "20mg", "30mg", "60mg", packs=(14, 28))),
    _v("米氮平", "N06AX", "精神", _tab("A001", "15mg", "30mg", packs=(10, 20))),
    _v("阿戈美拉汀", "N06AX", "精神", _tab("A001", "25mg", packs=(7, 14, 28))),
    _v("曲唑酮", "N06AX", "精神", _tab("A001", "50mg", packs=(20, 24))),
    # ===================== 抗肿瘤 =====================
    _v("甲氨蝶呤", "L01BA", "抗肿瘤", _tab("A001", "2.5mg", packs=(16, 100)), _vial("B002", "5mg", "0.1g", packs=(1,))),
    _v("培美曲塞", "L01BA", "抗肿瘤", _vial("B002", "0.1g", "0.5g", packs=(1,))),
    _v("氟尿嘧啶", "L01BC", "抗肿瘤", _amp("B001", "10ml:0.25g", packs=(5, 10))),
    _v("卡培他滨", "L01BC", "抗肿瘤", _tab("A003", "0.15g", "0.5g", packs=(12, 60))),
    _v("吉西他滨", "L01BC", "抗肿瘤", _vial("B002", "0.2g", "1.0g", packs=(1,))),
    _v("阿糖胞苷", "L01BC", "抗肿瘤", _vial("B002", "0.1g", "0.5g", packs=(1,))),
    _v("替吉奥", "L01BC", "抗肿瘤", _cap("C001", "20mg", "25mg", packs=(28, 42)), note="规格按替加氟计"),
    _v("顺铂", "L01XA", "抗肿瘤", _vial("B001", "2ml:10mg", "6ml:30mg", packs=(1,)), _vial("B002", "10mg", "20mg", packs=(1,))),
    _v("卡铂", "L01XA", "抗肿瘤", _vial("B001", "10ml:100mg", packs=(1,))),
    _v("奥沙利铂", "L01XA", "抗肿瘤", _vial("B002", "50mg", "100mg", packs=(1,))),
    _v("紫杉醇", "L01CD", "抗肿瘤", _vial("B004", "5ml:30mg", "16.7ml:100mg", packs=(1,))),
    _v("多西他赛", "L01CD", "抗肿瘤", _vial("B004", "0.5ml:20mg", "2ml:80mg", packs=(1,))),
    _v("长春新碱", "L01CA", "抗肿瘤", _vial("B002", "1mg", packs=(1,))),
    _v("长春瑞滨", "L01CA", "抗肿瘤", _vial("B004", "1ml:10mg", "5ml:50mg", packs=(1,)), _cap("C003", "20mg", "30mg", packs=(1,))),
    _v("依托泊苷", "L01CB", "抗肿瘤", _amp("B004", "5ml:0.1g"), _cap("C003", "25mg", "50mg", packs=(20,))),
    _v("伊立替康", "L01CE", "抗肿瘤", _vial("B004", "2ml:40mg", "5ml:100mg", packs=(1,))),
    _v("拓扑替康", "L01CE", "抗肿瘤", _vial("B002", "2mg", "4mg", packs=(1,))),
    _v("多柔比星", "L01DB", "抗肿瘤", _vial("B002", "10mg", "50mg", packs=(1,))),
    _v("表柔比星", "L01DB", "抗肿瘤", _vial("B002", "10mg", "50mg", packs=(1,))),
    _v("吡柔比星", "L01DB", "抗肿瘤", _vial("B002", "10mg", "20mg", packs=(1,))),
    _v("环磷酰胺", "L01AA", "抗肿瘤", _vial("B002", "0.2g", "0.5g", packs=(1,)), _tab("A001", "50mg", packs=(100,))),
    _v("异环磷酰胺", "L01AA", "抗肿瘤", _vial("B002", "0.5g", "1.0g", packs=(1,))),
    _v("替莫唑胺", "L01AX", "抗肿瘤", _cap("C001", "5mg", "20mg", "100mg", packs=(5,))),
    _v("伊马替尼", "L01EA", "抗肿瘤", _tab("A003", "0.1g", "0.4g", packs=(30, 60, 120)), _cap("C001", "0.1g", packs=(60, 120))),
    _v("达沙替尼", "L01EA", "抗肿瘤", _tab("A003", "20mg", "50mg", "70mg", "100mg", packs=(30, 60))),
    _v("尼洛替尼", "L01EA", "抗肿瘤", _cap("C001", "150mg", "200mg", packs=(28, 112))),
    _v("吉非替尼", "L01EB", "抗肿瘤", _tab("A001", "0.25g", packs=(10, 30))),
    _v("厄洛替尼", "L01EB", "抗肿瘤", _tab("A001", "25mg", "100mg", "150mg", packs=(30,))),
    _v("阿法替尼", "L01EB", "抗肿瘤", _tab("A003", "30mg", "40mg", packs=(7, 28))),
    _v("奥希替尼", "L01EB", "抗肿瘤", _tab("A003", "40mg", "80mg", packs=(30,))),
    _v("克唑替尼", "L01ED", "抗肿瘤", _cap("C001", "200mg", "250mg", packs=(60,))),
    _v("阿来替尼", "L01ED", "抗肿瘤", _cap("C001", "150mg", packs=(224,))),
    _v("哌柏西利", "L01EF", "抗肿瘤", _cap("C001", "75mg", "100mg", "125mg", packs=(21,))),
    _v("伊布替尼", "L01EL", "抗肿瘤", _cap("C001", "140mg", packs=(90, 120))),
    _v("泽布替尼", "L01EL", "抗肿瘤", _cap("C001", "80mg", packs=(64, 120))),
    _v("索拉非尼", "L01EX", "抗肿瘤", _tab("A001", "0.2g", packs=(60,))),
    _v("舒尼替尼", "L01EX", "抗肿瘤", _cap("C001", "12.5mg", "25mg", "50mg", packs=(28, 30))),
    _v("瑞戈非尼", "L01EX", "抗肿瘤", _tab("A003", "40mg", packs=(28, 84))),
    _v("仑伐替尼", "L01EX", "抗肿瘤", _cap("C001", "4mg", "10mg", packs=(30,))),
    _v("帕博利珠单抗", "L01FF", "抗肿瘤", _vial("B004", "4ml:100mg", packs=(1,))),
    _v("纳武利尤单抗", "L01FF", "抗肿瘤", _vial("B004", "4ml:40mg", "10ml:100mg", packs=(1,))),
    _v("度伐利尤单抗", "L01FF", "抗肿瘤", _vial("B004", "2.4ml:120mg", "10ml:500mg", packs=(1,))),
    _v("阿替利珠单抗", "L01FF", "抗肿瘤", _vial("B004", "20ml:1200mg", packs=(1,))),
    _v("曲妥珠单抗", "L01FD", "抗肿瘤", _vial("B002", "150mg", "440mg", packs=(1,))),
    _v("帕妥珠单抗", "L01FD", "抗肿瘤", _vial("B004", "14ml:420mg", packs=(1,))),
    _v("利妥昔单抗", "L01FA", "抗肿瘤", _vial("B004", "10ml:100mg", "50ml:500mg", packs=(1,))),
    _v("贝伐珠单抗", "L01FG", "抗肿瘤", _vial("B004", "4ml:100mg", "16ml:400mg", packs=(1,))),
    _v("西妥昔单抗", "L01FE", "抗肿瘤", _vial("B004", "20ml:100mg", packs=(1,))),
    _v("硼替佐米", "L01XG", "抗肿瘤", _vial("B002", "1mg", "3.5mg", packs=(1,))),
    _v("来曲唑", "L02BG", "抗肿瘤", _tab("A003", "2.5mg", packs=(10, 30))),
    _v("阿那曲唑", "L02BG", "抗肿瘤", _tab("A001", "1mg", packs=(14, 28))),
    _v("依西美坦", "L02BG", "抗肿瘤", _tab("A001", "25mg", packs=(10, 30))),
    _v("他莫昔芬", "L02BA", "抗肿瘤", _tab("A001", "10mg", packs=(60, 100))),
    _v("氟维司群", "L02BA", "抗肿瘤", _amp("B001", "5ml:0.25g", packs=(2,))),
    _v("比卡鲁胺", "L02BB", "抗肿瘤", _tab("A001", "50mg", packs=(14, 28))),
    _v("恩扎卢胺", "L02BB", "抗肿瘤", _cap("C003", "40mg", packs=(112,))),
    _v("亮丙瑞林", "L02AE", "抗肿瘤", _vial("B002", "3.75mg", "11.25mg", packs=(1,)), note="注射用醋酸亮丙瑞林微球"),
    # ===================== 免疫 =====================
    _v("环孢素", "L04AD", "免疫", _cap("C003", "25mg", "50mg", packs=(50,)), _bottle("E001", "50ml:5g")),
    _v("他克莫司", "L04AD", "免疫", _cap("C001", "0.5mg", "1mg", packs=(50,))),
    _v("吗替麦考酚酯", "L04AA", "免疫", _cap("C001", "0.25g", packs=(40,)), _tab("A001", "0.5g", packs=(40,))),
    _v("来氟米特", "L04AA", "免疫", _tab("A001", "10mg", "20mg", packs=(10, 30))),
    _v("阿达木单抗", "L04AB", "免疫", _amp("B001", "0.8ml:40mg", "0.4ml:40mg", packs=(1, 2))),
    _v("英夫利西单抗", "L04AB", "免疫", _vial("B002", "100mg", packs=(1,))),
    _v("依那西普", "L04AB", "免疫", _vial("B002", "25mg", "50mg", packs=(1, 4))),
    _v("戈利木单抗", "L04AB", "免疫", _amp("B001", "0.5ml:50mg", packs=(1,))),
    _v("托珠单抗", "L04AC", "免疫", _vial("B004", "4ml:80mg", "10ml:200mg", "20ml:400mg", packs=(1,))),
    _v("司库奇尤单抗", "L04AC", "免疫", _amp("B001", "1ml:150mg", packs=(1, 2))),
    _v("乌司奴单抗", "L04AC", "免疫", _amp("B001", "0.5ml:45mg", packs=(1,)), _vial("B004", "26ml:130mg", packs=(1,))),
    _v("硫唑嘌呤", "L04AX", "免疫", _tab("A001", "50mg", packs=(100,))),
    _v("沙利度胺", "L04AX", "免疫", _tab("A001", "25mg", "50mg", packs=(20, 30))),
    _v("来那度胺", "L04AX", "抗肿瘤", _cap("C001", "5mg", "10mg", "25mg", packs=(21,))),
    _v("重组人干扰素α2b", "L03AB", "免疫", _vial("B002", "100万IU", "300万IU", "500万IU")),
    _v("重组人粒细胞刺激因子", "L03AA", "免疫", _amp("B001", "75μg", "150μg", "300μg", packs=(1, 5))),
    _v("聚乙二醇化重组人粒细胞刺激因子", "L03AA", "免疫", _amp("B001", "1.0ml:3.0mg", "0.6ml:6mg", packs=(1,))),
    _v("度普利尤单抗", "D11AH", "皮肤", _amp("B001", "2ml:300mg", "1.14ml:200mg", packs=(1, 2))),
    # ===================== 皮肤 =====================
    _v("吡美莫司", "D11AH", "皮肤", _tube("F001", "15g:0.15g")),
    _v("联苯苄唑", "D01AC", "皮肤", _tube("F001", "10g:0.1g", "15g:0.15g"), otc=True),
    _v("酮康唑", "D01AC", "皮肤", _tube("F001", "10g:0.2g", "15g:0.3g"), otc=True),
    _v("咪康唑", "D01AC", "皮肤", _tube("F001", "15g:0.3g", "20g:0.4g"), otc=True),
    _v("特比萘芬", "D01AE", "皮肤", _tube("F001", "10g:0.1g", "15g:0.15g"), _tube("F005", "15ml:0.15g"), otc=True),
    _v("莫匹罗星", "D06AX", "皮肤", _tube("F002", "5g:0.1g", "10g:0.2g")),
    _v("夫西地酸", "D06AX", "皮肤", _tube("F001", "5g:0.1g", "15g:0.3g")),
    _v("卤米松", "D07AC", "皮肤", _tube("F001", "10g:5mg", "15g:7.5mg")),
    _v("丙酸氯倍他索", "D07AD", "皮肤", _tube("F001", "10g:2mg", "10g:5mg")),
    _v("丁酸氢化可的松", "D07AB", "皮肤", _tube("F001", "10g:10mg", "20g:20mg")),
    _v("卡泊三醇", "D05AX", "皮肤", _tube("F002", "15g:0.75mg", "30g:1.5mg")),
    _v("阿达帕林", "D10AD", "皮肤", _tube("F003", "15g:15mg", "30g:30mg")),
    _v("维A酸", "D10AD", "皮肤", _tube("F001", "15g:3.75mg", "15g:7.5mg", "15g:15mg")),
    # ===================== 眼科 =====================
    _v("妥布霉素", "S01AA", "眼科", _bottle("H001", "5ml:15mg"), _tube("H002", "3.5g:10.5mg")),
    _v("加替沙星", "S01AE", "眼科", _tube("H003", "5g:15mg")),
    _v("氟米龙", "S01BA", "眼科", _bottle("H001", "5ml:1mg", "5ml:5mg")),
    _v("噻吗洛尔", "S01ED", "眼科", _bottle("H001", "5ml:12.5mg", "5ml:25mg")),
    _v("卡替洛尔", "S01ED", "眼科", _bottle("H001", "5ml:50mg", "5ml:100mg")),
    _v("拉坦前列素", "S01EE", "眼科", _bottle("H001", "2.5ml:125μg")),
    _v("曲伏前列素", "S01EE", "眼科", _bottle("H001", "2.5ml:100μg")),
    _v("贝美前列素", "S01EE", "眼科", _bottle("H001", "3ml:0.9mg")),
    _v("布林佐胺", "S01EC", "眼科", _bottle("H001", "5ml:50mg")),
    _v("溴莫尼定", "S01EA", "眼科", _bottle("H001", "5ml:10mg")),
    _v("奥洛他定", "S01GX", "眼科", _bottle("H001", "5ml:5mg")),
    _v("雷珠单抗", "S01LA", "眼科", _vial("B001", "0.2ml:2mg", packs=(1,))),
    _v("阿柏西普", "S01LA", "眼科", _vial("B001", "0.1ml:4mg", packs=(1,))),
    # ===================== 泌尿生殖 =====================
    _v("克霉唑", "G01AF", "泌尿生殖", _supp("J002", "0.15g", "0.5g", packs=(1, 6))),
    _v("坦索罗辛", "G04CA", "泌尿生殖", _cap("C005", "0.2mg", packs=(10, 20, 30))),
    _v("阿夫唑嗪", "G04CA", "泌尿生殖", _tab("A005", "10mg", packs=(10, 30))),
    _v("非那雄胺", "G04CB", "泌尿生殖", _tab("A001", "5mg", packs=(10, 30))),
    _v("度他雄胺", "G04CB", "泌尿生殖", _cap("C003", "0.5mg", packs=(10, 30))),
    _v("托特罗定", "G04BD", "泌尿生殖", _tab("A001", "2mg", packs=(14, 28)), _cap("C005", "4mg", packs=(7, 14))),
    _v("索利那新", "G04BD", "泌尿生殖", _tab("A003", "5mg", "10mg", packs=(10, 30))),
    _v("米拉贝隆", "G04BD", "泌尿生殖", _tab("A005", "25mg", "50mg", packs=(10, 30))),
    _v("西地那非", "G04BE", "泌尿生殖", _tab("A003", "25mg", "50mg", "100mg", packs=(1, 5, 10))),
    _v("他达拉非", "G04BE", "泌尿生殖", _tab("A003", "5mg", "20mg", packs=(1, 4, 28))),
    # ===================== 营养电解质 =====================
    _v("氯化钾", "B05XA", "营养电解质", _amp("B001", "10ml:1.0g", "10ml:1.5g")),
    _v("氯化钠", "B05XA", "营养电解质",
       _iv("100ml:0.9g", "250ml:2.25g", "500ml:4.5g"), _amp("B001", "10ml:90mg", packs=(5, 50))),
    _v("碳酸氢钠", "B05XA", "营养电解质", _iv("250ml:12.5g"), _amp("B001", "10ml:0.5g")),
    _v("葡萄糖", "B05BA", "营养电解质", _iv("250ml:12.5g", "500ml:25g", "250ml:25g")),
    _v("复方氨基酸（18AA）", "B05BA", "营养电解质", _iv("250ml:12.5g", "500ml:25g")),
    _v("脂肪乳（C14～24）", "B05BA", "营养电解质", _iv("250ml:50g", "250ml:25g")),
    _v("碳酸钙D3", "A12AX", "营养电解质",
       _tab("A001", "钙600mg/维生素D3 125IU", packs=(30, 60)), _tab("A009", "钙300mg/维生素D3 60IU", packs=(30, 60)),
       otc=True),
    _v("葡萄糖酸钙", "A12AA", "营养电解质", _amp("B001", "10ml:1g"), _tab("A001", "0.5g", packs=(100,))),
    _v("骨化三醇", "A11CC", "骨骼肌肉", _cap("C003", "0.25μg", "0.5μg", packs=(10, 20))),
    _v("阿法骨化醇", "A11CC", "骨骼肌肉", _cap("C003", "0.25μg", "0.5μg", "1μg", packs=(10, 20)), _tab("A001", "0.25μg")),
    _v("维生素B1", "A11DA", "营养电解质", _tab("A001", "10mg", packs=(100,)), _amp("B001", "2ml:100mg"), otc=True),
    _v("维生素C", "A11GA", "营养电解质", _tab("A001", "0.1g", packs=(100,)), _amp("B001", "2ml:0.5g", "5ml:1g"), otc=True),
    _v("维生素B6", "A11HA", "营养电解质", _tab("A001", "10mg", packs=(100,)), _amp("B001", "2ml:0.1g"), otc=True),
    _v("维生素E", "A11HA", "营养电解质", _cap("C003", "0.1g", packs=(30, 60)), otc=True),
    # ===================== 解毒 =====================
    _v("纳洛酮", "V03AB", "解毒", _amp("B001", "1ml:0.4mg")),
    _v("氟马西尼", "V03AB", "解毒", _amp("B001", "5ml:0.5mg")),
    _v("亚叶酸钙", "V03AF", "解毒", _vial("B002", "0.1g"), _amp("B001", "10ml:0.1g")),
    _v("美司钠", "V03AF", "解毒", _amp("B001", "4ml:0.4g")),
    _v("司维拉姆", "V03AE", "解毒", _tab("A003", "0.8g", packs=(36, 180)), note="碳酸司维拉姆/盐酸司维拉姆"),
    _v("碳酸镧", "V03AE", "解毒", _tab("A009", "500mg", "750mg", "1000mg", packs=(20, 45, 90))),
    # ===================== 罕见病 =====================
    _v("阿加糖酶β", "A16AB", "罕见病", _vial("B002", "5mg", "35mg", packs=(1,))),
    _v("伊米苷酶", "A16AB", "罕见病", _vial("B002", "200U", "400U", packs=(1,))),
]

# ---------------------------------------------------------------------------
# 4. 中成药 varieties. Names and specs are facts; class codes are synthetic
#    (see DRUG_CLASSES), name_code only for the two real samples.
# ---------------------------------------------------------------------------

_NEI = "中药-内科"
_WAI = "中药-外科"
_ZL = "中药-肿瘤"
_FU = "中药-妇科"
_WG = "中药-五官科"
_GS = "中药-骨伤科"

TCM_VARIETIES: list[Variety] = [
    # 解表剂
    _v("感冒清热颗粒", "A01AA", _NEI, _bag("D001", "每袋装12g", "每袋装6g（无蔗糖）", packs=(10,)), otc=True),
    _v("连花清瘟胶囊", "A01BA", _NEI, _cap("C001", "每粒装0.35g", packs=(24, 36, 48))),
    _v("银翘解毒片", "A01BA", _NEI, _tab("A001", "每片重0.5g", packs=(24, 36)),
       _tab("A003", "每片重0.52g", packs=(24, 36)), otc=True),
    _v("双黄连口服液", "A01BA", _NEI, _vialette("E005", "每支装10ml", "每支装20ml")),
    _v("疏风解毒胶囊", "A01BA", _NEI, _cap("C001", "每粒装0.52g", packs=(36, 48))),
    _v("小儿豉翘清热颗粒", "A01BA", _NEI, _bag("D001", "每袋装2g", packs=(6, 9))),
    _v("小柴胡颗粒", "A01CA", _NEI,
       _bag("D001", "每袋装10g", "每袋装4g（无蔗糖）", "每袋装2.5g（含乳糖）", packs=(9, 10, 12)), otc=True),
    # 祛暑剂
    _v("藿香正气水", "A02AA", _NEI, _vialette("E006", "每支装10ml", packs=(5, 10)), otc=True),
    _v("藿香正气软胶囊", "A02AA", _NEI, _cap("C003", "每粒装0.45g", packs=(12, 24)), otc=True),
    _v("十滴水", "A02AA", _NEI, _vialette("E006", "每瓶装5ml", packs=(5, 10)), otc=True),
    # 泻下剂
    _v("麻仁丸", "A03AA", _NEI, _pill("K002", "每丸重9g"), otc=True),
    # 清热剂
    _v("牛黄上清丸", "A04AA", _NEI, _pill("K002", "每丸重6g"), otc=True),
    _v("黄连上清丸", "A04AA", _NEI, _pill("K002", "每丸重6g"), otc=True),
    _v("板蓝根颗粒", "A04BA", _NEI,
       _bag("D001", "每袋装5g", "每袋装10g", "每袋装3g（无蔗糖）", packs=(10, 20)), otc=True),
    _v("蒲地蓝消炎口服液", "A04BA", _NEI, _vialette("E005", "每支装10ml")),
    _v("清开灵颗粒", "A04BA", _NEI, _bag("D001", "每袋装3g（无蔗糖）", "每袋装10g", packs=(10, 12))),
    _v("蓝芩口服液", "A04BA", _NEI, _vialette("E005", "每支装10ml")),
    _v("抗病毒口服液", "A04BA", _NEI, _vialette("E005", "每支装10ml"), otc=True),
    _v("龙胆泻肝丸", "A04CA", _NEI, _pill("K002", "每丸重6g")),
    # 温里剂
    _v("附子理中丸", "A05AA", _NEI, _pill("K002", "每丸重9g"), otc=True),
    # 化痰止咳平喘剂
    _v("通宣理肺丸", "A06AA", _NEI, _pill("K002", "每丸重6g"), otc=True),
    _v("桂龙咳喘宁胶囊", "A06AA", _NEI, _cap("C001", "每粒装0.5g", packs=(24, 36))),
    _v("急支糖浆", "A06BA", _NEI, _bottle("E003", "每瓶装100ml", "每瓶装200ml"), otc=True),
    _v("强力枇杷露", "A06BA", _NEI, _bottle("E003", "每瓶装100ml", "每瓶装150ml"), otc=True),
    _v("苏黄止咳胶囊", "A06BA", _NEI, _cap("C001", "每粒装0.45g", packs=(12, 24))),
    _v("金花清感颗粒", "A06CA", _NEI, _bag("D001", "每袋装5g", packs=(6, 9)), code="J0740"),
    _v("复方鲜竹沥液", "A06CA", _NEI, _vialette("E004", "每支装10ml", "每支装20ml"), otc=True),
    # 开窍剂
    _v("安宫牛黄丸", "A07AA", _NEI, _pill("K002", "每丸重3g", packs=(1, 2))),
    _v("苏合香丸", "A07BA", _NEI, _pill("K002", "每丸重3g", packs=(1, 6))),
    # 固涩剂
    _v("缩泉丸", "A08AA", _NEI, _bag("K003", "每20粒重1g", packs=(6, 10)), otc=True),
    # 扶正剂
    _v("补中益气丸", "A09AA", _NEI, _pill("K002", "每丸重9g"), otc=True),
    _v("参苓白术散", "A09AA", _NEI, _bag("D003", "每袋装6g", packs=(6, 9, 12)), otc=True),
    _v("玉屏风颗粒", "A09AA", _NEI, _bag("D001", "每袋装5g", packs=(9, 12, 15)), otc=True),
    _v("百令胶囊", "A09AA", _NEI, _cap("C001", "每粒装0.2g", "每粒装0.5g", packs=(42, 84))),
    _v("金水宝胶囊", "A09AA", _NEI, _cap("C001", "每粒装0.33g", packs=(36, 72))),
    _v("六味地黄丸", "A09CA", _NEI,
       _pill("K002", "每丸重9g"), _pill("K004", "每8丸重1.44g", packs=(120, 200)), otc=True),
    _v("知柏地黄丸", "A09CA", _NEI, _pill("K002", "每丸重9g"), otc=True),
    _v("杞菊地黄丸", "A09CA", _NEI, _pill("K002", "每丸重9g"), otc=True),
    _v("金匮肾气丸", "A09DA", _NEI, _pill("K002", "每丸重6g"), otc=True),
    _v("归脾丸", "A09EA", _NEI, _pill("K002", "每丸重9g"), otc=True),
    _v("生脉饮", "A09FA", _NEI, _vialette("E004", "每支装10ml"), otc=True),
    _v("消渴丸", "A09FA", _NEI, _bottle("K003", "每10丸重2.5g（含格列本脲2.5mg）"),
       note="含化学药成分格列本脲"),
    _v("津力达颗粒", "A09FA", _NEI, _bag("D001", "每袋装9g", packs=(9, 12))),
    # 安神剂
    _v("天王补心丸", "A10AA", _NEI, _pill("K002", "每丸重9g"), otc=True),
    _v("乌灵胶囊", "A10AA", _NEI, _cap("C001", "每粒装0.33g", packs=(27, 36))),
    _v("百乐眠胶囊", "A10AA", _NEI, _cap("C001", "每粒装0.27g", packs=(24, 48))),
    # 止血剂
    _v("云南白药胶囊", "A11AA", _NEI, _cap("C001", "每粒装0.25g", packs=(16, 32)), otc=True),
    # 祛瘀剂
    _v("血府逐瘀胶囊", "A12AA", _NEI, _cap("C001", "每粒装0.4g", packs=(24, 36))),
    _v("银杏叶片", "A12AA", _NEI,
       _tab("A003", "每片含总黄酮醇苷9.6mg、萜类内酯2.4mg", "每片含总黄酮醇苷19.2mg、萜类内酯4.8mg",
            packs=(24, 36))),
    _v("脑心通胶囊", "A12BA", _NEI, _cap("C001", "每粒装0.4g", packs=(36, 48))),
    _v("通心络胶囊", "A12BA", _NEI, _cap("C001", "每粒装0.26g", packs=(30, 90))),
    _v("参松养心胶囊", "A12BA", _NEI, _cap("C001", "每粒装0.4g", packs=(36, 72))),
    _v("稳心颗粒", "A12BA", _NEI, _bag("D001", "每袋装9g", "每袋装5g（无蔗糖）", packs=(9, 12))),
    _v("复方丹参滴丸", "A12CA", _NEI, FormSpec("K005", ("每丸重27mg",), "丸", "瓶", (150, 180))),
    _v("速效救心丸", "A12CA", _NEI, FormSpec("K005", ("每丸重40mg",), "丸", "盒", (60, 120, 150))),
    _v("麝香保心丸", "A12CA", _NEI, FormSpec("K001", ("每丸重22.5mg",), "丸", "瓶", (42,))),
    _v("复方丹参片", "A12CA", _NEI, _tab("A003", "每片重0.32g", "每片重0.8g", packs=(60, 100))),
    _v("地奥心血康胶囊", "A12CA", _NEI, _cap("C001", "每粒含甾体总皂苷100mg", packs=(20, 40))),
    # 理气剂
    _v("逍遥丸", "A13AA", _NEI, _pill("K002", "每丸重9g"), otc=True),
    _v("加味逍遥丸", "A13AA", _NEI, _bag("K003", "每100丸重6g", packs=(6, 10)), otc=True),
    _v("气滞胃痛颗粒", "A13BA", _NEI, _bag("D001", "每袋装5g", "每袋装2.5g（无蔗糖）", packs=(6, 9)), otc=True),
    _v("三九胃泰颗粒", "A13BA", _NEI, _bag("D001", "每袋装20g", "每袋装2.5g（无蔗糖）", packs=(6, 9)), otc=True),
    # 消导剂
    _v("保和丸", "A14AA", _NEI, _pill("K002", "每丸重9g"), otc=True),
    _v("健胃消食片", "A14AA", _NEI, _tab("A009", "每片重0.8g", "每片重0.5g", packs=(32, 36)), otc=True),
    # 治风剂
    _v("正天丸", "A15AA", _NEI, _bag("K003", "每袋装6g", packs=(10, 15))),
    _v("松龄血脉康胶囊", "A15BA", _NEI, _cap("C001", "每粒装0.5g", packs=(30, 60))),
    _v("天麻钩藤颗粒", "A15BA", _NEI, _bag("D001", "每袋装5g（无蔗糖）", "每袋装10g", packs=(10, 12))),
    _v("养血清脑颗粒", "A15BA", _NEI, _bag("D001", "每袋装4g", packs=(9, 15))),
    # 祛湿剂
    _v("雷公藤多苷片", "A16AA", _NEI, _tab("A001", "10mg", packs=(50, 100))),
    _v("三金片", "A16BA", _NEI,
       _tab("A001", "每片相当于饮片2.1g", "每片相当于饮片3.5g", packs=(36, 54, 72))),
    _v("血脂康胶囊", "A16CA", _NEI, _cap("C001", "每粒装0.3g", packs=(24, 48))),
    # 外科
    _v("季德胜蛇药片", "B01AA", _WAI, _tab("A001", "每片重0.4g", packs=(20, 24))),
    _v("京万红软膏", "B02AA", _WAI, _tube("F002", "每支装10g", "每支装20g"), otc=True),
    _v("湿润烧伤膏", "B02AA", _WAI, _tube("F002", "每支装40g")),
    _v("马应龙麝香痔疮膏", "B03AA", _WAI, _tube("F002", "每支装10g", "每支装20g"), otc=True),
    # 肿瘤
    _v("复方斑蝥胶囊", "C01AA", _ZL, _cap("C001", "每粒装0.25g", packs=(36, 60))),
    # 妇科
    _v("乌鸡白凤丸", "D01AA", _FU, _pill("K002", "每丸重9g"), otc=True),
    _v("桂枝茯苓胶囊", "D02AA", _FU, _cap("C001", "每粒装0.31g", packs=(60, 100))),
    # 眼科
    _v("明目地黄丸", "E01AA", _WG, _pill("K002", "每丸重9g"), otc=True),
    _v("复方血栓通胶囊", "E01AA", _WG, _cap("C001", "每粒装0.5g", packs=(30, 36))),
    # 耳鼻喉科
    _v("金嗓子喉片", "F01AA", _WG, _tab("A002", "每片重2g", packs=(12, 24)), otc=True),
    _v("西瓜霜润喉片", "F01AA", _WG, _tab("A002", "每片重0.6g", "每片重1.2g", packs=(12, 24)), otc=True),
    _v("清咽滴丸", "F01AA", _WG, FormSpec("K005", ("每丸重20mg",), "丸", "盒", (50, 100)), otc=True),
    _v("冰硼散", "F01AA", _WG, _bottle("D003", "每瓶装0.6g", packs=(1, 3)), otc=True),
    _v("鼻炎康片", "F02AA", _WG, _tab("A001", "每片重0.37g", packs=(48, 72)), otc=True),
    # 骨伤科
    _v("仙灵骨葆胶囊", "G01AA", _GS, _cap("C001", "每粒装0.5g", packs=(40, 60))),
    _v("颈复康颗粒", "G02AA", _GS, _bag("D001", "每袋装5g", packs=(10, 20))),
    _v("归芪活血胶囊", "G02AA", _GS, _cap("C001", "每粒装0.4g", packs=(24, 36)), code="G0401",
       note="名称与编码为真实样例；规格未核实，视为合成数据"),
    _v("云南白药膏", "G02AA", _GS, _patch("K007", "6.5cm×10cm", packs=(4, 6, 10)), otc=True),
    _v("麝香壮骨膏", "G03AA", _GS, _patch("K007", "7cm×10cm", packs=(4, 10)), otc=True),
    _v("伤湿止痛膏", "G03AA", _GS, _patch("K007", "7cm×10cm", packs=(4, 10)), otc=True),
    _v("狗皮膏", "G03AA", _GS, FormSpec("K006", ("每张净重12g", "每张净重15g"), "张", "盒", (2, 4)), otc=True),
]

# ---------------------------------------------------------------------------
# 5. Package-insert templates: SYNTHETIC sample text only ("示例"). They are
#    not copied from any real 说明书 and must never be shown as such.
# ---------------------------------------------------------------------------


def _tpl(usage: str, frequency: str, method: str, indications: str, months: int) -> InsertTemplate:
    return InsertTemplate(
        usage=f"{usage}（示例）",
        frequency=f"{frequency}（示例）",
        method=f"{method}（示例）",
        indications=f"{indications}（示例文本，非说明书原文）",
        shelf_life_months=months,
    )


PACKAGE_INSERT_TEMPLATES: dict[str, InsertTemplate] = {
    "抗感染": _tpl("成人常用量一次1个单位剂量，按感染程度调整", "一日2～3次", "口服或静脉给药，遵医嘱",
                 "用于敏感菌所致的感染", 24),
    "心血管": _tpl("成人一次1个单位剂量，可按血压或病情调整", "一日1次", "口服或遵医嘱给药",
                 "用于心血管系统相关疾病", 36),
    "血液": _tpl("按体重或凝血指标确定剂量", "一日1～2次", "口服或注射，遵医嘱", "用于血液系统相关疾病", 24),
    "内分泌代谢": _tpl("起始小剂量，按血糖或激素水平调整", "一日1～3次", "口服或皮下注射，遵医嘱",
                    "用于内分泌及代谢相关疾病", 24),
    "呼吸": _tpl("成人一次1个单位剂量", "一日2次", "口服或吸入，遵医嘱", "用于呼吸系统相关症状", 24),
    "抗过敏": _tpl("成人一次1个单位剂量", "一日1次", "口服或局部用药", "用于过敏性疾病相关症状", 36),
    "消化": _tpl("成人一次1个单位剂量，饭前或饭后服用", "一日1～3次", "口服，必要时注射", "用于消化系统相关疾病", 24),
    "镇痛抗炎": _tpl("成人一次1个单位剂量，按疼痛程度调整", "必要时每4～6小时1次", "口服或注射，遵医嘱",
                  "用于缓解疼痛及炎症", 36),
    "骨骼肌肉": _tpl("成人一次1个单位剂量", "一日1次或每周1次", "口服或注射，遵医嘱", "用于骨骼肌肉系统相关疾病", 36),
    "麻醉": _tpl("按体重及麻醉深度个体化给药", "按手术需要", "静脉注射、局部浸润或遵医嘱", "用于麻醉及围术期用药", 24),
    "神经": _tpl("起始小剂量，逐渐调整至维持量", "一日1～2次", "口服或注射，遵医嘱", "用于神经系统相关疾病", 36),
    "精神": _tpl("起始小剂量，按病情逐渐调整", "一日1～2次", "口服，遵医嘱", "用于精神障碍相关症状", 36),
    "抗肿瘤": _tpl("按体表面积或体重计算剂量", "按治疗周期给药", "静脉滴注或口服，须在专科医师指导下使用",
                 "用于相关肿瘤的治疗", 24),
    "免疫": _tpl("按体重或疾病活动度确定剂量", "按疗程给药", "口服或皮下注射，遵医嘱", "用于免疫相关疾病", 24),
    "营养电解质": _tpl("按患者需要量及监测结果确定", "一日1次或遵医嘱", "静脉滴注或口服", "用于补充营养或纠正电解质紊乱", 24),
    "皮肤": _tpl("取适量涂于患处", "一日1～2次", "外用", "用于皮肤相关疾病", 24),
    "眼科": _tpl("一次1～2滴", "一日1～4次", "滴眼或眼内注射，遵医嘱", "用于眼部相关疾病", 24),
    "泌尿生殖": _tpl("成人一次1个单位剂量", "一日1次", "口服、阴道给药或注射，遵医嘱", "用于泌尿生殖系统相关疾病", 24),
    "解毒": _tpl("按中毒程度或治疗方案确定剂量", "遵医嘱", "静脉注射或口服", "用于解毒或减轻药物不良反应", 24),
    "罕见病": _tpl("按体重计算剂量", "按疗程定期给药", "静脉或皮下注射，须在专科医师指导下使用", "用于相关罕见病的治疗", 24),
    "中药-内科": _tpl("一次1个单位剂量", "一日2～3次", "口服", "功能主治：用于相关内科病证", 24),
    "中药-外科": _tpl("取适量，外用于患处", "一日1～2次", "外用或口服", "功能主治：用于相关外科病证", 36),
    "中药-肿瘤": _tpl("一次1个单位剂量", "一日2～3次", "口服", "功能主治：用于相关肿瘤的辅助治疗", 24),
    "中药-妇科": _tpl("一次1个单位剂量", "一日2次", "口服", "功能主治：用于相关妇科病证", 24),
    "中药-五官科": _tpl("一次1个单位剂量或取适量", "一日2～3次", "口服、含服或外用", "功能主治：用于相关五官科病证", 24),
    "中药-骨伤科": _tpl("一次1个单位剂量，或贴于患处", "一日1～2次", "口服或外用", "功能主治：用于相关骨伤科病证", 24),
}

# ---------------------------------------------------------------------------
# 6. Manufacturer-name building blocks. ALL MANUFACTURERS ARE SYNTHETIC.
#    Brand words are invented; combined names are fictitious and are not
#    meant to refer to any real company (well-known company names such as
#    恒瑞, 齐鲁, 石药, 扬子江, 同仁堂, 云南白药 … are deliberately avoided).
#    Provinces are real and are used only for fake addresses.
# ---------------------------------------------------------------------------

MANUFACTURER_NAME_PARTS = ManufacturerNameParts(
    brand_words=(
        "澜岳", "泓曦", "翊康", "霁禾", "沐泽", "岚锦", "曜川", "琮和", "璟峰", "屹青",
        "澄岭", "篁溪", "栖梧", "麓禾", "沁蔚", "朔原", "垚川", "汀岚", "苒康", "珩泽",
        "昶和", "峤安", "溱源", "骞宇", "漪澜", "弈康", "岱禾", "堇林", "菘原", "渥丹",
        "琅屿", "蔚岭", "砚溪", "榕汐", "棠樾", "青峦", "瑾野", "芷汀", "鹤汀", "云岫",
        "桐岑", "泊岚", "霖川", "澹远", "知禾", "素湍", "晞原", "沄泽",
    ),
    suffixes=(
        "制药有限公司",
        "药业股份有限公司",
        "生物医药有限公司",
        "制药厂",
        "药业集团有限公司",
        "医药科技有限公司",
        "中药饮片有限公司",
    ),
    provinces=(
        "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省",
        "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省",
        "湖北省", "湖南省", "广东省", "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省",
        "云南省", "西藏自治区", "陕西省", "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区",
    ),
)

# ---------------------------------------------------------------------------
# 7. Business tags for varieties / drug codes (concepts real, codes ours).
# ---------------------------------------------------------------------------

TAG_DEFINITIONS: list[TagDef] = [
    TagDef("VBP_SELECTED", "国家集采中选", "BOOLEAN", (), "DRUG_CODE",
           "该药品代码对应产品为国家组织药品集中带量采购中选产品"),
    TagDef("SHORTAGE_MONITORED", "短缺药品监测", "BOOLEAN", (), "VARIETY",
           "品种列入短缺药品监测清单，需关注供应情况"),
    TagDef("RARE_DISEASE", "罕见病用药", "BOOLEAN", (), "VARIETY",
           "品种主要用于罕见病目录所列疾病的治疗"),
    TagDef("HIGH_FREQUENCY", "高频使用", "BOOLEAN", (), "BOTH",
           "在医保结算数据中使用频次较高，需重点维护数据质量"),
    TagDef("PEDIATRIC", "儿童用药", "BOOLEAN", (), "BOTH",
           "品种或具体规格适用于儿童患者（含儿童专用剂型、规格）"),
    TagDef("ANTIBIOTIC_GRADE", "抗菌药物分级", "ENUM",
           ("非限制使用级", "限制使用级", "特殊使用级"), "VARIETY",
           "按抗菌药物临床应用分级管理要求确定的使用级别"),
    TagDef("ESSENTIAL_MEDICINE", "基本药物", "BOOLEAN", (), "VARIETY",
           "品种列入国家基本药物目录"),
    TagDef("NEGOTIATED", "谈判药品", "BOOLEAN", (), "VARIETY",
           "品种通过国家医保谈判纳入药品目录，在协议期内"),
    TagDef("COLD_CHAIN", "冷链运输", "BOOLEAN", (), "DRUG_CODE",
           "产品需在2～8℃冷链条件下贮存和运输"),
    TagDef("CHANNEL", "单双通道", "ENUM", ("单通道", "双通道"), "VARIETY",
           "谈判药品的供应保障通道：仅定点医疗机构（单通道）或定点医疗机构与定点零售药店（双通道）"),
    TagDef("PAYMENT_RESTRICTION", "医保支付限定", "TEXT", (), "VARIETY",
           "医保目录中规定的限定支付范围说明文字"),
    TagDef("DDD", "限定日剂量（DDD）", "NUMBER", (), "VARIETY",
           "WHO限定日剂量数值，单位随品种给药途径而定，用于用药频度分析"),
]

# ---------------------------------------------------------------------------
# Self-check of the invariants the generator relies on.
# ---------------------------------------------------------------------------

# Real generic-name codes known from published NHSA drug codes (facts).
KNOWN_NAME_CODES: dict[str, str] = {
    "阿莫西林": "A040",
    "地喹氯铵": "D075",
    "拉那利尤单抗": "L388",
    "头孢匹罗": "T084",
    "二甲双胍": "E082",
    "司美格鲁肽": "S279",
    "归芪活血胶囊": "G0401",
    "金花清感颗粒": "J0740",
}


def _is_class_code(code: str) -> bool:
    return (
        len(code) == 5
        and code[0].isascii() and code[0].isupper()
        and code[1:3].isdigit()
        and code[3:].isascii() and code[3:].isalpha() and code[3:].isupper()
    )


def _self_check() -> None:
    # Dosage forms
    form_codes = [f.code for f in DOSAGE_FORMS]
    assert len(form_codes) == len(set(form_codes)), "duplicate dosage-form code"
    assert len({f.name for f in DOSAGE_FORMS}) == len(DOSAGE_FORMS), "duplicate dosage-form name"
    for f in DOSAGE_FORMS:
        assert len(f.code) == 4 and f.code[0].isupper() and f.code[1:].isdigit(), f
        assert f.group == f.code[0], f
        assert f.synthetic_code == (f.code not in _REAL_FORM_CODES), f
    forms_by_code = {f.code: f for f in DOSAGE_FORMS}

    # Classes
    # Class codes are unique per kind only: the full drug code is prefixed by
    # X/Z, so e.g. X "A12AA" (钙) and Z "A12AA" (祛瘀剂) may coexist.
    classes = {(c.kind, c.code): c for c in DRUG_CLASSES}
    assert len(classes) == len(DRUG_CLASSES), "duplicate (kind, class code)"
    for c in DRUG_CLASSES:
        assert c.kind in ("X", "Z"), c
        assert _is_class_code(c.code), c
        assert c.name, c
        assert c.synthetic_code == (c.kind == "Z"), c

    # Varieties
    assert len(WESTERN_VARIETIES) >= 200, len(WESTERN_VARIETIES)
    assert len(TCM_VARIETIES) >= 60, len(TCM_VARIETIES)
    names = [v.generic_name for v in WESTERN_VARIETIES + TCM_VARIETIES]
    dupes = sorted({n for n in names if names.count(n) > 1})
    assert not dupes, f"duplicate generic names: {dupes}"

    used_classes: set[tuple[str, str]] = set()
    for kind, varieties in (("X", WESTERN_VARIETIES), ("Z", TCM_VARIETIES)):
        for v in varieties:
            cls = classes.get((kind, v.class_code))
            assert cls is not None, f"{v.generic_name}: no kind-{kind} class {v.class_code}"
            used_classes.add((kind, v.class_code))
            assert v.generic_name.strip() == v.generic_name and v.generic_name, v
            assert 1 <= len(v.forms) <= 3, f"{v.generic_name}: {len(v.forms)} forms"
            form_list = [fs.form_code for fs in v.forms]
            assert len(set(form_list)) == len(form_list), f"{v.generic_name}: repeated form"
            assert v.area in PACKAGE_INSERT_TEMPLATES, f"{v.generic_name}: unknown area {v.area}"
            for fs in v.forms:
                assert fs.form_code in forms_by_code, f"{v.generic_name}: unknown form {fs.form_code}"
                assert fs.specs and all(s.strip() for s in fs.specs), v.generic_name
                assert len(set(fs.specs)) == len(fs.specs), f"{v.generic_name}: duplicate spec"
                assert fs.min_unit and fs.pack_unit, v.generic_name
                assert fs.pack_sizes and all(n > 0 for n in fs.pack_sizes), v.generic_name
            if v.name_code is not None:
                assert KNOWN_NAME_CODES.get(v.generic_name) == v.name_code, (
                    f"{v.generic_name}: name_code {v.name_code} is not a known real sample")
                digits = 3 if kind == "X" else 4
                assert len(v.name_code) == 1 + digits, v
                assert v.name_code[0].isupper() and v.name_code[1:].isdigit(), v
    known_present = {v.generic_name: v.name_code for v in WESTERN_VARIETIES + TCM_VARIETIES
                     if v.generic_name in KNOWN_NAME_CODES}
    assert known_present == KNOWN_NAME_CODES, "known real name codes missing or wrong"
    unused = sorted(set(classes) - used_classes)
    assert not unused, f"classes not used by any variety: {unused}"

    # Insert templates: synthetic, clearly marked
    for area, t in PACKAGE_INSERT_TEMPLATES.items():
        for text in (t.usage, t.frequency, t.method, t.indications):
            assert "示例" in text, f"template {area} lacks the 示例 marker"
        assert 0 < t.shelf_life_months <= 60, area

    # Manufacturer parts
    parts = MANUFACTURER_NAME_PARTS
    assert len(parts.brand_words) >= 40
    assert len(set(parts.brand_words)) == len(parts.brand_words), "duplicate brand word"
    assert len(set(parts.suffixes)) == len(parts.suffixes) >= 5
    assert len(set(parts.provinces)) == len(parts.provinces) == 31

    # Tags
    assert 8 <= len(TAG_DEFINITIONS) <= 12
    assert len({t.code for t in TAG_DEFINITIONS}) == len(TAG_DEFINITIONS)
    assert len({t.name for t in TAG_DEFINITIONS}) == len(TAG_DEFINITIONS)
    for t in TAG_DEFINITIONS:
        assert t.value_type in ("BOOLEAN", "ENUM", "TEXT", "NUMBER"), t
        assert t.applies_to in ("VARIETY", "DRUG_CODE", "BOTH"), t
        assert bool(t.allowed_values) == (t.value_type == "ENUM"), t


if __name__ == "__main__":
    _self_check()
    print(f"OK: {len(WESTERN_VARIETIES)} western, {len(TCM_VARIETIES)} TCM varieties")
