import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type FragmentDefinitionNode,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Pool } from 'pg';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { PrincipalClaims, Logger } from '@portal/platform/edge';
import { COST_OPTIONS } from './protection';
import { createFairUseTable, fairUseTableUsable, FAIR_USE_TABLE } from './fair-use-table';
import type { GatewayContext } from './subgraph-data-source';
import type { UsageRecorder } from './usage';

/**
 * Fair use: every caller has a budget of query cost per window (a minute unless configured),
 * counted in PostgreSQL so it holds across gateway processes. The cost is the one the gateway's
 * protection computes (graphql-armor's cost formula), so a partner can predict it.
 */
export interface FairUseBudgets {
  /** Window length in seconds (60 in production; tests make it short). */
  windowSeconds: number;
  /** Cost per window of an API key whose organisation has no budget of its own. */
  apiKey: number;
  /** Cost per window of a user calling with a bearer token (scripts, the playground). */
  user: number;
  /**
   * Cost per window of one browser session (the web client): generous, and the client's own
   * persisted operations cost 1 each, so paging and polling never reach it in normal use.
   */
  session: number;
  /** Cost per window of a caller without credentials, per client address. */
  anonymous: number;
}

/** Whose budget a request spends, and how large that budget is. */
export interface FairUseSubject {
  key: string;
  points: number;
  /** The policy named in RateLimit-Policy (one per kind of caller). */
  policy: 'api-key' | 'user' | 'session' | 'anonymous';
}

/** What the caller presented: the budget differs for a browser session and a bearer token. */
export function fairUseSubject(
  principal: PrincipalClaims,
  presented: 'bearer' | 'cookie' | 'none',
  clientAddress: string,
  organisationBudget: number | null,
  budgets: FairUseBudgets,
): FairUseSubject {
  if (principal.kind === 'apiKey')
    return {
      key: `k:${principal.id}`,
      points: organisationBudget ?? budgets.apiKey,
      policy: 'api-key',
    };
  if (principal.kind === 'user' && presented === 'cookie' && principal.sessionId)
    return { key: `s:${principal.sessionId}`, points: budgets.session, policy: 'session' };
  if (principal.kind === 'user')
    return { key: `u:${principal.id}`, points: budgets.user, policy: 'user' };
  // The vendor's own systems: a bearer token's budget each, never the address's.
  if (principal.kind === 'serviceAccount')
    return { key: `m:${principal.id}`, points: budgets.user, policy: 'user' };
  return { key: `a:${clientAddress}`, points: budgets.anonymous, policy: 'anonymous' };
}

/** The state of a caller's budget after a request, as the RateLimit fields report it. */
export interface FairUseState {
  allowed: boolean;
  remaining: number;
  /** Seconds until the window resets (at least 1 while anything is consumed). */
  resetSeconds: number;
}

/**
 * The limiters, one per budget size (they share one table: a row is a key's consumed cost and
 * the end of its window). A key that spent its budget is refused from memory until its window
 * ends, so a flood costs PostgreSQL nothing; if PostgreSQL fails, an in-memory limiter stands in
 * (each process then counts alone) rather than refusing or waving everyone through.
 */
export class FairUseLimiter {
  private readonly limiters = new Map<number, RateLimiterAbstract>();
  private readonly ledgers = new Map<string, Ledger>();

  private constructor(
    private readonly pool: Pool | undefined,
    private readonly windowSeconds: number,
    private readonly log: Logger,
  ) {}

  /**
   * Counts in PostgreSQL when the table is there: made by the owner's migration
   * (`migrateGateway`), or here when this role may create it (the gateway connecting as owner).
   * Without it, and without CREATE (an application role before any migration), budgets are
   * counted per process (logged), never a gateway that will not start.
   */
  static async start(
    pool: Pool | undefined,
    windowSeconds: number,
    log: Logger,
  ): Promise<FairUseLimiter> {
    if (pool && !(await fairUseTableUsable(pool))) {
      await createFairUseTable(pool).catch((error: unknown) =>
        log.warn({ err: error }, 'cannot create gateway.fair_use: run the gateway migration'),
      );
      if (!(await fairUseTableUsable(pool))) pool = undefined;
    }
    if (!pool) log.warn('no fair-use table for the gateway: budgets are counted per process');
    return new FairUseLimiter(pool, windowSeconds, log);
  }

  /**
   * Charges `cost` to the subject. The first request of a window in this process asks the store
   * (and so learns what the other processes spent); later ones are decided from this process's
   * ledger at once and written behind, one statement per key in flight at a time, so requests
   * never wait for PostgreSQL and a hot key is not one row updated per request. The others'
   * spending is known as of the last write: each other process may overshoot a budget by what it
   * let through during one write.
   */
  async consume(subject: FairUseSubject, cost: number): Promise<FairUseState> {
    const now = Date.now();
    const ledger = this.ledgers.get(subject.key);
    if (!ledger || ledger.resetAt <= now || ledger.subject.points !== subject.points)
      return this.open(subject, cost, now);
    const used = ledger.consumed + ledger.inFlight + ledger.pending;
    const resetSeconds = Math.max(1, Math.ceil((ledger.resetAt - now) / 1000));
    if (used + cost > subject.points)
      return { allowed: false, remaining: Math.max(0, subject.points - used), resetSeconds };
    ledger.pending += cost;
    this.writeBehind(ledger);
    return { allowed: true, remaining: subject.points - used - cost, resetSeconds };
  }

  /** Asks the store for the first request of a window in this process, and keeps its answer. */
  private async open(subject: FairUseSubject, cost: number, now: number): Promise<FairUseState> {
    const answer = await this.store(subject, cost);
    if (!answer)
      return { allowed: true, remaining: subject.points, resetSeconds: this.windowSeconds };
    const current = this.ledgers.get(subject.key);
    if (current && current.resetAt > now && current.subject.points === subject.points) {
      current.consumed = Math.max(current.consumed, answer.consumed);
    } else {
      if (this.ledgers.size >= MAX_LEDGERS) this.forgetEnded(now);
      this.ledgers.set(subject.key, {
        subject,
        consumed: answer.consumed,
        inFlight: 0,
        pending: 0,
        resetAt: now + answer.msBeforeNext,
        writing: false,
      });
    }
    return answer.state;
  }

  private writeBehind(ledger: Ledger): void {
    if (ledger.writing) return;
    ledger.writing = true;
    setImmediate(() => void this.write(ledger));
  }

  private async write(ledger: Ledger): Promise<void> {
    while (ledger.pending > 0) {
      ledger.inFlight = ledger.pending;
      ledger.pending = 0;
      const answer = await this.store(ledger.subject, ledger.inFlight);
      if (answer) {
        ledger.consumed = answer.consumed;
        ledger.resetAt = Date.now() + answer.msBeforeNext;
      }
      ledger.inFlight = 0;
    }
    ledger.writing = false;
  }

  /** The store's answer: what the key has consumed in its window, or null when it failed. */
  private async store(subject: FairUseSubject, cost: number) {
    try {
      const res = await this.limiterFor(subject.points).consume(subject.key, cost);
      return {
        consumed: res.consumedPoints,
        msBeforeNext: res.msBeforeNext,
        state: stateOf(res, true),
      };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes)
        return {
          // Refused from memory (the key is blocked until its window ends): nothing left.
          consumed: Math.max(rejection.consumedPoints, subject.points),
          msBeforeNext: rejection.msBeforeNext,
          state: stateOf(rejection, false),
        };
      // Both the store and its insurance failed: let the request through, and say so.
      this.log.error({ err: rejection }, 'fair-use limiter failed');
      return null;
    }
  }

  private forgetEnded(now: number): void {
    for (const [key, ledger] of this.ledgers)
      if (ledger.resetAt <= now && !ledger.writing) this.ledgers.delete(key);
  }

  private limiterFor(points: number): RateLimiterAbstract {
    let limiter = this.limiters.get(points);
    if (!limiter) {
      const shape = { points, duration: this.windowSeconds };
      limiter = this.pool
        ? new RateLimiterPostgres({
            ...FAIR_USE_TABLE,
            ...shape,
            storeClient: this.pool,
            storeType: 'pool',
            tableCreated: true,
            // Only the first limiter sweeps expired rows (every 5 minutes).
            clearExpiredByTimeout: this.limiters.size === 0,
            inMemoryBlockOnConsumed: points,
            insuranceLimiter: new RateLimiterMemory(shape),
          })
        : new RateLimiterMemory(shape);
      this.limiters.set(points, limiter);
    }
    return limiter;
  }
}

/** This process's view of one key's window: what the store said, and what it has not yet been told. */
interface Ledger {
  subject: FairUseSubject;
  consumed: number;
  inFlight: number;
  pending: number;
  resetAt: number;
  writing: boolean;
}

const MAX_LEDGERS = 100_000;

function stateOf(res: RateLimiterRes, allowed: boolean): FairUseState {
  return {
    allowed,
    remaining: Math.max(0, res.remainingPoints),
    resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  };
}

/** RateLimit-Policy and RateLimit (draft-ietf-httpapi-ratelimit-headers-10), and Retry-After. */
export function fairUseHeaders(
  subject: FairUseSubject,
  state: FairUseState,
  windowSeconds: number,
): [string, string][] {
  const headers: [string, string][] = [
    ['ratelimit-policy', `"${subject.policy}";q=${subject.points};w=${windowSeconds}`],
    ['ratelimit', `"${subject.policy}";r=${state.remaining};t=${state.resetSeconds}`],
  ];
  if (!state.allowed) headers.push(['retry-after', String(state.resetSeconds)]);
  return headers;
}

export const RATE_LIMITED_MESSAGE =
  'This client has used its query budget for now. Wait for the time in Retry-After and try again.';

/** Made by the gateway itself, so its code may be shown (errors.ts). */
export class FairUseExceededError extends GraphQLError {
  constructor(headers: [string, string][]) {
    // Apollo Server reads `http.headers` as a Map; graphql-yoga's typings (Hive Gateway's, built
    // into this package for the matrix) declare a record for the same extension.
    const http = { status: 429, headers: new Map(headers) } as unknown as {
      status: number;
      headers: Record<string, string>;
    };
    super(RATE_LIMITED_MESSAGE, { extensions: { code: 'RATE_LIMITED', http } });
  }
}

/** What a request carries into the plugin: whose budget, and whether it is the client's own operation. */
export interface FairUseTicket {
  subject: FairUseSubject;
  /** Sent with the session cookie: the web client's own persisted operations then cost 1. */
  browserSession: boolean;
  /** Filled once the budget was charged. */
  charged?: { cost: number; state: FairUseState };
}

const costs = new WeakMap<DocumentNode, Map<OperationDefinitionNode, number>>();

/**
 * The cost of one operation of a document, by the protection's own formula; remembered per
 * parsed document (Apollo reuses the parsed document of a repeated query).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): number {
  let known = costs.get(document);
  if (!known) {
    const found: number[] = [];
    const rule = costLimitRule({
      ...COST_OPTIONS,
      maxCost: Number.POSITIVE_INFINITY,
      onAccept: [(_context, details: { n: number }) => found.push(details.n)],
    });
    validate(schema, document, [rule]);
    const operations = document.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    known = new Map(operations.map((o, index) => [o, Math.max(1, Math.ceil(found[index] ?? 1))]));
    costs.set(document, known);
  }
  return known.get(operation) ?? 1;
}

/**
 * Charges each request's cost to its subject once the operation is known (before any subgraph
 * is called), refuses it with 429 when the budget is spent, and puts the RateLimit fields on the
 * answer. A request that never reaches an operation (a parse or validation error) costs 1.
 */
export function fairUsePlugin(
  limiter: FairUseLimiter,
  windowSeconds: number,
  clientOperations: ReadonlyMap<string, string>,
  usage: UsageRecorder,
): ApolloServerPlugin<GatewayContext> {
  const charge = async (ticket: FairUseTicket, cost: number) => {
    ticket.charged = { cost, state: await limiter.consume(ticket.subject, cost) };
    return ticket.charged;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const ticket = requestContext.contextValue.fairUse;
          if (!ticket || !requestContext.operation) return;
          const hash = (
            requestContext.request.extensions?.persistedQuery as
              { sha256Hash?: unknown } | undefined
          )?.sha256Hash;
          const clientOperation =
            ticket.browserSession && typeof hash === 'string' && clientOperations.has(hash);
          const cost = clientOperation
            ? 1
            : operationCost(
                requestContext.schema,
                requestContext.document,
                requestContext.operation,
              );
          const { state } = await charge(ticket, cost);
          if (!state.allowed)
            throw new FairUseExceededError(fairUseHeaders(ticket.subject, state, windowSeconds));
        },
        async willSendResponse(requestContext: GraphQLRequestContext<GatewayContext>) {
          const ticket = requestContext.contextValue.fairUse;
          if (!ticket) return;
          const { state, cost } = ticket.charged ?? (await charge(ticket, 1));
          for (const [name, value] of fairUseHeaders(ticket.subject, state, windowSeconds))
            requestContext.response.http.headers.set(name, value);
          const principal = requestContext.contextValue.principal;
          // A refused request is counted, but charges no cost it did not spend.
          if (principal.kind === 'apiKey') {
            const { operation, document, schema } = requestContext;
            usage.record(
              principal.id!,
              state.allowed ? cost : 0,
              failed(requestContext),
              operation && document ? deprecatedFieldsOf(schema, document, operation) : [],
            );
          }
        },
      };
    },
  };
}

/** An answer with any error in it: refused, invalid, over budget, or a field that failed. */
function failed(requestContext: GraphQLRequestContext<GatewayContext>): boolean {
  const { body, http } = requestContext.response;
  if ((http.status ?? 200) >= 400) return true;
  return body?.kind === 'single' && (body.singleResult.errors?.length ?? 0) > 0;
}

const deprecatedUses = new WeakMap<DocumentNode, Map<OperationDefinitionNode, string[]>>();

/**
 * The deprecated fields and arguments an operation uses ("Type.field", "Type.field(arg)"), for
 * each key's usage: who still needs a field before its removal date. Remembered per document.
 */
export function deprecatedFieldsOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): string[] {
  let known = deprecatedUses.get(document);
  if (!known) deprecatedUses.set(document, (known = new Map()));
  let found = known.get(operation);
  if (!found) {
    const uses = new Set<string>();
    const typeInfo = new TypeInfo(schema);
    const fragments = new Map(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((f) => [f.name.value, f]),
    );
    const visitor = visitWithTypeInfo(typeInfo, {
      Field() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (parent && field?.deprecationReason) uses.add(`${parent.name}.${field.name}`);
      },
      Argument() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        const argument = typeInfo.getArgument();
        if (parent && field && argument?.deprecationReason)
          uses.add(`${parent.name}.${field.name}(${argument.name})`);
      },
    });
    // The operation and every fragment of the document (what it spreads is among them).
    visit(operation, visitor);
    for (const fragment of fragments.values()) visit(fragment, visitor);
    found = [...uses].sort();
    known.set(operation, found);
  }
  return found;
}
