import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { fromGlobalId, userError, type UserError } from '@portal/platform';
import { type MeterType } from '@portal/event-contracts';
import { DeviceProjection } from '../entities/device-projection.entity';
import type { InvoiceLine } from '../entities/invoice-line.entity';
import { toCents, fromCents } from './money';

export interface InvoiceLineInput {
  description: string;
  deviceId?: string | null;
  meter?: MeterType | null;
  periodStart: string;
  periodEnd: string;
  quantity: number;
  amount: string;
}

export interface RecordInvoiceInput {
  accountId: string;
  invoiceNumber: string;
  invoiceDate: string;
  dueDate: string;
  currency: string;
  lines: InvoiceLineInput[];
}

/** A checked invoice: what is stored, field by field. */
export interface CheckedInvoice {
  invoiceNumber: string;
  invoiceDate: string;
  dueDate: string;
  currency: string;
  amount: string;
  lines: Omit<InvoiceLine, 'invoiceId'>[];
}

/** Invoice and payment numbers as billing systems write them. */
export const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/;
const MAX_LINES = 1000;

type Refuse = (failed: boolean, code: string, path: (string | number)[], message: string) => void;

/**
 * Checks an invoice against the account it bills: every line's device must be the account's
 * and its meter one the device's contract bills. Returns the errors at their fields, or the
 * invoice as it will be stored.
 */
export async function checkInvoice(
  manager: EntityManager,
  accountId: string,
  input: RecordInvoiceInput,
): Promise<{ errors: UserError[]; invoice?: CheckedInvoice }> {
  const errors: UserError[] = [];
  const refuse: Refuse = (failed, code, path, message) => {
    if (failed) errors.push(userError(code, ['input', ...path.map(String)], message));
  };
  const invoiceNumber = input.invoiceNumber.trim();
  refuse(
    !REFERENCE.test(invoiceNumber),
    'INVALID_INPUT',
    ['invoiceNumber'],
    'Give the invoice number: 1 to 100 letters, digits or . _ / -.',
  );
  refuse(
    input.dueDate < input.invoiceDate,
    'INVALID_INPUT',
    ['dueDate'],
    'The due date is on or after the invoice date.',
  );
  refuse(
    !/^[A-Z]{3}$/.test(input.currency),
    'INVALID_INPUT',
    ['currency'],
    'Give an ISO 4217 currency code, e.g. DKK.',
  );
  refuse(
    input.lines.length === 0 || input.lines.length > MAX_LINES,
    'INVALID_INPUT',
    ['lines'],
    `Give 1 to ${MAX_LINES} lines.`,
  );
  const deviceIds = input.lines.map((l) =>
    l.deviceId ? fromGlobalId('Device', l.deviceId) : null,
  );
  const wanted = deviceIds.filter((id): id is string => id !== null);
  const devices = wanted.length
    ? await manager.findBy(DeviceProjection, { deviceId: In(wanted), accountId })
    : [];
  const lines = input.lines.map((line, i) =>
    checkLine(line, i, devices.find((d) => d.deviceId === deviceIds[i]) ?? null, refuse),
  );
  const total = lines.reduce((sum, line) => sum + toCents(line.amount)!, 0n);
  refuse(
    errors.length === 0 && total < 0n,
    'INVALID_INPUT',
    ['lines'],
    'The lines add up to less than 0.',
  );
  if (errors.length) return { errors };
  const { invoiceDate, dueDate, currency } = input;
  return {
    errors,
    invoice: { invoiceNumber, invoiceDate, dueDate, currency, amount: fromCents(total), lines },
  };
}

/** One line, checked against its device (null: none given, or not the account's). */
function checkLine(
  line: InvoiceLineInput,
  i: number,
  device: DeviceProjection | null,
  refuse: Refuse,
): Omit<InvoiceLine, 'invoiceId'> {
  const cents = toCents(line.amount);
  const description = line.description.trim();
  const at = (field: string) => ['lines', i, field];
  refuse(
    description.length === 0 || description.length > 200,
    'INVALID_INPUT',
    at('description'),
    'Describe the line in 1 to 200 characters.',
  );
  refuse(
    Boolean(line.deviceId) && !device,
    'DEVICE_NOT_FOUND',
    at('deviceId'),
    'No such device on the account.',
  );
  refuse(
    Boolean(line.meter) && !line.deviceId,
    'INVALID_INPUT',
    at('meter'),
    'A meter is billed for a device: give the device.',
  );
  refuse(
    Boolean(line.meter && device && !device.snapshot.billedMeters.includes(line.meter)),
    'METER_NOT_BILLED',
    at('meter'),
    "The device's contract does not bill that meter.",
  );
  refuse(
    line.periodEnd < line.periodStart,
    'INVALID_INPUT',
    at('periodEnd'),
    'The period ends on or after its first day.',
  );
  refuse(
    !Number.isInteger(line.quantity) || line.quantity < 0,
    'INVALID_INPUT',
    at('quantity'),
    'Give a quantity of 0 or more.',
  );
  refuse(
    cents === null,
    'INVALID_INPUT',
    at('amount'),
    'Give an amount with at most two decimals, e.g. 420.00.',
  );
  return {
    position: i + 1,
    description,
    deviceId: device?.deviceId ?? null,
    serialNumber: device?.serialNumber ?? null,
    meter: line.meter ?? null,
    periodStart: line.periodStart,
    periodEnd: line.periodEnd,
    quantity: line.quantity,
    amount: fromCents(cents ?? 0n),
  };
}

/** Whether a stored invoice is what the retry sends (the same invoice, recorded again). */
export function sameInvoice(
  stored: {
    accountId: string;
    invoiceDate: string;
    dueDate: string | null;
    currency: string;
    amount: string;
  },
  storedLines: Omit<InvoiceLine, 'invoiceId'>[],
  accountId: string,
  checked: CheckedInvoice,
): boolean {
  const key = (l: Omit<InvoiceLine, 'invoiceId'>) =>
    JSON.stringify([
      l.position,
      l.description,
      l.deviceId,
      l.meter,
      l.periodStart,
      l.periodEnd,
      l.quantity,
      fromCents(toCents(l.amount)!),
    ]);
  return (
    stored.accountId === accountId &&
    stored.invoiceDate === checked.invoiceDate &&
    stored.dueDate === checked.dueDate &&
    stored.currency === checked.currency &&
    toCents(stored.amount) === toCents(checked.amount) &&
    storedLines.length === checked.lines.length &&
    storedLines.every((l, i) => key(l) === key(checked.lines[i]!))
  );
}
