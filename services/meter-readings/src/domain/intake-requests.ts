import { hash as digest } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { fromGlobalId, userError, type UserError } from '@portal/platform';
import { MeterReadingRequest } from '../entities/meter-reading-request.entity';
import {
  byMeterOrder,
  type AcceptedReading,
  type MeterValueInput,
  type SubmitMeterReadingInput,
} from './meter-reading';
import { inputProblems, type FieldPrefix } from './reading-rules';

/**
 * The submission side of the intake: each input parsed and checked on its own, and the
 * idempotency keys' stored answers (the first answer to a key is replayed, never judged again).
 */

export interface Parsed {
  index: number;
  at: FieldPrefix;
  input: SubmitMeterReadingInput;
  /** The input's values by meter order. */
  values: MeterValueInput[];
  deviceId: string | null;
  key: string | null;
  hash: string;
  problems: UserError[];
}

/** The first answer to an idempotency key, as stored. */
export interface StoredRequest {
  requestHash: string;
  readingId: string | null;
  userErrors: UserError[];
}

/** An answer to store under the caller's idempotency key. */
export interface NewRequest extends StoredRequest {
  idempotencyKey: string;
}

export type Outcome =
  | { kind: 'accepted'; accepted: AcceptedReading }
  | { kind: 'refused'; userErrors: UserError[] }
  | { kind: 'replay'; readingId: string | null; userErrors: UserError[] };

const NOT_FOUND_MESSAGE =
  'No such device, or not one you submit readings for. Check the device, or ask your Administrator.';

export function parse(input: SubmitMeterReadingInput, index: number, at: FieldPrefix): Parsed {
  const deviceId = fromGlobalId('Device', input.deviceId);
  const values = byMeterOrder(input.values);
  const hash = digest(
    'sha256',
    JSON.stringify([
      deviceId,
      input.readingDate ?? null,
      values.map((v) => [v.meter, v.value]),
      // Only when set, so that keys stored before the field existed still match.
      ...(input.confirmIncrease ? ['confirmIncrease'] : []),
    ]),
    'base64url',
  );
  return {
    index,
    at,
    input,
    values,
    deviceId,
    key: input.idempotencyKey ?? null,
    hash,
    problems: inputProblems(input, at),
  };
}

/** The answers already stored for the actor's keys, by key. */
export async function storedRequests(
  manager: EntityManager,
  actor: string,
  keys: string[],
): Promise<Map<string, StoredRequest>> {
  if (keys.length === 0) return new Map();
  const rows: {
    idempotency_key: string;
    request_hash: string;
    reading_id: string | null;
    user_errors: UserError[];
  }[] = await manager.query(
    `SELECT idempotency_key, request_hash, reading_id, user_errors
       FROM ${manager.getRepository(MeterReadingRequest).metadata.tablePath}
      WHERE actor = $1 AND idempotency_key = ANY($2::text[])`,
    [actor, keys],
  );
  return new Map(
    rows.map((r) => [
      r.idempotency_key,
      { requestHash: r.request_hash, readingId: r.reading_id, userErrors: r.user_errors },
    ]),
  );
}

/** Keeps the first answer to each key, in the submission's transaction: one statement. */
export async function storeRequests(
  manager: EntityManager,
  actor: string,
  requests: NewRequest[],
): Promise<void> {
  if (requests.length === 0) return;
  await manager.query(
    `INSERT INTO ${manager.getRepository(MeterReadingRequest).metadata.tablePath}
       (actor, idempotency_key, request_hash, reading_id, user_errors)
     SELECT $1::text, q.idempotency_key, q.request_hash, q.reading_id, q.user_errors
       FROM json_to_recordset($2::json)
         AS q(idempotency_key text, request_hash text, reading_id uuid, user_errors jsonb)`,
    [
      actor,
      JSON.stringify(
        requests.map((r) => ({
          idempotency_key: r.idempotencyKey,
          request_hash: r.requestHash,
          reading_id: r.readingId,
          user_errors: r.userErrors,
        })),
      ),
    ],
  );
}

/**
 * Inputs whose key was answered before replay that answer (or are refused when the key came
 * with another input); returns the first input of each key not answered yet.
 */
export function replayStored(
  keyed: Parsed[],
  stored: Map<string, StoredRequest>,
  outcomes: (Outcome | undefined)[],
): Map<string, Parsed> {
  const firstWithKey = new Map<string, Parsed>();
  for (const p of keyed) {
    const earlier = stored.get(p.key!);
    const hash = earlier?.requestHash ?? firstWithKey.get(p.key!)?.hash;
    if (hash !== undefined && hash !== p.hash) outcomes[p.index] = keyReused(p.at);
    else if (earlier)
      outcomes[p.index] = {
        kind: 'replay',
        readingId: earlier.readingId,
        userErrors: underPrefix(earlier.userErrors, p.at),
      };
    else if (!firstWithKey.has(p.key!)) firstWithKey.set(p.key!, p);
  }
  return firstWithKey;
}

/** The answer to store under an input's key. */
export function requestOf(p: Parsed, outcome: Outcome): NewRequest {
  return {
    idempotencyKey: p.key!,
    requestHash: p.hash,
    readingId: outcome.kind === 'accepted' ? outcome.accepted.reading.id : null,
    // Stored relative to the input, so a replay in a batch points at its own index.
    userErrors: outcome.kind === 'refused' ? relativeTo(outcome.userErrors, p.at) : [],
  };
}

/** A repeat of a key within the batch answers what its first use answered. */
export function answerRepeats(
  parsed: Parsed[],
  firstWithKey: Map<string, Parsed>,
  outcomes: (Outcome | undefined)[],
): void {
  for (const p of parsed) {
    if (outcomes[p.index]) continue;
    const original = firstWithKey.get(p.key!)!;
    const first = outcomes[original.index]!;
    outcomes[p.index] =
      first.kind === 'accepted'
        ? { kind: 'replay', readingId: first.accepted.reading.id, userErrors: [] }
        : {
            kind: 'refused',
            userErrors: underPrefix(relativeTo(first.userErrors, original.at), p.at),
          };
  }
}

/** A later input of the batch with a key an earlier input already used. */
export function isRepeat(p: Parsed, firstWithKey: Map<string, Parsed>): boolean {
  return p.key !== null && firstWithKey.has(p.key) && firstWithKey.get(p.key) !== p;
}

export function notFound(at: FieldPrefix): Outcome {
  return {
    kind: 'refused',
    userErrors: [userError('NOT_FOUND', [...at, 'deviceId'], NOT_FOUND_MESSAGE)],
  };
}

function keyReused(at: FieldPrefix): Outcome {
  return {
    kind: 'refused',
    userErrors: [
      userError(
        'IDEMPOTENCY_KEY_REUSED',
        [...at, 'idempotencyKey'],
        'This idempotency key was used for another reading. Use a new key for each reading.',
      ),
    ],
  };
}

/** Error fields without the input's prefix (['values', '0', 'value']). */
function relativeTo(errors: UserError[], at: FieldPrefix): UserError[] {
  return errors.map((e) => ({ ...e, field: e.field ? e.field.slice(at.length) : null }));
}

function underPrefix(errors: UserError[], at: FieldPrefix): UserError[] {
  return errors.map((e) => ({ ...e, field: e.field ? [...at, ...e.field] : null }));
}
