import { graphql } from '@/gql'

export const DashboardQuery = graphql(`
  query Dashboard {
    catalogVersionCounts { state label count }
    catalogActivity(first: 10) {
      event { ...WorkflowEventFields }
      version { id versionNo name }
    }
    catalogVersions(first: 100) {
      nodes { id versionNo name state stateLabel publishedAt }
    }
  }
`)

export const CatalogEntryStatsQuery = graphql(`
  query CatalogEntryStats($versionId: ID!) {
    catalogEntryStats(versionId: $versionId) {
      total
      classA
      classB
      western
      tcm
      version { id versionNo name stateLabel }
      byGroup { type group groupName classA classB total }
    }
  }
`)
