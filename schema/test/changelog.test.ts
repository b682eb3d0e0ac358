import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
} from 'graphql';
import { apiSchemaOf, composeSubgraphs, SUPERGRAPH_FILE } from '../compose-lib.cjs';
import { classifiedChanges, schemaVersions } from '../changelog-lib.cjs';

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

it('writes the changelog from the versions of the supergraph, one entry a day, newest first', () => {
  const versions = schemaVersions(rootDir);
  expect(versions.length).toBeGreaterThan(1);
  expect(versions.at(-1)!.date >= versions[0]!.date).toBe(true);
  // The committed file (the next test checks it is what regenerating gives).
  const markdown = readFileSync(path.join(rootDir, 'docs/partner-api/schema-changelog.md'), 'utf8');
  const dates = [...markdown.matchAll(/^## (\d{4}-\d{2}-\d{2})$/gm)].map((m) => m[1]!);
  expect(dates.length).toBeGreaterThan(0);
  expect([...new Set(dates)].sort().reverse()).toEqual(dates);
});

/** `npm run changelog -w @portal/schema` (with --check, --root), as a developer runs it. */
function changelogCommand(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(rootDir, 'schema/changelog.mjs'), ...args], {
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

it('the committed changelog is what regenerating it from the supergraph history gives', () => {
  const check = changelogCommand('--check');
  expect(check.output).toMatch(/schema-changelog\.md is current/);
  expect(check.status).toBe(0);
});

describe('in a repository of its own', () => {
  let scratch: string;
  const git = (args: string[], env: Record<string, string> = {}) => {
    const run = spawnSync('git', args, {
      cwd: scratch,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    expect(run.stderr.replace(/^hint:.*\n/gm, '')).not.toMatch(/fatal|error/);
    return run.stdout;
  };
  const writeSupergraph = (query: string) =>
    writeFileSync(path.join(scratch, SUPERGRAPH_FILE), supergraphOf(query));
  const changelog = () =>
    readFileSync(path.join(scratch, 'docs/partner-api/schema-changelog.md'), 'utf8');

  beforeAll(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'portal-changelog-'));
    mkdirSync(path.join(scratch, 'schema'));
    mkdirSync(path.join(scratch, 'docs/partner-api'), { recursive: true });
    git(['init', '-q']);
    git(['config', 'user.email', 'changelog-test@portal.example']);
    git(['config', 'user.name', 'Changelog test']);
    writeSupergraph('type Query { printers(first: Int): [String!]! legacy: String }');
    git(['add', '-A']);
    // A version of an earlier day: the changelog has one entry a day.
    git(['commit', '-qm', 'First schema'], { GIT_COMMITTER_DATE: '2026-01-05T10:00:00Z' });
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('takes a schema change and its changelog in one commit, and fails one committed without it', () => {
    // A change in the working tree, its changelog written before the commit.
    writeSupergraph('type Query { printers(first: Int): [String!]! }');
    expect(changelogCommand('--root', scratch).status).toBe(0);
    expect(changelog()).toContain("- `Query.legacy`: Field 'legacy' was removed");
    expect(changelogCommand('--root', scratch, '--check').status).toBe(0);
    git(['add', '-A']);
    git(['commit', '-qm', 'Remove legacy, with its changelog']);
    const committed = changelog();
    expect(changelogCommand('--root', scratch, '--check').status).toBe(0);

    // The next change committed without regenerating: the check names the command.
    writeSupergraph('type Query { printers(first: Int, colour: Boolean): [String!]! }');
    git(['commit', '-qam', 'Add colour, no changelog']);
    const stale = changelogCommand('--root', scratch, '--check');
    expect(stale.status).toBe(1);
    expect(stale.output).toMatch(/npm run changelog -w @portal\/schema/);
    expect(changelog()).toBe(committed);
    expect(changelogCommand('--root', scratch).status).toBe(0);
    expect(changelog()).toContain("- `Query.printers.colour`: Argument 'colour: Boolean' added");
    expect(changelogCommand('--root', scratch, '--check').status).toBe(0);
  });
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
