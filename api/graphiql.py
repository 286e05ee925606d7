"""GraphiQL served from this server (no CDN: bureau networks are often closed), with worked examples."""
from __future__ import annotations

import json
from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, Response

from domain.shared.config import ROOT

MODULES = ROOT / "frontend" / "graphiql" / "node_modules"
ASSETS = {
    "react.js": "react/umd/react.production.min.js",
    "react-dom.js": "react-dom/umd/react-dom.production.min.js",
    "graphiql.js": "graphiql/graphiql.min.js",
    "graphiql.css": "graphiql/graphiql.min.css",
    "explorer.js": "@graphiql/plugin-explorer/dist/index.umd.js",
    "explorer.css": "@graphiql/plugin-explorer/dist/style.css",
}

EXAMPLES = [
    ("# 1. 登录：复制返回的 token，粘贴到下方 Headers 中 Authorization 的 Bearer 之后\n"
     "# 演示账号见 README（密码均为 Demo@2026）\n"
     "mutation Login {\n  userLogin(input: {username: \"xj_admin\", password: \"Demo@2026\"}) {\n"
     "    token\n    expiresAt\n    viewer { displayName roleLabel postLabels areaPath scopes }\n"
     "    userErrors { code message }\n  }\n}\n"),
    ("# 2. 药品搜索：中文名称片段、拼音首字母（amxl）或代码前缀（XJ01CA）\n"
     "query SearchDrugs($q: String) {\n  drugs(first: 20, filter: {search: $q}, sort: NAME_ASC) {\n    totalCount\n"
     "    nodes {\n      id code genericName tradeName spec packaging\n      dosageForm { name }\n"
     "      manufacturer { name }\n      latestCatalog { versionNo reimbursementClass }\n"
     "      tags { tag { name } value inherited }\n    }\n    pageInfo { hasNextPage endCursor }\n  }\n}\n",
     {"q": "amxl"}),
    ("# 3. 一药一档：按代码读取药品档案\n"
     "query DrugArchive($code: String) {\n  drug(code: $code) {\n    code registeredName\n    archive {\n"
     "      sections { title available requirement }\n"
     "      basicInfo { code name packaging registeredForm minPackUnit minPrepUnit minPackQty spec }\n"
     "      catalog { versionNo nationalCode reimbursementClass }\n"
     "      packageInsert { dosage frequency method indications shelfLifeMonths synthetic }\n    }\n  }\n}\n",
     {"code": "XJ01CAA040C001010190048"}),
    ("# 4. 目录版本、可执行操作与审批时间线\n"
     "query Catalogs {\n  catalogVersions(first: 10) {\n    nodes {\n      id versionNo name state stateLabel entryCount\n"
     "      availableActions\n      timeline { label actor { displayName } at opinion }\n    }\n  }\n}\n"),
    ("# 5. 复用已发布版本生成新草稿，然后提交审核（需目录维护岗位）\n"
     "mutation Reuse($source: ID!) {\n  catalogVersionReuse(input: {sourceVersionId: $source, versionNo: \"2027-draft\", "
     "name: \"2027 调整草案\"}) {\n    catalogVersion { id versionNo state entryCount availableActions }\n"
     "    userErrors { code message field }\n  }\n}\n", {"source": "<从上一个查询复制版本 id>"}),
    ("# 6. 审计记录（需审计查询岗位）\n"
     "query Audit {\n  auditLog(first: 20) {\n    nodes { at actor { displayName } action entityType entityLabel before after opinion }\n  }\n}\n"),
    ("# 7. 配备统计与预警（供应）：按市州统计配备情况，按规则计数预警，列出红色预警\n"
     "query Supply {\n  stockingSummary(groupBy: PREFECTURE) {\n    catalogVersionNo\n"
     "    groups { label organisations stockingOrganisations stockedVarieties stockedCodes catalogCodes }\n  }\n"
     "  warningRules { name level formula enabled }\n"
     "  supplyWarningCounts(groupBy: RULE, filter: {states: [IDENTIFIED, ALERTED]}) { label count }\n"
     "  supplyWarnings(first: 10, filter: {levels: [RED], states: [IDENTIFIED]}) {\n    totalCount\n"
     "    nodes { id value state organisation { name code subtypeName } drug { code genericName } }\n  }\n}\n"),
    ("# 8. 库存报告（用 xj_pharmacy 登录）：任一行有错整批不导入；同一 batchKey 重发返回首次结果\n"
     "mutation StockReport {\n  stockReport(input: {batchKey: \"demo-1\", rows: [\n"
     "    {drugCode: \"XJ01CAA040C001010190048\", businessDate: \"2026-11-28\", receivedQty: \"10\", "
     "soldQty: \"4\", onHandQty: \"6\"}\n  ]}) {\n    report { batchKey rowCount movementCount replayed }\n"
     "    userErrors { row field code message }\n  }\n}\n"),
    ("# 9. 药品云首页与问询（用 wlmq_official 登录）：今日与累计预警/问题、待办、通知；本局待下发的问询任务及其时间线\n"
     "query Home {\n  supplyHome {\n    today { warnings problems }\n    total { warnings problems finishedProblems }\n"
     "    todos { action label count }\n    notifications { title body createdAt read }\n  }\n"
     "  inquiryTasks(first: 10, filter: {states: [PENDING_DISPATCH]}) {\n    totalCount\n"
     "    nodes {\n      id title stateLabel availableActions\n"
     "      timeline { label actor { displayName } at opinion }\n    }\n  }\n}\n"),
    ("# 10. 下发问询任务（用 wlmq_official 登录；ids 从上一个查询复制）：全部成功或全部不执行\n"
     "mutation Dispatch($ids: [ID!]!) {\n  inquiryDispatch(input: {ids: $ids, dueDate: \"2099-12-31\", "
     "opinion: \"请于期限内反馈\"}) {\n    tasks { id state stateLabel dueDate }\n"
     "    userErrors { code field message }\n  }\n}\n", {"ids": ["<问询任务 id>"]}),
    ("# 11. 供应专题分析（区、市州用户）：目录药品供应覆盖、近 30 天供应走势\n"
     "query Analyses {\n  supplyCoverage {\n    catalogVersionNo catalogCodes\n"
     "    total { coveredCodes enterpriseCodeRate institutionCodeRate }\n"
     "    byPrefecture { label institutionCodes institutionCodeRate }\n  }\n}\n"),
    ("# 12. 公众端找药（用合作方 nhsa_public 登录；匿名与参保人只能用小程序登记过的查询）：\n"
     "# 按名称或拼音首字母找药，离乌鲁木齐某点最近的在售机构（带近期采购/医保结算标识），以及药品配备情况接口（PUB-28）\n"
     "query PublicFinder($k: String, $code: String!) {\n  publicDrugs(keyword: $k, first: 5) {\n"
     "    nodes { code genericName tradeName spec manufacturer reimbursementClass }\n  }\n"
     "  publicDrugOutlets(code: $code, near: {lat: 43.80, lon: 87.60, datum: WGS84}, first: 5) {\n"
     "    purchaseWindowDays settlementWindowDays total\n"
     "    outlets { distanceMeters recentlyPurchased recentlySettled institution { name kind address "
     "location(datum: GCJ02) { lat lon } } }\n  }\n"
     "  publicDrugStocking(code: $code) { institutions pharmacies hospitals byDivision { divisionName pharmacies hospitals } }\n"
     "}\n", {"k": "amxl", "code": "XJ01CAA040C001010190048"}),
]


def available() -> bool:
    return all((MODULES / path).is_file() for path in ASSETS.values())


async def asset(request: Request) -> Response:
    name = request.path_params["name"]
    if name == "start.js" and available():
        return Response(START, media_type="application/javascript", headers={"Cache-Control": "no-cache"})
    if name not in ASSETS or not available():
        return Response(status_code=404)
    media = "text/css" if name.endswith(".css") else "application/javascript"
    return FileResponse(MODULES / ASSETS[name], media_type=media, headers={"Cache-Control": "max-age=86400"})


def page() -> str:
    tabs = []
    for example in EXAMPLES:
        query, variables = (example, None) if isinstance(example, str) else example
        tabs.append({"query": query, **({"variables": json.dumps(variables, ensure_ascii=False, indent=2)}
                                        if variables else {})})
    config = json.dumps({
        "defaultTabs": tabs,
        # HTTP headers must be ASCII: the placeholder is replaced by the token the Login tab returns.
        "defaultHeaders": json.dumps({"Authorization": "Bearer PASTE_TOKEN_FROM_LOGIN"}, indent=2),
    }, ensure_ascii=False).replace("</", "<\\/")
    return PAGE.replace("__CONFIG__", config)


PAGE = """<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>智联医保 GraphQL</title>
  <link rel="stylesheet" href="/graphiql-assets/graphiql.css">
  <link rel="stylesheet" href="/graphiql-assets/explorer.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">正在加载 GraphiQL…</div>
  <script src="/graphiql-assets/react.js"></script>
  <script src="/graphiql-assets/react-dom.js"></script>
  <script src="/graphiql-assets/graphiql.js"></script>
  <script src="/graphiql-assets/explorer.js"></script>
  <script type="application/json" id="graphiql-config">__CONFIG__</script>
  <script src="/graphiql-assets/start.js"></script>
</body>
</html>
"""


# The page's own script is a file, not inline: the Content-Security-Policy (api.headers) allows only same-origin
# script files. The examples travel in a JSON data block, which is never executed.
START = """(function () {
  const config = JSON.parse(document.getElementById('graphiql-config').textContent);
  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  const explorer = GraphiQLPluginExplorer.explorerPlugin();
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher, plugins: [explorer], defaultTabs: config.defaultTabs, defaultHeaders: config.defaultHeaders,
      shouldPersistHeaders: true, defaultEditorToolsVisibility: 'headers',
    }));
})();
"""


def assets_folder() -> Path:
    return MODULES
