import { hash as digest, randomUUID } from 'node:crypto';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { fromGlobalId, userError, type Principal, type UserError } from '@portal/platform';
import { type DeviceSnapshotV1, type MeterType } from '@portal/event-contracts';
import { DeviceProjection } from '../entities/device-projection.entity';
import { MeterReading } from '../entities/meter-reading.entity';
import { MeterReadingValue } from '../entities/meter-reading-value.entity';
import { MeterReadingRequest } from '../entities/meter-reading-request.entity';
import { recordMeterReadingBatchRefused, recordMeterReadingsAccepted } from '../events';
import { dayIn, type Day } from './calendar';
import {
  byMeterOrder,
  type AcceptedReading,
  type MeterReadingPayload,
  type MeterValueInput,
  type SubmitMeterReadingInput,
} from './meter-reading';
import { mayBackdate, maySubmit, sourceOf } from './reading-access';
import { inputProblems, judge, type FieldPrefix, type KnownReading } from './reading-rules';
import { loadReadings, valueMap } from './reading-store';
import { refreshUsageMonths } from './usage-rollup';

/** PostgreSQL errors after which the whole transaction is simply tried again. */
const RETRYABLE = new Set([
  '23505', // unique_violation: a concurrent request stored the same idempotency key first
  '40001', // serialization_failure
  '40P01', // deadlock_detected: e.g. with the device projection consumer
]);
const ATTEMPTS = 4;

/** What the intake reads of a device's snapshot: judging, access, the event. */
const DEVICE_FIELDS = [
  'deviceId',
  'accountId',
  'serialNumber',
  'contractNumber',
  'status',
  'pagesPerMinute',
  'timeZone',
  'installedAt',
  'eMaintenance',
  'billedMeters',
] as const;
type IntakeDevice = Pick<DeviceSnapshotV1, (typeof DEVICE_FIELDS)[number]>;

interface Parsed {
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
interface StoredRequest {
  requestHash: string;
  readingId: string | null;
  userErrors: UserError[];
}

/** An answer to store under the caller's idempotency key. */
interface NewRequest extends StoredRequest {
  idempotencyKey: string;
}

/** A reading held in memory during a batch, before it is written. */
interface Pending extends KnownReading {
  accepted: AcceptedReading;
}

/** A neighbour: stored, or accepted earlier in the same batch. */
interface Neighbour extends KnownReading {
  id: string;
  pending: Pending | null;
}

type Outcome =
  | { kind: 'accepted'; accepted: AcceptedReading }
  | { kind: 'refused'; userErrors: UserError[] }
  | { kind: 'replay'; readingId: string | null; userErrors: UserError[] };

const NOT_FOUND_MESSAGE =
  'No such device, or not one you submit readings for. Check the device, or ask your Administrator.';

/**
 * Stores meter readings exactly once. Every submission, single or bulk, runs through `submit`:
 * one transaction that locks the devices' projection rows (in id order, so batches cannot
 * deadlock each other), so that the readings of a device are judged one at a time against what
 * is stored; the unique (device, day) constraint is the last line of defence. An idempotency key
 * stores the first answer in the same transaction, and the answer leaves only after the commit.
 */
export class ReadingIntake {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly eventsRecorded: () => void,
  ) {}

  /** `bulk`: a bulk submission, whose refusals its sender is told of (MeterReadingBatchRefused). */
  async submit(
    inputs: SubmitMeterReadingInput[],
    fieldOf: (index: number) => FieldPrefix,
    bulk = false,
  ): Promise<MeterReadingPayload[]> {
    const parsed = inputs.map((input, index) => this.parse(input, index, fieldOf(index)));
    let outcomes: Outcome[] | undefined;
    for (let attempt = 1; !outcomes; attempt++) {
      try {
        outcomes = await this.dataSource.transaction((manager) =>
          this.judgeAndStore(manager, parsed, bulk),
        );
      } catch (error) {
        const code = (error as QueryFailedError & { driverError?: { code?: string } }).driverError
          ?.code;
        if (
          !(error instanceof QueryFailedError) ||
          !RETRYABLE.has(code ?? '') ||
          attempt >= ATTEMPTS
        )
          throw error;
      }
    }
    // Committed: now the readings exist, and so do their events.
    if (outcomes.some((o) => o.kind === 'accepted' || (bulk && o.kind === 'refused')))
      this.eventsRecorded();
    const replayed = await loadReadings(
      this.dataSource.manager,
      outcomes.flatMap((o) => (o.kind === 'replay' && o.readingId ? [o.readingId] : [])),
    );
    return outcomes.map((o) => {
      if (o.kind === 'accepted') return { meterReading: o.accepted, userErrors: [] };
      if (o.kind === 'refused') return { meterReading: null, userErrors: o.userErrors };
      return {
        meterReading: o.readingId ? (replayed.get(o.readingId) ?? null) : null,
        userErrors: o.userErrors,
      };
    });
  }

  private parse(input: SubmitMeterReadingInput, index: number, at: FieldPrefix): Parsed {
    const deviceId = fromGlobalId('Device', input.deviceId);
    const problems = inputProblems(input, at);
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
      problems,
    };
  }

  private async judgeAndStore(
    manager: EntityManager,
    parsed: Parsed[],
    bulk: boolean,
  ): Promise<Outcome[]> {
    const outcomes: (Outcome | undefined)[] = parsed.map((p) =>
      p.problems.length
        ? { kind: 'refused', userErrors: p.problems }
        : p.deviceId
          ? undefined
          : notFound(p.at),
    );
    const open = parsed.filter((p) => !outcomes[p.index]);
    const devices = await this.lockDevices(
      manager,
      open.map((p) => p.deviceId!),
    );
    for (const p of open) {
      const device = devices.get(p.deviceId!);
      if (!device || !maySubmit(this.principal, device)) outcomes[p.index] = notFound(p.at);
    }

    // Idempotency: a key already answered replays that answer (checked under the device lock).
    const keyed = parsed.filter((p) => !outcomes[p.index] && p.key !== null);
    const stored = await this.storedRequests(
      manager,
      keyed.map((p) => p.key!),
    );
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

    // What each remaining input is judged against, in one statement for the whole batch.
    const now = new Date();
    const todays = new Map<string, Day>();
    const todayIn = (timeZone: string): Day => {
      let today = todays.get(timeZone);
      if (today === undefined) todays.set(timeZone, (today = dayIn(timeZone, now)));
      return today;
    };
    const toJudge = parsed.filter((p) => !outcomes[p.index] && !isRepeat(p, firstWithKey));
    const dayOf = new Map(
      toJudge.map((p) => [
        p.index,
        p.input.readingDate ?? todayIn(devices.get(p.deviceId!)!.timeZone),
      ]),
    );
    const neighbours = await this.neighbours(manager, toJudge, dayOf);

    const batch = new Map<string, Pending[]>();
    const accepted: { accepted: AcceptedReading; device: IntakeDevice }[] = [];
    const corrections = new Map<string, { reading: Neighbour; previous: Pending }>();
    const requests: NewRequest[] = [];
    for (const p of toJudge) {
      const device = devices.get(p.deviceId!)!;
      const day = dayOf.get(p.index)!;
      const stored = neighbours.get(p.index)!;
      const inBatch = batch.get(device.deviceId);
      const previous = inBatch
        ? closest(
            stored.previous,
            inBatch.filter((r) => r.readingDate < day),
            'latest',
          )
        : stored.previous;
      const next = inBatch
        ? closest(
            stored.next,
            inBatch.filter((r) => r.readingDate > day),
            'earliest',
          )
        : stored.next;
      const problems = judge({
        device,
        values: p.input.values,
        readingDate: day,
        today: todayIn(device.timeZone),
        now,
        mayBackdate: mayBackdate(this.principal),
        previous,
        next,
        sameDay: stored.sameDay || (inBatch?.some((r) => r.readingDate === day) ?? false),
        at: p.at,
      });
      // The customer confirmed an increase the rule doubts: accepted, flagged for review.
      const confirmed =
        p.input.confirmIncrease === true &&
        problems.length > 0 &&
        problems.every((e) => e.code === 'IMPLAUSIBLE_INCREASE');
      let outcome: Outcome;
      if (problems.length && !confirmed) {
        outcome = { kind: 'refused', userErrors: problems };
      } else {
        const pending = this.newReading(p, device, day, previous, now);
        pending.accepted.reading.increaseConfirmed = confirmed;
        if (inBatch) inBatch.push(pending);
        else batch.set(device.deviceId, [pending]);
        if (next?.pending) reconnect(next.pending.accepted, pending);
        else if (next) corrections.set(next.id, { reading: next, previous: pending });
        accepted.push({ accepted: pending.accepted, device });
        outcome = { kind: 'accepted', accepted: pending.accepted };
      }
      outcomes[p.index] = outcome;
      if (p.key !== null) {
        requests.push({
          idempotencyKey: p.key,
          requestHash: p.hash,
          readingId: outcome.kind === 'accepted' ? outcome.accepted.reading.id : null,
          // Stored relative to the input, so a replay in a batch points at its own index.
          userErrors: outcome.kind === 'refused' ? relativeTo(outcome.userErrors, p.at) : [],
        });
      }
    }
    // A repeat of a key within the batch answers what its first use answered.
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

    await this.store(manager, accepted, corrections, requests);
    // Refused in this batch (stored answers replayed are not news): the sender hears of them once.
    const refusedNow = parsed.filter((p) => outcomes[p.index]?.kind === 'refused');
    if (bulk && refusedNow.length > 0)
      await recordMeterReadingBatchRefused(manager, {
        submittedBy: this.principal.actor,
        submitted: parsed.length,
        accepted: accepted.length,
        refused: refusedNow.length,
        refusals: refusedNow.slice(0, 20).map((p) => {
          const code =
            (outcomes[p.index] as Extract<Outcome, { kind: 'refused' }>).userErrors[0]?.code ??
            'REFUSED';
          // A device the sender may not see stays unnamed.
          const device = code === 'NOT_FOUND' || !p.deviceId ? null : devices.get(p.deviceId);
          return { index: p.index, serialNumber: device?.serialNumber ?? null, code };
        }),
      });
    return outcomes as Outcome[];
  }

  /** The answers already stored for the caller's keys, by key. */
  private async storedRequests(
    manager: EntityManager,
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
      [this.principal.actor, keys],
    );
    return new Map(
      rows.map((r) => [
        r.idempotency_key,
        { requestHash: r.request_hash, readingId: r.reading_id, userErrors: r.user_errors },
      ]),
    );
  }

  /** Locks the devices' rows, in id order, for the rest of the transaction. */
  private async lockDevices(
    manager: EntityManager,
    ids: string[],
  ): Promise<Map<string, IntakeDevice>> {
    const unique = [...new Set(ids)].sort();
    if (unique.length === 0) return new Map();
    // Only the fields the intake reads: a whole snapshot is several times the size to parse.
    const rows: { device: IntakeDevice }[] = await manager.query(
      `SELECT jsonb_build_object(${DEVICE_FIELDS.map((f) => `'${f}', snapshot->'${f}'`).join(', ')})
              AS device
         FROM ${manager.getRepository(DeviceProjection).metadata.tablePath}
        WHERE device_id = ANY($1::uuid[]) ORDER BY device_id FOR UPDATE`,
      [unique],
    );
    return new Map(rows.map(({ device }) => [device.deviceId, device]));
  }

  /** The stored readings just before and after each input's day, and whether the day is taken. */
  private async neighbours(
    manager: EntityManager,
    inputs: Parsed[],
    dayOf: Map<number, Day>,
  ): Promise<
    Map<number, { previous: Neighbour | null; next: Neighbour | null; sameDay: boolean }>
  > {
    const found = new Map<
      number,
      { previous: Neighbour | null; next: Neighbour | null; sameDay: boolean }
    >();
    if (inputs.length === 0) return found;
    const table = manager.getRepository(MeterReading).metadata.tablePath;
    const values = manager.getRepository(MeterReadingValue).metadata.tablePath;
    const rows: {
      i: number;
      previous_id: string | null;
      previous_date: string | null;
      previous_values: Record<string, number> | null;
      next_id: string | null;
      next_date: string | null;
      next_values: Record<string, number> | null;
      same_day: boolean;
    }[] = await manager.query(
      // The reading on or before the day answers both "is the day taken" and "which is the
      // previous one": one index probe each side. A taken day is refused before its previous
      // reading matters, so that one is not looked up.
      `SELECT x.i, p.id AS previous_id, p.reading_date::text AS previous_date,
              (SELECT jsonb_object_agg(v.meter, v.value) FROM ${values} v WHERE v.reading_id = p.id)
                AS previous_values,
              n.id AS next_id, n.reading_date::text AS next_date,
              (SELECT jsonb_object_agg(v.meter, v.value) FROM ${values} v WHERE v.reading_id = n.id)
                AS next_values,
              coalesce(p.reading_date = x.day, false) AS same_day
         FROM unnest($1::int[], $2::uuid[], $3::date[]) AS x(i, device_id, day)
         LEFT JOIN LATERAL (SELECT r.id, r.reading_date FROM ${table} r
                             WHERE r.device_id = x.device_id AND r.reading_date <= x.day
                             ORDER BY r.reading_date DESC LIMIT 1) p ON TRUE
         LEFT JOIN LATERAL (SELECT r.id, r.reading_date FROM ${table} r
                             WHERE r.device_id = x.device_id AND r.reading_date > x.day
                             ORDER BY r.reading_date LIMIT 1) n ON TRUE`,
      [
        inputs.map((p) => p.index),
        inputs.map((p) => p.deviceId),
        inputs.map((p) => dayOf.get(p.index)),
      ],
    );
    const neighbour = (
      id: string | null,
      day: string | null,
      byMeter: Record<string, number> | null,
    ): Neighbour | null =>
      id && day
        ? {
            id,
            readingDate: day,
            values: new Map(
              Object.entries(byMeter ?? {}).map(([meter, value]) => [
                meter as MeterType,
                Number(value),
              ]),
            ),
            pending: null,
          }
        : null;
    for (const r of rows) {
      found.set(r.i, {
        previous: r.same_day ? null : neighbour(r.previous_id, r.previous_date, r.previous_values),
        next: neighbour(r.next_id, r.next_date, r.next_values),
        sameDay: r.same_day,
      });
    }
    return found;
  }

  private newReading(
    p: Parsed,
    device: IntakeDevice,
    day: Day,
    previous: Neighbour | null,
    now: Date,
  ): Pending {
    // A plain instance: TypeORM's create() walks the entity's metadata for every reading.
    const reading = Object.assign(new MeterReading(), {
      id: randomUUID(),
      deviceId: device.deviceId,
      readingDate: day,
      source: sourceOf(this.principal, device),
      submittedBy: this.principal.actor,
      submittedByName: this.principal.claims.name,
      submittedAt: now,
      previousReadingDate: previous?.readingDate ?? null,
      idempotencyKey: p.key,
      increaseConfirmed: false,
      reviewedBy: null,
      reviewedAt: null,
    });
    const values = p.values.map((v) => {
      const before = previous?.values.get(v.meter);
      return {
        meter: v.meter,
        value: v.value,
        usageSincePrevious: before === undefined ? null : v.value - before,
      };
    });
    return { readingDate: day, values: valueMap(values), accepted: { reading, values } };
  }

  private async store(
    manager: EntityManager,
    accepted: { accepted: AcceptedReading; device: IntakeDevice }[],
    corrections: Map<string, { reading: Neighbour; previous: Pending }>,
    requests: NewRequest[],
  ): Promise<void> {
    // One statement for the readings and their values, one JSON document its parameter: a
    // batch of 1000 costs what one reading does, and no array literal needs escaping.
    if (accepted.length) {
      await manager.query(
        `WITH r AS (
           SELECT * FROM json_to_recordset($1::json) AS r(id uuid, device_id uuid,
             reading_date date, source text, submitted_by text, submitted_by_name text,
             submitted_at timestamptz, previous_reading_date date, idempotency_key text,
             increase_confirmed boolean, "values" json)
         ), readings AS (
           INSERT INTO ${manager.getRepository(MeterReading).metadata.tablePath}
             (id, device_id, reading_date, source, submitted_by, submitted_by_name, submitted_at,
              previous_reading_date, idempotency_key, increase_confirmed)
           SELECT id, device_id, reading_date, source, submitted_by, submitted_by_name,
                  submitted_at, previous_reading_date, idempotency_key, increase_confirmed FROM r
         )
         INSERT INTO ${manager.getRepository(MeterReadingValue).metadata.tablePath}
           (reading_id, meter, value, usage_since_previous)
         SELECT r.id, v.meter, v.value, v.usage_since_previous
           FROM r, json_to_recordset(r."values")
             AS v(meter text, value bigint, usage_since_previous bigint)`,
        [
          JSON.stringify(
            accepted.map(({ accepted: { reading, values } }) => ({
              id: reading.id,
              device_id: reading.deviceId,
              reading_date: reading.readingDate,
              source: reading.source,
              submitted_by: reading.submittedBy,
              submitted_by_name: reading.submittedByName,
              submitted_at: reading.submittedAt,
              previous_reading_date: reading.previousReadingDate,
              idempotency_key: reading.idempotencyKey,
              increase_confirmed: reading.increaseConfirmed,
              values: values.map((v) => ({
                meter: v.meter,
                value: v.value,
                usage_since_previous: v.usageSincePrevious,
              })),
            })),
          ),
        ],
      );
    }
    // A reading entered for an earlier day becomes the previous one of the reading after it:
    // the stored readings so corrected, and their usages, in one statement.
    if (corrections.size) {
      await manager.query(
        `WITH c AS (
           SELECT * FROM json_to_recordset($1::json)
             AS c(id uuid, previous_reading_date date, usages json)
         ), readings AS (
           UPDATE ${manager.getRepository(MeterReading).metadata.tablePath} r
              SET previous_reading_date = c.previous_reading_date
             FROM c WHERE r.id = c.id
         )
         UPDATE ${manager.getRepository(MeterReadingValue).metadata.tablePath} v
            SET usage_since_previous = u.usage
           FROM c, json_to_recordset(c.usages) AS u(meter text, usage bigint)
          WHERE v.reading_id = c.id AND v.meter = u.meter`,
        [
          JSON.stringify(
            [...corrections.values()].map(({ reading, previous }) => ({
              id: reading.id,
              previous_reading_date: previous.readingDate,
              usages: [...reading.values].map(([meter, value]) => {
                const before = previous.values.get(meter);
                return { meter, usage: before === undefined ? null : value - before };
              }),
            })),
          ),
        ],
      );
    }
    await refreshUsageMonths(manager, [
      ...accepted.map(({ accepted: { reading } }) => ({
        deviceId: reading.deviceId,
        day: reading.readingDate,
      })),
      ...[...corrections.values()].map(({ reading, previous }) => ({
        deviceId: previous.accepted.reading.deviceId,
        day: reading.readingDate,
      })),
    ]);
    await recordMeterReadingsAccepted(manager, accepted);
    if (requests.length) {
      await manager.query(
        `INSERT INTO ${manager.getRepository(MeterReadingRequest).metadata.tablePath}
           (actor, idempotency_key, request_hash, reading_id, user_errors)
         SELECT $1::text, q.idempotency_key, q.request_hash, q.reading_id, q.user_errors
           FROM json_to_recordset($2::json)
             AS q(idempotency_key text, request_hash text, reading_id uuid, user_errors jsonb)`,
        [
          this.principal.actor,
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
  }
}

function notFound(at: FieldPrefix): Outcome {
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

/** A later input of the batch with a key an earlier input already used. */
function isRepeat(p: Parsed, firstWithKey: Map<string, Parsed>): boolean {
  return p.key !== null && firstWithKey.has(p.key) && firstWithKey.get(p.key) !== p;
}

/** The nearer of the stored neighbour and the batch's readings on that side. */
function closest(
  stored: Neighbour | null,
  inBatch: Pending[],
  side: 'latest' | 'earliest',
): Neighbour | null {
  let best = stored;
  for (const pending of inBatch) {
    const nearer =
      !best ||
      (side === 'latest'
        ? pending.readingDate > best.readingDate
        : pending.readingDate < best.readingDate);
    if (nearer)
      best = {
        id: pending.accepted.reading.id,
        readingDate: pending.readingDate,
        values: pending.values,
        pending,
      };
  }
  return best;
}

/** A reading of the batch gets a new previous reading (one accepted after it, for an earlier day). */
function reconnect(later: AcceptedReading, previous: Pending): void {
  later.reading.previousReadingDate = previous.readingDate;
  later.values = later.values.map((v) => {
    const before = previous.values.get(v.meter);
    return { ...v, usageSincePrevious: before === undefined ? null : v.value - before };
  });
}
