import { randomUUIDv7 } from 'node:crypto';
import type { Principal } from '@portal/platform';
import { MeterReading } from '../entities/meter-reading.entity';
import { dayIn, type Day } from './calendar';
import type { IntakeDevice, Neighbour, StoredNeighbours } from './intake-lookups';
import type { Outcome, Parsed } from './intake-requests';
import type { AcceptedReading } from './meter-reading';
import { mayBackdate, sourceOf } from './reading-access';
import { judge, type KnownReading } from './reading-rules';
import { valueMap } from './reading-store';

/** A reading held in memory during a batch, before it is written. */
export interface Pending extends KnownReading {
  accepted: AcceptedReading;
}

/** A stored reading that a reading of the batch, for an earlier day, now precedes. */
export interface Correction {
  reading: Neighbour;
  previous: Pending;
}

/** What judging a batch decided: the outcomes by input, and what to write. */
export interface Verdicts {
  accepted: { accepted: AcceptedReading; device: IntakeDevice }[];
  corrections: Map<string, Correction>;
}

/** Today per time zone, computed once per batch. */
export class Today {
  private readonly days = new Map<string, Day>();
  constructor(readonly now: Date) {}
  in(timeZone: string): Day {
    let today = this.days.get(timeZone);
    if (today === undefined) this.days.set(timeZone, (today = dayIn(timeZone, this.now)));
    return today;
  }
}

/**
 * Judges the inputs in order against their stored neighbours and the readings the batch accepted
 * before them (docs/domain.md's rules, `judge`), setting each one's outcome. A reading accepted
 * for an earlier day becomes the previous reading of the one after it, stored or in the batch.
 */
export function judgeBatch(
  principal: Principal,
  inputs: { p: Parsed; device: IntakeDevice; day: Day; stored: StoredNeighbours }[],
  today: Today,
  outcomes: (Outcome | undefined)[],
): Verdicts {
  const batch = new Map<string, Pending[]>();
  const verdicts: Verdicts = { accepted: [], corrections: new Map() };
  const backdate = mayBackdate(principal);
  for (const { p, device, day, stored } of inputs) {
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
      today: today.in(device.timeZone),
      now: today.now,
      mayBackdate: backdate,
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
    if (problems.length && !confirmed) {
      outcomes[p.index] = { kind: 'refused', userErrors: problems };
      continue;
    }
    const pending = newReading(principal, p, device, day, previous, today.now);
    pending.accepted.reading.increaseConfirmed = confirmed;
    if (inBatch) inBatch.push(pending);
    else batch.set(device.deviceId, [pending]);
    if (next?.pending) reconnect(next.pending.accepted, pending);
    else if (next) verdicts.corrections.set(next.id, { reading: next, previous: pending });
    verdicts.accepted.push({ accepted: pending.accepted, device });
    outcomes[p.index] = { kind: 'accepted', accepted: pending.accepted };
  }
  return verdicts;
}

function newReading(
  principal: Principal,
  p: Parsed,
  device: IntakeDevice,
  day: Day,
  previous: Neighbour | null,
  now: Date,
): Pending {
  // A plain instance: TypeORM's create() walks the entity's metadata for every reading.
  const reading = Object.assign(new MeterReading(), {
    // Time-ordered: a batch's rows go to the right edge of the id indexes of the readings and
    // their values (millions of rows), not to 1000 random pages of each.
    id: randomUUIDv7(),
    deviceId: device.deviceId,
    readingDate: day,
    source: sourceOf(principal, device),
    submittedBy: principal.actor,
    submittedByName: principal.claims.name,
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
