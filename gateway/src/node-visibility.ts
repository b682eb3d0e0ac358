import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  Kind,
  type DocumentNode,
  type InlineFragmentNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * node(id:) lives in identity, which names the type a global id carries; the type's own subgraph
 * authorises it in __resolveReference. A selection of only `id` or `__typename` would never
 * reach that subgraph (identity knows both), so node(id:) of another organisation's device would
 * come back non-null. Every root `node` selection therefore also asks, under a reserved alias,
 * for a non-null field only the owning subgraph answers: what the caller may not see (or what
 * does not exist) turns the whole node null. The alias is taken out of the answer again.
 */
const OWNED_FIELD: Record<string, string> = {
  Device: 'serialNumber',
  StockLocation: 'name',
  ServiceOrder: 'number',
  MeterReading: 'readingDate',
  Shipment: 'quantity',
  KnowledgeArticle: 'slug',
};
export const NODE_CHECK_ALIAS = '__portalNodeVisible';

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
const CHECKS: InlineFragmentNode[] = Object.entries(OWNED_FIELD).map(([type, field]) => ({
  kind: Kind.INLINE_FRAGMENT,
  typeCondition: { kind: Kind.NAMED_TYPE, name: name(type) },
  selectionSet: {
    kind: Kind.SELECTION_SET,
    selections: [{ kind: Kind.FIELD, alias: name(NODE_CHECK_ALIAS), name: name(field) }],
  },
}));

/** The root selections with the checks added under every `node` field; null when none. */
function withChecks(set: SelectionSetNode): SelectionSetNode | null {
  let changed = false;
  const selections = set.selections.map((selection): SelectionNode => {
    if (
      selection.kind === Kind.FIELD &&
      selection.name.value === 'node' &&
      selection.selectionSet
    ) {
      changed = true;
      const selectionSet = selection.selectionSet;
      return {
        ...selection,
        selectionSet: { ...selectionSet, selections: [...selectionSet.selections, ...CHECKS] },
      };
    }
    const onQuery =
      selection.kind === Kind.INLINE_FRAGMENT &&
      (!selection.typeCondition || selection.typeCondition.name.value === 'Query');
    if (selection.kind === Kind.INLINE_FRAGMENT && onQuery) {
      const inner = withChecks(selection.selectionSet);
      if (inner) {
        changed = true;
        return { ...selection, selectionSet: inner };
      }
    }
    return selection;
  });
  return changed ? { ...set, selections } : null;
}

/** The document with owner checks under root `node` fields, or null when it has none. */
export function withNodeChecks(document: DocumentNode): DocumentNode | null {
  let changed = false;
  const definitions = document.definitions.map((definition) => {
    const root =
      (definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'query') ||
      (definition.kind === Kind.FRAGMENT_DEFINITION &&
        definition.typeCondition.name.value === 'Query');
    if (!root) return definition;
    const selectionSet = withChecks(definition.selectionSet);
    if (!selectionSet) return definition;
    changed = true;
    return { ...definition, selectionSet };
  });
  return changed ? { ...document, definitions } : null;
}

function stripChecks(value: unknown): void {
  if (Array.isArray(value)) for (const item of value) stripChecks(item);
  else if (value && typeof value === 'object') {
    delete (value as Record<string, unknown>)[NODE_CHECK_ALIAS];
    for (const inner of Object.values(value)) stripChecks(inner);
  }
}

export const nodeVisibility: ApolloServerPlugin<BaseContext> = {
  requestDidStart: async () => {
    let checked = false;
    return {
      didResolveOperation: async (context) => {
        const document = withNodeChecks(context.document);
        if (!document) return;
        // The gateway plans from the request's document; its plan cache key stays the query's
        // hash, which is sound because the same query always gets the same checks.
        (context as { document: DocumentNode }).document = document;
        checked = true;
      },
      willSendResponse: async ({ response }) => {
        if (checked && response.body.kind === 'single')
          stripChecks(response.body.singleResult.data);
      },
    };
  },
};

/**
 * Nothing the gateway puts in a response's top-level extensions is for clients: Apollo's
 * `valueCompletion` names the check's alias above (and would any other internal field).
 */
export const responseExtensionsDropped: ApolloServerPlugin<BaseContext> = {
  requestDidStart: async () => ({
    willSendResponse: async ({ response }) => {
      if (response.body.kind === 'single')
        delete (response.body.singleResult as { extensions?: unknown }).extensions;
    },
  }),
};
