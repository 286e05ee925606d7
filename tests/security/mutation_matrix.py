"""Who may run each mutation: the declared matrix `test_mutation_matrix.py` compares with the schema and the API.

Every root mutation field has an entry (a mutation added without one fails the test); each entry lists the demo
accounts allowed to call it, or EVERYONE. Accounts are the demo data's (scripts/demo) plus ANONYMOUS (no token) and
INSURED (an insured person of the mini-program). Allowed means the field's permission check lets the caller through
(the service may still refuse a particular row: area, own organisation, separation of duties); everyone else must
get a top-level FORBIDDEN / UNAUTHENTICATED / PERSISTED_QUERY_REQUIRED before the resolver runs.
"""
from __future__ import annotations

ANONYMOUS = "(anonymous)"
INSURED = "(insured)"
EVERYONE = "*"

REGION_ADMINS = frozenset({"xj_admin", "nm_admin", "ha_admin"})  # 目录维护/定稿发布 + the maintainer posts
CATALOG_MAINTAINERS = REGION_ADMINS | {"xj_chief"}
CATALOG_REVIEWERS = frozenset({"xj_reviewer", "xj_chief", "nm_reviewer", "ha_reviewer"})
TAG_MAINTAINERS = REGION_ADMINS | {"wlmq_official", "kashi_official", "wlcb_official", "anyang_official"}
WARNING_STAFF = frozenset({"xj_admin", "wlmq_official"})  # 预警规则维护, 预警处置, 问询分配下发
PUBLIC_HANDLERS = frozenset({"xj_admin", "wlmq_official", "kashi_official", "tianshan_official"})
INSTITUTIONS = frozenset({"xj_hospital", "xj_pharmacy", "kashi_pharmacy"})
ENTERPRISES = frozenset({"xj_wholesaler", "xj_distributor"})
SUPPLY_ENTITIES = INSTITUTIONS | ENTERPRISES
EXCHANGE = ENTERPRISES | {"xj_zhaocai"}  # the services check the enterprise's subtype and the interface's area
OFFICIALS_READING = frozenset({"xj_admin", "xj_reviewer", "xj_viewer", "xj_chief", "wlmq_official", "wlmq_reviewer",
                               "kashi_official", "nm_admin", "nm_reviewer", "wlcb_official", "ha_admin",
                               "ha_reviewer", "anyang_official", "kaifeng_official"})  # region and prefecture
SIGNED_IN = "signed-in"  # every account with a token (staff, partners, insured persons)

MATRIX: dict[str, frozenset[str] | str] = {
    # identity
    "userLogin": EVERYONE,
    "sessionRefresh": SIGNED_IN,
    # catalogs (DRUG-01…05)
    "catalogImportStart": CATALOG_MAINTAINERS,
    "masterDataImportStart": CATALOG_MAINTAINERS,
    "traceProductImportStart": CATALOG_MAINTAINERS,
    "catalogImportRetry": CATALOG_MAINTAINERS,
    "catalogVersionCreate": CATALOG_MAINTAINERS,
    "catalogVersionReuse": CATALOG_MAINTAINERS,
    "catalogVersionUpdate": CATALOG_MAINTAINERS,
    "catalogVersionDelete": CATALOG_MAINTAINERS,
    "catalogVersionSubmit": CATALOG_MAINTAINERS,
    "catalogVersionWithdraw": CATALOG_MAINTAINERS,
    "catalogVersionApprove": CATALOG_REVIEWERS,
    "catalogVersionReject": CATALOG_REVIEWERS,
    "catalogVersionCancelFinalisation": REGION_ADMINS,
    "catalogVersionPublish": REGION_ADMINS,
    "catalogEntryAdd": CATALOG_MAINTAINERS,
    "catalogEntryUpdate": CATALOG_MAINTAINERS,
    "catalogEntryDelete": CATALOG_MAINTAINERS,
    # tags (DRUG-11…13): post 药品标签维护
    "tagCreate": TAG_MAINTAINERS,
    "tagUpdate": TAG_MAINTAINERS,
    "tagDelete": TAG_MAINTAINERS,
    "tagAssign": TAG_MAINTAINERS,
    "tagUnassign": TAG_MAINTAINERS,
    # master data: an export is a read; writes need 药品信息维护
    "drugExport": OFFICIALS_READING,
    "drugPackageInsertUpdate": REGION_ADMINS,
    "manufacturerUpdate": REGION_ADMINS,
    # supply entities and stock (SUP-02, 04)
    "organisationUpdate": ENTERPRISES,
    "stockReport": SUPPLY_ENTITIES,
    "stockReportTemplateExport": SUPPLY_ENTITIES,
    "stockReportUpload": SUPPLY_ENTITIES,
    # warnings and inquiries (SUP-14…24)
    "warningRuleCreate": WARNING_STAFF,
    "warningRuleUpdate": WARNING_STAFF,
    "warningRuleEnable": WARNING_STAFF,
    "warningRuleDisable": WARNING_STAFF,
    "warningRuleDelete": WARNING_STAFF,
    "warningAlert": WARNING_STAFF,
    "inquiryCreate": WARNING_STAFF,
    "inquiryAllocate": WARNING_STAFF,
    "inquiryDispatch": WARNING_STAFF,
    "inquiryFeedbackSubmit": SUPPLY_ENTITIES,
    "inquiryApprove": frozenset({"wlmq_reviewer"}),
    "inquiryReject": frozenset({"wlmq_reviewer"}),
    "inquiryArchive": frozenset({"wlmq_reviewer"}),
    "notificationsMarkRead": OFFICIALS_READING | SUPPLY_ENTITIES,
    # enterprise data exchange (DRUG-14…18, SUP-03, 06, 09)
    "wholesaleDrugTableExport": EXCHANGE,
    "wholesaleUploadTemplateExport": EXCHANGE,
    "wholesaleUploadStart": EXCHANGE,
    "wholesaleUploadResubmit": EXCHANGE,
    "wholesaleUploadExport": EXCHANGE,
    "wholesaleOfferReport": EXCHANGE,
    "deliveryReportTemplateExport": EXCHANGE,
    "deliveryReportUpload": EXCHANGE,
    "deliveryReport": EXCHANGE,
    "distributorSync": frozenset({"xj_zhaocai"}),
    # focus lists (SUP-42…45): post 重点监测清单维护
    "focusListAdd": REGION_ADMINS,
    "focusListRemove": REGION_ADMINS,
    # settlement feed (PUB-08): post 医保结算数据接口
    "settlementSalesLoad": frozenset({"xj_settlement"}),
    # public services (PUB-…): the mini-program's (persisted operations) and the bureaus'
    "insuredLogin": EVERYONE,
    "publicVisitRecord": EVERYONE,
    "traceCodeScan": frozenset({INSURED}),
    "institutionProblemReport": frozenset({INSURED}),
    "institutionRate": frozenset({INSURED}),
    "purchaseNeedRegister": frozenset({INSURED}),
    "publicFeedbackHandle": PUBLIC_HANDLERS,
    "purchaseNeedAnalyse": PUBLIC_HANDLERS,
    "purchaseNeedContactReveal": frozenset({"wlmq_official"}),
    "personalTextReveal": frozenset({"wlmq_official"}),
    "institutionPublicInfoUpdate": INSTITUTIONS,
    # PUB-26: what every insured person of the area sees; post 公众端公告维护
    "publicNoticeSet": REGION_ADMINS | {"wlmq_official", "kashi_official"},
}


def allowed(mutation: str, accounts: frozenset[str]) -> frozenset[str]:
    """The accounts (of `accounts`) the matrix lets call `mutation`."""
    entry = MATRIX[mutation]
    if entry == EVERYONE:
        return accounts
    if entry == SIGNED_IN:
        return accounts - {ANONYMOUS}
    assert isinstance(entry, frozenset)
    return entry & accounts
