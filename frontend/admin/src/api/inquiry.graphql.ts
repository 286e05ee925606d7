import { graphql } from '@/gql'

/** A supply entity as an inquiry task and the respondent picker name it. */
export const OrganisationRefFragment = graphql(`
  fragment OrganisationRef on Organisation { id name code divisionCode subtypeName }
`)

export const InquiryTaskRowFragment = graphql(`
  fragment InquiryTaskRow on InquiryTask {
    id
    state
    stateLabel
    title
    divisionCode
    handlingDivisionCode
    dueDate
    round
    overdue
    createdAt
    dispatchedAt
    fedBackAt
    availableActions
    division { code name path }
    drug { ...DrugRef }
    organisation { ...OrganisationRef }
    rule { id name level }
    warning { id level value threshold state }
  }
`)

export const InquiryTasksQuery = graphql(`
  query InquiryTasks($first: Int!, $offset: Int!, $filter: InquiryFilter) {
    inquiryTasks(first: $first, offset: $offset, filter: $filter) {
      totalCount
      nodes { ...InquiryTaskRow }
    }
  }
`)

export const InquiryTaskCountsQuery = graphql(`
  query InquiryTaskCounts($filter: InquiryFilter) {
    inquiryTaskCounts(filter: $filter) { state label count }
  }
`)

export const InquiryTaskQuery = graphql(`
  query InquiryTask($id: ID!) {
    inquiryTask(id: $id) {
      ...InquiryTaskRow
      feedback
      allocatedAt
      reviewedAt
      archivedAt
      handlingDivision { code name }
      drug { ...DrugSummary tradeName minPackUnit }
      organisation { ...OrganisationRef address contactName contactPhone }
      rule { id name level metric threshold windowDays description }
      warning { id level value threshold state firstSeenAt lastSeenAt alertedAt closedAt subtype }
      evidence { id round fileName mediaType size sha256 uploadedAt url }
      timeline { ...WorkflowEventFields }
    }
  }
`)

export const InquiryCreateMutation = graphql(`
  mutation InquiryCreate($input: InquiryCreateInput!) {
    inquiryCreate(input: $input) {
      tasks { id state stateLabel title }
      userErrors { ...InquiryUserErrorFields }
    }
  }
`)

export const InquiryAllocateMutation = graphql(`
  mutation InquiryAllocate($input: InquiryStepInput!) {
    inquiryAllocate(input: $input) {
      tasks { ...InquiryTaskRow }
      userErrors { ...InquiryUserErrorFields }
    }
  }
`)

export const InquiryDispatchMutation = graphql(`
  mutation InquiryDispatch($input: InquiryDispatchInput!) {
    inquiryDispatch(input: $input) {
      tasks { ...InquiryTaskRow }
      userErrors { ...InquiryUserErrorFields }
    }
  }
`)

export const InquiryApproveMutation = graphql(`
  mutation InquiryApprove($input: InquiryStepInput!) {
    inquiryApprove(input: $input) {
      tasks { ...InquiryTaskRow }
      userErrors { ...InquiryUserErrorFields }
    }
  }
`)

export const InquiryRejectMutation = graphql(`
  mutation InquiryReject($input: InquiryStepInput!) {
    inquiryReject(input: $input) {
      tasks { ...InquiryTaskRow }
      userErrors { ...InquiryUserErrorFields }
    }
  }
`)

export const InquiryArchiveMutation = graphql(`
  mutation InquiryArchive($input: InquiryStepInput!) {
    inquiryArchive(input: $input) {
      tasks { ...InquiryTaskRow }
      userErrors { ...InquiryUserErrorFields }
    }
  }
`)

export const InquiryFeedbackSubmitMutation = graphql(`
  mutation InquiryFeedbackSubmit($input: InquiryFeedbackSubmitInput!) {
    inquiryFeedbackSubmit(input: $input) {
      task { ...InquiryTaskRow feedback evidence { id round fileName size sha256 url } }
      userErrors { ...InquiryUserErrorFields }
    }
  }
`)

/** Open warnings that can be added to an inquiry (加入问询). */
export const InquirableWarningsQuery = graphql(`
  query InquirableWarnings($first: Int!, $offset: Int!, $filter: WarningFilter) {
    supplyWarnings(first: $first, offset: $offset, filter: $filter) {
      totalCount
      nodes {
        ...SupplyWarningFields
        organisation { id name }
        division { code name }
      }
    }
  }
`)

/** Respondents for a county-level warning: supply entities in that county. */
export const RespondentsQuery = graphql(`
  query Respondents($filter: OrganisationFilter) {
    organisations(first: 100, filter: $filter) {
      totalCount
      nodes { ...OrganisationRef }
    }
  }
`)
