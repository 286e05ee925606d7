import { graphql } from '@/gql'

export const SupplyHomeQuery = graphql(`
  query SupplyHome {
    supplyHome {
      today { warnings problems closedWarnings finishedProblems }
      total { warnings problems closedWarnings finishedProblems }
      warningsByState { key label count }
      warningsByLevel { key label count }
      inquiriesByState { state label count }
      todos { action label state count }
      unreadNotifications
      notifications { id kind title body entityType entityId createdAt read }
    }
  }
`)

export const NotificationsQuery = graphql(`
  query Notifications($first: Int!, $offset: Int!, $unreadOnly: Boolean!) {
    notifications(first: $first, offset: $offset, unreadOnly: $unreadOnly) {
      totalCount
      nodes { id kind title body entityType entityId createdAt read }
    }
  }
`)

export const NotificationsMarkReadMutation = graphql(`
  mutation NotificationsMarkRead($input: NotificationsMarkReadInput!) {
    notificationsMarkRead(input: $input) {
      marked
      unread
      userErrors { code message field }
    }
  }
`)
