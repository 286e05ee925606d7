import { graphql } from '@/gql'

/** A stock report as its result shows it (库存报告, 进销存上传). */
export const StockReportFragment = graphql(`
  fragment StockReportFields on StockReport { id batchKey rowCount movementCount createdAt replayed }
`)

// Supply entities, stocking (配备), supply status, warning rules and warnings (SUP-02/04/05/07…17, DRUG-06).

/** A supply entity's basic information (本单位信息, the drill-down page, the edit form's result). */
export const OrganisationFragment = graphql(`
  fragment OrganisationFields on Organisation {
    id code name kind subtype subtypeName ownership hospitalLevel hospitalLevelName creditCode address contactName contactPhone
    divisionCode division { code name path }
  }
`)

export const WarningRuleFragment = graphql(`
  fragment WarningRuleFields on WarningRule {
    id name level metric targetSubtypes threshold windowDays description formula enabled editable
  }
`)

/** A warning as every list of warnings shows it (预警数据, 告警通知, 加入问询). */
export const SupplyWarningFragment = graphql(`
  fragment SupplyWarningFields on SupplyWarning {
    id level state value threshold divisionCode firstSeenAt alertedAt availableActions
    rule { id name }
    drug { ...DrugRef }
  }
`)

export const StockingGroupFragment = graphql(`
  fragment StockingGroupFields on StockingGroup {
    key label organisations stockingOrganisations stockedCodes stockedVarieties catalogCodes catalogVarieties onHand
  }
`)

export const StockingSummaryQuery = graphql(`
  query StockingSummary($groupBy: StockingGroupBy!, $filter: OrganisationFilter) {
    stockingSummary(groupBy: $groupBy, filter: $filter) {
      catalogVersionNo
      groups { ...StockingGroupFields }
    }
    total: stockingSummary(groupBy: TOTAL, filter: $filter) {
      groups { ...StockingGroupFields }
    }
  }
`)

export const StockingOrganisationsQuery = graphql(`
  query StockingOrganisations($first: Int!, $offset: Int, $filter: OrganisationFilter) {
    stockingOrganisations(first: $first, offset: $offset, filter: $filter) {
      totalCount
      nodes {
        stockedCodes stockedVarieties catalogCodes catalogVarieties asOf
        organisation { id code name subtype subtypeName ownership hospitalLevelName division { code name } }
      }
    }
  }
`)

export const DivisionOptionsQuery = graphql(`
  query SupplyDivisionOptions {
    me { division { code name level children { code name level children { code name level } } } }
  }
`)

export const OrganisationQuery = graphql(`
  query SupplyOrganisation($id: ID!) {
    organisation(id: $id) {
      ...OrganisationFields
    }
  }
`)

export const StockedVarietiesQuery = graphql(`
  query StockedVarieties($organisationId: ID!, $first: Int!, $offset: Int, $catalogOnly: Boolean!) {
    stockedVarieties(organisationId: $organisationId, first: $first, offset: $offset, catalogOnly: $catalogOnly) {
      totalCount
      nodes { codes onHand variety { id genericName initials codePrefix } }
    }
  }
`)

export const StockedDrugsQuery = graphql(`
  query StockedDrugs($organisationId: ID!, $first: Int!, $offset: Int, $catalogOnly: Boolean!) {
    stockedDrugs(organisationId: $organisationId, first: $first, offset: $offset, catalogOnly: $catalogOnly) {
      totalCount
      nodes {
        onHand inTransit asOf inCatalog
        drug { ...DrugSummary }
      }
    }
  }
`)

export const DrugSupplyStatusQuery = graphql(`
  query DrugSupplyStatus($code: String!, $windowDays: Int!) {
    drugSupplyStatus(code: $code, windowDays: $windowDays) {
      drug { ...DrugSummary latestCatalog { versionNo reimbursementClass } }
      stockingInstitutions reportingInstitutions stockingEnterprises
      institutionOnHand enterpriseOnHand inTransit
      windowDays averageDailySales daysOfStock asOf
    }
    openWarnings: supplyWarningCounts(groupBy: LEVEL, filter: { drugCode: $code, states: [IDENTIFIED, ALERTED, IN_INQUIRY] }) { key label count }
  }
`)

export const WarningRulesQuery = graphql(`
  query WarningRules($enabled: Boolean) {
    warningRules(enabled: $enabled) {
      ...WarningRuleFields
      ownerDivisionCode ownerDivision { name } createdAt updatedAt
    }
  }
`)

export const WarningRuleCreateMutation = graphql(`
  mutation WarningRuleCreate($input: WarningRuleCreateInput!) {
    warningRuleCreate(input: $input) {
      warningRule { ...WarningRuleFields }
      userErrors { ...SupplyUserErrorFields }
    }
  }
`)

export const WarningRuleUpdateMutation = graphql(`
  mutation WarningRuleUpdate($input: WarningRuleUpdateInput!) {
    warningRuleUpdate(input: $input) {
      warningRule { ...WarningRuleFields }
      userErrors { ...SupplyUserErrorFields }
    }
  }
`)

export const WarningRuleEnableMutation = graphql(`
  mutation WarningRuleEnable($input: WarningRuleIdInput!) {
    warningRuleEnable(input: $input) {
      warningRule { id enabled }
      userErrors { ...SupplyUserErrorFields }
    }
  }
`)

export const WarningRuleDisableMutation = graphql(`
  mutation WarningRuleDisable($input: WarningRuleIdInput!) {
    warningRuleDisable(input: $input) {
      warningRule { id enabled }
      userErrors { ...SupplyUserErrorFields }
    }
  }
`)

export const WarningRuleDeleteMutation = graphql(`
  mutation WarningRuleDelete($input: WarningRuleIdInput!) {
    warningRuleDelete(input: $input) {
      deletedId
      userErrors { ...SupplyUserErrorFields }
    }
  }
`)

export const SupplyWarningCountsQuery = graphql(`
  query SupplyWarningCounts($groupBy: WarningGroupBy!, $filter: WarningFilter) {
    supplyWarningCounts(groupBy: $groupBy, filter: $filter) { key label count }
  }
`)

export const SupplyWarningsQuery = graphql(`
  query SupplyWarnings($first: Int!, $offset: Int, $filter: WarningFilter) {
    supplyWarnings(first: $first, offset: $offset, filter: $filter) {
      totalCount
      nodes {
        ...SupplyWarningFields
        subtype lastSeenAt closedAt
        rule { metric }
        organisation { id code name subtypeName }
        division { code name }
      }
    }
  }
`)

/** One warning by its global ID, with its timeline: the subject of a notification, shown to officials (supply:read). */
export const SupplyWarningNodeQuery = graphql(`
  query SupplyWarningNode($id: ID!) {
    node(id: $id) {
      __typename
      ... on SupplyWarning {
        ...SupplyWarningFields
        lastSeenAt closedAt
        rule { metric formula }
        organisation { id code name subtypeName }
        division { code name }
        timeline { ...WorkflowEventFields }
      }
    }
  }
`)

export const WarningAlertMutation = graphql(`
  mutation WarningAlert($input: WarningAlertInput!) {
    warningAlert(input: $input) {
      warnings { id state alertedAt availableActions }
      userErrors { ...SupplyUserErrorFields }
    }
  }
`)

export const SupplyAlertsQuery = graphql(`
  query SupplyAlerts($first: Int!, $offset: Int, $id: ID) {
    supplyAlerts(first: $first, offset: $offset, id: $id) {
      totalCount
      nodes {
        ...SupplyWarningFields
        rule { formula }
        timeline { ...WorkflowEventFields }
      }
    }
  }
`)

export const WarningLevelCountsQuery = graphql(`
  query WarningLevelCounts {
    open: supplyWarningCounts(groupBy: LEVEL, filter: { states: [IDENTIFIED, ALERTED, IN_INQUIRY] }) { key label count }
    byState: supplyWarningCounts(groupBy: STATE) { key label count }
  }
`)

export const MyOrganisationQuery = graphql(`
  query MyOrganisation {
    me {
      organisation {
        ...OrganisationFields
      }
    }
  }
`)

export const CreditCodeCheckQuery = graphql(`
  query CreditCodeCheck($code: String!) {
    creditCodeCheck(code: $code) { code valid divisionCode problems { code message } division { name path } }
  }
`)

export const OrganisationUpdateMutation = graphql(`
  mutation OrganisationUpdate($input: OrganisationUpdateInput!) {
    organisationUpdate(input: $input) {
      organisation {
        ...OrganisationFields
      }
      userErrors { ...SupplyUserErrorFields }
    }
  }
`)

export const StockReportMutation = graphql(`
  mutation StockReport($input: StockReportInput!) {
    stockReport(input: $input) {
      report { ...StockReportFields }
      userErrors { ...StockReportUserErrorFields row }
    }
  }
`)
