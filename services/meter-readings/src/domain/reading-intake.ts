import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@portal/platform';
import { recordMeterReadingBatchRefused } from '../events';
import { judgeBatch, Today } from './batch-judging';
import { lockDevices, storedNeighbours, type IntakeDevice } from './intake-lookups';
import {
  answerRepeats,
  isRepeat,
  notFound,
  parse,
  replayStored,
  requestOf,
  storedRequests,
  storeRequests,
  type Outcome,
  type Parsed,
} from './intake-requests';
import { writeAccepted } from './intake-writes';
import type { MeterReadingPayload, SubmitMeterReadingInput } from './meter-reading';
import { maySubmit } from './reading-access';
import type { FieldPrefix } from './reading-rules';
import { loadReadings } from './reading-store';

/** PostgreSQL errors after which the whole transaction is simply tried again. */
const RETRYABLE = new Set([
  '23505', // unique_violation: a concurrent request stored the same idempotency key first
  '40001', // serialization_failure
  '40P01', // deadlock_detected: e.g. with the device projection consumer
]);
const ATTEMPTS = 4;

/**
 * Stores meter readings exactly once. Every submission, single or bulk, runs through `submit`:
 * one transaction that locks the devices' projection rows (in id order, so batches cannot
 * deadlock each other), so that the readings of a device are judged one at a time against what
 * is stored; the unique (device, day) constraint is the last line of defence. An idempotency key
 * stores the first answer in the same transaction, and the answer leaves only after the commit.
 * A batch is judged set-based: its devices, stored answers and neighbours are each read in one
 * statement (intake-lookups), its writes are a constant number of statements (intake-writes).
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
    const parsed = inputs.map((input, index) => parse(input, index, fieldOf(index)));
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
    const devices = await lockDevices(
      manager,
      open.map((p) => p.deviceId!),
    );
    for (const p of open) {
      const device = devices.get(p.deviceId!);
      if (!device || !maySubmit(this.principal, device)) outcomes[p.index] = notFound(p.at);
    }

    // Idempotency: a key already answered replays that answer (checked under the device lock).
    const keyed = parsed.filter((p) => !outcomes[p.index] && p.key !== null);
    const stored = await storedRequests(
      manager,
      this.principal.actor,
      keyed.map((p) => p.key!),
    );
    const firstWithKey = replayStored(keyed, stored, outcomes);

    // Each remaining input is judged against its neighbours, read in one statement.
    const today = new Today(new Date());
    const toJudge = parsed
      .filter((p) => !outcomes[p.index] && !isRepeat(p, firstWithKey))
      .map((p) => {
        const device = devices.get(p.deviceId!)!;
        return { p, device, day: p.input.readingDate ?? today.in(device.timeZone) };
      });
    const neighbours = await storedNeighbours(
      manager,
      toJudge.map(({ p, device, day }) => ({ index: p.index, deviceId: device.deviceId, day })),
    );
    const verdicts = judgeBatch(
      this.principal,
      toJudge.map((j) => ({ ...j, stored: neighbours.get(j.p.index)! })),
      today,
      outcomes,
    );
    answerRepeats(parsed, firstWithKey, outcomes);

    await writeAccepted(manager, verdicts);
    await storeRequests(
      manager,
      this.principal.actor,
      toJudge.flatMap(({ p }) => (p.key === null ? [] : [requestOf(p, outcomes[p.index]!)])),
    );
    if (bulk)
      await this.tellRefusals(
        manager,
        parsed,
        outcomes as Outcome[],
        devices,
        verdicts.accepted.length,
      );
    return outcomes as Outcome[];
  }

  /** Refused in this batch (stored answers replayed are not news): the sender hears of them once. */
  private async tellRefusals(
    manager: EntityManager,
    parsed: Parsed[],
    outcomes: Outcome[],
    devices: Map<string, IntakeDevice>,
    accepted: number,
  ): Promise<void> {
    const refusedNow = parsed.filter((p) => outcomes[p.index]!.kind === 'refused');
    if (refusedNow.length === 0) return;
    await recordMeterReadingBatchRefused(manager, {
      submittedBy: this.principal.actor,
      submitted: parsed.length,
      accepted,
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
  }
}
