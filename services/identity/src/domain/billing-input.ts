import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { fromGlobalId, userError, type MeterType, type UserError } from '@portal/platform';
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
  const at = (...path: (string | number)[]) => ['input', ...path.map(String)];
  const invoiceNumber = input.invoiceNumber.trim();
  if (!REFERENCE.test(invoiceNumber))
    errors.push(
      userError(
        'INVALID_INPUT',
        at('invoiceNumber'),
        'Give the invoice number: 1 to 100 letters, digits or . _ / -.',
      ),
    );
  if (input.dueDate < input.invoiceDate)
    errors.push(
      userError('INVALID_INPUT', at('dueDate'), 'The due date is on or after the invoice date.'),
    );
  if (!/^[A-Z]{3}$/.test(input.currency))
    errors.push(
      userError('INVALID_INPUT', at('currency'), 'Give an ISO 4217 currency code, e.g. DKK.'),
    );
  if (input.lines.length === 0 || input.lines.length > MAX_LINES)
    errors.push(userError('INVALID_INPUT', at('lines'), `Give 1 to ${MAX_LINES} lines.`));
  const deviceIds = input.lines.map((l) =>
    l.deviceId ? fromGlobalId('Device', l.deviceId) : null,
  );
  const wanted = deviceIds.filter((id): id is string => id !== null);
  const devices = wanted.length
    ? await manager.findBy(DeviceProjection, { deviceId: In(wanted), accountId })
    : [];
  const lines: CheckedInvoice['lines'] = [];
  let total = 0n;
  for (const [i, line] of input.lines.entries()) {
    const device = devices.find((d) => d.deviceId === deviceIds[i]) ?? null;
    const cents = toCents(line.amount);
    const description = line.description.trim();
    if (description.length === 0 || description.length > 200)
      errors.push(
        userError(
          'INVALID_INPUT',
          at('lines', i, 'description'),
          'Describe the line in 1 to 200 characters.',
        ),
      );
    if (line.deviceId && !device)
      errors.push(
        userError('DEVICE_NOT_FOUND', at('lines', i, 'deviceId'), 'No such device on the account.'),
      );
    if (line.meter && !line.deviceId)
      errors.push(
        userError(
          'INVALID_INPUT',
          at('lines', i, 'meter'),
          'A meter is billed for a device: give the device.',
        ),
      );
    if (line.meter && device && !device.snapshot.billedMeters.includes(line.meter))
      errors.push(
        userError(
          'METER_NOT_BILLED',
          at('lines', i, 'meter'),
          "The device's contract does not bill that meter.",
        ),
      );
    if (line.periodEnd < line.periodStart)
      errors.push(
        userError(
          'INVALID_INPUT',
          at('lines', i, 'periodEnd'),
          'The period ends on or after its first day.',
        ),
      );
    if (!Number.isInteger(line.quantity) || line.quantity < 0)
      errors.push(
        userError('INVALID_INPUT', at('lines', i, 'quantity'), 'Give a quantity of 0 or more.'),
      );
    if (cents === null)
      errors.push(
        userError(
          'INVALID_INPUT',
          at('lines', i, 'amount'),
          'Give an amount with at most two decimals, e.g. 420.00.',
        ),
      );
    total += cents ?? 0n;
    lines.push({
      position: i + 1,
      description,
      deviceId: device?.deviceId ?? null,
      serialNumber: device?.serialNumber ?? null,
      meter: line.meter ?? null,
      periodStart: line.periodStart,
      periodEnd: line.periodEnd,
      quantity: line.quantity,
      amount: fromCents(cents ?? 0n),
    });
  }
  if (errors.length === 0 && total < 0n)
    errors.push(
      userError(
        'INVALID_INPUT',
        at('lines'),
        'The lines add up to less than 0: record a credit note against an invoice instead.',
      ),
    );
  if (errors.length) return { errors };
  const { invoiceDate, dueDate, currency } = input;
  return {
    errors,
    invoice: { invoiceNumber, invoiceDate, dueDate, currency, amount: fromCents(total), lines },
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
