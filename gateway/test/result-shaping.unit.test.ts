// The gateway's result shaping answers exactly as Apollo Gateway's own, data and errors alike.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { parse } from 'graphql';
import { computeResponse } from '../src/result-shaping';

// Apollo's own, from the module the gateway replaces it in (this test installs nothing).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const apollo = require('@apollo/gateway/dist/resultShaping') as {
  computeResponse: typeof computeResponse;
};

const supergraph = Supergraph.build(
  readFileSync(path.resolve(__dirname, '../../schema/supergraph.graphql'), 'utf8'),
);
const apiSchema = supergraph.apiSchema();

const QUERY = `query Fleet($skip: Boolean!, $include: Boolean = true, $first: Int) {
  devices(first: $first) {
    totalCount
    edges {
      node {
        __typename
        id
        serial: serialNumber
        status @skip(if: $skip)
        model @include(if: $include) { name colour }
        openServiceOrderCount
      }
    }
  }
  node(id: "RGV2aWNlOjE") {
    id
    ... on Device { serialNumber status }
    ... on User { email }
  }
}`;

const device = (n: number, extra: Record<string, unknown> = {}) => ({
  __typename: 'Device',
  id: `d${n}`,
  serial: `NP${n}`,
  status: 'ACTIVE',
  model: { name: 'imageRUNNER', colour: n % 2 === 0 },
  openServiceOrderCount: n,
  ...extra,
});
const page = (...nodes: unknown[]) => ({
  devices: { totalCount: nodes.length, edges: nodes.map((node) => ({ node })) },
  node: { __typename: 'Device', id: 'x', serialNumber: 'NP9', status: 'ACTIVE' },
});

const inputs: [string, Record<string, unknown> | null][] = [
  ['a whole page', page(device(1), device(2), device(3))],
  ['no answer at all', null],
  [
    'a null in a non-null field, which nulls its parent',
    page(device(1), device(2, { serial: null })),
  ],
  ['a non-null list element gone null', page(device(1), null)],
  ['an invalid enum value', page(device(1, { status: 'MELTED' }))],
  ['a string where an Int belongs', page(device(1, { openServiceOrderCount: 'seven' }))],
  ['an unknown __typename', page(device(1, { __typename: 'Toaster' }))],
  [
    'an interface answered with another type',
    { ...page(device(1)), node: { __typename: 'User', id: 'u', email: 'a@b.example' } },
  ],
  ['a null node', { ...page(device(4)), node: null }],
  ['the root non-null field null', { devices: null, node: null }],
  ['extra fields the operation did not ask for', page(device(1, { secret: 'x', __internal: 1 }))],
];
const variableSets = [
  { skip: false },
  { skip: true, include: false, first: 2 },
  { skip: true, include: true },
];

describe.each(variableSets)('with variables %j', (variables) => {
  const operation = () =>
    operationFromDocument(apiSchema, parse(QUERY), { operationName: 'Fleet', validate: false });

  it.each(inputs)('shapes %s exactly as Apollo Gateway does', (_name, input) => {
    const introspectionHandling = () => null;
    const clone = () => (input === null ? null : (JSON.parse(JSON.stringify(input)) as never));
    const theirs = apollo.computeResponse({
      operation: operation(),
      variables,
      input: clone(),
      introspectionHandling,
    });
    const ours = computeResponse({
      operation: operation(),
      variables,
      input: clone(),
      introspectionHandling,
    });
    expect(JSON.stringify(ours.data)).toBe(JSON.stringify(theirs.data));
    expect(ours.errors.map((e) => [e.message, e.path])).toEqual(
      theirs.errors.map((e) => [e.message, e.path]),
    );
  });
});

it('shapes one operation many times the same (what it learns per operation is read-only)', () => {
  const operation = operationFromDocument(apiSchema, parse(QUERY), {
    operationName: 'Fleet',
    validate: false,
  });
  const first = computeResponse({
    operation,
    variables: { skip: false },
    input: page(device(1), device(2)),
    introspectionHandling: () => null,
  });
  const skipped = computeResponse({
    operation,
    variables: { skip: true, include: false },
    input: page(device(1), device(2)),
    introspectionHandling: () => null,
  });
  const again = computeResponse({
    operation,
    variables: { skip: false },
    input: page(device(1), device(2)),
    introspectionHandling: () => null,
  });
  expect(JSON.stringify(again.data)).toBe(JSON.stringify(first.data));
  const node = (skipped.data as { devices: { edges: { node: object }[] } }).devices.edges[0]!.node;
  expect(Object.keys(node)).toEqual(['__typename', 'id', 'serial', 'openServiceOrderCount']);
});
