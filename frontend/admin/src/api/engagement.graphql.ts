import { graphql } from '@/gql'

/** An institution's public-facing information (PUB-24), read and saved. */
export const InstitutionPublicInfoFragment = graphql(`
  fragment InstitutionPublicInfoFields on InstitutionPublicInfo {
    code name address publicPhone businessHours intro publicListed lat lon gcjLat gcjLon updatedAt
  }
`)

/** The public notice wording of a division, read and saved. */
export const PublicNoticeFragment = graphql(`
  fragment PublicNoticeFields on PublicNotice { divisionCode dataCalibre riskReminder updatedAt }
`)

export const PublicFeedbackRowFragment = graphql(`
  fragment PublicFeedbackRow on PublicFeedback {
    id
    problemType
    problemTypeLabel
    description
    state
    stateLabel
    handlingNote
    divisionCode
    institutionCode
    institutionName
    createdAt
    startedAt
    handledAt
    availableActions
    division { code name }
  }
`)

export const PublicFeedbackListQuery = graphql(`
  query PublicFeedbackList($first: Int!, $offset: Int!, $filter: PublicFeedbackFilter) {
    publicFeedback(first: $first, offset: $offset, filter: $filter) {
      totalCount
      nodes { ...PublicFeedbackRow }
    }
  }
`)

export const PublicFeedbackCountsQuery = graphql(`
  query PublicFeedbackCounts($groupBy: PublicFeedbackGroupBy!, $filter: PublicFeedbackFilter) {
    publicFeedbackCounts(groupBy: $groupBy, filter: $filter) { key label count }
  }
`)

export const PublicFeedbackItemQuery = graphql(`
  query PublicFeedbackItem($id: ID!) {
    publicFeedbackItem(id: $id) {
      ...PublicFeedbackRow
      drug { ...DrugRef }
      institution { id name code address subtypeName }
      timeline { ...WorkflowEventFields }
    }
  }
`)

export const PublicFeedbackHandleMutation = graphql(`
  mutation PublicFeedbackHandle($input: PublicFeedbackHandleInput!) {
    publicFeedbackHandle(input: $input) {
      feedback { ...PublicFeedbackRow }
      userErrors { ...EngagementUserErrorFields }
    }
  }
`)

export const PublicNoticeQuery = graphql(`
  query PublicNoticeSetting($divisionCode: String) {
    publicNotice(divisionCode: $divisionCode) { ...PublicNoticeFields configuredDivisionCode }
  }
`)

export const PublicNoticeSetMutation = graphql(`
  mutation PublicNoticeSet($input: PublicNoticeSetInput!) {
    publicNoticeSet(input: $input) {
      notice { ...PublicNoticeFields }
      userErrors { ...EngagementUserErrorFields }
    }
  }
`)

export const PublicUsageQuery = graphql(`
  query PublicUsage($from: Date, $to: Date, $divisionCode: String) {
    publicUsage(from: $from, to: $to, divisionCode: $divisionCode) {
      from to divisionCode
      totals { drugQueries drugSearches institutionSearches institutionViews visits scans }
      trend { date drugQueries drugSearches institutionSearches visits scans }
      topKeywords { keyword count }
      visitsByDivision { divisionCode name visits }
      topDrugs { count drug { ...DrugRef } }
    }
  }
`)

export const PurchaseNeedsQuery = graphql(`
  query PurchaseNeeds($first: Int!, $offset: Int!, $filter: PurchaseNeedFilter) {
    purchaseNeeds(first: $first, offset: $offset, filter: $filter) {
      totalCount
      nodes {
        id drugName spec manufacturer quantity divisionCode note contactPhone state stateLabel analysisNote
        analysedAt createdAt canAnalyse division { code name }
      }
    }
  }
`)

export const PurchaseNeedStatsQuery = graphql(`
  query PurchaseNeedStats($groupBy: PurchaseNeedGroupBy!) {
    purchaseNeedStats(groupBy: $groupBy) { key label registrations people quantity analysed }
  }
`)

export const PurchaseNeedContactRevealMutation = graphql(`
  mutation PurchaseNeedContactReveal($input: PurchaseNeedContactRevealInput!) {
    purchaseNeedContactReveal(input: $input) {
      contactPhone
      userErrors { ...EngagementUserErrorFields }
    }
  }
`)

export const PurchaseNeedAnalyseMutation = graphql(`
  mutation PurchaseNeedAnalyse($input: PurchaseNeedAnalyseInput!) {
    purchaseNeedAnalyse(input: $input) {
      need { id state stateLabel analysisNote canAnalyse }
      userErrors { ...EngagementUserErrorFields }
    }
  }
`)

export const InstitutionEvaluationsQuery = graphql(`
  query InstitutionEvaluations($first: Int!, $offset: Int!) {
    institutionEvaluations(first: $first, offset: $offset) {
      average count
      distribution { stars count }
      ratings { totalCount nodes { id stars comment businessDate createdAt institutionName } }
    }
  }
`)

export const MyInstitutionPublicInfoQuery = graphql(`
  query MyInstitutionPublicInfo {
    myInstitutionPublicInfo { ...InstitutionPublicInfoFields }
  }
`)

export const InstitutionPublicInfoUpdateMutation = graphql(`
  mutation InstitutionPublicInfoUpdate($input: InstitutionPublicInfoUpdateInput!) {
    institutionPublicInfoUpdate(input: $input) {
      info { ...InstitutionPublicInfoFields }
      userErrors { ...EngagementUserErrorFields }
    }
  }
`)

export const DrugPublicSectionsQuery = graphql(`
  query DrugPublicSections($id: ID!, $from: Date) {
    drug: node(id: $id) {
      ... on Drug {
        id
        publicDisclosure(from: $from) {
          publishingInstitutions { label institutions hospitals pharmacies }
          publishingByPrefecture { divisionCode label institutions hospitals pharmacies }
          queryCount
          queryTrend { date count }
        }
        traceScans(from: $from) { scanCount byResult { result label count } trend { date count } }
      }
    }
  }
`)

export const PersonalTextRevealMutation = graphql(`
  mutation PersonalTextReveal($input: PersonalTextRevealInput!) {
    personalTextReveal(input: $input) {
      text
      userErrors { ...EngagementUserErrorFields }
    }
  }
`)
