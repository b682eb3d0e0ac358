import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Random operations over the API schema: a root query field with generated arguments and a
 * selection a few levels deep. Values come from `ids` (real ids of both organisations, so
 * that a leak would show) or are random.
 */
export function operations(schema: GraphQLSchema, ids: string[]): fc.Arbitrary<string> {
  const query = schema.getQueryType()!;
  const fields = Object.values(query.getFields()).filter((f) => !f.name.startsWith('_'));
  return fc
    .constantFrom(...fields)
    .chain((field) => fieldSelection(field, ids, 3))
    .map((selection) => `{ ${selection} }`);
}

/** A generated mutation document and how many sign-in fields it runs (by response key). */
export interface GeneratedMutation {
  query: string;
  signIns: number;
}

/**
 * Random mutation documents: one to three root fields, each aliased or not and placed
 * directly, in an inline fragment or in a named fragment (nested now and then), so that every
 * way a document can hide a second sign-in gets tried. `signInFields` are the names counted.
 */
export function mutations(
  schema: GraphQLSchema,
  ids: string[],
  signInFields: ReadonlySet<string>,
  exclude: ReadonlySet<string> = new Set(),
): fc.Arbitrary<GeneratedMutation> {
  const root = schema.getMutationType()!;
  const all = Object.values(root.getFields()).filter((f) => !exclude.has(f.name));
  const signIns = all.filter((f) => signInFields.has(f.name));
  // Sign-in fields are few among many: pick them half of the time so doubles show up often.
  const field = fc.oneof(fc.constantFrom(...signIns), fc.constantFrom(...all));
  const placement = fc.constantFrom('direct', 'inline', 'named', 'nested') as fc.Arbitrary<
    'direct' | 'inline' | 'named' | 'nested'
  >;
  const part = fc.record({
    field: field.chain((f) => fieldSelection(f, ids, 2).map((text) => ({ name: f.name, text }))),
    alias: fc.boolean(),
    placement,
  });
  return fc.array(part, { minLength: 1, maxLength: 3 }).map((parts) => {
    const root: string[] = [];
    const fragments: string[] = [];
    const keys = new Set<string>();
    parts.forEach(({ field, alias, placement }, i) => {
      // A repeated name gets an alias, else two selections of one key would merge (or clash).
      const key =
        alias || parts.some((p, j) => j < i && p.field.name === field.name) ? `m${i}` : field.name;
      const text = key === field.name ? field.text : `${key}: ${field.text}`;
      if (signInFields.has(field.name)) keys.add(key);
      if (placement === 'direct') root.push(text);
      else if (placement === 'inline') root.push(`... on Mutation { ${text} }`);
      else if (placement === 'named') {
        root.push(`...F${i}`);
        fragments.push(`fragment F${i} on Mutation { ${text} }`);
      } else {
        root.push(`... { ...G${i} }`);
        fragments.push(`fragment G${i} on Mutation { ... on Mutation { ...F${i} } }`);
        fragments.push(`fragment F${i} on Mutation { ${text} }`);
      }
    });
    return { query: `mutation { ${root.join(' ')} } ${fragments.join(' ')}`, signIns: keys.size };
  });
}

function fieldSelection(
  field: GraphQLField<unknown, unknown>,
  ids: string[],
  depth: number,
): fc.Arbitrary<string> {
  const args = field.args.length
    ? fc
        .tuple(...field.args.map((arg) => argument(arg, ids)))
        .map((parts) => parts.filter((p): p is string => p !== null))
        .map((parts) => (parts.length ? `(${parts.join(', ')})` : ''))
    : fc.constant('');
  const type = getNamedType(field.type);
  const selection =
    isObjectType(type) || 'getFields' in type
      ? subSelection(type as GraphQLObjectType, ids, depth - 1)
      : fc.constant('');
  return fc.tuple(args, selection).map(([a, s]) => `${field.name}${a}${s}`);
}

function subSelection(type: GraphQLObjectType, ids: string[], depth: number): fc.Arbitrary<string> {
  const fields = Object.values(type.getFields());
  const leaves = fields.filter((f) => {
    const named = getNamedType(f.type);
    return (
      (isScalarType(named) || isEnumType(named)) && f.args.every((a) => !isNonNullType(a.type))
    );
  });
  const branches =
    depth > 0
      ? fields.filter(
          (f) => isObjectType(getNamedType(f.type)) || 'getFields' in getNamedType(f.type),
        )
      : [];
  const pickLeaves = leaves.length
    ? fc
        .subarray(leaves, { minLength: 1, maxLength: Math.min(4, leaves.length) })
        .map((fs) => fs.map((f) => f.name))
    : fc.constant(['__typename']);
  const pickBranches = branches.length
    ? fc
        .subarray(branches, { minLength: 0, maxLength: Math.min(2, branches.length) })
        .chain((bs) =>
          bs.length
            ? fc.tuple(...bs.map((b) => fieldSelection(b, ids, depth)))
            : fc.constant([] as string[]),
        )
    : fc.constant([] as string[]);
  return fc
    .tuple(pickLeaves, pickBranches)
    .map(([l, b]) => ` { __typename ${[...l, ...b].join(' ')} }`);
}

function argument(arg: GraphQLArgument, ids: string[]): fc.Arbitrary<string | null> {
  const value = inputValue(arg.type, ids, 2);
  return isNonNullType(arg.type)
    ? value.map((v) => `${arg.name}: ${v}`)
    : fc.option(
        value.map((v) => `${arg.name}: ${v}`),
        { nil: null },
      );
}

function inputValue(type: GraphQLInputType, ids: string[], depth: number): fc.Arbitrary<string> {
  if (isNonNullType(type)) return inputValue(type.ofType, ids, depth);
  if (isListType(type))
    return fc
      .array(inputValue(type.ofType, ids, depth), { maxLength: 3 })
      .map((vs) => `[${vs.join(', ')}]`);
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    if (depth === 0) return fc.constant('{}');
    const fields = Object.values(type.getFields());
    return fc
      .tuple(
        ...fields.map((f) =>
          isNonNullType(f.type)
            ? inputValue(f.type, ids, depth - 1).map((v) => `${f.name}: ${v}`)
            : fc.option(
                inputValue(f.type, ids, depth - 1).map((v) => `${f.name}: ${v}`),
                { nil: null },
              ),
        ),
      )
      .map((parts) => `{ ${parts.filter((p) => p !== null).join(', ')} }`);
  }
  switch (type.name) {
    case 'Int':
      return fc.oneof(fc.integer({ min: -5, max: 300 }), fc.integer()).map(String);
    case 'Boolean':
      return fc.boolean().map(String);
    case 'ID':
      return fc
        .oneof(fc.constantFrom(...ids), fc.string({ maxLength: 40 }))
        .map((s) => JSON.stringify(s));
    default:
      return fc
        .oneof(
          fc.constantFrom(
            'NP1000001',
            'FL3000001',
            'papirstop',
            'E000007',
            'da',
            'en',
            '2026-01-01',
            '100200',
          ),
          fc.string({ maxLength: 30 }),
        )
        .map((s) => JSON.stringify(s));
  }
}
