import { graphql } from '@/gql'

export const AuditLogQuery = graphql(`
  query AuditLog($first: Int!, $offset: Int, $filter: AuditFilter) {
    auditLog(first: $first, offset: $offset, filter: $filter) {
      totalCount
      nodes {
        id
        at
        actor { username displayName }
        actorRole
        action
        entityType
        entityId
        entityLabel
        divisionCode
        before
        after
        opinion
      }
    }
  }
`)
