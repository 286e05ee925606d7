import { graphql } from '@/gql'

// 一药一档 sections read from supply data (DRUG-22…26): Drug.operationFile and Drug.supplyFile (supply:read).
// Each section is its own query, so a section's failure or a missing scope never hides the rest of the file.

export const DrugProductionQuery = graphql(`
  query DrugFileProduction($id: ID!, $first: Int!, $offset: Int) {
    drug(id: $id) {
      id
      operationFile {
        manufacturer { id code name creditCode province address contactName contactPhone }
        trade {
          wholesalers stockQty latestPurchasePrice latestPurchaseDate minPurchasePrice maxPurchasePrice
          listingStatus listingId listingCategory latestListingPrice listingAsOf
        }
        wholesalers(first: $first, offset: $offset) {
          totalCount
          nodes {
            stockQty purchasePrice purchaseDate listingStatus listingId listingCategory listingPrice asOf source
            wholesaler { id code name address division { name } }
          }
        }
      }
    }
  }
`)

export const DrugProcurementQuery = graphql(`
  query DrugFileProcurement($id: ID!, $statsFirst: Int!, $statsOffset: Int, $ordersFirst: Int!, $ordersOffset: Int) {
    drug(id: $id) {
      id
      operationFile {
        distribution(first: $statsFirst, offset: $statsOffset) {
          totalCount
          nodes {
            orders lines deliveredLines inTransitLines cancelledLines orderedQty deliveredQty deliveryRate dueLines onTimeLines
            onTimeRate lastOrderDate
            distributor { id code name division { name } }
          }
        }
        orders(first: $ordersFirst, offset: $ordersOffset) {
          totalCount
          nodes {
            id orderNo orderedQty deliveredQty orderDate dueDate deliveredDate status onTime
            distributor { id name }
            institution { id name division { name } }
          }
        }
      }
    }
  }
`)

export const DrugSalesQuery = graphql(`
  query DrugFileSales($id: ID!, $from: Date, $to: Date, $first: Int!, $offset: Int, $settledFirst: Int!, $settledOffset: Int) {
    drug(id: $id) {
      id
      supplyFile {
        sales(from: $from, to: $to) { start end days total { ...SupplyFiguresFields } byPrefecture { ...SupplyFiguresFields } }
        salesByInstitution(from: $from, to: $to, first: $first, offset: $offset) {
          totalCount
          nodes { ...OrganisationSupplyFields }
        }
        settledSales(from: $from, to: $to) {
          source sourceLabel start end
          total { ...SettledSalesFields }
          byPrefecture { ...SettledSalesFields }
        }
        settledSalesByInstitution(from: $from, to: $to, first: $settledFirst, offset: $settledOffset) {
          totalCount
          nodes { quantity amount fundAmount settlements lastSettledOn organisation { id code name subtypeName division { code name } } }
        }
        sameGenericSales(from: $from, to: $to) {
          sold saleRecords salesAmount isSelf settledQuantity settledAmount settlements
          drug { ...DrugSummary }
        }
      }
    }
  }
`)

export const SettledSalesFragment = graphql(`
  fragment SettledSalesFields on SettledSalesFigures {
    key label hospitalQuantity hospitalAmount hospitalFundAmount hospitalSettlements pharmacyQuantity pharmacyAmount
    pharmacyFundAmount pharmacySettlements quantity amount fundAmount settlements settlingInstitutions
  }
`)

export const DrugSupplySectionQuery = graphql(`
  query DrugFileSupply($id: ID!, $from: Date, $to: Date, $divisionCode: String, $first: Int!, $offset: Int) {
    drug(id: $id) {
      id
      supplyFile {
        supply(from: $from, to: $to) { start end days total { ...SupplyFiguresFields } byPrefecture { ...SupplyFiguresFields } }
        supplyByInstitution(from: $from, to: $to, divisionCode: $divisionCode, first: $first, offset: $offset) {
          totalCount
          nodes { ...OrganisationSupplyFields }
        }
      }
    }
  }
`)

export const DrugDisclosureQuery = graphql(`
  query DrugFileDisclosure($id: ID!) {
    drug(id: $id) {
      id
      supplyFile {
        disclosure {
          total { key label institutions hospitals pharmacies }
          byPrefecture { key label institutions hospitals pharmacies }
        }
      }
    }
  }
`)
