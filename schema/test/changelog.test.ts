import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
} from 'graphql';
import { apiSchemaOf, composeSubgraphs, SUPERGRAPH_FILE } from '../compose-lib.cjs';
import { changelogMarkdown, classifiedChanges, committedVersions } from '../changelog-lib.cjs';

const rootDir = path.resolve(__dirname, '..', '..');
const link =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

function supergraphOf(query: string): string {
  const { supergraphSdl, errors } = composeSubgraphs([
    { name: 'printers', sdl: `${link}\n${query}`, url: 'http://127.0.0.1:1/printers' },
  ]);
  expect(errors).toEqual([]);
  return supergraphSdl!;
}

it('classifies a removed field as breaking and an added optional argument as safe', async () => {
  const before = supergraphOf('type Query { printers(first: Int): [String!]! legacy: String }');
  const after = supergraphOf('type Query { printers(first: Int, colour: Boolean): [String!]! }');
  expect(await classifiedChanges(before, after)).toEqual(
    expect.arrayContaining([
      {
        kind: 'breaking',
        path: 'Query.legacy',
        message: "Field 'legacy' was removed from object type 'Query'",
      },
      {
        kind: 'safe',
        path: 'Query.printers.colour',
        message: "Argument 'colour: Boolean' added to field 'Query.printers'",
      },
    ]),
  );
  expect(await classifiedChanges(before, after)).toHaveLength(2);
});

it('writes the changelog from the committed versions of the supergraph, newest first', async () => {
  const versions = committedVersions(rootDir);
  expect(versions.length).toBeGreaterThan(1);
  expect(versions.at(-1)!.date >= versions[0]!.date).toBe(true);
  const markdown = await changelogMarkdown(rootDir);
  const dates = [...markdown.matchAll(/^## (\d{4}-\d{2}-\d{2})/gm)].map((m) => m[1]!);
  expect(dates.length).toBeGreaterThan(0);
  expect([...dates].sort().reverse()).toEqual(dates);
});

/** Deprecated fields, arguments and enum values whose reason does not end in a removal date. */
function undatedDeprecations(supergraphSdl: string): [string, string][] {
  const schema = apiSchemaOf(supergraphSdl);
  const deprecations: [string, string | null | undefined][] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))
      for (const field of Object.values(type.getFields())) {
        if (field.deprecationReason !== undefined && field.deprecationReason !== null)
          deprecations.push([`${type.name}.${field.name}`, field.deprecationReason]);
        for (const arg of 'args' in field ? field.args : [])
          if (arg.deprecationReason !== undefined && arg.deprecationReason !== null)
            deprecations.push([`${type.name}.${field.name}(${arg.name})`, arg.deprecationReason]);
      }
    if (isEnumType(type))
      for (const value of type.getValues())
        if (value.deprecationReason !== undefined && value.deprecationReason !== null)
          deprecations.push([`${type.name}.${value.name}`, value.deprecationReason]);
  }
  return deprecations
    .filter(([, reason]) => !/\S.*Removal: \d{4}-\d{2}-\d{2}\.?$/.test(reason ?? ''))
    .map(([name, reason]) => [name, reason ?? '']);
}

it('gives every deprecation a reason and a removal date', () => {
  const supergraph = readFileSync(path.join(rootDir, SUPERGRAPH_FILE), 'utf8');
  expect(undatedDeprecations(supergraph)).toEqual([]);
  const undated = supergraphOf(
    'type Query { printers: [String!]! legacy: String @deprecated(reason: "Use printers.") }',
  );
  expect(undatedDeprecations(undated)).toEqual([['Query.legacy', 'Use printers.']]);
});
