// What the toner tests share: the e-Maintenance key, common queries.
import type { GraphQLResponse, TestSystem } from './system';

export interface UserErrorData {
  code: string;
  field: string[] | null;
  message: string;
}

export interface ShipmentData {
  id: string;
  quantity: number;
  status: string;
  reason: string;
  reasonDetails: Record<string, unknown>;
  quantityReceived: number;
  outstanding: number;
  carrier: string | null;
  trackingNumber: string | null;
  receipts: {
    quantity: number;
    by: string;
    undoableUntil: string | null;
    undoneAt: string | null;
  }[];
  toner: { sku: string; colour: string };
  stockLocation: { name: string };
  createdAt: string;
  dispatchedAt: string | null;
  deliveredAt: string | null;
  history: { status: string; by: string; byName: string | null }[];
}

export interface LevelData {
  toner: { sku: string; name: string; colour: string };
  quantity: number;
  minimumLevel: number;
  targetLevel: number;
  belowMinimum: boolean;
  inShipment: number;
}

export const SHIPMENT_FIELDS = `id quantity status reason toner { sku colour } stockLocation { name }
  reasonDetails { code serialNumber alertId colour levelPercent position minimumLevel targetLevel note }
  quantityReceived outstanding carrier trackingNumber receipts { quantity by undoableUntil undoneAt }
  createdAt dispatchedAt deliveredAt history { status by byName }`;
export const LEVEL_FIELDS = `toner { sku name colour } quantity minimumLevel targetLevel belowMinimum inShipment`;

export const REPORT = `mutation ($input: TonerLowAlertInput!) { reportTonerLow(input: $input) {
  consumed duplicate shipment { ${SHIPMENT_FIELDS} } userErrors { code field message } } }`;
export const DISPATCH = `mutation ($id: ID!) { dispatchShipment(id: $id) {
  shipment { ${SHIPMENT_FIELDS} } userErrors { code field message } } }`;
export const DELIVER = `mutation ($id: ID!) { confirmShipmentDelivered(id: $id) {
  shipment { ${SHIPMENT_FIELDS} } userErrors { code field message } } }`;
export const COUNT = `mutation ($id: ID!, $counts: [StockCountInput!]!) { recordStockCount(stockLocationId: $id, counts: $counts) {
  stockLocation { name levels { ${LEVEL_FIELDS} countedAt } } userErrors { code field message } } }`;
export const LEVELS = `query ($id: ID!) { stockLocation(id: $id) { name levels { ${LEVEL_FIELDS} } } }`;

export interface AlertPayload {
  consumed: boolean;
  duplicate: boolean;
  shipment: ShipmentData | null;
  userErrors: UserErrorData[];
}

/**
 * The e-Maintenance integration (or another, by `name`): an API key the Administrator signed in
 * as `token` creates with Administrator on the accounts given.
 */
export async function createIntegrationKey(
  system: TestSystem,
  token: string,
  accounts: readonly { id: string }[],
  name = 'e-Maintenance',
): Promise<string> {
  const result = await system.graphql<{ createApiKey: { secret: string | null } }>(
    `mutation ($name: String!, $grants: [RoleGrantInput!]!) { createApiKey(name: $name, grants: $grants) {
       secret userErrors { code } } }`,
    { name, grants: accounts.map((a) => ({ role: 'ADMINISTRATOR', accountId: a.id })) },
    { token },
  );
  const secret = result.data?.createApiKey.secret;
  if (!secret) throw new Error(`no API key: ${JSON.stringify(result)}`);
  return secret;
}

/** Runs an operation and returns its one root field, failing on GraphQL errors. */
export async function call<T>(
  system: TestSystem,
  token: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result: GraphQLResponse<Record<string, T>> = await system.graphql(query, variables, {
    token,
  });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return Object.values(result.data!)[0]!;
}

export function report(
  system: TestSystem,
  token: string,
  input: { alertId: string; deviceId: string; colour: string; levelPercent?: number },
): Promise<AlertPayload> {
  return call<AlertPayload>(system, token, REPORT, { input: { levelPercent: 4, ...input } });
}

export async function levelOf(
  system: TestSystem,
  token: string,
  location: string,
  sku: string,
): Promise<LevelData | undefined> {
  const data = await call<{ levels: LevelData[] } | null>(system, token, LEVELS, { id: location });
  return data?.levels.find((l) => l.toner.sku === sku);
}

/** Polls until `check` holds (event delivery between subgraphs); fails after `ms`. */
export async function until(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error('the projection did not catch up in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until toner's device projection satisfies `check`. */
export async function projected(
  system: TestSystem,
  globalDeviceId: string,
  check: (row: { status: string; stockLocationId: string | null } | null) => boolean,
): Promise<void> {
  const local = Buffer.from(globalDeviceId, 'base64url').toString('utf8').split(':')[1];
  await until(async () => {
    const rows = (await system
      .subgraph('toner')
      .dataSource.query(
        `SELECT status, snapshot->>'stockLocationId' AS "stockLocationId" FROM toner.device_projection WHERE device_id = $1`,
        [local],
      )) as { status: string; stockLocationId: string | null }[];
    return check(rows[0] ?? null);
  });
}
