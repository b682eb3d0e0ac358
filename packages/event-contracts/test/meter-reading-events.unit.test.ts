import {
  acceptedReadingsOf,
  METER_READING_ACCEPTED,
  METER_READINGS_ACCEPTED,
  METER_READINGS_TOPIC,
  readingEventId,
  type AcceptedMeterReadingV1,
} from '@portal/event-contracts';
import type { DomainEvent } from '@portal/platform';

// Consumers read both acceptance contracts while events of the superseded one are on the stream.
const reading = (readingId: string, serialNumber: string): AcceptedMeterReadingV1 => ({
  readingId,
  deviceId: '6f1c2d9e-0000-4000-8000-000000000001',
  accountId: '6f1c2d9e-0000-4000-8000-0000000000aa',
  serialNumber,
  contractNumber: `SC-${serialNumber}`,
  readingDate: '2026-11-30',
  previousReadingDate: '2026-10-31',
  source: 'E_MAINTENANCE',
  submittedBy: 'apiKey:k1',
  submittedAt: '2026-11-30T08:00:00.000Z',
  values: [{ meter: 'TOTAL', value: 1200, usageSincePrevious: 200 }],
});
const event = (type: string, payload: unknown, id = 'c7d0b6a4-5f1e-4c1b-9a51-3b2f0c8e9d10') =>
  ({
    id,
    topic: METER_READINGS_TOPIC,
    type,
    version: 1,
    aggregateId: id,
    occurredAt: '2026-11-30T08:00:01.000Z',
    payload,
  }) satisfies DomainEvent;

const first = reading('0193d2a0-0000-7000-8000-000000000001', 'BB0000001');
const second = reading('0193d2a0-0000-7000-8000-000000000002', 'BB0000002');

it('reads every reading of a batch event, and the one reading of the superseded event', () => {
  expect(acceptedReadingsOf(event(METER_READINGS_ACCEPTED, { readings: [first, second] }))).toEqual(
    [first, second],
  );
  expect(acceptedReadingsOf(event(METER_READING_ACCEPTED, first))).toEqual([first]);
});

it('reads nothing of other types, topics or versions', () => {
  expect(acceptedReadingsOf(event('MeterReadingCorrected', first))).toBeNull();
  expect(
    acceptedReadingsOf({ ...event(METER_READING_ACCEPTED, first), topic: 'devices' }),
  ).toBeNull();
  expect(acceptedReadingsOf({ ...event(METER_READINGS_ACCEPTED, {}), version: 2 })).toBeNull();
});

it('gives each reading of a batch its own id, the same on every redelivery', () => {
  const batch = event(METER_READINGS_ACCEPTED, { readings: [first, second] });
  const ids = [first, second].map((r) => readingEventId(batch, r.readingId));
  expect(new Set([...ids, batch.id]).size).toBe(3);
  expect([first, second].map((r) => readingEventId({ ...batch }, r.readingId))).toEqual(ids);
  for (const id of ids)
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  // Another event with the same readings (another submission) gets other ids.
  const other = event(
    METER_READINGS_ACCEPTED,
    { readings: [first] },
    'd1e2f3a4-0000-4000-8000-000000000000',
  );
  expect(readingEventId(other, first.readingId)).not.toBe(ids[0]);
  // The superseded event keeps its own id, as its webhooks were sent under.
  const single = event(METER_READING_ACCEPTED, first);
  expect(readingEventId(single, first.readingId)).toBe(single.id);
});
