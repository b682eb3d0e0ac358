/* eslint-disable */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ExportJob as ExportJobRow } from '@portal/platform';
import type { Device as DeviceEntity } from '../entities/device.entity';
import type { DeviceModel as DeviceModelEntity } from '../entities/device-model.entity';
import type { TonerProduct as TonerProductEntity } from '../entities/toner-product.entity';
import type { DeviceLocationChange as DeviceLocationChangeEntity } from '../entities/device-location-change.entity';
import type { DeviceChange as DeviceChangeEntity } from '../entities/device-change.entity';
import type { AccountRef } from '../domain/device.service';
import type { DevicesContext } from '../context';
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

/** A customer account of an organisation: the contract party for devices, orders, readings and invoices. */
export type Account = {
  __typename?: 'Account';
  /** The account's devices the caller may see, by serial number; at most 100 a page. */
  devices: DeviceConnection;
  /** Global id. */
  id: Scalars['ID']['output'];
};


/** A customer account of an organisation: the contract party for devices, orders, readings and invoices. */
export type AccountDevicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeviceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DeviceOrder>;
};

export type Device = Node & {
  __typename?: 'Device';
  /** The customer account the device is contracted to. */
  account: Account;
  /** The service contract that covers the device, with the meters billed. */
  contract: ServiceContract;
  /** Remote monitoring: sends meter readings and toner alerts by itself. */
  eMaintenance: Scalars['Boolean']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** When it was installed. */
  installedAt: Scalars['Date']['output'];
  /** Where the device stands now. */
  location: DeviceLocation;
  /** Where the device has stood, newest first; the oldest entry is where it was installed. */
  locationHistory: Array<DeviceLocationChange>;
  /** The model of the device. */
  model: DeviceModel;
  /** Why the customer asked to remove the device; null unless it did. */
  removalReason?: Maybe<Scalars['String']['output']>;
  /** The serial number on the device’s plate, unique. */
  serialNumber: Scalars['String']['output'];
  /** Whether the device is in use, asked to be removed, or removed. */
  status: DeviceStatus;
  /** Registration and every status change, newest first. */
  statusHistory: Array<DeviceStatusChange>;
  /** Where automatic toner comes from; only e-Maintenance devices are linked. */
  stockLocation?: Maybe<StockLocation>;
  /** What the caller may do to this device, by the rules its mutations apply (the device's state aside). */
  viewerCan: DevicePermissions;
};


export type DeviceLocationHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type DeviceStatusHistoryArgs = {
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

/** What to export: the file’s format and rows. */
export type DeviceExportInput = {
  /** As the devices list takes it; decommissioned devices only when asked for (staff). */
  filter?: InputMaybe<DeviceFilter>;
  /** CSV or XLSX. */
  format: ExportFormat;
};

/** Narrows a list of devices; all given conditions apply. */
export type DeviceFilter = {
  /** Only the devices of this account. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Only devices with (true) or without (false) e-Maintenance. */
  eMaintenance?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches serial number, model name and location text (at most 100 characters). */
  search?: InputMaybe<Scalars['String']['input']>;
  /**
   * ACTIVE and REMOVAL_REQUESTED when left out. Only staff can list DECOMMISSIONED devices:
   * they are gone from customers' lists and counts.
   */
  status?: InputMaybe<Array<DeviceStatus>>;
};

/** Where a device stands, and whom the technician asks for. */
export type DeviceLocation = {
  __typename?: 'DeviceLocation';
  /** The street address. */
  address: Scalars['String']['output'];
  /** The building, when the address has several. */
  building?: Maybe<Scalars['String']['output']>;
  /** Who to ask for on site. */
  contactName?: Maybe<Scalars['String']['output']>;
  /** Their phone number. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** The floor. */
  floor?: Maybe<Scalars['String']['output']>;
  /** Directions for the technician. */
  note?: Maybe<Scalars['String']['output']>;
  /** The room. */
  room?: Maybe<Scalars['String']['output']>;
};

/** A move of a device: who set which location, when. */
export type DeviceLocationChange = {
  __typename?: 'DeviceLocationChange';
  /** When the device was moved. */
  at: Scalars['DateTime']['output'];
  /** Who: user:<id> or apiKey:<id> (system:<name> for data loaded by the service centre). */
  by: Scalars['String']['output'];
  /** The person's name when it was made, for display. */
  byName?: Maybe<Scalars['String']['output']>;
  /** Where it stood from then on. */
  location: DeviceLocation;
};

/** Where a device stands: the parts not given are left empty. */
export type DeviceLocationInput = {
  /** Street address, required (at most 200 characters). */
  address: Scalars['String']['input'];
  /** The building, when the address has several. */
  building?: InputMaybe<Scalars['String']['input']>;
  /** Who to ask for on site. */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** Phone number of the contact on site, with digits, optionally +, spaces, dashes or parentheses. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** The floor. */
  floor?: InputMaybe<Scalars['String']['input']>;
  /** Free text such as directions (at most 500 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The room. */
  room?: InputMaybe<Scalars['String']['input']>;
};

/** A printer model the vendor services. */
export type DeviceModel = {
  __typename?: 'DeviceModel';
  /** True for a colour device. */
  colour: Scalars['Boolean']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** The meters the model counts (what readings report). */
  meters: Array<MeterType>;
  /** The model’s name. */
  name: Scalars['String']['output'];
  /** Rated print speed. */
  pagesPerMinute: Scalars['Int']['output'];
  /** The toner the model takes. */
  tonerProducts: Array<TonerProduct>;
};

/** A page of device models. */
export type DeviceModelConnection = {
  __typename?: 'DeviceModelConnection';
  /** The device models of this page, each with its cursor. */
  edges: Array<DeviceModelEdge>;
  /** Whether there is a next page, and the cursor to ask for it. */
  pageInfo: PageInfo;
  /** How many there are in all (with the same filter) that the caller may see, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One device model in a page, with its cursor. */
export type DeviceModelEdge = {
  __typename?: 'DeviceModelEdge';
  /** Pass as `after` to get the page that follows this item. */
  cursor: Scalars['String']['output'];
  /** The device model. */
  node: DeviceModel;
};

/** How a list of devices is ordered. */
export type DeviceOrder =
  /** Oldest installation first (replacement candidates), then by serial number. */
  | 'INSTALLED_AT'
  /** By serial number (the default). */
  | 'SERIAL_NUMBER';

/** The result of a mutation on a device: the device, or the reasons it was refused. */
export type DevicePayload = {
  __typename?: 'DevicePayload';
  /** The device as it is now; null when the mutation was refused. */
  device?: Maybe<Device>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/**
 * The caller's permissions on one device, from its role and grants on the device's account (an
 * Administrator's devices, a Device Manager's assigned ones, the Service agent's every device). When
 * one is false the mutation answers NOT_FOUND or FORBIDDEN; when true it may still refuse the
 * device's state (a decommissioned device, a removal already requested).
 */
export type DevicePermissions = {
  __typename?: 'DevicePermissions';
  /** decommissionDevice */
  decommission: Scalars['Boolean']['output'];
  /** updateDeviceContract */
  editContract: Scalars['Boolean']['output'];
  /** linkDeviceStockLocation */
  linkStockLocation: Scalars['Boolean']['output'];
  /** requestDeviceRemoval */
  requestRemoval: Scalars['Boolean']['output'];
  /** setDeviceEMaintenance */
  setEMaintenance: Scalars['Boolean']['output'];
  /** updateDeviceLocation */
  updateLocation: Scalars['Boolean']['output'];
  /** withdrawDeviceRemovalRequest */
  withdrawRemovalRequest: Scalars['Boolean']['output'];
};

/** Where a device is in its life at the customer. */
export type DeviceStatus =
  /** In use at the customer. */
  | 'ACTIVE'
  /** Staff removed it: gone from customer lists, kept for history and billing. */
  | 'DECOMMISSIONED'
  /** A customer said it no longer has the device. */
  | 'REMOVAL_REQUESTED';

/** A step in a device's life: registered (fromStatus null), removal requested, decommissioned. */
export type DeviceStatusChange = {
  __typename?: 'DeviceStatusChange';
  /** When the status changed. */
  at: Scalars['DateTime']['output'];
  /** Who: user:<id> or apiKey:<id> (system:<name> for data loaded by the service centre). */
  by: Scalars['String']['output'];
  /** Who changed it. */
  byName?: Maybe<Scalars['String']['output']>;
  /** The status before. */
  fromStatus?: Maybe<DeviceStatus>;
  /** Why, as given. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The status after. */
  toStatus: DeviceStatus;
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

/**
 * Who may do what is docs/domain.md's roles table. A device the caller may not see, or may see but not
 * change, is refused as NOT_FOUND on `deviceId`; a caller whose role never allows the operation
 * gets the GraphQL error FORBIDDEN (without looking at the device).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Service agent: the device is gone (ACTIVE or REMOVAL_REQUESTED -> DECOMMISSIONED). It leaves
   * customers' lists and accepts no service orders or readings; staff and histories still read it.
   * Codes: NOT_FOUND, INVALID_INPUT, INVALID_TRANSITION.
   */
  decommissionDevice: DevicePayload;
  /**
   * Asks for a file of: The devices the caller sees, as the devices list filters them, by serial number. Produced in the background (follow it with `deviceExport`);
   * the rows are what the caller may see when asking. UNAUTHENTICATED when not signed in.
   */
  exportDevices: ExportJobPayload;
  /**
   * Administrator or Service agent; null unlinks. Only e-Maintenance devices are linked, and only
   * to a stock location of the device's own account. Codes: NOT_FOUND, INVALID_INPUT,
   * DEVICE_NOT_ACTIVE, E_MAINTENANCE_REQUIRED, STOCK_LOCATION_NOT_FOUND (none the caller sees on
   * the device's account: another organisation's answers as a made-up id does).
   */
  linkDeviceStockLocation: DevicePayload;
  /**
   * Service agent. Codes: INVALID_INPUT, SERIAL_TAKEN, MODEL_NOT_FOUND, ACCOUNT_NOT_FOUND,
   * E_MAINTENANCE_REQUIRED, STOCK_LOCATION_NOT_FOUND (none, or not on the device's account),
   * IDEMPOTENCY_KEY_REUSED.
   */
  registerDevice: DevicePayload;
  /**
   * Administrator: the customer no longer has the device (ACTIVE -> REMOVAL_REQUESTED).
   * Codes: NOT_FOUND, INVALID_INPUT, INVALID_TRANSITION.
   */
  requestDeviceRemoval: DevicePayload;
  /**
   * Service agent. Switching e-Maintenance off also unlinks the stock location.
   * Codes: NOT_FOUND, DEVICE_NOT_ACTIVE.
   */
  setDeviceEMaintenance: DevicePayload;
  /** Service agent. Codes: NOT_FOUND, INVALID_INPUT, DEVICE_NOT_ACTIVE. */
  updateDeviceContract: DevicePayload;
  /**
   * Administrator: its accounts' devices; Device Manager: its assigned devices; Service agent: any.
   * Kept in the location history. Codes: NOT_FOUND, INVALID_INPUT, DEVICE_NOT_ACTIVE.
   */
  updateDeviceLocation: DevicePayload;
  /**
   * Administrator or Service agent: back to ACTIVE (REMOVAL_REQUESTED -> ACTIVE).
   * Codes: NOT_FOUND, INVALID_TRANSITION.
   */
  withdrawDeviceRemovalRequest: DevicePayload;
};


/**
 * Who may do what is docs/domain.md's roles table. A device the caller may not see, or may see but not
 * change, is refused as NOT_FOUND on `deviceId`; a caller whose role never allows the operation
 * gets the GraphQL error FORBIDDEN (without looking at the device).
 */
export type MutationDecommissionDeviceArgs = {
  deviceId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Who may do what is docs/domain.md's roles table. A device the caller may not see, or may see but not
 * change, is refused as NOT_FOUND on `deviceId`; a caller whose role never allows the operation
 * gets the GraphQL error FORBIDDEN (without looking at the device).
 */
export type MutationExportDevicesArgs = {
  input: DeviceExportInput;
};


/**
 * Who may do what is docs/domain.md's roles table. A device the caller may not see, or may see but not
 * change, is refused as NOT_FOUND on `deviceId`; a caller whose role never allows the operation
 * gets the GraphQL error FORBIDDEN (without looking at the device).
 */
export type MutationLinkDeviceStockLocationArgs = {
  deviceId: Scalars['ID']['input'];
  stockLocationId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Who may do what is docs/domain.md's roles table. A device the caller may not see, or may see but not
 * change, is refused as NOT_FOUND on `deviceId`; a caller whose role never allows the operation
 * gets the GraphQL error FORBIDDEN (without looking at the device).
 */
export type MutationRegisterDeviceArgs = {
  input: RegisterDeviceInput;
};


/**
 * Who may do what is docs/domain.md's roles table. A device the caller may not see, or may see but not
 * change, is refused as NOT_FOUND on `deviceId`; a caller whose role never allows the operation
 * gets the GraphQL error FORBIDDEN (without looking at the device).
 */
export type MutationRequestDeviceRemovalArgs = {
  deviceId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Who may do what is docs/domain.md's roles table. A device the caller may not see, or may see but not
 * change, is refused as NOT_FOUND on `deviceId`; a caller whose role never allows the operation
 * gets the GraphQL error FORBIDDEN (without looking at the device).
 */
export type MutationSetDeviceEMaintenanceArgs = {
  deviceId: Scalars['ID']['input'];
  enabled: Scalars['Boolean']['input'];
};


/**
 * Who may do what is docs/domain.md's roles table. A device the caller may not see, or may see but not
 * change, is refused as NOT_FOUND on `deviceId`; a caller whose role never allows the operation
 * gets the GraphQL error FORBIDDEN (without looking at the device).
 */
export type MutationUpdateDeviceContractArgs = {
  contract: ServiceContractInput;
  deviceId: Scalars['ID']['input'];
};


/**
 * Who may do what is docs/domain.md's roles table. A device the caller may not see, or may see but not
 * change, is refused as NOT_FOUND on `deviceId`; a caller whose role never allows the operation
 * gets the GraphQL error FORBIDDEN (without looking at the device).
 */
export type MutationUpdateDeviceLocationArgs = {
  deviceId: Scalars['ID']['input'];
  location: DeviceLocationInput;
};


/**
 * Who may do what is docs/domain.md's roles table. A device the caller may not see, or may see but not
 * change, is refused as NOT_FOUND on `deviceId`; a caller whose role never allows the operation
 * gets the GraphQL error FORBIDDEN (without looking at the device).
 */
export type MutationWithdrawDeviceRemovalRequestArgs = {
  deviceId: Scalars['ID']['input'];
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

/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type Query = {
  __typename?: 'Query';
  /** A device the caller may see; customers do not see decommissioned devices, staff do. */
  device?: Maybe<Device>;
  /** A device by its serial number; null when none or not the caller’s. */
  deviceBySerialNumber?: Maybe<Device>;
  /** An export the caller asked for with `exportDevices`; null for any other (never another's). */
  deviceExport?: Maybe<ExportJob>;
  /** The model catalogue, by name; at most 100 a page. */
  deviceModels: DeviceModelConnection;
  /** The devices the caller may see, by serial number unless ordered otherwise; at most 100 a page. */
  devices: DeviceConnection;
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryDeviceArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryDeviceBySerialNumberArgs = {
  serialNumber: Scalars['String']['input'];
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryDeviceExportArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryDeviceModelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryDevicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeviceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DeviceOrder>;
};

/** How often a contract bills from meter readings. */
export type ReadingFrequency =
  /** Every month. */
  | 'MONTHLY'
  /** Every quarter. */
  | 'QUARTERLY';

/** A device the service centre installed at a customer. */
export type RegisterDeviceInput = {
  /** The account it is contracted to. */
  accountId: Scalars['ID']['input'];
  /** Its service contract. */
  contract: ServiceContractInput;
  /** Whether it reports toner and faults by itself. */
  eMaintenance?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Optional, 1 to 200 characters: a retry with the same key and input answers with the device
   * the first attempt registered; another input is refused with IDEMPOTENCY_KEY_REUSED.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Not in the future. */
  installedAt: Scalars['Date']['input'];
  /** Where it stands. */
  location: DeviceLocationInput;
  /** Its model. */
  modelId: Scalars['ID']['input'];
  /** Unique; letters, digits and dashes, 4 to 30 characters (stored in capitals). */
  serialNumber: Scalars['String']['input'];
  /** Only with e-Maintenance. */
  stockLocationId?: InputMaybe<Scalars['ID']['input']>;
};

/** The service contract of a device. */
export type ServiceContract = {
  __typename?: 'ServiceContract';
  /** The meters readings must report. */
  billedMeters: Array<MeterType>;
  /** The contract’s number. */
  contractNumber: Scalars['String']['output'];
  /** How often readings are due. */
  readingFrequency: ReadingFrequency;
  /** Agreed response time, counted in business hours. */
  responseTimeHours: Scalars['Int']['output'];
};

/** A device’s service contract. */
export type ServiceContractInput = {
  /** Meters that are billed: at least one, each one the model has. */
  billedMeters: Array<MeterType>;
  /** The contract’s number. */
  contractNumber: Scalars['String']['input'];
  /** How often readings are due. */
  readingFrequency: ReadingFrequency;
  /** Agreed response time in business hours, 1 to 720. */
  responseTimeHours: Scalars['Int']['input'];
};

export type StockLocation = {
  __typename?: 'StockLocation';
  /** Global id. */
  id: Scalars['ID']['output'];
};

/** A toner colour. */
export type TonerColour =
  /** Black. */
  | 'BLACK'
  /** Cyan. */
  | 'CYAN'
  /** Magenta. */
  | 'MAGENTA'
  /** Yellow. */
  | 'YELLOW';

/** A toner cartridge the vendor ships. */
export type TonerProduct = {
  __typename?: 'TonerProduct';
  /** Its colour. */
  colour: TonerColour;
  /** Its name. */
  name: Scalars['String']['output'];
  /** Its stock-keeping unit. */
  sku: Scalars['String']['output'];
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
  Account: Account;
  Device: Device;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Account:
    ( { __typename: 'Account' }
    & GraphQLRecursivePick<FederationTypes['Account'], {"id":true}> );
  Device:
    ( { __typename: 'Device' }
    & GraphQLRecursivePick<FederationTypes['Device'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node: ( DeviceEntity );
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Account: ResolverTypeWrapper<AccountRef>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Device: ResolverTypeWrapper<DeviceEntity>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DeviceConnection: ResolverTypeWrapper<Omit<DeviceConnection, 'edges'> & { edges: Array<ResolversTypes['DeviceEdge']> }>;
  DeviceEdge: ResolverTypeWrapper<Omit<DeviceEdge, 'node'> & { node: ResolversTypes['Device'] }>;
  DeviceExportInput: DeviceExportInput;
  DeviceFilter: DeviceFilter;
  DeviceLocation: ResolverTypeWrapper<DeviceLocation>;
  DeviceLocationChange: ResolverTypeWrapper<DeviceLocationChangeEntity>;
  DeviceLocationInput: DeviceLocationInput;
  DeviceModel: ResolverTypeWrapper<DeviceModelEntity>;
  DeviceModelConnection: ResolverTypeWrapper<Omit<DeviceModelConnection, 'edges'> & { edges: Array<ResolversTypes['DeviceModelEdge']> }>;
  DeviceModelEdge: ResolverTypeWrapper<Omit<DeviceModelEdge, 'node'> & { node: ResolversTypes['DeviceModel'] }>;
  DeviceOrder: DeviceOrder;
  DevicePayload: ResolverTypeWrapper<Omit<DevicePayload, 'device'> & { device?: Maybe<ResolversTypes['Device']> }>;
  DevicePermissions: ResolverTypeWrapper<DevicePermissions>;
  DeviceStatus: DeviceStatus;
  DeviceStatusChange: ResolverTypeWrapper<DeviceChangeEntity>;
  ExportFormat: ExportFormat;
  ExportJob: ResolverTypeWrapper<ExportJobRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ExportJobPayload: ResolverTypeWrapper<Omit<ExportJobPayload, 'exportJob'> & { exportJob?: Maybe<ResolversTypes['ExportJob']> }>;
  ExportStatus: ExportStatus;
  MeterType: MeterType;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReadingFrequency: ReadingFrequency;
  RegisterDeviceInput: RegisterDeviceInput;
  ServiceContract: ResolverTypeWrapper<ServiceContract>;
  ServiceContractInput: ServiceContractInput;
  StockLocation: ResolverTypeWrapper<StockLocation>;
  TonerColour: TonerColour;
  TonerProduct: ResolverTypeWrapper<TonerProductEntity>;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Account: AccountRef;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Device: DeviceEntity;
  Boolean: Scalars['Boolean']['output'];
  DeviceConnection: Omit<DeviceConnection, 'edges'> & { edges: Array<ResolversParentTypes['DeviceEdge']> };
  DeviceEdge: Omit<DeviceEdge, 'node'> & { node: ResolversParentTypes['Device'] };
  DeviceExportInput: DeviceExportInput;
  DeviceFilter: DeviceFilter;
  DeviceLocation: DeviceLocation;
  DeviceLocationChange: DeviceLocationChangeEntity;
  DeviceLocationInput: DeviceLocationInput;
  DeviceModel: DeviceModelEntity;
  DeviceModelConnection: Omit<DeviceModelConnection, 'edges'> & { edges: Array<ResolversParentTypes['DeviceModelEdge']> };
  DeviceModelEdge: Omit<DeviceModelEdge, 'node'> & { node: ResolversParentTypes['DeviceModel'] };
  DevicePayload: Omit<DevicePayload, 'device'> & { device?: Maybe<ResolversParentTypes['Device']> };
  DevicePermissions: DevicePermissions;
  DeviceStatusChange: DeviceChangeEntity;
  ExportJob: ExportJobRow;
  Float: Scalars['Float']['output'];
  ExportJobPayload: Omit<ExportJobPayload, 'exportJob'> & { exportJob?: Maybe<ResolversParentTypes['ExportJob']> };
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RegisterDeviceInput: RegisterDeviceInput;
  ServiceContract: ServiceContract;
  ServiceContractInput: ServiceContractInput;
  StockLocation: StockLocation;
  TonerProduct: TonerProductEntity;
  UserError: UserError;
}>;

export type AccountResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account'], FederationReferenceType extends FederationReferenceTypes['Account'] = FederationReferenceTypes['Account']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Account']> | FederationReferenceType, FederationReferenceType, ContextType>;
  devices?: Resolver<ResolversTypes['DeviceConnection'], ParentType, ContextType, RequireFields<AccountDevicesArgs, 'orderBy'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeviceResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['Device'] = ResolversParentTypes['Device'], FederationReferenceType extends FederationReferenceTypes['Device'] = FederationReferenceTypes['Device']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Device']> | FederationReferenceType, FederationReferenceType, ContextType>;
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  contract?: Resolver<ResolversTypes['ServiceContract'], ParentType, ContextType>;
  eMaintenance?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  installedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['DeviceLocation'], ParentType, ContextType>;
  locationHistory?: Resolver<Array<ResolversTypes['DeviceLocationChange']>, ParentType, ContextType, Partial<DeviceLocationHistoryArgs>>;
  model?: Resolver<ResolversTypes['DeviceModel'], ParentType, ContextType>;
  removalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serialNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeviceStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['DeviceStatusChange']>, ParentType, ContextType, Partial<DeviceStatusHistoryArgs>>;
  stockLocation?: Resolver<Maybe<ResolversTypes['StockLocation']>, ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['DevicePermissions'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DeviceConnectionResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['DeviceConnection'] = ResolversParentTypes['DeviceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DeviceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DeviceEdgeResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['DeviceEdge'] = ResolversParentTypes['DeviceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Device'], ParentType, ContextType>;
}>;

export type DeviceLocationResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['DeviceLocation'] = ResolversParentTypes['DeviceLocation']> = ResolversObject<{
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  building?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  floor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  room?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DeviceLocationChangeResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['DeviceLocationChange'] = ResolversParentTypes['DeviceLocationChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['DeviceLocation'], ParentType, ContextType>;
}>;

export type DeviceModelResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['DeviceModel'] = ResolversParentTypes['DeviceModel']> = ResolversObject<{
  colour?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meters?: Resolver<Array<ResolversTypes['MeterType']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pagesPerMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tonerProducts?: Resolver<Array<ResolversTypes['TonerProduct']>, ParentType, ContextType>;
}>;

export type DeviceModelConnectionResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['DeviceModelConnection'] = ResolversParentTypes['DeviceModelConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DeviceModelEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DeviceModelEdgeResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['DeviceModelEdge'] = ResolversParentTypes['DeviceModelEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DeviceModel'], ParentType, ContextType>;
}>;

export type DevicePayloadResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['DevicePayload'] = ResolversParentTypes['DevicePayload']> = ResolversObject<{
  device?: Resolver<Maybe<ResolversTypes['Device']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DevicePermissionsResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['DevicePermissions'] = ResolversParentTypes['DevicePermissions']> = ResolversObject<{
  decommission?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  editContract?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  linkStockLocation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requestRemoval?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  setEMaintenance?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updateLocation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  withdrawRemovalRequest?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type DeviceStatusChangeResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['DeviceStatusChange'] = ResolversParentTypes['DeviceStatusChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['DeviceStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['DeviceStatus'], ParentType, ContextType>;
}>;

export type ExportJobResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['ExportJob'] = ResolversParentTypes['ExportJob']> = ResolversObject<{
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

export type ExportJobPayloadResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['ExportJobPayload'] = ResolversParentTypes['ExportJobPayload']> = ResolversObject<{
  exportJob?: Resolver<Maybe<ResolversTypes['ExportJob']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  decommissionDevice?: Resolver<ResolversTypes['DevicePayload'], ParentType, ContextType, RequireFields<MutationDecommissionDeviceArgs, 'deviceId'>>;
  exportDevices?: Resolver<ResolversTypes['ExportJobPayload'], ParentType, ContextType, RequireFields<MutationExportDevicesArgs, 'input'>>;
  linkDeviceStockLocation?: Resolver<ResolversTypes['DevicePayload'], ParentType, ContextType, RequireFields<MutationLinkDeviceStockLocationArgs, 'deviceId'>>;
  registerDevice?: Resolver<ResolversTypes['DevicePayload'], ParentType, ContextType, RequireFields<MutationRegisterDeviceArgs, 'input'>>;
  requestDeviceRemoval?: Resolver<ResolversTypes['DevicePayload'], ParentType, ContextType, RequireFields<MutationRequestDeviceRemovalArgs, 'deviceId' | 'reason'>>;
  setDeviceEMaintenance?: Resolver<ResolversTypes['DevicePayload'], ParentType, ContextType, RequireFields<MutationSetDeviceEMaintenanceArgs, 'deviceId' | 'enabled'>>;
  updateDeviceContract?: Resolver<ResolversTypes['DevicePayload'], ParentType, ContextType, RequireFields<MutationUpdateDeviceContractArgs, 'contract' | 'deviceId'>>;
  updateDeviceLocation?: Resolver<ResolversTypes['DevicePayload'], ParentType, ContextType, RequireFields<MutationUpdateDeviceLocationArgs, 'deviceId' | 'location'>>;
  withdrawDeviceRemovalRequest?: Resolver<ResolversTypes['DevicePayload'], ParentType, ContextType, RequireFields<MutationWithdrawDeviceRemovalRequestArgs, 'deviceId'>>;
}>;

export type NodeResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Device', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  device?: Resolver<Maybe<ResolversTypes['Device']>, ParentType, ContextType, RequireFields<QueryDeviceArgs, 'id'>>;
  deviceBySerialNumber?: Resolver<Maybe<ResolversTypes['Device']>, ParentType, ContextType, RequireFields<QueryDeviceBySerialNumberArgs, 'serialNumber'>>;
  deviceExport?: Resolver<Maybe<ResolversTypes['ExportJob']>, ParentType, ContextType, RequireFields<QueryDeviceExportArgs, 'id'>>;
  deviceModels?: Resolver<ResolversTypes['DeviceModelConnection'], ParentType, ContextType, Partial<QueryDeviceModelsArgs>>;
  devices?: Resolver<ResolversTypes['DeviceConnection'], ParentType, ContextType, RequireFields<QueryDevicesArgs, 'orderBy'>>;
}>;

export type ServiceContractResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['ServiceContract'] = ResolversParentTypes['ServiceContract']> = ResolversObject<{
  billedMeters?: Resolver<Array<ResolversTypes['MeterType']>, ParentType, ContextType>;
  contractNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readingFrequency?: Resolver<ResolversTypes['ReadingFrequency'], ParentType, ContextType>;
  responseTimeHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StockLocationResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['StockLocation'] = ResolversParentTypes['StockLocation']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type TonerProductResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['TonerProduct'] = ResolversParentTypes['TonerProduct']> = ResolversObject<{
  colour?: Resolver<ResolversTypes['TonerColour'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = DevicesContext> = ResolversObject<{
  Account?: AccountResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Device?: DeviceResolvers<ContextType>;
  DeviceConnection?: DeviceConnectionResolvers<ContextType>;
  DeviceEdge?: DeviceEdgeResolvers<ContextType>;
  DeviceLocation?: DeviceLocationResolvers<ContextType>;
  DeviceLocationChange?: DeviceLocationChangeResolvers<ContextType>;
  DeviceModel?: DeviceModelResolvers<ContextType>;
  DeviceModelConnection?: DeviceModelConnectionResolvers<ContextType>;
  DeviceModelEdge?: DeviceModelEdgeResolvers<ContextType>;
  DevicePayload?: DevicePayloadResolvers<ContextType>;
  DevicePermissions?: DevicePermissionsResolvers<ContextType>;
  DeviceStatusChange?: DeviceStatusChangeResolvers<ContextType>;
  ExportJob?: ExportJobResolvers<ContextType>;
  ExportJobPayload?: ExportJobPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ServiceContract?: ServiceContractResolvers<ContextType>;
  StockLocation?: StockLocationResolvers<ContextType>;
  TonerProduct?: TonerProductResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

