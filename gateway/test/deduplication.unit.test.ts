// Identical subgraph queries in flight together share one call; anything else goes alone.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PRINCIPAL_HEADER, REQUEST_ID_HEADER } from '@portal/platform';
import { deduplicating, subgraphClient } from '../src/fetcher';

let server: Server;
let url: string;
let calls = 0;

beforeAll(async () => {
  // A slow subgraph: answers after 100 ms, so concurrent calls overlap.
  server = createServer((req, res) => {
    calls++;
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      setTimeout(() => {
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({ data: { echo: body.length, principal: req.headers[PRINCIPAL_HEADER] } }),
        );
      }, 100);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => (calls = 0));

const call = deduplicating(subgraphClient({ timeoutMs: 5000, connections: 8 }));
const query = JSON.stringify({
  query: 'query Fleet__devices__0 { devices { id } }',
  variables: {},
});
const mutation = JSON.stringify({ query: 'mutation Submit__meter__0 { submit }', variables: {} });
const send = (body: string, principal: string, requestId: string) =>
  call({
    url,
    headers: {
      'content-type': 'application/json',
      [PRINCIPAL_HEADER]: principal,
      [REQUEST_ID_HEADER]: requestId,
    },
    body,
    readOnly: body === query,
  }).then((answer) => JSON.parse(answer.body) as { data: { principal: string } });

it('sends identical queries of one principal in flight together once, each caller its own copy', async () => {
  const answers = await Promise.all([1, 2, 3, 4, 5].map((n) => send(query, 'anna', `r${n}`)));
  expect(calls).toBe(1);
  expect(answers.every((a) => a.data.principal === 'anna')).toBe(true);
  answers[0]!.data.principal = 'changed by the first caller';
  expect(answers[1]!.data.principal).toBe('anna');
});

it('never shares between principals, and sends every mutation', async () => {
  const [anna, bo] = await Promise.all([send(query, 'anna', 'a'), send(query, 'bo', 'b')]);
  expect(calls).toBe(2);
  expect([anna.data.principal, bo.data.principal]).toEqual(['anna', 'bo']);
  calls = 0;
  await Promise.all([send(mutation, 'anna', 'a'), send(mutation, 'anna', 'b')]);
  expect(calls).toBe(2);
});

it('shares nothing once the call is answered', async () => {
  await send(query, 'anna', 'a');
  await send(query, 'anna', 'b');
  expect(calls).toBe(2);
});
