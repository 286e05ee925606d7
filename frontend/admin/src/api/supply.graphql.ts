import { graphql } from '@/gql'

// Supply entities, stocking (配备), supply status, warning rules and warnings (SUP-02/04/05/07…17, DRUG-06).


export const StockingSummaryQuery = graphql(`
  query StockingSummary($groupBy: StockingGroupBy!, $filter: OrganisationFilter) {
    stockingSummary(groupBy: $groupBy, filter: $filter) {
      catalogVersionNo
      groups { key label organisations stockingOrganisations stockedCodes stockedVarieties catalogCodes catalogVarieties onHand }
    }
    total: stockingSummary(groupBy: TOTAL, filter: $filter) {
      groups { key label organisations stockingOrganisations stockedCodes stockedVarieties catalogCodes catalogVarieties onHand }
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
      id code name kind subtype subtypeName ownership hospitalLevel hospitalLevelName creditCode address contactName contactPhone
      divisionCode division { code name path }
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
        drug { id code genericName registeredName spec manufacturer { name } }
      }
    }
  }
`)

export const DrugSupplyStatusQuery = graphql(`
  query DrugSupplyStatus($code: String!, $windowDays: Int!) {
    drugSupplyStatus(code: $code, windowDays: $windowDays) {
      drug { id code genericName registeredName spec manufacturer { name } latestCatalog { versionNo reimbursementClass } }
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
      id name level metric targetSubtypes threshold windowDays description formula enabled editable
      ownerDivisionCode ownerDivision { name } createdAt updatedAt
    }
  }
`)


export const WarningRuleCreateMutation = graphql(`
  mutation WarningRuleCreate($input: WarningRuleCreateInput!) {
    warningRuleCreate(input: $input) {
      warningRule { id name level metric targetSubtypes threshold windowDays description formula enabled editable }
      userErrors { code message field }
    }
  }
`)

export const WarningRuleUpdateMutation = graphql(`
  mutation WarningRuleUpdate($input: WarningRuleUpdateInput!) {
    warningRuleUpdate(input: $input) {
      warningRule { id name level metric targetSubtypes threshold windowDays description formula enabled editable }
      userErrors { code message field }
    }
  }
`)

export const WarningRuleEnableMutation = graphql(`
  mutation WarningRuleEnable($input: WarningRuleIdInput!) {
    warningRuleEnable(input: $input) {
      warningRule { id enabled }
      userErrors { code message field }
    }
  }
`)

export const WarningRuleDisableMutation = graphql(`
  mutation WarningRuleDisable($input: WarningRuleIdInput!) {
    warningRuleDisable(input: $input) {
      warningRule { id enabled }
      userErrors { code message field }
    }
  }
`)

export const WarningRuleDeleteMutation = graphql(`
  mutation WarningRuleDelete($input: WarningRuleIdInput!) {
    warningRuleDelete(input: $input) {
      deletedId
      userErrors { code message field }
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
        id level state value threshold subtype divisionCode firstSeenAt lastSeenAt alertedAt closedAt availableActions
        rule { id name metric }
        organisation { id code name subtypeName }
        drug { id code genericName spec }
        division { code name }
      }
    }
  }
`)

export const WarningAlertMutation = graphql(`
  mutation WarningAlert($input: WarningAlertInput!) {
    warningAlert(input: $input) {
      warnings { id state alertedAt availableActions }
      userErrors { code message field }
    }
  }
`)

export const SupplyAlertsQuery = graphql(`
  query SupplyAlerts($first: Int!, $offset: Int) {
    supplyAlerts(first: $first, offset: $offset) {
      totalCount
      nodes {
        id level state value threshold alertedAt firstSeenAt
        rule { id name formula }
        drug { id code genericName spec }
        timeline { label at opinion actor { displayName } }
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
        id code name kind subtype subtypeName ownership hospitalLevel hospitalLevelName creditCode address contactName contactPhone
        divisionCode division { code name path }
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
        id code name kind subtype subtypeName ownership hospitalLevel hospitalLevelName creditCode address contactName contactPhone
        divisionCode division { code name path }
      }
      userErrors { code message field }
    }
  }
`)

export const StockReportMutation = graphql(`
  mutation StockReport($input: StockReportInput!) {
    stockReport(input: $input) {
      report { id batchKey rowCount movementCount createdAt replayed }
      userErrors { code message field row }
    }
  }
`)
