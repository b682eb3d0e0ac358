import { createHash } from 'node:crypto';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from './principal';

/**
 * The first answer to a create-type mutation sent with an idempotency key, so that a client's
 * retry (after a timeout, say, when it cannot know whether the first attempt was applied)
 * replays it instead of creating a second object. A subgraph lists this entity with its own
 * and calls `IdempotencyKeys.create`. Keys belong to one caller within its organisation.
 */
@Entity('idempotent_request')
export class IdempotentRequest {
  /** `<organisation or "staff">/<user:id | apiKey:id>`: a key never reaches another caller. */
  @PrimaryColumn({ type: 'text' })
  scope: string;

  /** The mutation, e.g. createServiceOrder: one key may be used once per mutation. */
  @PrimaryColumn({ type: 'text' })
  operation: string;

  @PrimaryColumn({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  /** sha256 of the input (without the key): the same key with another input is refused. */
  @Column({ name: 'request_hash', type: 'text' })
  requestHash: string;

  /** The local id of what the first request created. */
  @Column({ name: 'result_id', type: 'text' })
  resultId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const IDEMPOTENCY_KEY_MAX_LENGTH = 200;

/** What a create step did: created something (its id), or refused (answered, stored nowhere). */
export type CreateOutcome<T> = { created: string } | { refused: T };

export interface IdempotentCreate<T> {
  /** Judges and writes in the transaction given; what it creates commits with the key. */
  create(manager: EntityManager): Promise<CreateOutcome<T>>;
  /** The answer for what was created: after the commit, and again on every replay. */
  answer(id: string): Promise<T>;
  /** A refusal in the operation's payload (userErrors) for a bad or reused key. */
  refuse(code: 'IDEMPOTENCY_KEY_REUSED' | 'INVALID_INPUT', message: string): T;
}

/** JSON with object keys sorted, so equal inputs hash equally whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/**
 * Optional idempotency keys for create-type mutations. Without a key the create runs as ever.
 * With one, a transaction takes an advisory lock on (caller, operation, key), so concurrent
 * retries wait for the first; a stored answer is replayed (the same input) or refused
 * (IDEMPOTENCY_KEY_REUSED); otherwise the create runs and its result is stored in the same
 * transaction. Refusals are not stored: a retry is judged again.
 */
export class IdempotencyKeys {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
  ) {}

  private get scope(): string {
    return `${this.principal.organizationId ?? 'staff'}/${this.principal.actor}`;
  }

  async create<T>(
    operation: string,
    key: string | null | undefined,
    input: object,
    steps: IdempotentCreate<T>,
  ): Promise<T> {
    if (key === null || key === undefined) {
      const outcome = await this.dataSource.transaction((manager) => steps.create(manager));
      return 'created' in outcome ? steps.answer(outcome.created) : outcome.refused;
    }
    if (key.length === 0 || key.length > IDEMPOTENCY_KEY_MAX_LENGTH)
      return steps.refuse(
        'INVALID_INPUT',
        `An idempotency key has 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters.`,
      );
    const judged: Record<string, unknown> = { ...input, idempotencyKey: undefined };
    const requestHash = createHash('sha256').update(canonical(judged)).digest('hex');
    const table = this.dataSource.getRepository(IdempotentRequest).metadata.tablePath;
    const outcome = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        JSON.stringify([table, this.scope, operation, key]),
      ]);
      const [stored] = (await manager.query(
        `SELECT request_hash, result_id FROM ${table}
          WHERE scope = $1 AND operation = $2 AND idempotency_key = $3`,
        [this.scope, operation, key],
      )) as { request_hash: string; result_id: string }[];
      if (stored) return stored.request_hash === requestHash ? { replay: stored.result_id } : null;
      const created = await steps.create(manager);
      if ('created' in created)
        await manager.insert(IdempotentRequest, {
          scope: this.scope,
          operation,
          idempotencyKey: key,
          requestHash,
          resultId: created.created,
        });
      return created;
    });
    if (!outcome)
      return steps.refuse(
        'IDEMPOTENCY_KEY_REUSED',
        'This idempotency key was used for another request. Use a new key for a new request.',
      );
    if ('replay' in outcome) return steps.answer(outcome.replay);
    return 'created' in outcome ? steps.answer(outcome.created) : outcome.refused;
  }
}
