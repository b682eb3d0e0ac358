/* eslint-disable @typescript-eslint/no-require-imports -- the two modules replaced below */
import * as federation from '@apollo/federation-internals';
import type {
  CompositeType,
  Directive,
  Field,
  FieldSelection,
  FragmentElement,
  FragmentSelection,
  Operation,
  OutputType,
  Schema,
  Selection,
  SelectionSet,
  Variable,
} from '@apollo/federation-internals';
import type { DocumentNode, GraphQLError, OperationDefinitionNode } from 'graphql';
import { assertPatchedVersions } from './apollo-patches';

/**
 * Apollo Gateway 2.14.4 shapes every answer by walking the operation over the merged subgraph
 * data (`computeResponse`, resultShaping.js), and builds that operation again for every request
 * (`operationFromDocument` in executeQueryPlan.js). On a 50-row page the walk was a third of
 * the gateway's CPU: per row and field it filtered the field's directives twice into new arrays
 * for @skip/@include and allocated a closure for every assertion.
 *
 * This is the same walk, result for result and error for error, with what depends only on the
 * operation worked out once per operation (the operation itself is kept per parsed document,
 * which Apollo Server already caches per query text). `installResultShaping()` puts both in
 * place of Apollo's after asserting the installed versions (apollo-patches.ts lists every
 * replacement); gateway/test/apollo-patches.test.ts proves a real request runs through both, and
 * the gateway's whole suite runs through them.
 */

// Read once: every export of @apollo/federation-internals is a getter, which a per-row call
// would pay again each time.
const {
  ERRORS,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  isSubtype,
  isValidLeafValue,
  typenameFieldName,
} = federation;
const VariableClass = federation.Variable;

type Parameters = {
  schema: Schema;
  variables: Record<string, unknown>;
  errors: GraphQLError[];
  introspectionHandling: (selection: FieldSelection) => unknown;
};

enum ApplyResult {
  OK,
  NULL_BUBBLE_UP,
}

/** @skip and @include of an element, looked up once (most elements have neither). */
type Condition = Directive<never, { if: boolean | Variable }>;
const conditionsByElement = new WeakMap<object, { skip?: Condition; include?: Condition } | null>();

function conditionsOf(element: Field | FragmentElement, schema: Schema) {
  let conditions = conditionsByElement.get(element);
  if (conditions === undefined) {
    const skip = element.appliedDirectivesOf(schema.skipDirective())[0] as Condition | undefined;
    const include = element.appliedDirectivesOf(schema.includeDirective())[0] as
      Condition | undefined;
    conditions = skip || include ? { skip, include } : null;
    conditionsByElement.set(element, conditions);
  }
  return conditions;
}

function shouldSkip(element: Field | FragmentElement, parameters: Parameters): boolean {
  const conditions = conditionsOf(element, parameters.schema);
  if (!conditions) return false;
  const { skip, include } = conditions;
  return (
    (!!skip && ifValue(skip, parameters.variables)) ||
    (!!include && !ifValue(include, parameters.variables))
  );
}

function ifValue(directive: Condition, variables: Record<string, unknown>): boolean {
  const ifArg = directive.arguments().if;
  if (ifArg instanceof VariableClass) {
    const value = variables[ifArg.name];
    if (value === undefined || typeof value !== 'boolean')
      throw new Error(`Unexpected value ${String(value)} for variable ${ifArg} of ${directive}`);
    return value;
  }
  return ifArg;
}

function typeConditionApplies(
  schema: Schema,
  typeCondition: CompositeType | undefined,
  typename: string | undefined,
  parentType: CompositeType,
): boolean {
  if (!typeCondition) return true;
  if (typename) {
    const type = schema.type(typename);
    return !!type && isSubtype(typeCondition, type);
  }
  return isSubtype(typeCondition, parentType);
}

function getOwn(object: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

export function computeResponse({
  operation,
  variables,
  input,
  introspectionHandling,
}: {
  operation: Operation;
  variables?: Record<string, unknown>;
  input: Record<string, unknown> | null | undefined;
  introspectionHandling: (selection: FieldSelection) => unknown;
}): { data: Record<string, unknown> | null | undefined; errors: GraphQLError[] } {
  if (!input) return { data: input, errors: [] };
  const schema = operation.schema();
  const parameters: Parameters = {
    schema,
    variables: {
      __proto__: null,
      ...operation.collectDefaultedVariableValues(),
      ...variables,
    } as Record<string, unknown>,
    errors: [],
    introspectionHandling,
  };
  const data = Object.create(null) as Record<string, unknown>;
  const result = applySelectionSet(
    input,
    operation.selectionSet,
    data,
    parameters,
    [],
    schema.schemaDefinition.rootType(operation.rootKind)!,
  );
  return {
    data: result === ApplyResult.NULL_BUBBLE_UP ? null : data,
    errors: parameters.errors,
  };
}

function applySelectionSet(
  input: Record<string, unknown>,
  selectionSet: SelectionSet,
  output: Record<string, unknown>,
  parameters: Parameters,
  path: (string | number)[],
  parentType: CompositeType,
): ApplyResult {
  for (const selection of selectionSet.selections() as readonly Selection[]) {
    if (shouldSkip(selection.element, parameters)) continue;
    if (selection.kind === 'FieldSelection') {
      const field = selection.element;
      const fieldType = field.definition.type!;
      const responseName = field.responseName();
      const outputValue = output[responseName];
      if (field.definition.isSchemaIntrospectionField()) {
        if (outputValue === undefined)
          output[responseName] = parameters.introspectionHandling(selection);
        continue;
      }
      let inputValue = getOwn(input, responseName) ?? null;
      if (field.name === typenameFieldName) {
        if (outputValue === undefined) {
          if (inputValue === null && responseName !== typenameFieldName)
            inputValue = input[typenameFieldName] ?? null;
          const type =
            inputValue !== null && typeof inputValue === 'string'
              ? (parameters.schema.type(inputValue) ?? parentType)
              : parentType;
          if (!isObjectType(type)) return ApplyResult.NULL_BUBBLE_UP;
          output[responseName] = type.name;
        }
        continue;
      }
      path.push(responseName);
      const updated = updateOutputValue(
        outputValue,
        fieldType,
        inputValue,
        selection.selectionSet,
        path,
        parameters,
        parentType,
      );
      const isInvalid = lastInvalid;
      output[responseName] = updated;
      path.pop();
      if (isInvalid) return ApplyResult.NULL_BUBBLE_UP;
    } else {
      const fragment = (selection as FragmentSelection).element;
      const typename = input[typenameFieldName];
      if (typename && typeof typename !== 'string')
        throw new Error(`Got unexpected value for __typename: ${String(typename)}`);
      if (
        typeConditionApplies(
          parameters.schema,
          fragment.typeCondition,
          typename as string | undefined,
          parentType,
        )
      ) {
        const result = applySelectionSet(
          input,
          selection.selectionSet,
          output,
          parameters,
          path,
          fragment.typeCondition ?? parentType,
        );
        if (result === ApplyResult.NULL_BUBBLE_UP) return ApplyResult.NULL_BUBBLE_UP;
      }
    }
  }
  return ApplyResult.OK;
}

function pathLastElementDescription(
  path: (string | number)[],
  currentType: OutputType,
  parentType: CompositeType,
): string {
  const element = path[path.length - 1];
  return typeof element === 'string'
    ? `field ${parentType}.${element}`
    : `array element of type ${currentType} at index ${element}`;
}

// What Apollo's updateOutputValue returns besides the value ({ updated, isInvalid, hasErrors }),
// in two variables rather than an object per field and row: each call sets them just before it
// returns, and its caller reads them at once (the walk is synchronous).
let lastInvalid = false;
let lastErrors = false;
function done(updated: unknown, isInvalid = false, hasErrors = false): unknown {
  lastInvalid = isInvalid;
  lastErrors = hasErrors;
  return updated;
}

function updateOutputValue(
  outputValue: unknown,
  type: OutputType,
  inputValue: unknown,
  selectionSet: SelectionSet | undefined,
  path: (string | number)[],
  parameters: Parameters,
  parentType: CompositeType,
): unknown {
  if (inputValue === undefined)
    throw new Error('Should not pass undefined for `inputValue` to this method');
  if (outputValue === null || (outputValue !== undefined && !selectionSet))
    return done(outputValue);
  if (isNonNullType(type)) {
    const updated = updateOutputValue(
      outputValue,
      type.ofType,
      inputValue,
      selectionSet,
      path,
      parameters,
      parentType,
    );
    const hasErrors = lastErrors;
    if (updated === null) {
      if (!hasErrors) {
        parameters.errors.push(
          ERRORS.INVALID_GRAPHQL.err(
            `Cannot return null for non-nullable ${pathLastElementDescription(path, type.ofType, parentType)}.`,
            { path: Array.from(path) },
          ),
        );
      }
      return done(updated, true, true);
    }
    return done(updated);
  }
  if (inputValue === null) return done(null);
  if (isListType(type)) {
    if (!Array.isArray(inputValue))
      throw new Error(
        `Invalid non-list value ${String(inputValue)} returned by subgraph for list type ${type}`,
      );
    if (outputValue !== undefined && !Array.isArray(outputValue))
      throw new Error(
        `Invalid non-list value ${String(outputValue)} returned by subgraph for list type ${type}`,
      );
    const outputList =
      outputValue === undefined
        ? (new Array(inputValue.length).fill(undefined) as unknown[])
        : (outputValue as unknown[]);
    if (inputValue.length !== outputList.length)
      throw new Error(`list lengths differ: ${inputValue.length} !== ${outputList.length}`);
    let shouldNullify = false;
    let hasErrors = false;
    const updated = new Array<unknown>(outputList.length);
    for (let index = 0; index < outputList.length; index++) {
      path.push(index);
      updated[index] = updateOutputValue(
        outputList[index],
        type.ofType,
        inputValue[index],
        selectionSet,
        path,
        parameters,
        parentType,
      );
      path.pop();
      shouldNullify ||= lastInvalid;
      hasErrors ||= lastErrors;
    }
    return done(shouldNullify ? null : updated, false, hasErrors);
  }
  if (isCompositeType(type)) {
    if (!selectionSet) throw new Error(`Invalid empty selection set for composite type ${type}`);
    if (typeof inputValue !== 'object')
      throw new Error(
        `Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${type}`,
      );
    if (outputValue !== undefined && typeof outputValue !== 'object')
      throw new Error(
        `Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${type}`,
      );
    const record = inputValue as Record<string, unknown>;
    const inputTypename = record[typenameFieldName];
    if (inputTypename !== undefined && typeof inputTypename !== 'string')
      throw new Error(
        `Invalid non-string value ${String(inputTypename)} for __typename at ${path}`,
      );
    let objectType: CompositeType = type;
    if (inputTypename) {
      const typenameType = parameters.schema.type(inputTypename);
      if (!typenameType || !isCompositeType(typenameType)) {
        parameters.errors.push(
          ERRORS.INVALID_GRAPHQL.err(
            `Invalid __typename found for object at ${pathLastElementDescription(path, type, parentType)}.`,
            { path: Array.from(path) },
          ),
        );
        return done(null, false, true);
      }
      objectType = typenameType;
    }
    const outputObject =
      outputValue === undefined
        ? (Object.create(null) as Record<string, unknown>)
        : (outputValue as Record<string, unknown>);
    const result = applySelectionSet(
      record,
      selectionSet,
      outputObject,
      parameters,
      path,
      objectType,
    );
    const hasErrors = result === ApplyResult.NULL_BUBBLE_UP;
    return done(hasErrors ? null : outputObject, false, hasErrors);
  }
  if (outputValue !== undefined)
    throw new Error(`Excepted output to be undefined but got ${type} for type ${type}`);
  const isValid = isValidLeafValue(parameters.schema, inputValue, type);
  if (!isValid) {
    parameters.errors.push(
      ERRORS.INVALID_GRAPHQL.err(
        `Invalid value found for ${pathLastElementDescription(path, type, parentType)}.`,
        { path: Array.from(path) },
      ),
    );
  }
  return done(isValid ? inputValue : null, false, !isValid);
}

type OperationFromDocument = (
  schema: Schema,
  document: DocumentNode,
  options?: { operationName?: string; validate?: boolean },
) => Operation;

/**
 * executeQueryPlan's `operationFromDocument(apiSchema, { definitions: [operation, ...fragments] },
 * { validate: false })`, kept per operation node: Apollo Server hands the same parsed document to
 * every request with the same text, so the same nodes mean the same operation. Other calls (the
 * query planner's, with validation) pass through.
 */
function keptPerDocument(original: OperationFromDocument): OperationFromDocument {
  const kept = new WeakMap<
    OperationDefinitionNode,
    { schema: Schema; rest: readonly unknown[]; operation: Operation }
  >();
  return (schema, document, options) => {
    const [first, ...rest] = document.definitions;
    if (
      options?.validate !== false ||
      first?.kind !== 'OperationDefinition' ||
      options.operationName
    )
      return original(schema, document, options);
    const hit = kept.get(first);
    if (
      hit &&
      hit.schema === schema &&
      hit.rest.length === rest.length &&
      hit.rest.every((node, i) => node === rest[i])
    )
      return hit.operation;
    const operation = original(schema, document, options);
    kept.set(first, { schema, rest, operation });
    return operation;
  };
}

let installed = false;

/**
 * Puts computeResponse and the kept operations in place of @apollo/gateway's own; throws, and
 * the gateway does not start, on any other version of Apollo's packages than the patched one.
 */
export function installResultShaping(): void {
  if (installed) return;
  assertPatchedVersions();
  const shaping = require('@apollo/gateway/dist/resultShaping') as {
    computeResponse: typeof computeResponse;
  };
  const operations = require('@apollo/federation-internals/dist/operations') as {
    operationFromDocument: OperationFromDocument;
  };
  if (
    typeof shaping.computeResponse !== 'function' ||
    typeof operations.operationFromDocument !== 'function'
  )
    throw new Error('Apollo Gateway no longer has the functions result-shaping.ts replaces.');
  shaping.computeResponse = computeResponse;
  operations.operationFromDocument = keptPerDocument(operations.operationFromDocument);
  installed = true;
}
