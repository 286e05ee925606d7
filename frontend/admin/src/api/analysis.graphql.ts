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
    stockingStatus { status label codes rate }
  }
`)

export const CatalogDrugStockingQuery = graphql(`
  query CatalogDrugStocking($first: Int!, $offset: Int, $uncoveredBy: CoverageSide, $divisionCode: String, $windowDays: Int! = 30,
                            $status: [CatalogStockingStatus!]) {
    catalogDrugStocking(first: $first, offset: $offset, uncoveredBy: $uncoveredBy, divisionCode: $divisionCode, windowDays: $windowDays,
                        status: $status) {
      totalCount
      nodes {
        drug { ...DrugSummary }
        status statusLabel
        stockReports { ...StockingEvidenceFields }
        deliveries { ...StockingEvidenceFields }
        settlements { ...StockingEvidenceFields }
        figures { stockingInstitutions stockingEnterprises institutionOnHand enterpriseOnHand averageDailySales daysOfStock openWarnings }
      }
    }
  }
  fragment StockingEvidenceFields on StockingEvidence {
    source sourceLabel evidenced start end institutions quantity lastDate prefectures { code name }
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

// SUP-44: the high-frequency list's supply stability; SUP-45: the rare-disease list's treatment needs.

export const HighFrequencyStabilityQuery = graphql(`
  query HighFrequencyStability($from: Date, $to: Date, $divisionCode: String, $first: Int!, $offset: Int) {
    highFrequencyStability(from: $from, to: $to, divisionCode: $divisionCode, first: $first, offset: $offset) {
      start end days rule
      members {
        totalCount
        nodes {
          member { ...FocusMemberFields }
          rating ratingLabel stockOutDays noDataDays zeroStockInstitutionDays reportingInstitutionDays zeroStockShare
          reportingInstitutions meanOnHand onHandVariance onHandStdDev onHandCv meanDailySupply supplyVariance
          supplyStdDev supplyCv
          series { day onHand supplied stockingInstitutions }
        }
      }
    }
  }
`)

export const RareDiseaseNeedsQuery = graphql(`
  query RareDiseaseNeeds($from: Date, $to: Date, $divisionCode: String, $first: Int!, $offset: Int) {
    rareDiseaseNeeds(from: $from, to: $to, divisionCode: $divisionCode, first: $first, offset: $offset) {
      start end days matching
      total { ...TreatmentNeedFields }
      byPrefecture { ...TreatmentNeedFields }
      members {
        totalCount
        nodes { member { ...FocusMemberFields } total { ...TreatmentNeedFields } }
      }
    }
  }
  fragment TreatmentNeedFields on TreatmentNeedFigures {
    key label needs needPersons needQuantity unmetNeeds unmetPlaces { code name } settlements settledQuantity
    settledAmount settlingInstitutions stockingInstitutions onHand
  }
`)
