import { graphql } from '../../__generated__';

graphql(`
  fragment ShipmentView on Shipment {
    id
    status
    quantity
    quantityReceived
    outstanding
    createdAt
    dispatchedAt
    deliveredAt
    carrier
    trackingNumber
    declineReason
    toner {
      sku
      name
    }
    reasonDetails {
      code
      serialNumber
      alertId
      colour
      levelPercent
      position
      minimumLevel
      targetLevel
      note
    }
    receipts {
      quantity
      at
      undoableUntil
      undoneAt
    }
    history {
      status
      byName
    }
  }
`);

graphql(`
  fragment StockLocationView on StockLocation {
    id
    name
    address
    shippingInstructions
    contactName
    account {
      id
      name
      customerAccountNumber
    }
    viewerCan {
      update
      countStock
      confirmDelivery
    }
    levels {
      quantity
      minimumLevel
      targetLevel
      inShipment
      belowMinimum
      countedAt
      toner {
        sku
        name
        colour
      }
    }
    devices {
      id
      serialNumber
    }
    shipments(first: 20) {
      totalCount
      edges {
        node {
          ...ShipmentView
        }
      }
    }
  }
`);

export const StockDocument = graphql(`
  query StockLocations {
    stockLocations {
      ...StockLocationView
    }
  }
`);

export const CountDocument = graphql(`
  mutation RecordStockCount($stockLocationId: ID!, $counts: [StockCountInput!]!) {
    recordStockCount(stockLocationId: $stockLocationId, counts: $counts) {
      stockLocation {
        ...StockLocationView
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateLocationDocument = graphql(`
  mutation UpdateStockLocation($id: ID!, $input: UpdateStockLocationInput!) {
    updateStockLocation(id: $id, input: $input) {
      stockLocation {
        ...StockLocationView
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetTargetsDocument = graphql(`
  mutation SetStockLevelTargets($stockLocationId: ID!, $levels: [StockLevelTargetInput!]!) {
    setStockLevelTargets(stockLocationId: $stockLocationId, levels: $levels) {
      stockLocation {
        ...StockLocationView
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RequestTonerDocument = graphql(`
  mutation RequestToner($input: RequestTonerInput!) {
    requestToner(input: $input) {
      shipment {
        ...ShipmentView
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DeliveredDocument = graphql(`
  mutation ConfirmShipmentDelivered($id: ID!, $quantityReceived: Int) {
    confirmShipmentDelivered(id: $id, quantityReceived: $quantityReceived) {
      shipment {
        ...ShipmentView
        stockLocation {
          ...StockLocationView
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UndoDeliveryDocument = graphql(`
  mutation UndoShipmentDelivery($id: ID!) {
    undoShipmentDelivery(id: $id) {
      shipment {
        ...ShipmentView
        stockLocation {
          ...StockLocationView
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
