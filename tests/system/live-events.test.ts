import {
  createCustomer,
  createDevice,
  createStaffUser,
  createUser,
  startTestSystem,
  type TestSystem,
} from '@portal/testkit';
import { orderFor, serviceOrderApi } from '@portal/testkit/service-orders';

let system: TestSystem;
let api: ReturnType<typeof serviceOrderApi>;
/** Tokens: a customer's Device Manager, another organisation's Administrator, a planner. */
let dennis: string;
let bo: string;
let planner: string;
/** Dennis's assigned device and one of Bo's organisation (global ids). */
let dennisDevice: string;
let boDevice: string;
let eventsUrl: string;

beforeAll(async () => {
  // The demo world gives the device models; the customers, users and devices are built here.
  system = await startTestSystem();
  api = serviceOrderApi(system);
  const [nordisk, fjord] = [await createCustomer(system), await createCustomer(system)];
  const agent = await (await createStaffUser(system, 'SERVICE_AGENT')).signIn();
  dennisDevice = (await createDevice(system, nordisk.accounts[0]!, { agentToken: agent })).id;
  boDevice = (await createDevice(system, fjord.accounts[0]!, { agentToken: agent })).id;
  const dennisUser = await createUser(system, {
    organization: nordisk.organization.id,
    name: 'Dennis Device',
    grants: [['DEVICE_MANAGER', nordisk.accounts[0]!]],
    devices: [dennisDevice],
  });
  [dennis, bo, planner] = await Promise.all(
    [dennisUser, fjord.administrator, await createStaffUser(system, 'SERVICE_PLANNER')].map(
      (user) => user.signIn(),
    ),
  );
  eventsUrl = system.gateway.url.replace(/\/graphql$/, '/events');
}, 180_000);
afterAll(async () => {
  await system?.stop();
});

interface Change {
  type: string;
  id: string;
}

/** An open /events stream: the changes it was told of, as they arrive. */
async function listen(token: string) {
  const aborted = new AbortController();
  const response = await fetch(eventsUrl, {
    headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    signal: aborted.signal,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const changes: Change[] = [];
  const reading = (async () => {
    let buffer = '';
    const decoder = new TextDecoder();
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (/^event: change$/m.test(block) && data) changes.push(JSON.parse(data) as Change);
        }
      }
    } catch {
      // aborted
    }
  })();
  return {
    changes,
    async until(check: (changes: Change[]) => boolean): Promise<void> {
      const deadline = Date.now() + 10_000;
      while (!check(changes)) {
        if (Date.now() > deadline) throw new Error(`no such change: ${JSON.stringify(changes)}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async close() {
      aborted.abort();
      await reading;
    },
  };
}

it('refuses anonymous callers and bad tokens', async () => {
  expect((await fetch(eventsUrl)).status).toBe(401);
  const bad = await fetch(eventsUrl, { headers: { authorization: 'Bearer nonsense' } });
  expect(bad.status).toBe(401);
});

it('tells each caller of the changes it may read, and nothing of another organisation', async () => {
  const dennisStream = await listen(dennis);
  const boStream = await listen(bo);
  const plannerStream = await listen(planner);
  try {
    const nordisk = await api.ok(dennis, 'create', { input: orderFor(dennisDevice) });
    const fjord = await api.ok(bo, 'create', { input: orderFor(boDevice) });
    await api.ok(planner, 'acknowledge', { id: nordisk.id });
    await api.ok(planner, 'acknowledge', { id: fjord.id });
    // The service centre reads every organisation's orders: it hears of both.
    await plannerStream.until((c) => c.some((x) => x.id === fjord.id));
    expect(plannerStream.changes).toContainEqual({ type: 'ServiceOrder', id: nordisk.id });
    // Dennis hears of his order and of the notification it brought him; Bo only of his.
    await dennisStream.until((c) => c.some((x) => x.type === 'Notification'));
    await dennisStream.until((c) => c.some((x) => x.id === nordisk.id));
    await boStream.until((c) => c.some((x) => x.id === fjord.id));
    expect(dennisStream.changes.map((c) => c.id)).not.toContain(fjord.id);
    expect(boStream.changes.map((c) => c.id)).not.toContain(nordisk.id);
  } finally {
    await Promise.all([dennisStream, boStream, plannerStream].map((s) => s.close()));
  }
});
