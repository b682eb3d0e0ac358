import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ApolloGateway } from '@apollo/gateway';
import { operationFromDocument } from '@apollo/federation-internals';
import type { QueryPlan, QueryPlanner } from '@apollo/query-planner';
import {
  InMemoryLRUCache,
  type KeyValueCache,
  type KeyValueCacheSetOptions,
} from '@apollo/utils.keyvaluecache';
import { parse } from 'graphql';
import type { Logger } from '@portal/platform/edge';

/** Where the web client's build puts its operations (client/vite.config.ts). */
export const PERSISTED_DOCUMENTS_FILE = path.join('.vite', 'persisted-documents.json');

/** sha256 (hex) → operation text: every operation the web client sends. */
export type PersistedDocuments = ReadonlyMap<string, string>;

/**
 * The web client's operations from its build (`{ "sha256:<hex>": "<text>" }`, written by
 * graphql-codegen's client preset). Empty when the client is not built here. An entry whose
 * text does not hash to its key is refused: the gateway would answer a hash with another text.
 */
export function loadPersistedDocuments(clientDistDir: string): PersistedDocuments {
  const file = path.join(clientDistDir, PERSISTED_DOCUMENTS_FILE);
  if (!existsSync(file)) return new Map();
  const entries = Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
  return new Map(
    entries.map(([key, text]) => {
      const hash = key.replace(/^sha256:/, '');
      if (createHash('sha256').update(text).digest('hex') !== hash)
        throw new Error(`${file}: the text of ${key} does not hash to it.`);
      return [hash, text];
    }),
  );
}

const APQ_PREFIX = 'apq:';

/**
 * Apollo Server's persisted-query store: the client's operations, known from the start (so the
 * client sends only their hashes, and never has to register one), then what other callers
 * register through automatic persisted queries, in a bounded LRU as before.
 */
export class PersistedOperationStore implements KeyValueCache<string> {
  private readonly registered = new InMemoryLRUCache<string>();

  constructor(private readonly documents: PersistedDocuments) {}

  async get(key: string): Promise<string | undefined> {
    return this.documents.get(hashOf(key)) ?? (await this.registered.get(key));
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    if (!this.documents.has(hashOf(key))) await this.registered.set(key, value, options);
  }

  async delete(key: string): Promise<boolean | void> {
    return this.registered.delete(key);
  }
}

const hashOf = (key: string) => (key.startsWith(APQ_PREFIX) ? key.slice(APQ_PREFIX.length) : key);

/**
 * What of @apollo/gateway 2.14's ApolloGateway warming reaches (set once it has loaded): private
 * fields, so the version is asserted at start (apollo-patches.ts).
 */
interface GatewayPlanning {
  apiSchema?: Parameters<typeof operationFromDocument>[0];
  queryPlanner?: QueryPlanner;
  queryPlanStore?: KeyValueCache<QueryPlan>;
  recursiveSelectionsLimitDisabled?: boolean;
  nonLocalSelectionsLimitDisabled?: boolean;
}

/**
 * Plans every persisted operation before the first request, under the key Apollo Gateway looks
 * its plan up by (sha256 of the query hash and operation name), so no caller waits for the
 * query planner. Returns how many plans it stored; 0, with a warning, if this version of
 * @apollo/gateway keeps its planner elsewhere (then the first request plans, as before).
 */
export async function warmQueryPlans(
  gateway: ApolloGateway,
  documents: PersistedDocuments,
  log: Logger,
): Promise<number> {
  const planning = gateway as unknown as GatewayPlanning;
  const { apiSchema, queryPlanner, queryPlanStore } = planning;
  if (!apiSchema || !queryPlanner || !queryPlanStore) {
    log.warn('query plans not warmed: @apollo/gateway does not expose its planner as expected');
    return 0;
  }
  let warmed = 0;
  for (const [hash, text] of documents) {
    const document = parse(text);
    for (const definition of document.definitions) {
      if (definition.kind !== 'OperationDefinition' || !definition.name) continue;
      const operationName = definition.name.value;
      try {
        const operation = operationFromDocument(apiSchema, document, { operationName });
        const plan = queryPlanner.buildQueryPlan(operation, {
          recursiveSelectionsLimitDisabled: planning.recursiveSelectionsLimitDisabled,
          nonLocalSelectionsLimitDisabled: planning.nonLocalSelectionsLimitDisabled,
        });
        // ApolloGateway's plan key for a named operation (`queryPlanStoreKey` in its executor,
        // dist/index.js): with another key every first request would plan again, which
        // gateway/test/apollo-patches.test.ts would catch.
        const key = createHash('sha256').update(hash).update(operationName).digest('hex');
        await queryPlanStore.set(key, plan);
        warmed++;
      } catch (error) {
        // An operation the schema no longer accepts: its callers get the validation error.
        log.warn({ err: error, operationName }, 'persisted operation not planned');
      }
    }
  }
  return warmed;
}
