import {
  createCustomer,
  createStaffUser,
  createStockLocation,
  startTestSystem,
  type TestCustomer,
  type TestSystem,
} from '@portal/testkit';
import {
  call,
  DISPATCH,
  levelOf,
  SHIPMENT_FIELDS,
  type ShipmentData,
  type UserErrorData,
} from '@portal/testkit/toner';

let system: TestSystem;
/** The customer whose Administrator requests and receives; built here. */
let customer: TestCustomer;
let admin: string;
let agent: string;

beforeAll(async () => {
  // The demo database for its toner catalogue only.
  system = await startTestSystem();
  customer = await createCustomer(system);
  [admin, agent] = await Promise.all([
    customer.administrator.signIn(),
    createStaffUser(system, 'SERVICE_AGENT').then((user) => user.signIn()),
  ]);
});
afterAll(async () => {
  await system.stop();
});

interface ShipmentPayload {
  shipment: ShipmentData | null;
  userErrors: UserErrorData[];
}

const PAYLOAD = `shipment { ${SHIPMENT_FIELDS} } userErrors { code field message }`;
const REQUEST = `mutation ($input: RequestTonerInput!) { requestToner(input: $input) { ${PAYLOAD} } }`;
const APPROVE = `mutation ($id: ID!) { approveShipment(id: $id) { ${PAYLOAD} } }`;
const DECLINE = `mutation ($id: ID!, $reason: String!) { declineShipment(id: $id, reason: $reason) { ${PAYLOAD} } }`;
const DISPATCH_TRACKED = `mutation ($id: ID!, $input: DispatchShipmentInput) { dispatchShipment(id: $id, input: $input) { ${PAYLOAD} } }`;
const RECEIVE = `mutation ($id: ID!, $quantity: Int) { confirmShipmentDelivered(id: $id, quantityReceived: $quantity) { ${PAYLOAD} } }`;
const UNDO = `mutation ($id: ID!) { undoShipmentDelivery(id: $id) { ${PAYLOAD} } }`;
const TARGETS = `mutation ($id: ID!, $levels: [StockLevelTargetInput!]!) { setStockLevelTargets(stockLocationId: $id, levels: $levels) {
  stockLocation { levels { toner { sku } quantity minimumLevel targetLevel } } userErrors { code field message } } }`;

/** A location of the customer's keeping 3 black toners (minimum 2, target 8). */
const location = async (name: string) =>
  (
    await createStockLocation(system, customer.accounts[0]!, {
      name,
      levels: [{ sku: 'C-EXV58-BK', quantity: 3, minimumLevel: 2, targetLevel: 8 }],
      agentToken: agent,
    })
  ).id;

async function requested(locationId: string, quantity: number): Promise<ShipmentData> {
  const payload = await call<ShipmentPayload>(system, admin, REQUEST, {
    input: {
      stockLocationId: locationId,
      sku: 'c-exv58-bk',
      quantity,
      note: 'For the iR 2630 in the basement',
    },
  });
  expect(payload.userErrors).toEqual([]);
  return payload.shipment!;
}

describe('supply orders by hand: request -> approve -> dispatch -> (short) delivery', () => {
  it('sends what was requested once the service centre approves it', async () => {
    const id = await location('Supply order loop');
    const request = await requested(id, 6);
    expect(request).toMatchObject({
      status: 'REQUESTED',
      quantity: 6,
      outstanding: 6,
      toner: { sku: 'C-EXV58-BK' },
      reasonDetails: {
        code: 'MANUAL_REQUEST',
        note: 'For the iR 2630 in the basement',
        alertId: null,
      },
      history: [{ status: 'REQUESTED', byName: customer.administrator.name }],
    });
    // A request is not on its way until approved.
    expect(await levelOf(system, admin, id, 'C-EXV58-BK')).toMatchObject({
      quantity: 3,
      inShipment: 0,
    });

    // Customers never approve, nor dispatch what is not approved.
    const byCustomer = await system.graphql(APPROVE, { id: request.id }, { token: admin });
    expect(byCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await call<ShipmentPayload>(system, agent, DISPATCH, { id: request.id })).toMatchObject({
      shipment: null,
      userErrors: [{ code: 'INVALID_TRANSITION', field: ['id'] }],
    });

    const approved = await call<ShipmentPayload>(system, agent, APPROVE, { id: request.id });
    expect(approved.shipment).toMatchObject({ status: 'CREATED' });
    expect(await levelOf(system, admin, id, 'C-EXV58-BK')).toMatchObject({ inShipment: 6 });

    const untracked = await call<ShipmentPayload>(system, agent, DISPATCH_TRACKED, {
      id: request.id,
      input: { carrier: ' ', trackingNumber: 'x'.repeat(101) },
    });
    expect(untracked.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_INPUT', ['input', 'carrier']],
      ['INVALID_INPUT', ['input', 'trackingNumber']],
    ]);
    const dispatched = await call<ShipmentPayload>(system, agent, DISPATCH_TRACKED, {
      id: request.id,
      input: { carrier: ' PostNord ', trackingNumber: '00370123456789' },
    });
    expect(dispatched.shipment).toMatchObject({
      status: 'DISPATCHED',
      carrier: 'PostNord',
      trackingNumber: '00370123456789',
    });

    // A short delivery: 4 of 6 arrive; the shipment stays open with 2 outstanding.
    const tooMany = await call<ShipmentPayload>(system, admin, RECEIVE, {
      id: request.id,
      quantity: 7,
    });
    expect(tooMany).toEqual({
      shipment: null,
      userErrors: [
        {
          code: 'MORE_THAN_OUTSTANDING',
          field: ['quantityReceived'],
          message: 'Only 6 units are outstanding.',
        },
      ],
    });
    const short = await call<ShipmentPayload>(system, admin, RECEIVE, {
      id: request.id,
      quantity: 4,
    });
    expect(short.shipment).toMatchObject({
      status: 'DISPATCHED',
      quantityReceived: 4,
      outstanding: 2,
      deliveredAt: null,
      receipts: [{ quantity: 4, undoableUntil: expect.any(String), undoneAt: null }],
    });
    expect(await levelOf(system, admin, id, 'C-EXV58-BK')).toMatchObject({
      quantity: 7,
      inShipment: 2,
    });

    // The rest (no quantity: all that is outstanding) completes it.
    const rest = await call<ShipmentPayload>(system, admin, RECEIVE, { id: request.id });
    expect(rest.shipment).toMatchObject({
      status: 'DELIVERED',
      quantityReceived: 6,
      outstanding: 0,
    });
    expect(rest.shipment!.history.map((h) => h.status)).toEqual([
      'REQUESTED',
      'CREATED',
      'DISPATCHED',
      'DELIVERED',
    ]);
    expect(await levelOf(system, admin, id, 'C-EXV58-BK')).toMatchObject({
      quantity: 9,
      inShipment: 0,
    });
    const events = (await system
      .subgraph('toner')
      .dataSource.query(`SELECT type FROM toner.outbox WHERE aggregate_id = $1 ORDER BY position`, [
        Buffer.from(request.id, 'base64url').toString().split(':')[1],
      ])) as { type: string }[];
    expect(events.map((e) => e.type)).toEqual([
      'ShipmentRequested',
      'ShipmentCreated',
      'ShipmentDispatched',
      'ShipmentPartlyDelivered',
      'ShipmentDelivered',
    ]);
  });

  it('takes a mistyped delivery back within 5 minutes, never later', async () => {
    const id = await location('Undo delivery');
    const request = await requested(id, 5);
    await call<ShipmentPayload>(system, agent, APPROVE, { id: request.id });
    await call<ShipmentPayload>(system, agent, DISPATCH, { id: request.id });
    expect(await call<ShipmentPayload>(system, admin, UNDO, { id: request.id })).toMatchObject({
      userErrors: [{ code: 'NOTHING_TO_UNDO', field: ['id'] }],
    });
    await call<ShipmentPayload>(system, admin, RECEIVE, { id: request.id });
    expect(await levelOf(system, admin, id, 'C-EXV58-BK')).toMatchObject({ quantity: 8 });

    const undone = await call<ShipmentPayload>(system, admin, UNDO, { id: request.id });
    expect(undone.shipment).toMatchObject({
      status: 'DISPATCHED',
      quantityReceived: 0,
      outstanding: 5,
      deliveredAt: null,
      receipts: [{ quantity: 5, undoableUntil: null, undoneAt: expect.any(String) }],
    });
    expect(undone.shipment!.history.map((h) => h.status)).toEqual([
      'REQUESTED',
      'CREATED',
      'DISPATCHED',
    ]);
    expect(await levelOf(system, admin, id, 'C-EXV58-BK')).toMatchObject({
      quantity: 3,
      inShipment: 5,
    });

    // Received again (3 this time), then the receipt ages past the window: it stays.
    await call<ShipmentPayload>(system, admin, RECEIVE, { id: request.id, quantity: 3 });
    await system
      .subgraph('toner')
      .dataSource.query(
        `UPDATE toner.shipment_receipt SET at = at - interval '6 minutes' WHERE undone_at IS NULL AND shipment_id = $1`,
        [Buffer.from(request.id, 'base64url').toString().split(':')[1]],
      );
    expect(await call<ShipmentPayload>(system, admin, UNDO, { id: request.id })).toEqual({
      shipment: null,
      userErrors: [
        {
          code: 'UNDO_EXPIRED',
          field: ['id'],
          message: 'A delivery can be undone for 5 minutes only.',
        },
      ],
    });
    expect(await levelOf(system, admin, id, 'C-EXV58-BK')).toMatchObject({
      quantity: 6,
      inShipment: 2,
    });
  });

  it('declines with an explanation; a declined request is never sent', async () => {
    const id = await location('Declined supply order');
    const request = await requested(id, 2);
    expect(
      await call<ShipmentPayload>(system, agent, DECLINE, { id: request.id, reason: '  ' }),
    ).toMatchObject({ shipment: null, userErrors: [{ code: 'INVALID_INPUT', field: ['reason'] }] });
    const declined = await call<ShipmentPayload>(system, agent, DECLINE, {
      id: request.id,
      reason: 'Ordered through your dealer',
    });
    expect(declined.shipment).toMatchObject({ status: 'DECLINED', outstanding: 0 });
    expect(await call<ShipmentPayload>(system, agent, APPROVE, { id: request.id })).toMatchObject({
      userErrors: [{ code: 'INVALID_TRANSITION', message: 'The request was declined.' }],
    });
    const read = await call<{ declineReason: string; status: string }>(
      system,
      admin,
      `query ($id: ID!) { shipment(id: $id) { status declineReason } }`,
      { id: request.id },
    );
    expect(read).toEqual({ status: 'DECLINED', declineReason: 'Ordered through your dealer' });
  });

  it('refuses a bad request at its field and records nothing', async () => {
    const id = await location('Bad supply order');
    const bad = await call<ShipmentPayload>(system, admin, REQUEST, {
      input: { stockLocationId: id, sku: 'NO-SUCH', quantity: 0, note: 'x'.repeat(501) },
    });
    expect(bad.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['UNKNOWN_TONER', ['input', 'sku']],
      ['INVALID_INPUT', ['input', 'quantity']],
      ['INVALID_INPUT', ['input', 'note']],
    ]);
    const list = await call<{ totalCount: number }>(
      system,
      admin,
      `query ($id: ID!) { shipments(filter: { stockLocationId: $id }) { totalCount } }`,
      { id },
    );
    expect(list.totalCount).toBe(0);
  });
});

describe('minimum and target per toner, without a count', () => {
  it('changes the levels and keeps the quantity on hand', async () => {
    const id = await location('Targets');
    const set = await call<{ stockLocation: unknown; userErrors: UserErrorData[] }>(
      system,
      admin,
      TARGETS,
      {
        id,
        levels: [
          { sku: 'C-EXV58-BK', minimumLevel: 4, targetLevel: 10 },
          { sku: 'C-EXV58-C', minimumLevel: 1, targetLevel: 3 },
        ],
      },
    );
    expect(set).toEqual({
      stockLocation: {
        levels: [
          { toner: { sku: 'C-EXV58-BK' }, quantity: 3, minimumLevel: 4, targetLevel: 10 },
          { toner: { sku: 'C-EXV58-C' }, quantity: 0, minimumLevel: 1, targetLevel: 3 },
        ],
      },
      userErrors: [],
    });
    const bad = await call<{ stockLocation: unknown; userErrors: UserErrorData[] }>(
      system,
      admin,
      TARGETS,
      {
        id,
        levels: [
          { sku: 'C-EXV58-BK', minimumLevel: 5, targetLevel: 4 },
          { sku: 'C-EXV58-M', minimumLevel: -1, targetLevel: 3 },
        ],
      },
    );
    expect(bad).toEqual({
      stockLocation: null,
      userErrors: [
        {
          code: 'INVALID_INPUT',
          field: ['levels', '0', 'targetLevel'],
          message: 'The target level is at least the minimum level.',
        },
        {
          code: 'NEGATIVE_QUANTITY',
          field: ['levels', '1', 'minimumLevel'],
          message: 'The minimum level is a whole number of 0 or more.',
        },
      ],
    });
    expect(await levelOf(system, admin, id, 'C-EXV58-BK')).toMatchObject({
      minimumLevel: 4,
      targetLevel: 10,
    });
  });
});
