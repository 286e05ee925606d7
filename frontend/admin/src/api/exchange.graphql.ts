import { graphql } from '@/gql'

export const WholesaleUploadTemplateExportMutation = graphql(`
  mutation WholesaleUploadTemplateExport {
    wholesaleUploadTemplateExport {
      file { ...DownloadFileFields }
      userErrors { ...ExchangeUserErrorFields }
    }
  }
`)

export const WholesaleDrugTableExportMutation = graphql(`
  mutation WholesaleDrugTableExport {
    wholesaleDrugTableExport {
      file { ...DownloadFileFields }
      userErrors { ...ExchangeUserErrorFields }
    }
  }
`)

export const WholesaleUploadFields = graphql(`
  fragment WholesaleUploadFields on WholesaleUpload {
    id
    fileName
    attempt
    state
    totalRows
    succeededRows
    failedRows
    importedRows
    failureCode
    failureMessage
    createdAt
    validatedAt
    organisation { id name }
  }
`)

export const WholesaleUploadStartMutation = graphql(`
  mutation WholesaleUploadStart($input: WholesaleUploadStartInput!) {
    wholesaleUploadStart(input: $input) {
      upload { ...WholesaleUploadFields }
      userErrors { ...ExchangeUserErrorFields row }
    }
  }
`)

export const WholesaleUploadResubmitMutation = graphql(`
  mutation WholesaleUploadResubmit($input: WholesaleUploadResubmitInput!) {
    wholesaleUploadResubmit(input: $input) {
      upload { ...WholesaleUploadFields }
      userErrors { ...ExchangeUserErrorFields row }
    }
  }
`)

export const WholesaleUploadExportMutation = graphql(`
  mutation WholesaleUploadExport($input: WholesaleUploadExportInput!) {
    wholesaleUploadExport(input: $input) {
      file { ...DownloadFileFields }
      userErrors { ...ExchangeUserErrorFields }
    }
  }
`)

export const WholesaleUploadsQuery = graphql(`
  query WholesaleUploads($first: Int!, $offset: Int!, $state: WholesaleUploadState) {
    wholesaleUploads(first: $first, offset: $offset, state: $state) {
      totalCount
      nodes { ...WholesaleUploadFields }
    }
  }
`)

export const WholesaleUploadQuery = graphql(`
  query WholesaleUpload($id: ID!) {
    wholesaleUpload(id: $id) { ...WholesaleUploadFields }
  }
`)

export const WholesaleUploadRowsQuery = graphql(`
  query WholesaleUploadRows($uploadId: ID!, $first: Int!, $offset: Int!, $status: WholesaleUploadRowStatus) {
    wholesaleUploadRows(uploadId: $uploadId, first: $first, offset: $offset, status: $status) {
      totalCount
      nodes { attempt rowNo drugCode status values problems { column code message } }
    }
  }
`)

export const WholesaleOffersQuery = graphql(`
  query WholesaleOffers($first: Int!, $offset: Int!, $filter: WholesaleOfferFilter) {
    wholesaleOffers(first: $first, offset: $offset, filter: $filter) {
      totalCount
      nodes {
        stockQty
        purchasePrice
        purchaseDate
        listingStatus
        listingId
        listingPrice
        asOf
        source
        updatedAt
        wholesaler { id name code divisionCode contactName contactPhone division { name } }
        drug { ...DrugSummary tradeName minPackUnit }
      }
    }
  }
`)

export const DistributorDeliveryStatsQuery = graphql(`
  query DistributorDeliveryStats($first: Int!, $offset: Int!, $filter: DeliveryOrderFilter) {
    distributorDeliveryStats(first: $first, offset: $offset, filter: $filter) {
      totalCount
      nodes {
        distributor { id name code divisionCode division { name } }
        orders
        lines
        deliveredLines
        inTransitLines
        cancelledLines
        orderedQty
        deliveredQty
        deliveryRate
        dueLines
        onTimeLines
        onTimeRate
        lastOrderDate
      }
    }
  }
`)

export const DeliveryOrdersQuery = graphql(`
  query DeliveryOrders($first: Int!, $offset: Int!, $filter: DeliveryOrderFilter) {
    deliveryOrders(first: $first, offset: $offset, filter: $filter) {
      totalCount
      nodes {
        id
        orderNo
        orderedQty
        deliveredQty
        orderDate
        dueDate
        deliveredDate
        status
        onTime
        updatedAt
        distributor { id name }
        institution { id name code }
        drug { ...DrugRef }
      }
    }
  }
`)

export const StockReportTemplateExportMutation = graphql(`
  mutation StockReportTemplateExport {
    stockReportTemplateExport {
      file { ...DownloadFileFields }
      userErrors { ...ExchangeUserErrorFields }
    }
  }
`)

export const StockReportUploadMutation = graphql(`
  mutation StockReportUpload($input: StockReportUploadInput!) {
    stockReportUpload(input: $input) {
      report { ...StockReportFields }
      userErrors { ...ExchangeUserErrorFields row line }
    }
  }
`)

export const DeliveryReportTemplateExportMutation = graphql(`
  mutation DeliveryReportTemplateExport {
    deliveryReportTemplateExport {
      file { ...DownloadFileFields }
      userErrors { ...ExchangeUserErrorFields }
    }
  }
`)

export const DeliveryReportUploadMutation = graphql(`
  mutation DeliveryReportUpload($input: StockReportUploadInput!) {
    deliveryReportUpload(input: $input) {
      batch { id batchKey rowCount replayed summary createdAt }
      userErrors { ...ExchangeUserErrorFields row line }
    }
  }
`)
