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

/** S6 (issue 23): the Analytics page of an Administrator, one document. */
export const ANALYTICS_CUSTOMER = `query AnalyticsCustomer($from: Date!, $weeksFrom: Date!, $to: Date!) {
  printVolume(from: $from, to: $to) {
    months { month total mono colour previousYearTotal reportingDevices }
    byModel: breakdown(by: MODEL) { key label devices total }
    byLocation: breakdown(by: LOCATION) { key label devices total }
    topDevices(first: 10) { serialNumber modelName total mono colour }
    idleDevices(first: 20) { serialNumber }
    devicesNotReporting(days: 45, first: 20) { serialNumber lastReadingDate }
  }
  serviceOrderAnalytics(from: $weeksFrom, to: $to) {
    weeks { start submitted due respondedOnTime respondedLate overdue compliance backlog }
  }
  replenishmentAnalytics(from: $from, to: $to) {
    months { month shipments unitsOrdered unitsDelivered }
    locations(first: 20) { stockLocation { name } unitsDelivered }
  }
}`;

/** S6 (issue 23): the service centre's analytics over every account, one document. */
export const ANALYTICS_CENTRE = `query AnalyticsCentre($from: Date!, $weeksFrom: Date!, $to: Date!) {
  serviceOrderAnalytics(from: $weeksFrom, to: $to) {
    weeks { start submitted due respondedOnTime respondedLate overdue compliance backlog }
    accounts(first: 20) { account { id } due respondedOnTime respondedLate overdue compliance }
  }
  meterReadingsMissing(from: $from, to: $to) { month owing missing }
  replenishmentAnalytics(from: $from, to: $to) {
    months { month shipments unitsOrdered unitsDelivered }
  }
}`;

/** The Analytics page's period: twelve months, and twelve weeks of response times. */
export function analyticsPeriod(now = new Date()) {
  const day = (date) => date.toISOString().slice(0, 10);
  return {
    from: day(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1))),
    weeksFrom: day(new Date(now.getTime() - 83 * 86_400_000)),
    to: day(now),
  };
}
