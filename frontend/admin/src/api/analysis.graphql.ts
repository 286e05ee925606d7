import { graphql } from '@/gql'

/** A variety as the analysis pages name it. */
export const VarietyRefFragment = graphql(`
  fragment VarietyRef on Variety { id genericName codePrefix drugCount }
`)

// 药品供应专题分析 (SUP-39…45, DRUG-06): coverage, trend, per-drug analysis and ranking, focus lists.

export const SupplyCoverageQuery = graphql(`
  query SupplyCoverage($divisionCode: String) {
    supplyCoverage(divisionCode: $divisionCode) {
      catalogVersionNo catalogCodes catalogVarieties
      total { ...CoverageFiguresFields }
      byPrefecture { ...CoverageFiguresFields }
    }
  }
  fragment CoverageFiguresFields on CoverageFigures {
    key label enterpriseCodes enterpriseVarieties institutionCodes institutionVarieties coveredCodes coveredVarieties
    enterpriseCodeRate enterpriseVarietyRate institutionCodeRate institutionVarietyRate
  }
`)

export const CatalogDrugStockingQuery = graphql(`
  query CatalogDrugStocking($first: Int!, $offset: Int, $uncoveredBy: CoverageSide, $divisionCode: String, $windowDays: Int! = 30) {
    catalogDrugStocking(first: $first, offset: $offset, uncoveredBy: $uncoveredBy, divisionCode: $divisionCode, windowDays: $windowDays) {
      totalCount
      nodes {
        drug { ...DrugSummary }
        figures { stockingInstitutions stockingEnterprises institutionOnHand enterpriseOnHand averageDailySales daysOfStock openWarnings }
      }
    }
  }
`)

export const SupplyTrendQuery = graphql(`
  query SupplyTrend($from: Date, $to: Date, $granularity: TrendGranularity!, $divisionCode: String) {
    supplyTrend(from: $from, to: $to, granularity: $granularity, divisionCode: $divisionCode) {
      start end granularity
      points { start suppliedCodes suppliedVarieties institutionReceived enterpriseSupplied institutionSold }
    }
  }
`)

export const SupplyFiguresFragment = graphql(`
  fragment SupplyFiguresFields on SupplyFigures {
    key label hospitalReceived hospitalSold hospitalSaleRecords pharmacyReceived pharmacySold pharmacySaleRecords
    hospitalSalesAmount pharmacySalesAmount institutionReceived institutionSold enterpriseReceived enterpriseSupplied
    stockingInstitutions stockingHospitals stockingPharmacies stockingEnterprises institutionOnHand enterpriseOnHand
    inTransit averageDailySales daysOfStock openWarnings asOf
  }
`)

export const DrugSupplyAnalysisQuery = graphql(`
  query DrugSupplyAnalysis($code: String, $varietyId: ID, $from: Date, $to: Date, $divisionCode: String,
                           $supFirst: Int!, $supOffset: Int, $instFirst: Int!, $instOffset: Int) {
    drugSupplyAnalysis(code: $code, varietyId: $varietyId, from: $from, to: $to, divisionCode: $divisionCode) {
      drug { ...DrugSummary }
      variety { ...VarietyRef }
      breakdown { start end days total { ...SupplyFiguresFields } byPrefecture { ...SupplyFiguresFields } }
      suppliers(first: $supFirst, offset: $supOffset) {
        totalCount
        nodes { ...OrganisationSupplyFields }
      }
      institutions(first: $instFirst, offset: $instOffset) {
        totalCount
        nodes { ...OrganisationSupplyFields }
      }
    }
  }
  fragment OrganisationSupplyFields on OrganisationSupply {
    received sold saleRecords salesAmount onHand asOf
    organisation { id code name subtypeName division { code name } }
  }
`)

export const DrugSupplyRankingQuery = graphql(`
  query DrugSupplyRanking($by: SupplyRankBy!, $from: Date, $to: Date, $divisionCode: String, $first: Int!, $offset: Int) {
    drugSupplyRanking(by: $by, from: $from, to: $to, divisionCode: $divisionCode, first: $first, offset: $offset) {
      totalCount
      nodes { value drug { ...DrugSummary } }
    }
  }
`)

export const DrugPickQuery = graphql(`
  query AnalysisDrugPick($search: String!) {
    drugs(first: 20, filter: { search: $search }) {
      nodes { ...DrugSummary variety { id genericName drugCount } }
    }
  }
`)

export const FocusListAnalysisQuery = graphql(`
  query FocusListAnalysis($kind: FocusListKind!, $from: Date, $to: Date, $divisionCode: String, $first: Int!, $offset: Int) {
    focusListAnalysis(kind: $kind, from: $from, to: $to, divisionCode: $divisionCode, first: $first, offset: $offset) {
      kind label start end
      reach { key label institutions stockingInstitutions }
      members {
        totalCount
        nodes {
          member { ...FocusMemberFields }
          total { ...SupplyFiguresFields }
          byPrefecture { key label stockingInstitutions institutionOnHand daysOfStock openWarnings }
        }
      }
    }
  }
  fragment FocusMemberFields on FocusListMember {
    id kind ownerDivisionCode note addedAt
    drug { ...DrugSummary }
    variety { ...VarietyRef }
  }
`)

export const FocusListMembersQuery = graphql(`
  query FocusListMembers($kind: FocusListKind!, $first: Int!, $offset: Int) {
    focusListMembers(kind: $kind, first: $first, offset: $offset) {
      totalCount
      nodes { ...FocusMemberFields }
    }
  }
`)

export const HighFrequencySuggestionsQuery = graphql(`
  query HighFrequencySuggestions($from: Date, $to: Date, $first: Int!) {
    highFrequencySuggestions(from: $from, to: $to, first: $first) {
      saleRecords sold listed
      drug { ...DrugSummary }
    }
  }
`)

export const FocusListAddMutation = graphql(`
  mutation FocusListAdd($input: FocusListChangeInput!) {
    focusListAdd(input: $input) {
      changed { id }
      unchanged
      userErrors { ...SupplyUserErrorFields }
    }
  }
`)

export const FocusListRemoveMutation = graphql(`
  mutation FocusListRemove($input: FocusListChangeInput!) {
    focusListRemove(input: $input) {
      changed { id }
      unchanged
      userErrors { ...SupplyUserErrorFields }
    }
  }
`)
