import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  breakingChanges,
  composeSubgraphs,
  composeSupergraph,
  SUPERGRAPH_FILE,
} from '../compose-lib.cjs';

const rootDir = path.resolve(__dirname, '..', '..');

const subgraph = (name: string, sdl: string) => ({ name, sdl, url: `http://127.0.0.1:1/${name}` });
const link =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';
const printers = (fields: string) =>
  subgraph(
    'printers',
    `${link}\ntype Query { printer(id: ID!): Printer }\ntype Printer @key(fields: "id") { id: ID! ${fields} }`,
  );
const toner = subgraph(
  'toner',
  `${link}\ntype Query { tonerLevels: [Int!]! }\ntype Printer @key(fields: "id") { id: ID! tonerLevel: Int }`,
);

function supergraphOf(...subgraphs: ReturnType<typeof subgraph>[]): string {
  const { supergraphSdl, errors } = composeSubgraphs(subgraphs);
  expect(errors).toEqual([]);
  return supergraphSdl!;
}

describe('the supergraph', () => {
  it('is committed, composes from the subgraphs and is not stale', () => {
    const committedPath = path.join(rootDir, SUPERGRAPH_FILE);
    expect(existsSync(committedPath)).toBe(true);
    const { supergraphSdl, errors } = composeSupergraph(rootDir);
    expect(errors).toEqual([]);
    // On a difference: run `npm run compose` and commit schema/supergraph.graphql.
    expect(supergraphSdl).toEqual(readFileSync(committedPath, 'utf8'));
  });

  it('reports a removed field as a breaking change', async () => {
    const before = supergraphOf(printers('serialNumber: String! model: String'), toner);
    const after = supergraphOf(printers('model: String'), toner);
    const breaking = await breakingChanges(before, after);
    expect(breaking).toHaveLength(1);
    expect(breaking[0]).toMatch(/Printer\.serialNumber/);
  });

  it('does not call an added field breaking', async () => {
    const before = supergraphOf(printers('model: String'), toner);
    const after = supergraphOf(printers('model: String location: String'), toner);
    expect(await breakingChanges(before, after)).toEqual([]);
  });

  it('reports subgraphs that do not compose instead of a supergraph', () => {
    const clash = subgraph('clash', `${link}\ntype Query { tonerLevels: [String!]! }`);
    const { supergraphSdl, errors } = composeSubgraphs([toner, clash]);
    expect(supergraphSdl).toBeUndefined();
    expect(errors.length).toBeGreaterThan(0);
  });
});
