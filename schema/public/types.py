"""Types of the public drug finder (PUB-01…29): public fields only, nothing personal, nothing internal."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any

import strawberry

from domain.identity.models import HOSPITAL_LEVELS
from domain.public import categories
from domain.public.geo import Datum as _Datum
from domain.public.geo import from_wgs84
from domain.public.models import IdentityProvider as _IdentityProvider
from domain.public.models import TraceScanResult as _TraceScanResult
from domain.public.service import encode_offset
from domain.public.views import PublicDrugView, PublicInsertView, PublicInstitutionView, TraceScanView
from schema.common.types import OwnershipEnum, f, local
from schema.catalog.enums import ReimbursementClass
from schema.drugs.enums import DrugType
from schema.errors import UserError
from schema.relay import PageInfo, to_global_id

Datum = strawberry.enum(_Datum, name="Datum", description="坐标系：WGS84（GPS、H5 定位）或 GCJ02（国内地图、微信定位）")
IdentityProvider = strawberry.enum(_IdentityProvider, name="IdentityProvider",
                                   description="参保人身份来源：WECHAT 微信小程序登录；DEV 开发与演示环境的设备标识")
TraceScanResult = strawberry.enum(_TraceScanResult, name="TraceScanResult",
                                  description="扫码结果：FOUND 已识别药品，INVALID_FORMAT 不是追溯码，UNKNOWN_CODE 未查到")


@strawberry.enum(description="公众端机构类型")
class PublicInstitutionKind(Enum):
    PHARMACY = "PHARMACY"
    HOSPITAL = "HOSPITAL"


@strawberry.enum(description="机构列表排序")
class PublicInstitutionSort(Enum):
    DISTANCE = "DISTANCE"
    NAME = "NAME"


@strawberry.input(description="一个位置及其坐标系")
class GeoPointInput:
    lat: float = f("纬度")
    lon: float = f("经度")
    datum: Datum = f("坐标系：H5 定位为 WGS84，微信 wx.getLocation(type: gcj02) 为 GCJ02", default=_Datum.WGS84)


@strawberry.type(description="坐标")
class GeoPoint:
    lat: float = f("纬度")
    lon: float = f("经度")
    datum: Datum = f("坐标系")


@strawberry.type(description="公众端可选的行政区划")
class PublicDivision:
    code: str = f("区划代码")
    name: str = f("名称")
    level: str = f("级别：PROVINCE / PREFECTURE / COUNTY")


@strawberry.type(description="药品类别（PUB-02）：西药按 ATC 解剖学大类，中成药按目录章节")
class PublicDrugCategory:
    code: str = f("类别代码，如 X:C（西药·心血管系统）")
    name: str = f("类别名称")
    drug_type: DrugType = f("西药或中成药")
    drug_count: int = f("该类别的药品编码数")


@strawberry.type(description="药品说明书要点")
class PublicPackageInsert:
    indications: str | None = f("适应症/功能主治")
    dosage: str | None = f("用法用量")
    frequency: str | None = f("使用频次")
    method: str | None = f("给药途径")
    shelf_life_months: int | None = f("有效期（月）")
    synthetic: bool = f("是否为演示用的合成文本：是则不是说明书原文，不得标注为“摘自药品说明书”")

    @classmethod
    def of(cls, p: PublicInsertView) -> PublicPackageInsert:
        return cls(indications=p.indications, dosage=p.dosage, frequency=p.frequency, method=p.method,
                   shelf_life_months=p.shelf_life_months, synthetic=p.synthetic)


@strawberry.type(description="公众可见的药品信息（PUB-01/04）")
class PublicDrug:
    _id: strawberry.Private[int]
    code: str = f("药品代码（国家医保药品编码）")
    generic_name: str = f("通用名")
    trade_name: str | None = f("商品名")
    spec: str | None = f("规格")
    dosage_form: str | None = f("剂型")
    packaging: str | None = f("包装")
    min_pack_unit: str | None = f("最小包装单位")
    approval_no: str | None = f("批准文号")
    manufacturer: str = f("生产企业")
    drug_type: DrugType = f("西药或中成药")
    category_name: str | None = f("所属类别")
    reimbursement_class: ReimbursementClass | None = f("医保目录甲/乙类；为空表示不在已发布的医保目录中")

    @classmethod
    def of(cls, v: PublicDrugView) -> PublicDrug:
        # The hottest constructor of the public app (20 per search page): filling __dict__ directly skips the
        # dataclass __init__'s per-field defaults handling (~7 µs → ~2 µs per drug). Every field is set here.
        obj = object.__new__(cls)
        obj.__dict__.update(
            _id=v.id, code=v.code, generic_name=v.generic_name, trade_name=v.trade_name, spec=v.spec,
            dosage_form=v.form_name, packaging=v.packaging, min_pack_unit=v.min_pack_unit,
            approval_no=v.approval_no, manufacturer=v.manufacturer, drug_type=v.type,
            category_name=categories.category_name(v.type, v.class_code), reimbursement_class=v.reimbursement_class)
        return obj

    @strawberry.field(description="药品说明书（没有则为空）")
    async def insert(self, info: strawberry.Info) -> PublicPackageInsert | None:
        p = await info.context.loaders.public_insert.load(self._id)
        return PublicPackageInsert.of(p) if p else None


def offset_page_info(offset: int, n: int, has_next: bool) -> PageInfo:
    """Page info of a public list paged by position (cursor = the next offset)."""
    return PageInfo(has_next_page=has_next, has_previous_page=offset > 0,
                    start_cursor=encode_offset(offset) if n else None,
                    end_cursor=encode_offset(offset + n) if n else None)


@strawberry.type(description="公众端药品列表（按名称排序）")
class PublicDrugConnection:
    nodes: list[PublicDrug] = f("本页药品")
    page_info: PageInfo = f("分页信息；endCursor 作为下一页的 after")

    @classmethod
    def of(cls, rows: list[PublicDrugView], offset: int, first: int) -> PublicDrugConnection:
        items = [PublicDrug.of(r) for r in rows[:first]]
        return cls(nodes=items, page_info=offset_page_info(offset, len(items), len(rows) > first))


@strawberry.type(description="输入联想的一条")
class PublicDrugSuggestion:
    text: str = f("药品通用名或商品名")
    kind: str = f("GENERIC 通用名 / TRADE 商品名")
    initials: str = f("拼音首字母")


@strawberry.type(description="定点医药机构的公开信息（PUB-05…18）")
class PublicInstitution:
    _id: strawberry.Private[int]
    _lat: strawberry.Private[float | None]
    _lon: strawberry.Private[float | None]
    code: str = f("机构编码（H/P + 区划 + 顺序号）")
    name: str = f("机构名称")
    kind: PublicInstitutionKind = f("药店或医疗机构")
    ownership: OwnershipEnum | None = f("机构性质（医疗机构：公立/民营）")
    hospital_level: str | None = f("医院等级，如 三甲")
    division_code: str = f("所在区县代码")
    division_name: str = f("所在区县名称")
    address: str | None = f("地址")
    phone: str | None = f("对外联系电话")
    business_hours: str | None = f("营业时间")
    intro: str | None = f("机构简介")
    distance_meters: int | None = f("与查询位置的距离（米）；查询未给位置或机构无坐标时为空")

    @classmethod
    def of(cls, v: PublicInstitutionView, tree: Any) -> PublicInstitution:
        node = tree.get(v.division_code)
        distance = v.distance
        obj = object.__new__(cls)  # every field set (see PublicDrug.of)
        obj.__dict__.update(
            _id=v.id, _lat=v.lat, _lon=v.lon, code=v.code, name=v.name, kind=PublicInstitutionKind(v.subtype),
            ownership=v.ownership, hospital_level=HOSPITAL_LEVELS.get(v.hospital_level) if v.hospital_level else None,
            division_code=v.division_code, division_name=node.name if node else v.division_code, address=v.address,
            phone=v.public_phone, business_hours=v.business_hours, intro=v.intro,
            distance_meters=round(distance) if distance is not None else None)
        return obj

    @strawberry.field(description="机构位置，按要求的坐标系给出（微信 openLocation 用 GCJ02，H5 地图链接用 WGS84）")
    def location(self, datum: Datum = _Datum.WGS84) -> GeoPoint | None:
        if self._lat is None or self._lon is None:
            return None
        lat, lon = from_wgs84(self._lat, self._lon, _Datum(datum))
        return GeoPoint(lat=round(lat, 7), lon=round(lon, 7), datum=datum)

    @strawberry.field(description="群众评价平均星级（1～5，一位小数）；还没有评价时为空（PUB-23）")
    async def rating_average(self, info: strawberry.Info) -> Decimal | None:
        found = await info.context.loaders.institution_rating.load(self._id)
        return found[0] if found else None

    @strawberry.field(description="群众评价条数")
    async def rating_count(self, info: strawberry.Info) -> int:
        found = await info.context.loaders.institution_rating.load(self._id)
        return found[1] if found else 0

    @strawberry.field(description="本机构在售药品（库存大于 0，PUB-12/17），按名称排序；keyword 为名称或拼音首字母")
    async def on_sale_drugs(self, info: strawberry.Info,
                            keyword: Annotated[str | None, strawberry.argument(name="keyword")] = None,
                            first: int = 20, after: str | None = None) -> PublicDrugConnection:
        return await info.context.fields.public_on_sale_drugs(self._id, keyword, first, after)


@strawberry.type(description="公众端机构列表")
class PublicInstitutionConnection:
    nodes: list[PublicInstitution] = f("本页机构")
    page_info: PageInfo = f("分页信息；endCursor 作为下一页的 after")
    _count: strawberry.Private[Any]

    @strawberry.field(description="符合条件的机构总数（仅在请求时计算）")
    async def total_count(self) -> int:
        return await self._count()


@strawberry.type(description="在售机构的一条（PUB-05…08）")
class PublicOutlet:
    institution: PublicInstitution = f("机构")
    distance_meters: int | None = f("距离（米）")
    recently_purchased: bool = f("近 purchaseWindowDays 天内该机构有该药品的采购入库（PUB-07）")
    recently_settled: bool = f("近 settlementWindowDays 天内该机构有该药品的医保结算（PUB-08）")


@strawberry.type(description="某药品的在售机构（PUB-05…08）：有位置时由近及远")
class PublicOutletList:
    drug: PublicDrug = f("药品")
    purchase_window_days: int = f("“近期有采购”的统计天数，在页面上注明")
    settlement_window_days: int = f("“近期有医保结算”的统计天数，在页面上注明")
    total: int = f("在售机构总数（符合筛选条件的）")
    outlets: list[PublicOutlet] = f("在售机构（最多 first 个）")


@strawberry.type(description="药品追溯扫码记录（PUB-19）")
class TraceScan:
    _drug_id: strawberry.Private[int | None]
    id: strawberry.ID = f("全局 ID")
    code: str = f("扫描的追溯码")
    result: TraceScanResult = f("扫码结果")
    message: str = f("结果说明")
    scanned_at: datetime = f("扫码时间")

    @classmethod
    def of(cls, s: TraceScanView, message: str) -> TraceScan:
        return cls(_drug_id=s.drug_code_id, id=to_global_id("TraceScan", s.id), code=s.code,
                   result=_TraceScanResult(s.result), message=message, scanned_at=local(s.scanned_at))

    @strawberry.field(description="识别出的药品（FOUND 时）")
    async def drug(self, info: strawberry.Info) -> PublicDrug | None:
        if self._drug_id is None:
            return None
        found = await info.context.loaders.public_drug.load(self._drug_id)
        return PublicDrug.of(found) if found else None


@strawberry.type(description="我的扫码追溯记录")
class TraceScanConnection:
    nodes: list[TraceScan] = f("本页记录，最近的在前")
    page_info: PageInfo = f("分页信息")


@strawberry.type(description="参保人会话")
class InsuredSession:
    token: str = f("访问令牌")
    expires_at: datetime = f("过期时间")
    display_name: str = f("显示名称")


@strawberry.enum(description="公众端错误码")
class PublicErrorCode(Enum):
    VALIDATION_FAILED = "VALIDATION_FAILED"
    PROVIDER_DISABLED = "PROVIDER_DISABLED"
    PROVIDER_UNAVAILABLE = "PROVIDER_UNAVAILABLE"
    PROVIDER_RATE_LIMITED = "PROVIDER_RATE_LIMITED"
    INVALID_CODE = "INVALID_CODE"
    LOGIN_REQUIRED = "LOGIN_REQUIRED"
    CODE_EMPTY = "CODE_EMPTY"
    CODE_TOO_LONG = "CODE_TOO_LONG"
    BAD_COORDINATES = "BAD_COORDINATES"
    BAD_PAGE = "BAD_PAGE"


@strawberry.type(description="公众端业务错误")
class PublicUserError(UserError):
    code: PublicErrorCode = f("错误码")


@strawberry.type(description="参保人登录结果")
class InsuredLoginPayload:
    session: InsuredSession | None = f("会话；失败时为空")
    user_errors: list[PublicUserError] = f("错误；为空表示成功")


@strawberry.type(description="扫码追溯结果")
class TraceCodeScanPayload:
    scan: TraceScan | None = f("扫码记录（不论是否识别都会记录）")
    user_errors: list[PublicUserError] = f("错误；为空表示成功")


@strawberry.type(description="访问记录结果")
class PublicVisitRecordPayload:
    recorded: bool = f("是否已记录（本服务未开启使用统计时为 false）")
    user_errors: list[PublicUserError] = f("错误；为空表示成功")


@strawberry.type(description="某区县的药品配备机构数")
class PublicStockingByDivision:
    division_code: str = f("区县代码")
    division_name: str = f("区县名称")
    pharmacies: int = f("配备该药的定点零售药店数")
    hospitals: int = f("配备该药的定点医疗机构数")


@strawberry.type(description="药品配备情况（PUB-28 国家医保局公众号查询接口）")
class PublicDrugStocking:
    drug: PublicDrug = f("药品")
    institutions: int = f("配备（在售）该药的公开机构数")
    pharmacies: int = f("其中定点零售药店数")
    hospitals: int = f("其中定点医疗机构数")
    by_division: list[PublicStockingByDivision] = f("按区县")

