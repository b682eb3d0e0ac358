/* eslint-disable */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ExportJob as ExportJobRow } from '@portal/platform';
import type { DeviceRef, AcceptedReading } from '../domain/meter-reading';
import type { CorrectionRow } from '../entities/meter-reading-correction.entity';
import type { CorrectionPayload } from '../domain/reading-corrections';
import type { VolumeScope, VolumeMonth, VolumeGroup, DeviceVolume, ReportingGap, MissingPeriod } from '../domain/fleet-analytics';
import type { MeterReadingsContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, YYYY-MM-DD */
  Date: { input: string; output: string; }
  /** ISO-8601 date and time with offset */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** The outcome of a bulk submission: one result per reading, in the order sent. */
export type BulkMeterReadingPayload = {
  __typename?: 'BulkMeterReadingPayload';
  /** How many readings were accepted. */
  accepted: Scalars['Int']['output'];
  /** How many were refused. */
  rejected: Scalars['Int']['output'];
  /** One result per reading sent, in the same order. */
  results: Array<BulkMeterReadingResult>;
};

/** The answer to one input of a bulk submission. */
export type BulkMeterReadingResult = {
  __typename?: 'BulkMeterReadingResult';
  /** The input's position in `inputs`, from 0. */
  index: Scalars['Int']['output'];
  /** The accepted reading; null when this one was refused. */
  meterReading?: Maybe<MeterReading>;
  /** The same codes as submitMeterReading; fields start with the input's index. */
  userErrors: Array<UserError>;
};

/** A service agent’s correction of an accepted reading (all of its meters). */
export type CorrectMeterReadingInput = {
  /** The accepted reading to correct. */
  readingId: Scalars['ID']['input'];
  /** Why, for the history and billing; 1 to 500 characters. */
  reason: Scalars['String']['input'];
  /** Every billed meter of the device, once each, as it should have been. */
  values: Array<MeterValueInput>;
};

/**
 * Codes: NOT_FOUND, INVALID_INPUT (reason), UNKNOWN_METER, MISSING_METER, LOWER_THAN_PREVIOUS,
 * HIGHER_THAN_NEXT, UNCHANGED.
 */
export type CorrectMeterReadingPayload = {
  __typename?: 'CorrectMeterReadingPayload';
  /** The correction recorded; null when refused. */
  correction?: Maybe<MeterReadingCorrection>;
  /** The reading as it is now; null when refused. */
  meterReading?: Maybe<MeterReading>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** One meter's value before or after a correction. */
export type CorrectionValue = {
  __typename?: 'CorrectionValue';
  /** The meter. */
  meter: MeterType;
  /** Its value after the correction. */
  value: Scalars['Int']['output'];
};

/**
 * A printer, as the meter readings subgraph adds to it. Readings are seen by staff, the
 * Administrators of the device's account and its assigned Device Managers; Stock Managers and
 * Self-Service users see none (null, or an empty list).
 */
export type Device = {
  __typename?: 'Device';
  /** Global id. */
  id: Scalars['ID']['output'];
  /** The newest accepted reading; null when there is none. */
  latestMeterReading?: Maybe<MeterReading>;
  /**
   * The service centre's corrections and voidings of this device's readings, newest first (at
   * most 100); a voided reading is gone from meterReadings and stays here. Seen by whoever sees
   * the device's readings.
   */
  meterReadingCorrections: Array<MeterReadingCorrection>;
  /**
   * The billing period whose reading the device still owes; null when the current period's
   * reading is in, or the device is decommissioned. Periods are calendar months (MONTHLY
   * contracts) or calendar quarters (QUARTERLY), in the device's time zone. The owed period is
   * the one after the period of the newest reading (the current period when there is none); a
   * reading dated within a period counts for it. Due by the period's last day; overdue after it.
   */
  meterReadingDue?: Maybe<MeterReadingDue>;
  /** Accepted readings, newest first; at most 100 a page (20 when `first` is left out). */
  meterReadings: MeterReadingConnection;
  /**
   * Whether the caller may date the reading it submits for the device before today (a reading
   * taken by phone): the Service agent, when it may submit for the device now.
   */
  viewerCanBackdateMeterReading: Scalars['Boolean']['output'];
  /**
   * Whether the caller may correct or void the device's accepted readings (correctMeterReading,
   * voidMeterReading): the Service agent, who sees every device's readings.
   */
  viewerCanCorrectMeterReadings: Scalars['Boolean']['output'];
  /**
   * Whether the caller may submit a meter reading for the device now (submitMeterReadings would
   * judge the values): the Service agent, Administrators of the device's account and its assigned
   * Device Managers, for a device not decommissioned.
   */
  viewerCanSubmitMeterReading: Scalars['Boolean']['output'];
};


/**
 * A printer, as the meter readings subgraph adds to it. Readings are seen by staff, the
 * Administrators of the device's account and its assigned Device Managers; Stock Managers and
 * Self-Service users see none (null, or an empty list).
 */
export type DeviceMeterReadingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of devices. */
export type DeviceConnection = {
  __typename?: 'DeviceConnection';
  /** The devices of this page, each with its cursor. */
  edges: Array<DeviceEdge>;
  /** Whether there is a next page, and the cursor to ask for it. */
  pageInfo: PageInfo;
  /** How many there are in all (with the same filter) that the caller may see, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One device in a page, with its cursor. */
export type DeviceEdge = {
  __typename?: 'DeviceEdge';
  /** Pass as `after` to get the page that follows this item. */
  cursor: Scalars['String']['output'];
  /** The device. */
  node: Device;
};

/** One device's printed volume in the period, in pages. */
export type DevicePrintVolume = {
  __typename?: 'DevicePrintVolume';
  /** Colour pages in the period (the COLOUR meter). */
  colour: Scalars['Float']['output'];
  /** The device. */
  device: Device;
  /** The name of the device's model. */
  modelName: Scalars['String']['output'];
  /** Black-and-white pages in the period: total minus colour. */
  mono: Scalars['Float']['output'];
  /** The device's serial number. */
  serialNumber: Scalars['String']['output'];
  /** Pages the device printed in the period (the TOTAL meter). */
  total: Scalars['Float']['output'];
};

/** An active device that has not reported a reading for a while. */
export type DeviceReportingGap = {
  __typename?: 'DeviceReportingGap';
  /** The device. */
  device: Device;
  /** The newest reading's day; null when the device never reported. */
  lastReadingDate?: Maybe<Scalars['Date']['output']>;
  /** The name of the device's model. */
  modelName: Scalars['String']['output'];
  /** The device's serial number. */
  serialNumber: Scalars['String']['output'];
};

/** A file format of exports: comma-separated values or an Excel workbook (tables), PDF (statements). */
export type ExportFormat =
  /** Comma-separated values, UTF-8, a header row. */
  | 'CSV'
  /** A PDF document (statements). */
  | 'PDF'
  /** An Excel workbook, one sheet. */
  | 'XLSX';

/**
 * An export produced in the background by the subgraph that owns its facts: follow its progress,
 * then download the file. Only its requester sees it; the file is kept for 24 hours.
 */
export type ExportJob = {
  __typename?: 'ExportJob';
  /** When it was asked for. */
  createdAt: Scalars['DateTime']['output'];
  /**
   * Once DONE: a link (on the gateway) that opens the file for 5 minutes, for the requester
   * signed in as now; each ask gives a new link and ends the previous one. Null before.
   */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** The file is removed after this. */
  expiresAt: Scalars['DateTime']['output'];
  /** The file's format. */
  format: ExportFormat;
  /** Global id: pass to the export's follow-up query. */
  id: Scalars['ID']['output'];
  /** From 0 to 1. */
  progress: Scalars['Float']['output'];
  /** Rows the file will hold; null until its writing starts. */
  rowsTotal?: Maybe<Scalars['Int']['output']>;
  /** Rows written so far. */
  rowsWritten: Scalars['Int']['output'];
  /** Where the export stands. */
  status: ExportStatus;
};

/** The answer to an export request: the queued job, or why not. */
export type ExportJobPayload = {
  __typename?: 'ExportJobPayload';
  /** The queued job; null when refused. */
  exportJob?: Maybe<ExportJob>;
  /**
   * INVALID_EXPORT: the period, a filter or the format (PDF for statements only) is not one the
   * export takes. NOT_FOUND: an account the caller does not see.
   */
  userErrors: Array<UserError>;
};

/** Where a background export stands. */
export type ExportStatus =
  /** Written: downloadUrl opens it. */
  | 'DONE'
  /** Could not be written; ask again. */
  | 'FAILED'
  /** Waiting for a worker. */
  | 'QUEUED'
  /** Being written. */
  | 'RUNNING';

/** An accepted meter reading: what billing invoices. */
export type MeterReading = Node & {
  __typename?: 'MeterReading';
  /** TOTAL pages per day since the previous reading (rounded); null for the first reading. */
  averagePerDay?: Maybe<Scalars['Int']['output']>;
  /** The service centre's corrections of this reading, newest first. */
  corrections: Array<MeterReadingCorrection>;
  /** The device read. */
  device: Device;
  /** Global id. */
  id: Scalars['ID']['output'];
  /**
   * The customer confirmed an increase first refused as IMPLAUSIBLE_INCREASE
   * (SubmitMeterReadingInput.confirmIncrease).
   */
  increaseConfirmed: Scalars['Boolean']['output'];
  /** A confirmed increase the service centre has not reviewed yet. */
  needsReview: Scalars['Boolean']['output'];
  /** The calendar day the meters were read, in the device's time zone. */
  readingDate: Scalars['Date']['output'];
  /** When the service centre reviewed it; null until then. */
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who reviewed the confirmed increase (user:<id>); null while it waits. Staff only: null for others. */
  reviewedBy?: Maybe<Scalars['String']['output']>;
  /** How the reading came in. */
  source: ReadingSource;
  /** When it was submitted. */
  submittedAt: Scalars['DateTime']['output'];
  /** Who: user:<id> or apiKey:<id> (system:<name> for data loaded by the service centre). */
  submittedBy: Scalars['String']['output'];
  /** The person's or key's name when it was submitted, for display. */
  submittedByName?: Maybe<Scalars['String']['output']>;
  /** One value per billed meter. */
  values: Array<MeterValue>;
};

/** A page of meter readings. */
export type MeterReadingConnection = {
  __typename?: 'MeterReadingConnection';
  /** The meter readings of this page, each with its cursor. */
  edges: Array<MeterReadingEdge>;
  /** Whether there is a next page, and the cursor to ask for it. */
  pageInfo: PageInfo;
  /** How many there are in all (with the same filter) that the caller may see, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** A service agent's correction or voiding of an accepted reading, with the reason. */
export type MeterReadingCorrection = {
  __typename?: 'MeterReadingCorrection';
  /** When. */
  correctedAt: Scalars['DateTime']['output'];
  /** user:<id> of the service agent. */
  correctedBy: Scalars['String']['output'];
  /** The agent's name, for display. */
  correctedByName?: Maybe<Scalars['String']['output']>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Whether the reading was corrected or voided. */
  kind: MeterReadingCorrectionKind;
  /** The values before. */
  previousValues: Array<CorrectionValue>;
  /** The corrected reading's day. */
  readingDate: Scalars['Date']['output'];
  /** The corrected reading's global id (a voided one no longer resolves). */
  readingId: Scalars['ID']['output'];
  /** Why, as the service agent gave it. */
  reason: Scalars['String']['output'];
  /** The values after; empty when voided. */
  values: Array<CorrectionValue>;
};

/** What a service agent did to an accepted reading. */
export type MeterReadingCorrectionKind =
  /** The values were changed. */
  | 'CORRECTED'
  /** The reading no longer counts: it is gone from the history and from billing. */
  | 'VOIDED';

/** A billing period whose reading is owed (see Device.meterReadingDue). */
export type MeterReadingDue = {
  __typename?: 'MeterReadingDue';
  /** The period's last day. */
  dueDate: Scalars['Date']['output'];
  /** Today, in the device's time zone, is after the due date. */
  overdue: Scalars['Boolean']['output'];
  /** The last day of the billing period. */
  periodEnd: Scalars['Date']['output'];
  /** The first day of the billing period. */
  periodStart: Scalars['Date']['output'];
};

/** One meter reading in a page, with its cursor. */
export type MeterReadingEdge = {
  __typename?: 'MeterReadingEdge';
  /** Pass as `after` to get the page that follows this item. */
  cursor: Scalars['String']['output'];
  /** The meter reading. */
  node: MeterReading;
};

/** What to export: the file’s format and rows. */
export type MeterReadingExportInput = {
  /** Narrows it to one account. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** CSV or XLSX. */
  format: ExportFormat;
  /** The months of `from` to the month of `to` (at most 36), as printVolume. */
  from: Scalars['Date']['input'];
  /** The last day asked for (its month is the last). */
  to: Scalars['Date']['input'];
};

/**
 * Codes: NOT_FOUND (no such device, or not one the caller may submit for), DEVICE_NOT_ACTIVE,
 * INVALID_INPUT, UNKNOWN_METER, MISSING_METER, FUTURE_DATE, PAST_DATE, BEFORE_INSTALLATION,
 * ALREADY_SUBMITTED_TODAY, LOWER_THAN_PREVIOUS, HIGHER_THAN_NEXT, IMPLAUSIBLE_INCREASE,
 * IDEMPOTENCY_KEY_REUSED.
 */
export type MeterReadingPayload = {
  __typename?: 'MeterReadingPayload';
  /** The reading; null when refused. */
  meterReading?: Maybe<MeterReading>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** Codes: INVALID_INPUT (daysBefore: 1 to 60). */
export type MeterReadingReminderPayload = {
  __typename?: 'MeterReadingReminderPayload';
  /** The lead time now in force. */
  daysBefore: Scalars['Int']['output'];
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** A counter of a device that billing reads. */
export type MeterType =
  /** Black-and-white pages. */
  | 'BLACK'
  /** Colour pages. */
  | 'COLOUR'
  /** Large-format (A3 and up) pages. */
  | 'LARGE_FORMAT'
  /** Scanned pages. */
  | 'SCAN'
  /** All pages. */
  | 'TOTAL';

/** What to export: the statement’s account and months. */
export type MeterUsageStatementInput = {
  /** The account whose devices the statement lists. */
  accountId: Scalars['ID']['input'];
  /** The months of `from` to the month of `to` (at most 36). */
  from: Scalars['Date']['input'];
  /** The last day asked for (its month is the last). */
  to: Scalars['Date']['input'];
};

/** One meter's value in a reading. */
export type MeterValue = {
  __typename?: 'MeterValue';
  /** The meter. */
  meter: MeterType;
  /** Pages since the previous accepted reading; null for a device's first reading. */
  usageSincePrevious?: Maybe<Scalars['Int']['output']>;
  /** Its count. */
  value: Scalars['Int']['output'];
};

/** One meter’s count in a reading. */
export type MeterValueInput = {
  /** The meter. */
  meter: MeterType;
  /** As the device's counter shows it; a whole number >= 0. */
  value: Scalars['Int']['input'];
};

/** The readings owed and missing for the billing period ending in one month. */
export type MissingReadingsPeriod = {
  __typename?: 'MissingReadingsPeriod';
  /** Of those, the devices with no reading in the period. */
  missing: Scalars['Int']['output'];
  /** The first day of the month. */
  month: Scalars['Date']['output'];
  /** Devices (not decommissioned, installed before the period) that owed a reading for it. */
  owing: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * A service agent corrects an accepted reading's values, with a reason. The series stays
   * monotonic: a value below the previous reading's (LOWER_THAN_PREVIOUS) or above the next
   * one's (HIGHER_THAN_NEXT) is refused. Usage of the reading and the next one follow; a
   * MeterReadingCorrected event carries it to billing. Other roles get FORBIDDEN.
   */
  correctMeterReading: CorrectMeterReadingPayload;
  /**
   * Asks for a file of: Readings of the devices whose readings the caller sees, one row per meter, as printVolume scopes them. Produced in the background (follow it with `meterReadingExport`);
   * the rows are what the caller may see when asking. UNAUTHENTICATED when not signed in.
   */
  exportMeterReadings: ExportJobPayload;
  /** Staff mark a confirmed increase reviewed (NOT_FOUND when no such reading waits). */
  markMeterReadingReviewed: MeterReadingPayload;
  /**
   * Asks for the meter usage statement (PDF) of an account and months: per device, the pages each
   * billed meter counted, which the invoice is based on. For the account's Administrators and the
   * service centre's agents and planners (NOT_FOUND for anyone else, as for an unknown account).
   * Follow it with `meterReadingExport`.
   */
  requestMeterUsageStatement: ExportJobPayload;
  /**
   * Sets the caller's organisation's reading reminder lead time: Device Managers (or, for devices
   * without one, Administrators) are told of readings due that many days before a billing period's
   * last day, and again when overdue. Administrators only.
   */
  setMeterReadingReminderDays: MeterReadingReminderPayload;
  /**
   * Submits a reading. Who: an Administrator of the device's account or its assigned Device
   * Manager (source PORTAL); a service agent on the customer's behalf (source PHONE), also for
   * an earlier day; an integration key with the Administrator role on the device's account
   * (source E_MAINTENANCE when the device has e-Maintenance, else PORTAL). Other staff roles get
   * FORBIDDEN. A value must not be lower than the previous reading's (LOWER_THAN_PREVIOUS) nor,
   * for an earlier day, higher than the next one's (HIGHER_THAN_NEXT); an increase must be
   * printable since the previous reading: at most the model's rated pages per minute times the
   * minutes from the start of the previous reading's day to now (to the end of the reading's
   * day for an earlier day), else IMPLAUSIBLE_INCREASE. One reading per device and calendar day
   * (ALREADY_SUBMITTED_TODAY). Answers only after the reading is stored.
   */
  submitMeterReading: MeterReadingPayload;
  /**
   * Up to 1000 readings at once (e-Maintenance month-end, or a CSV upload), each judged by the
   * same rules as submitMeterReading and answered in its own result; one input's refusal does
   * not stop the others.
   */
  submitMeterReadings: BulkMeterReadingPayload;
  /**
   * A service agent voids an accepted reading, with a reason: it is gone from the history (the
   * correction stays in Device.meterReadingCorrections), the next reading's usage counts from
   * the one before it, and the due period follows. Other roles get FORBIDDEN.
   */
  voidMeterReading: CorrectMeterReadingPayload;
};


export type MutationCorrectMeterReadingArgs = {
  input: CorrectMeterReadingInput;
};


export type MutationExportMeterReadingsArgs = {
  input: MeterReadingExportInput;
};


export type MutationMarkMeterReadingReviewedArgs = {
  readingId: Scalars['ID']['input'];
};


export type MutationRequestMeterUsageStatementArgs = {
  input: MeterUsageStatementInput;
};


export type MutationSetMeterReadingReminderDaysArgs = {
  daysBefore: Scalars['Int']['input'];
};


export type MutationSubmitMeterReadingArgs = {
  input: SubmitMeterReadingInput;
};


export type MutationSubmitMeterReadingsArgs = {
  inputs: Array<SubmitMeterReadingInput>;
};


export type MutationVoidMeterReadingArgs = {
  input: VoidMeterReadingInput;
};

export type Node = {
  /** Global id: identifies the object and its type. */
  id: Scalars['ID']['output'];
};

/** Where a page ends, and whether more follow. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` for the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * Pages are whole numbers; Float because a fleet's months exceed GraphQL's 32-bit Int. total is
 * the TOTAL meter, colour the COLOUR meter, mono the difference.
 */
export type PrintVolume = {
  __typename?: 'PrintVolume';
  /** The period's volume per account, location, model or device, largest first. */
  breakdown: Array<PrintVolumeGroup>;
  /** Active devices whose newest reading is more than `days` days before `to`, oldest first. */
  devicesNotReporting: Array<DeviceReportingGap>;
  /** Devices with readings before the period's end that printed nothing in the period. */
  idleDevices: Array<DevicePrintVolume>;
  /** Every month of the period, oldest first, with the same month a year earlier. */
  months: Array<PrintVolumeMonth>;
  /** The devices that printed most in the period. */
  topDevices: Array<DevicePrintVolume>;
};


/**
 * Pages are whole numbers; Float because a fleet's months exceed GraphQL's 32-bit Int. total is
 * the TOTAL meter, colour the COLOUR meter, mono the difference.
 */
export type PrintVolumeBreakdownArgs = {
  by: PrintVolumeDimension;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Pages are whole numbers; Float because a fleet's months exceed GraphQL's 32-bit Int. total is
 * the TOTAL meter, colour the COLOUR meter, mono the difference.
 */
export type PrintVolumeDevicesNotReportingArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Pages are whole numbers; Float because a fleet's months exceed GraphQL's 32-bit Int. total is
 * the TOTAL meter, colour the COLOUR meter, mono the difference.
 */
export type PrintVolumeIdleDevicesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Pages are whole numbers; Float because a fleet's months exceed GraphQL's 32-bit Int. total is
 * the TOTAL meter, colour the COLOUR meter, mono the difference.
 */
export type PrintVolumeTopDevicesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What PrintVolume.breakdown groups the devices by. */
export type PrintVolumeDimension =
  /** By the devices' account. */
  | 'ACCOUNT'
  /** Each device on its own. */
  | 'DEVICE'
  /** By the devices' installation address. */
  | 'LOCATION'
  /** By the devices' model. */
  | 'MODEL';

/** The period's printed volume of one group of devices, in pages. */
export type PrintVolumeGroup = {
  __typename?: 'PrintVolumeGroup';
  /** Colour pages in the period (the COLOUR meter). */
  colour: Scalars['Float']['output'];
  /** How many devices the group holds. */
  devices: Scalars['Int']['output'];
  /** The account's, device's or model's id, or the location's address. */
  key: Scalars['String']['output'];
  /** What to show: the account's id (ask Account for its name), the address, model or serial number. */
  label: Scalars['String']['output'];
  /** Black-and-white pages in the period: total minus colour. */
  mono: Scalars['Float']['output'];
  /** Pages the group printed in the period (the TOTAL meter). */
  total: Scalars['Float']['output'];
};

/** One calendar month of printed volume, in pages. */
export type PrintVolumeMonth = {
  __typename?: 'PrintVolumeMonth';
  /** Colour pages in the month (the COLOUR meter's increase). */
  colour: Scalars['Float']['output'];
  /** Black-and-white pages in the month: total minus colour. */
  mono: Scalars['Float']['output'];
  /** The first day of the month. */
  month: Scalars['Date']['output'];
  /** The total of the same month a year earlier. */
  previousYearTotal: Scalars['Float']['output'];
  /** Devices with a reading in the month. */
  reportingDevices: Scalars['Int']['output'];
  /** Pages printed in the month (the TOTAL meter's increase). */
  total: Scalars['Float']['output'];
};

/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type Query = {
  __typename?: 'Query';
  /**
   * An export the caller asked for with `exportMeterReadings` or `requestMeterUsageStatement`;
   * null for any other (never another's).
   */
  meterReadingExport?: Maybe<ExportJob>;
  /**
   * How many days before a billing period's last day the caller's organisation is reminded of
   * readings still owed (default 10). Administrators only.
   */
  meterReadingReminderDays: Scalars['Int']['output'];
  /**
   * Devices the caller may submit readings for whose reading is due or overdue (see
   * Device.meterReadingDue), by serial number; at most 100 a page. Planners and technicians, who
   * never submit readings, get FORBIDDEN.
   */
  meterReadingsDue: DeviceConnection;
  /**
   * Readings missing per billing period (month) for the same devices: how many active devices
   * owed a reading for the period and how many have none. Monthly devices owe one each month,
   * quarterly ones one each calendar quarter (counted in its last month).
   */
  meterReadingsMissing: Array<MissingReadingsPeriod>;
  /**
   * Readings whose increase the customer confirmed and the service centre has not reviewed yet,
   * oldest first; at most 100 a page. Staff only (FORBIDDEN for others).
   */
  meterReadingsToReview: MeterReadingConnection;
  /**
   * Printed volume of the devices whose readings the caller sees (an Administrator its accounts'
   * devices, a Device Manager its assigned devices, agents and planners every device; anyone else
   * none), per calendar month of the readings' days, from the months of `from` to the month of
   * `to` (at most 36 months). `accountId` narrows it to one account; an account the caller does
   * not see answers as one without devices. Read from the monthly rollup, never the readings.
   * Codes (BAD_USER_INPUT): `to` before `from`, more than 36 months.
   */
  printVolume: PrintVolume;
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryMeterReadingExportArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryMeterReadingsDueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryMeterReadingsMissingArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryMeterReadingsToReviewArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryPrintVolumeArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

/** Where a reading came from. */
export type ReadingSource =
  /** Sent with an e-Maintenance integration key for a device that has e-Maintenance. */
  | 'E_MAINTENANCE'
  /** Entered by a service agent on the customer's behalf (by phone). */
  | 'PHONE'
  /**
   * Entered in the portal by an Administrator or assigned Device Manager, or sent with an
   * integration key for a device without e-Maintenance.
   */
  | 'PORTAL';

/** A device’s meter reading. */
export type SubmitMeterReadingInput = {
  /**
   * The customer confirms an increase refused as IMPLAUSIBLE_INCREASE ("we really printed that
   * much"): the reading is then accepted and flagged for the service centre to review
   * (MeterReading.needsReview). Every other rule still applies.
   */
  confirmIncrease?: InputMaybe<Scalars['Boolean']['input']>;
  /** The device read. */
  deviceId: Scalars['ID']['input'];
  /**
   * Makes retrying safe: the same key with the same input answers what the first submission
   * answered (the reading, or the refusal), without submitting again; the same key with another
   * input is refused (IDEMPOTENCY_KEY_REUSED). NOT_FOUND and INVALID_INPUT answers are not kept: a
   * retry is judged afresh. Keys are the caller's own; use a new one (e.g. a UUID) for each
   * reading. At most 200 characters.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /**
   * Today in the device's time zone when left out. Only service agents may give an earlier day
   * (a reading taken by phone); it must fit between its neighbours.
   */
  readingDate?: InputMaybe<Scalars['Date']['input']>;
  /** Every billed meter of the device, once each. */
  values: Array<MeterValueInput>;
};

export type UserError = {
  __typename?: 'UserError';
  /** Stable, for programs: branch on it. */
  code: Scalars['String']['output'];
  /** The path of the input field at fault; null for the request as a whole. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** For people, in English; may change. */
  message: Scalars['String']['output'];
};

/** A service agent’s voiding of an accepted reading (it no longer counts for billing). */
export type VoidMeterReadingInput = {
  /** The accepted reading to void. */
  readingId: Scalars['ID']['input'];
  /** Why, for the history and billing; 1 to 500 characters. */
  reason: Scalars['String']['input'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Device: Device;
  MeterReading: MeterReading;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Device:
    ( { __typename: 'Device' }
    & GraphQLRecursivePick<FederationTypes['Device'], {"id":true}> );
  MeterReading:
    ( { __typename: 'MeterReading' }
    & GraphQLRecursivePick<FederationTypes['MeterReading'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node: ( AcceptedReading );
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  BulkMeterReadingPayload: ResolverTypeWrapper<Omit<BulkMeterReadingPayload, 'results'> & { results: Array<ResolversTypes['BulkMeterReadingResult']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BulkMeterReadingResult: ResolverTypeWrapper<Omit<BulkMeterReadingResult, 'meterReading'> & { meterReading?: Maybe<ResolversTypes['MeterReading']> }>;
  CorrectMeterReadingInput: CorrectMeterReadingInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CorrectMeterReadingPayload: ResolverTypeWrapper<CorrectionPayload>;
  CorrectionValue: ResolverTypeWrapper<CorrectionValue>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Device: ResolverTypeWrapper<DeviceRef>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DeviceConnection: ResolverTypeWrapper<Omit<DeviceConnection, 'edges'> & { edges: Array<ResolversTypes['DeviceEdge']> }>;
  DeviceEdge: ResolverTypeWrapper<Omit<DeviceEdge, 'node'> & { node: ResolversTypes['Device'] }>;
  DevicePrintVolume: ResolverTypeWrapper<DeviceVolume>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DeviceReportingGap: ResolverTypeWrapper<ReportingGap>;
  ExportFormat: ExportFormat;
  ExportJob: ResolverTypeWrapper<ExportJobRow>;
  ExportJobPayload: ResolverTypeWrapper<Omit<ExportJobPayload, 'exportJob'> & { exportJob?: Maybe<ResolversTypes['ExportJob']> }>;
  ExportStatus: ExportStatus;
  MeterReading: ResolverTypeWrapper<AcceptedReading>;
  MeterReadingConnection: ResolverTypeWrapper<Omit<MeterReadingConnection, 'edges'> & { edges: Array<ResolversTypes['MeterReadingEdge']> }>;
  MeterReadingCorrection: ResolverTypeWrapper<CorrectionRow>;
  MeterReadingCorrectionKind: MeterReadingCorrectionKind;
  MeterReadingDue: ResolverTypeWrapper<MeterReadingDue>;
  MeterReadingEdge: ResolverTypeWrapper<Omit<MeterReadingEdge, 'node'> & { node: ResolversTypes['MeterReading'] }>;
  MeterReadingExportInput: MeterReadingExportInput;
  MeterReadingPayload: ResolverTypeWrapper<Omit<MeterReadingPayload, 'meterReading'> & { meterReading?: Maybe<ResolversTypes['MeterReading']> }>;
  MeterReadingReminderPayload: ResolverTypeWrapper<MeterReadingReminderPayload>;
  MeterType: MeterType;
  MeterUsageStatementInput: MeterUsageStatementInput;
  MeterValue: ResolverTypeWrapper<MeterValue>;
  MeterValueInput: MeterValueInput;
  MissingReadingsPeriod: ResolverTypeWrapper<MissingPeriod>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PrintVolume: ResolverTypeWrapper<VolumeScope>;
  PrintVolumeDimension: PrintVolumeDimension;
  PrintVolumeGroup: ResolverTypeWrapper<VolumeGroup>;
  PrintVolumeMonth: ResolverTypeWrapper<VolumeMonth>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReadingSource: ReadingSource;
  SubmitMeterReadingInput: SubmitMeterReadingInput;
  UserError: ResolverTypeWrapper<UserError>;
  VoidMeterReadingInput: VoidMeterReadingInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  BulkMeterReadingPayload: Omit<BulkMeterReadingPayload, 'results'> & { results: Array<ResolversParentTypes['BulkMeterReadingResult']> };
  Int: Scalars['Int']['output'];
  BulkMeterReadingResult: Omit<BulkMeterReadingResult, 'meterReading'> & { meterReading?: Maybe<ResolversParentTypes['MeterReading']> };
  CorrectMeterReadingInput: CorrectMeterReadingInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  CorrectMeterReadingPayload: CorrectionPayload;
  CorrectionValue: CorrectionValue;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Device: DeviceRef;
  Boolean: Scalars['Boolean']['output'];
  DeviceConnection: Omit<DeviceConnection, 'edges'> & { edges: Array<ResolversParentTypes['DeviceEdge']> };
  DeviceEdge: Omit<DeviceEdge, 'node'> & { node: ResolversParentTypes['Device'] };
  DevicePrintVolume: DeviceVolume;
  Float: Scalars['Float']['output'];
  DeviceReportingGap: ReportingGap;
  ExportJob: ExportJobRow;
  ExportJobPayload: Omit<ExportJobPayload, 'exportJob'> & { exportJob?: Maybe<ResolversParentTypes['ExportJob']> };
  MeterReading: AcceptedReading;
  MeterReadingConnection: Omit<MeterReadingConnection, 'edges'> & { edges: Array<ResolversParentTypes['MeterReadingEdge']> };
  MeterReadingCorrection: CorrectionRow;
  MeterReadingDue: MeterReadingDue;
  MeterReadingEdge: Omit<MeterReadingEdge, 'node'> & { node: ResolversParentTypes['MeterReading'] };
  MeterReadingExportInput: MeterReadingExportInput;
  MeterReadingPayload: Omit<MeterReadingPayload, 'meterReading'> & { meterReading?: Maybe<ResolversParentTypes['MeterReading']> };
  MeterReadingReminderPayload: MeterReadingReminderPayload;
  MeterUsageStatementInput: MeterUsageStatementInput;
  MeterValue: MeterValue;
  MeterValueInput: MeterValueInput;
  MissingReadingsPeriod: MissingPeriod;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  PrintVolume: VolumeScope;
  PrintVolumeGroup: VolumeGroup;
  PrintVolumeMonth: VolumeMonth;
  Query: Record<PropertyKey, never>;
  SubmitMeterReadingInput: SubmitMeterReadingInput;
  UserError: UserError;
  VoidMeterReadingInput: VoidMeterReadingInput;
}>;

export type BulkMeterReadingPayloadResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['BulkMeterReadingPayload'] = ResolversParentTypes['BulkMeterReadingPayload']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['BulkMeterReadingResult']>, ParentType, ContextType>;
}>;

export type BulkMeterReadingResultResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['BulkMeterReadingResult'] = ResolversParentTypes['BulkMeterReadingResult']> = ResolversObject<{
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meterReading?: Resolver<Maybe<ResolversTypes['MeterReading']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CorrectMeterReadingPayloadResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['CorrectMeterReadingPayload'] = ResolversParentTypes['CorrectMeterReadingPayload']> = ResolversObject<{
  correction?: Resolver<Maybe<ResolversTypes['MeterReadingCorrection']>, ParentType, ContextType>;
  meterReading?: Resolver<Maybe<ResolversTypes['MeterReading']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CorrectionValueResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['CorrectionValue'] = ResolversParentTypes['CorrectionValue']> = ResolversObject<{
  meter?: Resolver<ResolversTypes['MeterType'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeviceResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['Device'] = ResolversParentTypes['Device'], FederationReferenceType extends FederationReferenceTypes['Device'] = FederationReferenceTypes['Device']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Device']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latestMeterReading?: Resolver<Maybe<ResolversTypes['MeterReading']>, ParentType, ContextType>;
  meterReadingCorrections?: Resolver<Array<ResolversTypes['MeterReadingCorrection']>, ParentType, ContextType>;
  meterReadingDue?: Resolver<Maybe<ResolversTypes['MeterReadingDue']>, ParentType, ContextType>;
  meterReadings?: Resolver<ResolversTypes['MeterReadingConnection'], ParentType, ContextType, Partial<DeviceMeterReadingsArgs>>;
  viewerCanBackdateMeterReading?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanCorrectMeterReadings?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewerCanSubmitMeterReading?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type DeviceConnectionResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['DeviceConnection'] = ResolversParentTypes['DeviceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DeviceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DeviceEdgeResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['DeviceEdge'] = ResolversParentTypes['DeviceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Device'], ParentType, ContextType>;
}>;

export type DevicePrintVolumeResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['DevicePrintVolume'] = ResolversParentTypes['DevicePrintVolume']> = ResolversObject<{
  colour?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  device?: Resolver<ResolversTypes['Device'], ParentType, ContextType>;
  modelName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mono?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  serialNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type DeviceReportingGapResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['DeviceReportingGap'] = ResolversParentTypes['DeviceReportingGap']> = ResolversObject<{
  device?: Resolver<ResolversTypes['Device'], ParentType, ContextType>;
  lastReadingDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  modelName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serialNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExportJobResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['ExportJob'] = ResolversParentTypes['ExportJob']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ExportFormat'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rowsTotal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rowsWritten?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExportStatus'], ParentType, ContextType>;
}>;

export type ExportJobPayloadResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['ExportJobPayload'] = ResolversParentTypes['ExportJobPayload']> = ResolversObject<{
  exportJob?: Resolver<Maybe<ResolversTypes['ExportJob']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MeterReadingResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['MeterReading'] = ResolversParentTypes['MeterReading'], FederationReferenceType extends FederationReferenceTypes['MeterReading'] = FederationReferenceTypes['MeterReading']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MeterReading']> | FederationReferenceType, FederationReferenceType, ContextType>;
  averagePerDay?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  corrections?: Resolver<Array<ResolversTypes['MeterReadingCorrection']>, ParentType, ContextType>;
  device?: Resolver<ResolversTypes['Device'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  increaseConfirmed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  needsReview?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readingDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ReadingSource'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  submittedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  submittedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['MeterValue']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MeterReadingConnectionResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['MeterReadingConnection'] = ResolversParentTypes['MeterReadingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MeterReadingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MeterReadingCorrectionResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['MeterReadingCorrection'] = ResolversParentTypes['MeterReadingCorrection']> = ResolversObject<{
  correctedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  correctedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  correctedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MeterReadingCorrectionKind'], ParentType, ContextType>;
  previousValues?: Resolver<Array<ResolversTypes['CorrectionValue']>, ParentType, ContextType>;
  readingDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  readingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['CorrectionValue']>, ParentType, ContextType>;
}>;

export type MeterReadingDueResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['MeterReadingDue'] = ResolversParentTypes['MeterReadingDue']> = ResolversObject<{
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type MeterReadingEdgeResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['MeterReadingEdge'] = ResolversParentTypes['MeterReadingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MeterReading'], ParentType, ContextType>;
}>;

export type MeterReadingPayloadResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['MeterReadingPayload'] = ResolversParentTypes['MeterReadingPayload']> = ResolversObject<{
  meterReading?: Resolver<Maybe<ResolversTypes['MeterReading']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MeterReadingReminderPayloadResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['MeterReadingReminderPayload'] = ResolversParentTypes['MeterReadingReminderPayload']> = ResolversObject<{
  daysBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MeterValueResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['MeterValue'] = ResolversParentTypes['MeterValue']> = ResolversObject<{
  meter?: Resolver<ResolversTypes['MeterType'], ParentType, ContextType>;
  usageSincePrevious?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MissingReadingsPeriodResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['MissingReadingsPeriod'] = ResolversParentTypes['MissingReadingsPeriod']> = ResolversObject<{
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  owing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  correctMeterReading?: Resolver<ResolversTypes['CorrectMeterReadingPayload'], ParentType, ContextType, RequireFields<MutationCorrectMeterReadingArgs, 'input'>>;
  exportMeterReadings?: Resolver<ResolversTypes['ExportJobPayload'], ParentType, ContextType, RequireFields<MutationExportMeterReadingsArgs, 'input'>>;
  markMeterReadingReviewed?: Resolver<ResolversTypes['MeterReadingPayload'], ParentType, ContextType, RequireFields<MutationMarkMeterReadingReviewedArgs, 'readingId'>>;
  requestMeterUsageStatement?: Resolver<ResolversTypes['ExportJobPayload'], ParentType, ContextType, RequireFields<MutationRequestMeterUsageStatementArgs, 'input'>>;
  setMeterReadingReminderDays?: Resolver<ResolversTypes['MeterReadingReminderPayload'], ParentType, ContextType, RequireFields<MutationSetMeterReadingReminderDaysArgs, 'daysBefore'>>;
  submitMeterReading?: Resolver<ResolversTypes['MeterReadingPayload'], ParentType, ContextType, RequireFields<MutationSubmitMeterReadingArgs, 'input'>>;
  submitMeterReadings?: Resolver<ResolversTypes['BulkMeterReadingPayload'], ParentType, ContextType, RequireFields<MutationSubmitMeterReadingsArgs, 'inputs'>>;
  voidMeterReading?: Resolver<ResolversTypes['CorrectMeterReadingPayload'], ParentType, ContextType, RequireFields<MutationVoidMeterReadingArgs, 'input'>>;
}>;

export type NodeResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'MeterReading', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PrintVolumeResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['PrintVolume'] = ResolversParentTypes['PrintVolume']> = ResolversObject<{
  breakdown?: Resolver<Array<ResolversTypes['PrintVolumeGroup']>, ParentType, ContextType, RequireFields<PrintVolumeBreakdownArgs, 'by' | 'first'>>;
  devicesNotReporting?: Resolver<Array<ResolversTypes['DeviceReportingGap']>, ParentType, ContextType, RequireFields<PrintVolumeDevicesNotReportingArgs, 'days' | 'first'>>;
  idleDevices?: Resolver<Array<ResolversTypes['DevicePrintVolume']>, ParentType, ContextType, RequireFields<PrintVolumeIdleDevicesArgs, 'first'>>;
  months?: Resolver<Array<ResolversTypes['PrintVolumeMonth']>, ParentType, ContextType>;
  topDevices?: Resolver<Array<ResolversTypes['DevicePrintVolume']>, ParentType, ContextType, RequireFields<PrintVolumeTopDevicesArgs, 'first'>>;
}>;

export type PrintVolumeGroupResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['PrintVolumeGroup'] = ResolversParentTypes['PrintVolumeGroup']> = ResolversObject<{
  colour?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  devices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mono?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type PrintVolumeMonthResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['PrintVolumeMonth'] = ResolversParentTypes['PrintVolumeMonth']> = ResolversObject<{
  colour?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  mono?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  previousYearTotal?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reportingDevices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  meterReadingExport?: Resolver<Maybe<ResolversTypes['ExportJob']>, ParentType, ContextType, RequireFields<QueryMeterReadingExportArgs, 'id'>>;
  meterReadingReminderDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meterReadingsDue?: Resolver<ResolversTypes['DeviceConnection'], ParentType, ContextType, Partial<QueryMeterReadingsDueArgs>>;
  meterReadingsMissing?: Resolver<Array<ResolversTypes['MissingReadingsPeriod']>, ParentType, ContextType, RequireFields<QueryMeterReadingsMissingArgs, 'from' | 'to'>>;
  meterReadingsToReview?: Resolver<ResolversTypes['MeterReadingConnection'], ParentType, ContextType, Partial<QueryMeterReadingsToReviewArgs>>;
  printVolume?: Resolver<ResolversTypes['PrintVolume'], ParentType, ContextType, RequireFields<QueryPrintVolumeArgs, 'from' | 'to'>>;
}>;

export type UserErrorResolvers<ContextType = MeterReadingsContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = MeterReadingsContext> = ResolversObject<{
  BulkMeterReadingPayload?: BulkMeterReadingPayloadResolvers<ContextType>;
  BulkMeterReadingResult?: BulkMeterReadingResultResolvers<ContextType>;
  CorrectMeterReadingPayload?: CorrectMeterReadingPayloadResolvers<ContextType>;
  CorrectionValue?: CorrectionValueResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Device?: DeviceResolvers<ContextType>;
  DeviceConnection?: DeviceConnectionResolvers<ContextType>;
  DeviceEdge?: DeviceEdgeResolvers<ContextType>;
  DevicePrintVolume?: DevicePrintVolumeResolvers<ContextType>;
  DeviceReportingGap?: DeviceReportingGapResolvers<ContextType>;
  ExportJob?: ExportJobResolvers<ContextType>;
  ExportJobPayload?: ExportJobPayloadResolvers<ContextType>;
  MeterReading?: MeterReadingResolvers<ContextType>;
  MeterReadingConnection?: MeterReadingConnectionResolvers<ContextType>;
  MeterReadingCorrection?: MeterReadingCorrectionResolvers<ContextType>;
  MeterReadingDue?: MeterReadingDueResolvers<ContextType>;
  MeterReadingEdge?: MeterReadingEdgeResolvers<ContextType>;
  MeterReadingPayload?: MeterReadingPayloadResolvers<ContextType>;
  MeterReadingReminderPayload?: MeterReadingReminderPayloadResolvers<ContextType>;
  MeterValue?: MeterValueResolvers<ContextType>;
  MissingReadingsPeriod?: MissingReadingsPeriodResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PrintVolume?: PrintVolumeResolvers<ContextType>;
  PrintVolumeGroup?: PrintVolumeGroupResolvers<ContextType>;
  PrintVolumeMonth?: PrintVolumeMonthResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

