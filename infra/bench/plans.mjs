// `node infra/bench/plans.mjs`: what a cold gateway would spend planning each web-client
// operation on its first request (the warm plan cache spends it at start instead), and the bytes a
// persisted hash saves per request.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(new URL('../../gateway/package.json', import.meta.url));
const { Supergraph, operationFromDocument } = require('@apollo/federation-internals');
const { QueryPlanner } = require('@apollo/query-planner');
const { parse } = require('graphql');
const docs = JSON.parse(
  readFileSync(
    new URL('../../client/src/__generated__/persisted-documents.json', import.meta.url),
    'utf8',
  ),
);
const sg = Supergraph.build(
  readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8'),
);
const planner = new QueryPlanner(sg);
const times = [];
let textBytes = 0;
for (const text of Object.values(docs)) {
  const t = performance.now();
  const op = operationFromDocument(sg.apiSchema(), parse(text));
  planner.buildQueryPlan(op);
  times.push(performance.now() - t);
  textBytes += Buffer.byteLength(text);
}
times.sort((a, b) => a - b);
const sum = times.reduce((a, b) => a + b, 0);
console.log(
  `${times.length} operations: planning total ${sum.toFixed(0)} ms, median ${times[times.length >> 1].toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms; query text mean ${(textBytes / times.length).toFixed(0)} B vs hash extension ~${JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'x'.repeat(64) } } }).length} B`,
);
