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
    FOCUS_LISTS_WRITE = "focus_lists:write"


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
}

ROLE_SCOPES: dict[Role, frozenset[Scope]] = {
    # DRUG-05/08/11-13: region and prefecture ("two-level users") read catalogs and master data and manage tags.
    # SUP-05/07…16: stocking, supply status and warnings are for the two-level users (region, prefecture).
    # SUP-42…45: the region bureau maintains the focus lists (重点监测清单) that both levels analyse.
    Role.REGION_OFFICIAL: frozenset({Scope.DIVISIONS_READ, Scope.DRUGS_READ, Scope.DRUGS_WRITE,
                                     Scope.CATALOG_READ, Scope.TAGS_WRITE, Scope.ORGANISATIONS_READ,
                                     Scope.SUPPLY_READ, Scope.FOCUS_LISTS_WRITE}),
    Role.PREFECTURE_OFFICIAL: frozenset({Scope.DIVISIONS_READ, Scope.DRUGS_READ, Scope.CATALOG_READ,
                                         Scope.TAGS_WRITE, Scope.ORGANISATIONS_READ, Scope.SUPPLY_READ}),
    # The sources grant county bureaus no catalog or master-data function; they see their area's organisations.
    Role.COUNTY_OFFICIAL: frozenset({Scope.DIVISIONS_READ, Scope.ORGANISATIONS_READ}),
    # Institutions and enterprises see their own organisation and report their own stock (SUP-04);
    # enterprises maintain their own basic information (SUP-02).
    Role.INSTITUTION_STAFF: frozenset({Scope.ORGANISATIONS_READ, Scope.STOCK_REPORT}),
    Role.ENTERPRISE_STAFF: frozenset({Scope.ORGANISATIONS_READ, Scope.STOCK_REPORT, Scope.ORGANISATION_WRITE}),
    Role.INSURED_PERSON: frozenset(),
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
