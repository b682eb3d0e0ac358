// The partner documentation at /docs: public, generated from the schema's descriptions (every
// public type and field has one), and its getting-started curl example works as printed.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { apiSchemaOf, mutationCodes } from '../src/docs';
import { defaultSupergraphPath } from '../src/gateway';
import {
  createCustomer,
  createDevice,
  startTestSystem,
  type TestCustomer,
  type TestSystem,
} from '@portal/testkit';

const GUIDE = path.resolve(__dirname, '../../docs/partner-api');

/** Types, fields, input fields and enum values of the public API without a description. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!type.description?.trim()) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))
      for (const field of Object.values(type.getFields()))
        if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
    if (isEnumType(type))
      for (const value of type.getValues())
        if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

describe('the schema', () => {
  const schema = apiSchemaOf(readFileSync(defaultSupergraphPath(), 'utf8'));

  it('describes every public type, field, input field and enum value', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it('notices a field without a description', () => {
    const bare = apiSchemaOf(readFileSync(defaultSupergraphPath(), 'utf8'));
    (bare.getType('Device') as GraphQLObjectType).getFields().serialNumber!.description = null;
    expect(undescribed(bare)).toEqual(['Device.serialNumber']);
  });

  it("lists each mutation's userErrors codes from its descriptions", () => {
    const codes = new Map(mutationCodes(schema));
    expect(codes.get('setApiBudget')).toEqual(['NOT_FOUND', 'INVALID_INPUT']);
    expect(codes.get('changePassword')).toEqual([
      'WRONG_PASSWORD',
      'WEAK_PASSWORD',
      'TOO_MANY_ATTEMPTS',
    ]);
  });
});

describe('/docs', () => {
  let system: TestSystem;
  let origin: string;
  /** The key's customer, with two devices for the example to list (demo database: models only). */
  let customer: TestCustomer;
  beforeAll(async () => {
    system = await startTestSystem();
    origin = system.gateway.url.replace(/\/graphql$/, '');
    customer = await createCustomer(system);
    for (let n = 0; n < 2; n++) await createDevice(system, customer.accounts[0]!);
  }, 120_000);
  afterAll(() => system?.stop());

  it('serves the guide, the reference and the limits without signing in', async () => {
    const guide = await fetch(`${origin}/docs`);
    expect(guide.status).toBe(200);
    expect(guide.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await guide.text();
    expect(html).toContain('<h1 id="getting-started">Getting started</h1>');
    expect(html).toContain('href="/docs/reference"');

    const reference = await (await fetch(`${origin}/docs/reference`)).text();
    // A mutation, its description, and a type linked from it.
    expect(reference).toContain('<strong id="mutation.setapibudget">setApiBudget</strong>');
    expect(reference).toContain('the fair-use budget of an organisation');
    expect(reference).toContain('<a href="#setapibudgetinput">SetApiBudgetInput</a>');

    const errors = await (await fetch(`${origin}/docs/errors`)).text();
    expect(errors).toMatch(
      /<td><code>setApiBudget<\/code><\/td>\s*<td><code>NOT_FOUND<\/code>, <code>INVALID_INPUT<\/code><\/td>/,
    );
    expect((await fetch(`${origin}/docs/nothing-here`)).status).toBe(404);
  });

  it('answers the getting-started curl example as printed, with a new API key', async () => {
    const admin = await customer.administrator.signIn();
    const created = await system.graphql<{ createApiKey: { secret: string } }>(
      `mutation ($grants: [RoleGrantInput!]!) { createApiKey(name: "Docs example", grants: $grants) { secret } }`,
      {
        grants: [{ role: 'ADMINISTRATOR', accountId: customer.accounts[0]!.id }],
      },
      { token: admin },
    );
    const markdown = readFileSync(path.join(GUIDE, 'getting-started.md'), 'utf8');
    const example = /```sh\n(curl [\s\S]*?)```/.exec(markdown)![1]!;
    const { stdout } = await promisify(execFile)('bash', ['-c', example], {
      env: {
        PATH: process.env.PATH,
        PORTAL_URL: origin,
        PORTAL_API_KEY: created.data!.createApiKey.secret,
      },
    });
    const answer = JSON.parse(stdout) as {
      data?: { devices: { totalCount: number; edges: { node: { serialNumber: string } }[] } };
      errors?: unknown;
    };
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.devices.edges.length).toBeGreaterThan(0);
    expect(answer.data!.devices.edges.length).toBeLessThanOrEqual(5);
    expect(answer.data!.devices.totalCount).toBeGreaterThanOrEqual(
      answer.data!.devices.edges.length,
    );
  }, 60_000);
});
