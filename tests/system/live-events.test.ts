import { startTestSystem, type TestSystem } from '@portal/testkit';
import { orderInput, serviceOrderApi } from '@portal/testkit/service-orders';

let system: TestSystem;
let api: ReturnType<typeof serviceOrderApi>;
let dennis: string;
let bo: string;
let planner: string;
let eventsUrl: string;

beforeAll(async () => {
  system = await startTestSystem();
  api = serviceOrderApi(system);
  [dennis, bo, planner] = await Promise.all(
    [
      'dennis.device@nordiskprint.example',
      'bo.admin@fjordlogistik.example',
      'planner@service.example',
    ].map((email) => system.signIn(email)),
  );
  eventsUrl = system.gateway.url.replace(/\/graphql$/, '/events');
});
afterAll(async () => {
  await system.stop();
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
    const nordisk = await api.ok(dennis, 'create', { input: orderInput('NP1000001') });
    const fjord = await api.ok(bo, 'create', { input: orderInput('FL3000001') });
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
