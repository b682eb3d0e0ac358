import { randomUUID } from 'node:crypto';
import { LessThan, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import { fromGlobalId, userError, type Principal, type UserError } from '@portal/platform';
import { type DeviceSnapshotV1, type MeterReadingCorrectionKind } from '@portal/event-contracts';
import { DeviceProjection } from '../entities/device-projection.entity';
import { MeterReading } from '../entities/meter-reading.entity';
import { MeterReadingValue } from '../entities/meter-reading-value.entity';
import { MeterReadingCorrection } from '../entities/meter-reading-correction.entity';
import { recordMeterReadingCorrected } from '../events';
import {
  byMeterOrder,
  type AcceptedReading,
  type MeterReadingPayload,
  type MeterValueInput,
} from './meter-reading';
import { assertMayCorrect } from './reading-access';
import { inputProblems } from './reading-rules';
import { attachValues, loadReadings, valueMap } from './reading-store';
import { refreshUsageMonths } from './usage-rollup';

export const MAX_REASON_LENGTH = 500;

export interface CorrectMeterReadingInput {
  readingId: string;
  values: MeterValueInput[];
  reason: string;
}

export interface VoidMeterReadingInput {
  readingId: string;
  reason: string;
}

export interface CorrectionPayload {
  meterReading: AcceptedReading | null;
  correction: MeterReadingCorrection | null;
  userErrors: UserError[];
}

/** A reading with its neighbours and device, under the device's lock. */
export interface Series {
  device: Pick<DeviceSnapshotV1, 'accountId' | 'serialNumber' | 'contractNumber' | 'billedMeters'>;
  target: AcceptedReading;
  previous: AcceptedReading | null;
  next: AcceptedReading | null;
}

const NOT_FOUND = 'No such reading. It may have been voided; reload the device’s history.';

/**
 * The service centre's workflow on accepted readings: a service agent corrects or voids one
 * with a reason (the series stays monotonic; usage of the next reading follows; a
 * MeterReadingCorrected event goes to billing), and staff mark confirmed increases reviewed.
 * Each change runs under the device's lock, as submissions do.
 */
export class ReadingCorrections {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly eventsRecorded: () => void,
  ) {}

  async correct(input: CorrectMeterReadingInput): Promise<CorrectionPayload> {
    assertMayCorrect(this.principal);
    const problems = [...reasonProblems(input.reason), ...inputProblems(input, ['input'])];
    return this.change(input.readingId, problems, (manager, series) => {
      const errors = valueProblems(series, byMeterOrder(input.values));
      if (errors.length) return Promise.resolve(refusal(errors));
      return this.apply(manager, series, 'CORRECTED', input.reason, byMeterOrder(input.values));
    });
  }

  async void(input: VoidMeterReadingInput): Promise<CorrectionPayload> {
    assertMayCorrect(this.principal);
    return this.change(input.readingId, reasonProblems(input.reason), (manager, series) =>
      this.apply(manager, series, 'VOIDED', input.reason, []),
    );
  }

  /** Staff mark a reading whose increase the customer confirmed as reviewed. */
  async markReviewed(readingId: string): Promise<MeterReadingPayload> {
    this.principal.requireStaff();
    const id = fromGlobalId('MeterReading', readingId);
    const table = this.dataSource.getRepository(MeterReading).metadata.tablePath;
    const updated: [unknown[], number] | undefined = id
      ? await this.dataSource.query(
          `UPDATE ${table} SET reviewed_by = $2, reviewed_at = now()
            WHERE id = $1 AND increase_confirmed AND reviewed_at IS NULL RETURNING id`,
          [id, this.principal.actor],
        )
      : undefined;
    if (!id || !updated || updated[1] === 0)
      return {
        meterReading: null,
        userErrors: [
          userError('NOT_FOUND', ['readingId'], 'No confirmed increase waits for review here.'),
        ],
      };
    const readings = await loadReadings(this.dataSource.manager, [id]);
    return { meterReading: readings.get(id) ?? null, userErrors: [] };
  }

  private async change(
    readingId: string,
    problems: UserError[],
    act: (manager: EntityManager, series: Series) => Promise<CorrectionPayload>,
  ): Promise<CorrectionPayload> {
    const id = fromGlobalId('MeterReading', readingId);
    if (!id) return refusal([userError('NOT_FOUND', ['input', 'readingId'], NOT_FOUND)]);
    if (problems.length) return refusal(problems);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const series = await lockSeries(manager, id);
      if (!series) return refusal([userError('NOT_FOUND', ['input', 'readingId'], NOT_FOUND)]);
      return act(manager, series);
    });
    if (outcome.correction) this.eventsRecorded();
    return outcome;
  }

  private async apply(
    manager: EntityManager,
    series: Series,
    kind: MeterReadingCorrectionKind,
    reason: string,
    values: MeterValueInput[],
  ): Promise<CorrectionPayload> {
    const { target, previous, next } = series;
    const corrected = kind === 'CORRECTED' ? withUsage(target, values, previous) : null;
    if (corrected) await writeValues(manager, corrected);
    else {
      await manager.delete(MeterReadingValue, { readingId: target.reading.id });
      await manager.delete(MeterReading, { id: target.reading.id });
    }
    // The next reading now counts from the corrected one, or from the one before a voided one.
    const base = corrected ?? previous;
    const following = next
      ? withUsage(next, next.values, base, base?.reading.readingDate ?? null)
      : null;
    if (following) {
      await writeValues(manager, following);
      await manager.update(
        MeterReading,
        { id: following.reading.id },
        { previousReadingDate: following.reading.previousReadingDate },
      );
    }
    const correction = Object.assign(new MeterReadingCorrection(), {
      id: randomUUID(),
      readingId: target.reading.id,
      deviceId: target.reading.deviceId,
      readingDate: target.reading.readingDate,
      kind,
      reason: reason.trim(),
      previousValues: target.values.map(({ meter, value }) => ({ meter, value })),
      values: values.map(({ meter, value }) => ({ meter, value })),
      correctedBy: this.principal.actor,
      correctedByName: this.principal.claims.name,
      correctedAt: new Date(),
    });
    await manager.insert(MeterReadingCorrection, correction);
    await refreshUsageMonths(
      manager,
      [target, following].flatMap((r) =>
        r ? [{ deviceId: r.reading.deviceId, day: r.reading.readingDate }] : [],
      ),
    );
    await recordMeterReadingCorrected(manager, { correction, series, corrected, following });
    return { meterReading: corrected, correction, userErrors: [] };
  }
}

/** The reading, its neighbours and its device, with the device's row locked. */
async function lockSeries(manager: EntityManager, id: string): Promise<Series | null> {
  const found = await manager.findOneBy(MeterReading, { id });
  if (!found) return null;
  const [row]: { snapshot: DeviceSnapshotV1 }[] = await manager.query(
    `SELECT snapshot FROM ${manager.getRepository(DeviceProjection).metadata.tablePath}
      WHERE device_id = $1 FOR UPDATE`,
    [found.deviceId],
  );
  // Read again under the lock: a concurrent void may have removed it.
  const reading = await manager.findOneBy(MeterReading, { id });
  if (!row || !reading) return null;
  const [previous, next] = await Promise.all([
    manager.findOne(MeterReading, {
      where: { deviceId: reading.deviceId, readingDate: LessThan(reading.readingDate) },
      order: { readingDate: 'DESC' },
    }),
    manager.findOne(MeterReading, {
      where: { deviceId: reading.deviceId, readingDate: MoreThan(reading.readingDate) },
      order: { readingDate: 'ASC' },
    }),
  ]);
  const loaded = await attachValues(
    manager,
    [reading, previous, next].filter((r): r is MeterReading => r !== null),
  );
  return {
    device: row.snapshot,
    target: loaded.get(reading.id)!,
    previous: previous ? loaded.get(previous.id)! : null,
    next: next ? loaded.get(next.id)! : null,
  };
}

function reasonProblems(reason: string): UserError[] {
  const trimmed = reason.trim();
  return trimmed.length === 0 || trimmed.length > MAX_REASON_LENGTH
    ? [
        userError(
          'INVALID_INPUT',
          ['input', 'reason'],
          `Say why, in 1 to ${MAX_REASON_LENGTH} characters: it goes into the history and to billing.`,
        ),
      ]
    : [];
}

/** Billed meters once each, and a series that never decreases. */
export function valueProblems(series: Series, values: MeterValueInput[]): UserError[] {
  const { device, previous, next, target } = series;
  const billed = device.billedMeters;
  const problems: UserError[] = [];
  const before = previous ? valueMap(previous.values) : new Map();
  const after = next ? valueMap(next.values) : new Map();
  values.forEach((v, i) => {
    const at = ['input', 'values', String(i), 'value'];
    if (!billed.includes(v.meter))
      problems.push(
        userError('UNKNOWN_METER', [...at.slice(0, 3), 'meter'], `No billed ${v.meter} meter.`),
      );
    else if (before.has(v.meter) && v.value < before.get(v.meter)!)
      problems.push(
        userError(
          'LOWER_THAN_PREVIOUS',
          at,
          `${v.meter} must be at least ${before.get(v.meter)}, the reading of ${previous!.reading.readingDate}.`,
        ),
      );
    else if (after.has(v.meter) && v.value > after.get(v.meter)!)
      problems.push(
        userError(
          'HIGHER_THAN_NEXT',
          at,
          `${v.meter} must be at most ${after.get(v.meter)}, the reading of ${next!.reading.readingDate}.`,
        ),
      );
  });
  for (const meter of billed)
    if (!values.some((v) => v.meter === meter))
      problems.push(userError('MISSING_METER', ['input', 'values'], `Add the ${meter} meter.`));
  const old = valueMap(target.values);
  if (!problems.length && values.every((v) => old.get(v.meter) === v.value))
    problems.push(
      userError('UNCHANGED', ['input', 'values'], 'These are the values already stored.'),
    );
  return problems;
}

/** The reading with the values given and usage counted from `previous`. */
function withUsage(
  accepted: AcceptedReading,
  values: MeterValueInput[],
  previous: AcceptedReading | null,
  previousReadingDate = accepted.reading.previousReadingDate,
): AcceptedReading {
  const before = previous ? valueMap(previous.values) : new Map<string, number>();
  return {
    reading: Object.assign(new MeterReading(), accepted.reading, { previousReadingDate }),
    values: values.map(({ meter, value }) => ({
      meter,
      value,
      usageSincePrevious: before.has(meter) ? value - before.get(meter)! : null,
    })),
  };
}

async function writeValues(manager: EntityManager, accepted: AcceptedReading): Promise<void> {
  for (const v of accepted.values)
    await manager.update(
      MeterReadingValue,
      { readingId: accepted.reading.id, meter: v.meter },
      { value: v.value, usageSincePrevious: v.usageSincePrevious },
    );
}

function refusal(userErrors: UserError[]): CorrectionPayload {
  return { meterReading: null, correction: null, userErrors };
}
