// The benchmark's scenarios (issue #11): the documents a portal page sends, as the web client
// would send them. S1 and S2 also run against the peer gateways.

/** S1: an Administrator's fleet page, four subgraphs (devices, meter readings, service orders, toner). */
export const FLEET_PAGE = `query FleetPage($first: Int!) {
  devices(first: $first) {
    totalCount
    edges {
      node {
        id
        serialNumber
        status
        model { name colour }
        location { address building floor room }
        latestMeterReading { readingDate values { meter value } }
        openServiceOrderCount
        stockLocation { name levels { quantity minimumLevel belowMinimum toner { sku } } }
      }
    }
  }
}`;

/** S2: one device with 24 readings and its service orders with history. */
export const DEVICE_DETAIL = `query DeviceDetail($id: ID!) {
  device(id: $id) {
    id
    serialNumber
    model { name }
    location { address }
    meterReadings(first: 24) {
      totalCount
      edges { node { readingDate source values { meter value usageSincePrevious } } }
    }
    serviceOrders(first: 20) {
      totalCount
      edges {
        node {
          number type status submittedAt responseDueAt responseOverdue
          history { at by fromStatus toStatus comment }
        }
      }
    }
  }
}`;

/** S3: one reading. */
export const SUBMIT_ONE = `mutation SubmitReading($input: SubmitMeterReadingInput!) {
  submitMeterReading(input: $input) { meterReading { id } userErrors { code field } }
}`;

/** S4: month-end bulk intake. */
export const SUBMIT_MANY = `mutation SubmitReadings($inputs: [SubmitMeterReadingInput!]!) {
  submitMeterReadings(inputs: $inputs) { accepted rejected results { index userErrors { code field } } }
}`;

/** S5: the service centre's queue: overdue orders across all organisations, by response due time. */
export const STAFF_QUEUE = `query StaffQueue {
  serviceOrders(filter: { overdue: true }, first: 50) {
    totalCount
    edges { node { number status type responseDueAt responseOverdue device { serialNumber } } }
  }
}`;

export const body = (query, variables) => JSON.stringify({ query, variables });

/** Month-end inputs for a fleet seeded with one reading 30 days ago (value `base`). */
export function readingInput(deviceId, base, n, tag) {
  return {
    deviceId,
    values: [
      { meter: 'TOTAL', value: base + 300 + (n % 500) },
      { meter: 'BLACK', value: base + 300 + (n % 500) },
    ],
    idempotencyKey: `${tag}:${deviceId}`,
  };
}
