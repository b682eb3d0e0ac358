import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  getNamedType,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  typeFromAST,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { parseDate, parseDateTime } from '@portal/platform/edge';

/**
 * The gateway's schema takes any value for a custom scalar and any string, so a malformed date
 * or a NUL character (which PostgreSQL text cannot hold) used to travel to a subgraph and come
 * back as an internal error. Checked here, before planning: literals in the document and
 * variables, each refused as BAD_USER_INPUT naming its field.
 */
const SCALAR_CHECKS: Record<string, (value: unknown) => unknown> = {
  Date: parseDate,
  DateTime: parseDateTime,
};

class InputRefused extends GraphQLError {
  constructor(field: (string | number)[], problem: string) {
    super(`${field.join('.')}: ${problem}`, {
      extensions: { code: 'BAD_USER_INPUT', field: field.map(String), http: { status: 400 } },
    });
  }
}

/** The problem with one leaf value of the named input type, or null when there is none. */
function leafProblem(typeName: string, value: unknown): string | null {
  if (typeof value === 'string' && value.includes('\u0000'))
    return 'Text may not contain NUL characters.';
  const check = SCALAR_CHECKS[typeName];
  if (!check || value === null) return null;
  try {
    check(value);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

type Ancestor = ASTNode | readonly ASTNode[];

/** Where a literal sits: its argument, then object fields and list positions. */
function literalPath(ancestors: readonly Ancestor[], parent: Ancestor | undefined, node: ASTNode) {
  const path: (string | number)[] = [];
  const chain = [...ancestors, ...(parent ? [parent] : []), node];
  chain.forEach((item, i) => {
    if (Array.isArray(item)) return;
    const current = item as ASTNode;
    if (current.kind === Kind.ARGUMENT || current.kind === Kind.OBJECT_FIELD)
      path.push(current.name.value);
    const parent = chain[i - 1];
    if (Array.isArray(parent) && chain[i - 2] && (chain[i - 2] as ASTNode).kind === Kind.LIST)
      path.push(parent.indexOf(current));
  });
  return path;
}

function checkLiterals(schema: GraphQLSchema, document: DocumentNode): void {
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      StringValue(node, _key, parent, _path, ancestors) {
        const type = typeInfo.getInputType();
        const problem = leafProblem(type ? getNamedType(type).name : 'String', node.value);
        if (problem) throw new InputRefused(literalPath(ancestors, parent, node), problem);
      },
    }),
  );
}

function checkValue(type: GraphQLInputType, value: unknown, path: (string | number)[]): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkValue(type.ofType, value, path);
  if (isListType(type)) {
    if (Array.isArray(value))
      value.forEach((item, i) => checkValue(type.ofType, item, [...path, i]));
    else checkValue(type.ofType, value, path);
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return; // graphql's own coercion refuses it
    const fields = type.getFields();
    for (const [name, inner] of Object.entries(value as Record<string, unknown>))
      if (fields[name]) checkValue(fields[name].type, inner, [...path, name]);
    return;
  }
  const problem = leafProblem(type.name, value);
  if (problem) throw new InputRefused(path, problem);
}

function checkVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): void {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && definition.name?.value !== operationName) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = typeFromAST(schema, variable.type) as GraphQLInputType | undefined;
      const name = variable.variable.name.value;
      if (type) checkValue(type, variables[name], [name]);
    }
  }
}

/** Apollo keeps one parsed document per query text: its literals are checked once. */
const literalsChecked = new WeakSet<DocumentNode>();

export const inputChecks: ApolloServerPlugin<BaseContext> = {
  requestDidStart: async () => ({
    didResolveOperation: async ({ schema, document, request, operationName }) => {
      if (!literalsChecked.has(document)) {
        checkLiterals(schema, document);
        literalsChecked.add(document);
      }
      checkVariables(schema, document, operationName, request.variables ?? {});
    },
  }),
};
