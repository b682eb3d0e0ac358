import { metricsRegistry, toGlobalId } from '@portal/platform';
import {
  createCustomer,
  createDevice,
  createStaffUser,
  startTestSystem,
  type TestSystem,
} from '@portal/testkit';

let system: TestSystem;
let administrator: string;
let planner: string;
let own: { id: string; serialNumber: string };
let theirs: { id: string; serialNumber: string };
beforeAll(async () => {
  system = await startTestSystem();
  const [customer, other] = [await createCustomer(system), await createCustomer(system)];
  const agentToken = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
  own = await createDevice(system, customer.accounts[0]!, { agentToken });
  theirs = await createDevice(system, other.accounts[0]!, { agentToken });
  administrator = await customer.administrator.signIn();
  planner = await (await createStaffUser(system, 'SERVICE_PLANNER')).signIn();
}, 120_000);
afterAll(async () => {
  await system.stop();
});

async function subgraphFetches(): Promise<number> {
  const metric = await metricsRegistry.getSingleMetric('portal_subgraph_fetches_total')!.get();
  return metric.values.reduce((sum, v) => sum + v.value, 0);
}

/** A refusal made at the gateway: BAD_USER_INPUT naming the field, and no subgraph called. */
async function refusedAsInput(
  query: string,
  variables: Record<string, unknown>,
  token: string,
  field: string[],
) {
  const before = await subgraphFetches();
  const result = await system.graphql(query, variables, { token });
  expect(result.status).toBe(400);
  expect(result.data ?? null).toBeNull();
  expect(result.errors).toEqual([
    {
      message: expect.stringMatching(new RegExp(`^${field.join('\\.')}: `)),
      extensions: { code: 'BAD_USER_INPUT', field },
    },
  ]);
  expect(await subgraphFetches()).toBe(before);
}

const device = () => own.id;
const reading = (date: string) =>
  `mutation { submitMeterReading(input: { deviceId: "${device()}", readingDate: "${date}", values: [] }) { __typename } }`;

describe('malformed dates are the caller’s mistake, not an internal error', () => {
  it.each(['2026-13-01', '0000-00-00', '2026-02-30', '2026-01-01T10:00:00Z'])(
    'refuses the Date %s in a literal',
    async (date) => {
      await refusedAsInput(reading(date), {}, administrator, ['input', 'readingDate']);
    },
  );

  it('refuses a malformed Date in a variable, naming where it sits', async () => {
    await refusedAsInput(
      `mutation ($input: SubmitMeterReadingInput!) { submitMeterReading(input: $input) { __typename } }`,
      { input: { deviceId: device(), readingDate: '2026-13-01', values: [] } },
      administrator,
      ['input', 'readingDate'],
    );
  });

  it.each(['', '2026-13-01T10:00:00+01:00', '2026-11-27'])(
    'refuses the DateTime %j',
    async (visitAt) => {
      const order = toGlobalId('ServiceOrder', '00000000-0000-4000-8000-000000000000');
      await refusedAsInput(
        `mutation ($at: DateTime!) { scheduleServiceOrder(id: "${order}", visitAt: $at, technicianId: "x") { __typename } }`,
        { at: visitAt },
        planner,
        ['at'],
      );
    },
  );
});

describe('NUL characters in text', () => {
  it.each([
    ['devices(filter: { search: $text }) { totalCount }', ['text']],
    ['knowledgeArticles(query: $text) { totalCount }', ['text']],
    ['knowledgeSuggestions(description: $text) { slug }', ['text']],
  ])('refuses %s with a NUL in a variable', async (selection, field) => {
    await refusedAsInput(
      `query ($text: String!) { ${selection} }`,
      { text: 'a\u0000b' },
      administrator,
      field,
    );
  });

  it('refuses a NUL in a literal, naming the input field', async () => {
    await refusedAsInput(
      `{ devices(filter: { search: "toner\\u0000" }) { totalCount } }`,
      {},
      administrator,
      ['filter', 'search'],
    );
  });

  it('still searches ordinary text', async () => {
    const result = await system.graphql(
      `query ($serial: String!) { devices(filter: { search: $serial }) { totalCount } }`,
      { serial: own.serialNumber },
      { token: administrator },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ devices: { totalCount: 1 } });
  });
});

describe('nothing internal in the response outside errors', () => {
  it('answers node(id:) of another organisation’s device with null and no extensions', async () => {
    const response = await fetch(system.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${administrator}` },
      body: JSON.stringify({
        query: `{ node(id: "${theirs.id}") { id } }`,
      }),
    });
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ data: { node: null } });
    expect(text).not.toMatch(/portal|valueCompletion/i);
  });
});
