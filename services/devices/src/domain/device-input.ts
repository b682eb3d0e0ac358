import { userError, type UserError } from '@portal/platform';
import { type MeterType } from '@portal/event-contracts';
import type { DeviceLocation, ServiceContract } from '../entities/device.entity';

/** What a client sends for a location (DeviceLocationInput). */
export interface LocationInput {
  address: string;
  building?: string | null;
  floor?: string | null;
  room?: string | null;
  note?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
}

/** What a client sends for a contract (ServiceContractInput). */
export interface ContractInput {
  contractNumber: string;
  responseTimeHours: number;
  billedMeters: MeterType[];
  readingFrequency: 'MONTHLY' | 'QUARTERLY';
}

export type Checked<T> = { value: T; errors: [] } | { value: null; errors: UserError[] };

const ok = <T>(value: T): Checked<T> => ({ value, errors: [] });
const failed = <T>(errors: UserError[]): Checked<T> => ({ value: null, errors });

// Tabs and line breaks are fine in a note; other control characters are never meant.
const CONTROL = /[^\P{Cc}\t\n\r]/u;
const SINGLE_LINE_CONTROL = /\p{Cc}/u;
const PHONE = /^\(?\+?[0-9][0-9 ()./-]*$/;
const SERIAL = /^[A-Z0-9][A-Z0-9-]{2,28}[A-Z0-9]$/;

/** A text field: trimmed, empty means null, bounded, single line unless `multiline`. */
function text(
  value: string | null | undefined,
  field: string[],
  label: string,
  max: number,
  errors: UserError[],
  { required = false, multiline = false } = {},
): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) {
    if (required) errors.push(userError('INVALID_INPUT', field, `Enter the ${label}.`));
    return null;
  }
  if (trimmed.length > max) {
    errors.push(
      userError('INVALID_INPUT', field, `Shorten the ${label} to at most ${max} characters.`),
    );
  } else if ((multiline ? CONTROL : SINGLE_LINE_CONTROL).test(trimmed)) {
    errors.push(
      userError('INVALID_INPUT', field, `Remove the control characters from the ${label}.`),
    );
  }
  return trimmed;
}

/** Validates a location; every problem at once, each on its field under `path`. */
export function checkLocation(input: LocationInput, path: string[]): Checked<DeviceLocation> {
  const errors: UserError[] = [];
  const at = (name: string) => [...path, name];
  const location: DeviceLocation = {
    address: text(input.address, at('address'), 'address', 200, errors, { required: true }) ?? '',
    building: text(input.building, at('building'), 'building', 100, errors),
    floor: text(input.floor, at('floor'), 'floor', 20, errors),
    room: text(input.room, at('room'), 'room', 100, errors),
    note: text(input.note, at('note'), 'note', 500, errors, { multiline: true }),
    contactName: text(input.contactName, at('contactName'), 'contact name', 100, errors),
    contactPhone: text(input.contactPhone, at('contactPhone'), 'contact phone', 30, errors),
  };
  if (
    location.contactPhone &&
    !errors.some((e) => e.field?.at(-1) === 'contactPhone') &&
    (!PHONE.test(location.contactPhone) || location.contactPhone.replace(/\D/g, '').length < 3)
  ) {
    errors.push(
      userError(
        'INVALID_INPUT',
        at('contactPhone'),
        'Enter the contact phone as digits, optionally with +, spaces, dashes or brackets.',
      ),
    );
  }
  return errors.length ? failed(errors) : ok(location);
}

/** Validates a contract against the meters the device's model has. */
export function checkContract(
  input: ContractInput,
  modelMeters: MeterType[],
  path: string[],
): Checked<ServiceContract> {
  const errors: UserError[] = [];
  const at = (name: string) => [...path, name];
  const contractNumber = text(
    input.contractNumber,
    at('contractNumber'),
    'contract number',
    50,
    errors,
    {
      required: true,
    },
  );
  if (
    !Number.isInteger(input.responseTimeHours) ||
    input.responseTimeHours < 1 ||
    input.responseTimeHours > 720
  ) {
    errors.push(
      userError(
        'INVALID_INPUT',
        at('responseTimeHours'),
        'Enter the response time as whole business hours from 1 to 720.',
      ),
    );
  }
  const billedMeters = [...new Set(input.billedMeters)];
  if (billedMeters.length === 0) {
    errors.push(userError('INVALID_INPUT', at('billedMeters'), 'Bill at least one meter.'));
  } else if (billedMeters.length !== input.billedMeters.length) {
    errors.push(userError('INVALID_INPUT', at('billedMeters'), 'Name each billed meter once.'));
  } else {
    const missing = billedMeters.filter((m) => !modelMeters.includes(m));
    if (missing.length) {
      errors.push(
        userError(
          'INVALID_INPUT',
          at('billedMeters'),
          `The model has no ${missing.join(', ')} meter; it has ${modelMeters.join(', ')}.`,
        ),
      );
    }
  }
  if (errors.length) return failed(errors);
  return ok({
    contractNumber: contractNumber!,
    responseTimeHours: input.responseTimeHours,
    // In the model's order, so that equal contracts compare equal.
    billedMeters: modelMeters.filter((m) => billedMeters.includes(m)),
    readingFrequency: input.readingFrequency,
  });
}

/** A serial number as stored: trimmed, in capitals. */
export function normaliseSerial(serialNumber: string): string {
  return serialNumber.trim().toUpperCase();
}

export function checkSerial(serialNumber: string, field: string[]): Checked<string> {
  const serial = normaliseSerial(serialNumber);
  return SERIAL.test(serial)
    ? ok(serial)
    : failed([
        userError(
          'INVALID_INPUT',
          field,
          'Enter the serial number as on the device: 4 to 30 letters, digits or dashes.',
        ),
      ]);
}

/** A reason a person gives (removal, decommissioning): trimmed, bounded. */
export function checkReason(
  reason: string | null | undefined,
  field: string[],
  { required }: { required: boolean },
): Checked<string | null> {
  const errors: UserError[] = [];
  const value = text(reason, field, 'reason', 500, errors, { required, multiline: true });
  return errors.length ? failed(errors) : ok(value);
}

/** Today's date (YYYY-MM-DD) in a time zone. */
export function today(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(now);
}

export function checkInstalledAt(
  installedAt: string,
  timeZone: string,
  field: string[],
): Checked<string> {
  if (installedAt > today(timeZone)) {
    return failed([userError('INVALID_INPUT', field, 'The install date cannot be in the future.')]);
  }
  if (installedAt < '1980-01-01') {
    return failed([userError('INVALID_INPUT', field, 'Enter an install date after 1980.')]);
  }
  return ok(installedAt);
}

export function sameLocation(a: DeviceLocation, b: DeviceLocation): boolean {
  return (
    a.address === b.address &&
    a.building === b.building &&
    a.floor === b.floor &&
    a.room === b.room &&
    a.note === b.note &&
    a.contactName === b.contactName &&
    a.contactPhone === b.contactPhone
  );
}

export function sameContract(a: ServiceContract, b: ServiceContract): boolean {
  return (
    a.contractNumber === b.contractNumber &&
    a.responseTimeHours === b.responseTimeHours &&
    a.readingFrequency === b.readingFrequency &&
    a.billedMeters.join() === b.billedMeters.join()
  );
}
