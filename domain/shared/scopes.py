"""Scopes, roles and posts: who may do what.

A user has one role (the kind of actor) and any number of posts (岗位) that the role allows.
Scopes = the role's base scopes ∪ the posts' scopes. Separation of duties between posts is
enforced by workflows (e.g. reviewer ≠ submitter), not by refusing to combine posts.
"""
from __future__ import annotations

from enum import StrEnum


class Scope(StrEnum):
    DIVISIONS_READ = "divisions:read"
    DRUGS_READ = "drugs:read"
    DRUGS_WRITE = "drugs:write"
    TAGS_WRITE = "tags:write"
    CATALOG_READ = "catalog:read"
    CATALOG_WRITE = "catalog:write"
    CATALOG_REVIEW = "catalog:review"
    CATALOG_PUBLISH = "catalog:publish"
    AUDIT_READ = "audit:read"
    ORGANISATIONS_READ = "organisations:read"
    ORGANISATION_WRITE = "organisation:write"
    STOCK_REPORT = "stock:report"
    SUPPLY_READ = "supply:read"
    WARNING_RULES_WRITE = "warning_rules:write"
    WARNINGS_HANDLE = "warnings:handle"
    INQUIRIES_READ = "inquiries:read"
    INQUIRIES_MANAGE = "inquiries:manage"
    INQUIRIES_FEEDBACK = "inquiries:feedback"
    INQUIRIES_REVIEW = "inquiries:review"
    NOTIFICATIONS_READ = "notifications:read"
    WHOLESALE_OFFER = "wholesale:offer"
    OFFERS_READ = "offers:read"
    DELIVERY_REPORT = "delivery:report"
    EXCHANGE_SYNC = "exchange:sync"
    FOCUS_LISTS_WRITE = "focus_lists:write"
    # Insured persons' own records through the public app (feedback, needs, trace scans: PUB-19/20/25).
    PUBLIC_SELF = "public:self"
    # A partner's read of the public service's drug stocking (PUB-28 national platform, PUB-29 national app zone).
    PUBLIC_STOCKING = "public:stocking"
    # The settlement system (or its interface account) loads insurance-settled sales (CLM feed, PUB-08).
    SETTLEMENT_LOAD = "settlement:load"
    # Public engagement (PUB-20…27): feedback, evaluations and purchase needs read by bureaus (their area) and
    # institutions (about themselves); handling by the 公众服务处置 post; the notice wording; usage dashboards.
    PUBLIC_FEEDBACK_READ = "public_feedback:read"
    PUBLIC_FEEDBACK_HANDLE = "public_feedback:handle"
    PUBLIC_NOTICE_WRITE = "public_notice:write"
    PUBLIC_USAGE_READ = "public_usage:read"
    # Unmasked personal data (a purchase need's contact phone …): each read is audited with its reason.
    PERSONAL_DATA_READ = "personal_data:read"
    # An institution maintains its own public-facing information (PUB-24), nothing else of its master data.
    INSTITUTION_PUBLIC_WRITE = "institution_public:write"


class Role(StrEnum):
    REGION_OFFICIAL = "REGION_OFFICIAL"
    PREFECTURE_OFFICIAL = "PREFECTURE_OFFICIAL"
    COUNTY_OFFICIAL = "COUNTY_OFFICIAL"
    INSTITUTION_STAFF = "INSTITUTION_STAFF"
    ENTERPRISE_STAFF = "ENTERPRISE_STAFF"
    INSURED_PERSON = "INSURED_PERSON"
    PHYSICIAN = "PHYSICIAN"
    PARTNER = "PARTNER"


class Post(StrEnum):
    CATALOG_MAINTAINER = "CATALOG_MAINTAINER"
    CATALOG_REVIEWER = "CATALOG_REVIEWER"
    CATALOG_PUBLISHER = "CATALOG_PUBLISHER"
    AUDITOR = "AUDITOR"
    WARNING_RULE_MAINTAINER = "WARNING_RULE_MAINTAINER"
    WARNING_HANDLER = "WARNING_HANDLER"
    INQUIRY_HANDLER = "INQUIRY_HANDLER"
    INQUIRY_REVIEWER = "INQUIRY_REVIEWER"
    EXCHANGE_INTERFACE = "EXCHANGE_INTERFACE"
    PUBLIC_SERVICE_INTERFACE = "PUBLIC_SERVICE_INTERFACE"
    SETTLEMENT_INTERFACE = "SETTLEMENT_INTERFACE"
    PUBLIC_SERVICE_HANDLER = "PUBLIC_SERVICE_HANDLER"
    PERSONAL_DATA_VIEWER = "PERSONAL_DATA_VIEWER"
    # Writes that change what others see are posts, never a whole role's (deny by default: xj_viewer reads only).
    DRUG_MAINTAINER = "DRUG_MAINTAINER"
    TAG_MAINTAINER = "TAG_MAINTAINER"
    FOCUS_LIST_MAINTAINER = "FOCUS_LIST_MAINTAINER"
    PUBLIC_NOTICE_MAINTAINER = "PUBLIC_NOTICE_MAINTAINER"


ROLE_LABELS = {
    Role.REGION_OFFICIAL: "自治区（省）医保局工作人员",
    Role.PREFECTURE_OFFICIAL: "市州医保局工作人员",
    Role.COUNTY_OFFICIAL: "区县医保局工作人员",
    Role.INSTITUTION_STAFF: "定点医药机构工作人员",
    Role.ENTERPRISE_STAFF: "医药企业工作人员",
    Role.INSURED_PERSON: "参保人",
    Role.PHYSICIAN: "医保医师",
    Role.PARTNER: "合作方",
}

POST_LABELS = {
    Post.CATALOG_MAINTAINER: "目录维护",
    Post.CATALOG_REVIEWER: "目录审核",
    Post.CATALOG_PUBLISHER: "目录定稿发布",
    Post.AUDITOR: "审计查询",
    Post.WARNING_RULE_MAINTAINER: "预警规则维护",
    Post.WARNING_HANDLER: "预警处置",
    Post.INQUIRY_HANDLER: "问询分配下发",
    Post.INQUIRY_REVIEWER: "问询审核归档",
    Post.EXCHANGE_INTERFACE: "数据交换接口",
    Post.PUBLIC_SERVICE_INTERFACE: "公共服务查询接口",
    Post.SETTLEMENT_INTERFACE: "医保结算数据接口",
    Post.PUBLIC_SERVICE_HANDLER: "公众服务处置",
    Post.PERSONAL_DATA_VIEWER: "个人信息查阅",
    Post.DRUG_MAINTAINER: "药品信息维护",
    Post.TAG_MAINTAINER: "药品标签维护",
    Post.FOCUS_LIST_MAINTAINER: "重点监测清单维护",
    Post.PUBLIC_NOTICE_MAINTAINER: "公众端公告维护",
}

PUBLIC_READS = (Scope.PUBLIC_FEEDBACK_READ, Scope.PUBLIC_USAGE_READ)

ROLE_SCOPES: dict[Role, frozenset[Scope]] = {
    # DRUG-05/08/11-13: region and prefecture ("two-level users") read catalogs and master data.
    # SUP-05/07…16: stocking, supply status and warnings are for the two-level users (region, prefecture).
    # Writes (master data, tags, focus lists, the public notice) come with posts (POST_SCOPES), not with the role.
    Role.REGION_OFFICIAL: frozenset({Scope.DIVISIONS_READ, Scope.DRUGS_READ, Scope.CATALOG_READ,
                                     Scope.ORGANISATIONS_READ, Scope.SUPPLY_READ, Scope.OFFERS_READ,
                                     Scope.INQUIRIES_READ, Scope.NOTIFICATIONS_READ, *PUBLIC_READS}),
    Role.PREFECTURE_OFFICIAL: frozenset({Scope.DIVISIONS_READ, Scope.DRUGS_READ, Scope.CATALOG_READ,
                                         Scope.ORGANISATIONS_READ, Scope.SUPPLY_READ, Scope.OFFERS_READ,
                                         Scope.INQUIRIES_READ, Scope.NOTIFICATIONS_READ, *PUBLIC_READS}),
    # The sources grant county bureaus no catalog or master-data function; they see their area's organisations.
    # PUB-21/27: every bureau level sees its area's public feedback, needs and usage.
    Role.COUNTY_OFFICIAL: frozenset({Scope.DIVISIONS_READ, Scope.ORGANISATIONS_READ, *PUBLIC_READS}),
    # Institutions and enterprises see their own organisation and report their own stock (SUP-04);
    # enterprises maintain their own basic information (SUP-02). Institutions see what wholesalers carry (SUP-06);
    # wholesalers upload their offers (DRUG-14…17) and distributors their deliveries (SUP-09): the services check
    # the organisation's subtype, as one role covers every kind of enterprise.
    # SUP-21: every supply entity answers the inquiries dispatched to it.
    # PUB-22/23/24: institutions read the public's feedback and evaluations about themselves and keep their
    # public information up to date.
    Role.INSTITUTION_STAFF: frozenset({Scope.ORGANISATIONS_READ, Scope.STOCK_REPORT, Scope.OFFERS_READ,
                                       Scope.INQUIRIES_READ, Scope.INQUIRIES_FEEDBACK, Scope.NOTIFICATIONS_READ,
                                       Scope.PUBLIC_FEEDBACK_READ, Scope.INSTITUTION_PUBLIC_WRITE}),
    Role.ENTERPRISE_STAFF: frozenset({Scope.ORGANISATIONS_READ, Scope.STOCK_REPORT, Scope.ORGANISATION_WRITE,
                                      Scope.WHOLESALE_OFFER, Scope.OFFERS_READ, Scope.DELIVERY_REPORT,
                                      Scope.INQUIRIES_READ, Scope.INQUIRIES_FEEDBACK, Scope.NOTIFICATIONS_READ}),
    # Insured persons read public information (no scope needed) and their own records (PUB-19/20/25).
    Role.INSURED_PERSON: frozenset({Scope.PUBLIC_SELF}),
    Role.PHYSICIAN: frozenset(),
    Role.PARTNER: frozenset(),
}

POST_SCOPES: dict[Post, frozenset[Scope]] = {
    Post.CATALOG_MAINTAINER: frozenset({Scope.CATALOG_WRITE}),
    Post.CATALOG_REVIEWER: frozenset({Scope.CATALOG_REVIEW}),
    Post.CATALOG_PUBLISHER: frozenset({Scope.CATALOG_PUBLISH}),
    Post.AUDITOR: frozenset({Scope.AUDIT_READ}),
    Post.WARNING_RULE_MAINTAINER: frozenset({Scope.WARNING_RULES_WRITE}),
    Post.WARNING_HANDLER: frozenset({Scope.WARNINGS_HANDLE}),
    Post.INQUIRY_HANDLER: frozenset({Scope.INQUIRIES_MANAGE}),
    Post.INQUIRY_REVIEWER: frozenset({Scope.INQUIRIES_REVIEW}),
    # The procurement subsystem's interface account (招采子系统, DRUG-17, SUP-03, SUP-09): it syncs distributors and
    # pushes offers and deliveries on behalf of the enterprise it names.
    Post.EXCHANGE_INTERFACE: frozenset({Scope.EXCHANGE_SYNC, Scope.WHOLESALE_OFFER, Scope.DELIVERY_REPORT}),
    # The national platform's stocking query (PUB-28) and the national app's local zone (PUB-29).
    Post.PUBLIC_SERVICE_INTERFACE: frozenset({Scope.PUBLIC_STOCKING}),
    # The settlement system pushes settled sales per institution and drug (PUB-08 "recently settled").
    Post.SETTLEMENT_INTERFACE: frozenset({Scope.SETTLEMENT_LOAD}),
    # PUB-21 handles the public's feedback, PUB-25 analyses their purchase needs.
    Post.PUBLIC_SERVICE_HANDLER: frozenset({Scope.PUBLIC_FEEDBACK_HANDLE}),
    Post.PERSONAL_DATA_VIEWER: frozenset({Scope.PERSONAL_DATA_READ}),
    # DRUG-21/22: package inserts and manufacturers' details of the master data.
    Post.DRUG_MAINTAINER: frozenset({Scope.DRUGS_WRITE}),
    # DRUG-11…13: tag definitions and values (a prefecture's tags are its own).
    Post.TAG_MAINTAINER: frozenset({Scope.TAGS_WRITE}),
    # SUP-42…45: the focus lists (重点监测清单) both levels analyse.
    Post.FOCUS_LIST_MAINTAINER: frozenset({Scope.FOCUS_LISTS_WRITE}),
    # PUB-26: the data calibre and risk reminder every insured person of the area sees.
    Post.PUBLIC_NOTICE_MAINTAINER: frozenset({Scope.PUBLIC_NOTICE_WRITE}),
}

# Catalog maintenance belongs to the autonomous region (DRUG-01…04); audit to any bureau level.
POST_ROLES: dict[Post, frozenset[Role]] = {
    Post.CATALOG_MAINTAINER: frozenset({Role.REGION_OFFICIAL}),
    Post.CATALOG_REVIEWER: frozenset({Role.REGION_OFFICIAL}),
    Post.CATALOG_PUBLISHER: frozenset({Role.REGION_OFFICIAL}),
    Post.AUDITOR: frozenset({Role.REGION_OFFICIAL, Role.PREFECTURE_OFFICIAL, Role.COUNTY_OFFICIAL}),
    # SUP-14/15: rules and alerts belong to the two-level users.
    Post.WARNING_RULE_MAINTAINER: frozenset({Role.REGION_OFFICIAL, Role.PREFECTURE_OFFICIAL}),
    Post.WARNING_HANDLER: frozenset({Role.REGION_OFFICIAL, Role.PREFECTURE_OFFICIAL}),
    # SUP-18…24: the region allocates, the prefecture dispatches and reviews (which step a bureau may take is
    # decided by its level in the inquiry service, the post only says the person handles inquiries).
    Post.INQUIRY_HANDLER: frozenset({Role.REGION_OFFICIAL, Role.PREFECTURE_OFFICIAL}),
    Post.INQUIRY_REVIEWER: frozenset({Role.REGION_OFFICIAL, Role.PREFECTURE_OFFICIAL}),
    # SUP-03 names a dedicated interface; a region official may hold it too (manual sync, the bureau's own tools).
    Post.EXCHANGE_INTERFACE: frozenset({Role.PARTNER, Role.REGION_OFFICIAL}),
    Post.PUBLIC_SERVICE_INTERFACE: frozenset({Role.PARTNER}),
    Post.SETTLEMENT_INTERFACE: frozenset({Role.PARTNER, Role.REGION_OFFICIAL}),
    Post.PUBLIC_SERVICE_HANDLER: frozenset({Role.REGION_OFFICIAL, Role.PREFECTURE_OFFICIAL, Role.COUNTY_OFFICIAL}),
    # Officials who call people back about their needs; separate from handling, so it is granted deliberately.
    Post.PERSONAL_DATA_VIEWER: frozenset({Role.REGION_OFFICIAL, Role.PREFECTURE_OFFICIAL, Role.COUNTY_OFFICIAL}),
    # Master data is the region's (DRUG-08…21); tags belong to both levels (DRUG-11…13); focus lists are kept by
    # the region (SUP-42), a prefecture may keep members of its own; both levels word their area's notice (PUB-26).
    Post.DRUG_MAINTAINER: frozenset({Role.REGION_OFFICIAL}),
    Post.TAG_MAINTAINER: frozenset({Role.REGION_OFFICIAL, Role.PREFECTURE_OFFICIAL}),
    Post.FOCUS_LIST_MAINTAINER: frozenset({Role.REGION_OFFICIAL, Role.PREFECTURE_OFFICIAL}),
    Post.PUBLIC_NOTICE_MAINTAINER: frozenset({Role.REGION_OFFICIAL, Role.PREFECTURE_OFFICIAL}),
}

OFFICIAL_ROLES = frozenset({Role.REGION_OFFICIAL, Role.PREFECTURE_OFFICIAL, Role.COUNTY_OFFICIAL})
# Roles whose clients are not public apps; only they may introspect the schema in production.
NON_PUBLIC_ROLES = OFFICIAL_ROLES | {Role.PARTNER}


def scopes_for(role: Role, posts: frozenset[Post] | set[Post] | tuple[Post, ...]) -> frozenset[Scope]:
    """Returns the scopes a role with these posts holds."""
    granted = set(ROLE_SCOPES[role])
    for post in posts:
        granted |= POST_SCOPES[post]
    return frozenset(granted)


def invalid_posts(role: Role, posts: frozenset[Post] | set[Post] | tuple[Post, ...]) -> list[Post]:
    """Returns the posts this role may not hold."""
    return [p for p in posts if role not in POST_ROLES[p]]
