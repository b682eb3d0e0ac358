// The load generator, in a process of its own so it does not share an event loop with what it
// measures: runs autocannon with the JSON config in argv[2] and prints one JSON line of results.
// Config: { url, headers, body } for one repeated request, or { bodies } to send each body once
// (in order, over all connections); connections; duration (s) or amount.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const bodies = config.bodies;
let next = 0;
const options = {
  url: config.url,
  method: 'POST',
  headers: { 'content-type': 'application/json', ...config.headers },
  connections: config.connections ?? 10,
  pipelining: 1,
  timeout: 30,
  ...(config.amount ? { amount: config.amount } : { duration: config.duration ?? 10 }),
};
if (bodies) {
  options.amount = bodies.length;
  // Each request takes the next body; autocannon asks once per request it sends.
  options.requests = [
    { setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) },
  ];
} else {
  options.body = config.body;
}
// GraphQL answers errors with 200 too: bodies that carry "errors" count as errors.
let graphqlErrors = 0;
let sample;
options.setupClient = (client) =>
  client.on('body', (raw) => {
    const text = raw.toString();
    if (text.includes('"errors"')) {
      graphqlErrors++;
      sample ??= text.slice(0, 300);
    }
  });
// autocannon ends a run on its 1 s sampling tick, and its duration is rounded to whole seconds:
// a fixed amount (S3, S4) is timed here instead.
const started = performance.now();
autocannon(options, (error, result) => {
  const seconds = config.amount || bodies ? (performance.now() - started) / 1000 : result.duration;
  if (error) {
    console.error(error);
    process.exit(1);
  }
  process.stdout.write(
    `${JSON.stringify({
      requests: result.requests.total,
      seconds,
      requestsPerSecond: result.requests.total / seconds,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
      non2xx: result.non2xx,
      graphqlErrors,
      sampleError: sample,
    })}\n`,
  );
});
