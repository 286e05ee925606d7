import { graphql } from '@/gql'

export const NotificationFragment = graphql(`
  fragment NotificationFields on Notification { id kind title body entityType entityId createdAt read }
`)

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
      notifications { ...NotificationFields }
    }
  }
`)

export const NotificationsQuery = graphql(`
  query Notifications($first: Int!, $offset: Int!, $unreadOnly: Boolean!) {
    notifications(first: $first, offset: $offset, unreadOnly: $unreadOnly) {
      totalCount
      nodes { ...NotificationFields }
    }
  }
`)

export const NotificationsMarkReadMutation = graphql(`
  mutation NotificationsMarkRead($input: NotificationsMarkReadInput!) {
    notificationsMarkRead(input: $input) {
      marked
      unread
      userErrors { ...InquiryUserErrorFields }
    }
  }
`)
