/* eslint-disable */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ExportJob as ExportJobRow } from '@portal/platform';
import type { StockLocation as StockLocationEntity } from '../entities/stock-location.entity';
import type { StockLevel as StockLevelEntity } from '../entities/stock-level.entity';
import type { Shipment as ShipmentEntity } from '../entities/shipment.entity';
import type { ShipmentReceipt as ShipmentReceiptEntity } from '../entities/shipment-receipt.entity';
import type { ShipmentStatusChange as ShipmentStatusChangeEntity } from '../entities/shipment-status-change.entity';
import type { TonerProduct as TonerProductEntity } from '../entities/toner-product.entity';
import type { AccountRef, DeviceRef } from '../domain/references';
import type { ReplenishmentScope, MonthUnits, LocationUnits } from '../domain/replenishment-analytics';
import type { TonerContext } from '../context';
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
  /** Global id. */
  id: Scalars['ID']['output'];
  /** The account's stock locations the caller may see, by name. */
  stockLocations: Array<StockLocation>;
};

/** A new place where an account keeps toner. */
export type CreateStockLocationInput = {
  /** The account that owns the stock. */
  accountId: Scalars['ID']['input'];
  /** 1 to 200 characters. */
  address: Scalars['String']['input'];
  /** Who receives shipments there. */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /**
   * Optional, 1 to 200 characters: a retry with the same key and input answers with the location
   * the first attempt created; another input is refused with IDEMPOTENCY_KEY_REUSED.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** At most 500 characters. */
  shippingInstructions?: InputMaybe<Scalars['String']['input']>;
};

/** A device as toner knows it: the devices subgraph resolves it. */
export type Device = {
  __typename?: 'Device';
  /** Global id. */
  id: Scalars['ID']['output'];
};

/** The carrier and tracking number of a shipment being sent. */
export type DispatchShipmentInput = {
  /** 1 to 100 characters, e.g. PostNord. */
  carrier: Scalars['String']['input'];
  /** 1 to 100 characters, as the carrier prints it. */
  trackingNumber: Scalars['String']['input'];
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

/** One stock location's replenishment in the period. */
export type LocationReplenishment = {
  __typename?: 'LocationReplenishment';
  /** Shipments created for it in the period. */
  shipments: Scalars['Int']['output'];
  /** The stock location. */
  stockLocation: StockLocation;
  /** Units of the shipments that arrived in the period. */
  unitsDelivered: Scalars['Int']['output'];
  /** Units of the shipments created in the period. */
  unitsOrdered: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Service agent: REQUESTED -> CREATED (it is then sent). Codes: NOT_FOUND, INVALID_TRANSITION. */
  approveShipment: ShipmentPayload;
  /**
   * Administrator, assigned Stock Manager, Service agent: the units received (default: all that
   * are outstanding) are added to the stock; when all have arrived, DISPATCHED -> DELIVERED, else
   * the shipment stays DISPATCHED with the rest outstanding. Codes: NOT_FOUND, INVALID_TRANSITION,
   * INVALID_INPUT, MORE_THAN_OUTSTANDING.
   */
  confirmShipmentDelivered: ShipmentPayload;
  /** Service agent. Codes: ACCOUNT_NOT_FOUND, INVALID_INPUT, IDEMPOTENCY_KEY_REUSED. */
  createStockLocation: StockLocationPayload;
  /**
   * Service agent: REQUESTED -> DECLINED with an explanation of 1 to 500 characters.
   * Codes: NOT_FOUND, INVALID_TRANSITION, INVALID_INPUT.
   */
  declineShipment: ShipmentPayload;
  /**
   * Service agent: CREATED -> DISPATCHED, with the carrier and tracking number when given.
   * Codes: NOT_FOUND, INVALID_TRANSITION, INVALID_INPUT.
   */
  dispatchShipment: ShipmentPayload;
  /**
   * Asks for a file of: Shipments created in the period to the stock locations the caller sees, as replenishmentAnalytics. Produced in the background (follow it with `shipmentExport`);
   * the rows are what the caller may see when asking. UNAUTHENTICATED when not signed in.
   */
  exportShipments: ExportJobPayload;
  /**
   * Administrator, assigned Stock Manager, Service agent: sets the quantity on hand (and levels)
   * of each product counted, all or nothing. A count orders nothing: the next toner-low alert does.
   * Codes: NOT_FOUND, NEGATIVE_QUANTITY, UNKNOWN_TONER, INVALID_INPUT.
   */
  recordStockCount: StockLocationPayload;
  /**
   * The e-Maintenance integration (an API key with Administrator on the device's account) or the
   * Service agent. Takes one unit of the device's toner of that colour from its linked stock
   * location (never below 0); when the location's position for it (on hand + open shipments)
   * falls below the minimum, orders (target - position) units. Codes: NOT_FOUND, INVALID_INPUT,
   * DEVICE_NOT_ACTIVE, E_MAINTENANCE_OFF, NO_STOCK_LOCATION, UNKNOWN_TONER, NO_STOCK_LEVEL,
   * ALERT_ID_TAKEN (the id acted before for another device).
   */
  reportTonerLow: TonerLowAlertPayload;
  /**
   * Administrator, assigned Stock Manager, Service agent: a supply order by hand, REQUESTED until
   * the service centre approves or declines it. Codes: NOT_FOUND, UNKNOWN_TONER, INVALID_INPUT,
   * IDEMPOTENCY_KEY_REUSED.
   */
  requestToner: ShipmentPayload;
  /**
   * Administrator, assigned Stock Manager, Service agent: sets the minimum and target level of
   * each product given, all or nothing (a product the location does not keep yet starts at 0 on
   * hand). Codes: NOT_FOUND, UNKNOWN_TONER, NEGATIVE_QUANTITY, INVALID_INPUT.
   */
  setStockLevelTargets: StockLocationPayload;
  /**
   * Whoever may confirm a delivery: takes back the shipment's latest delivery within 5 minutes of
   * it (its units leave the stock again, never below 0; a DELIVERED shipment is DISPATCHED again).
   * Codes: NOT_FOUND, NOTHING_TO_UNDO, UNDO_EXPIRED.
   */
  undoShipmentDelivery: ShipmentPayload;
  /** Administrator, assigned Stock Manager, Service agent. Codes: NOT_FOUND, INVALID_INPUT. */
  updateStockLocation: StockLocationPayload;
};


export type MutationApproveShipmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmShipmentDeliveredArgs = {
  id: Scalars['ID']['input'];
  quantityReceived?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateStockLocationArgs = {
  input: CreateStockLocationInput;
};


export type MutationDeclineShipmentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDispatchShipmentArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<DispatchShipmentInput>;
};


export type MutationExportShipmentsArgs = {
  input: ShipmentExportInput;
};


export type MutationRecordStockCountArgs = {
  counts: Array<StockCountInput>;
  stockLocationId: Scalars['ID']['input'];
};


export type MutationReportTonerLowArgs = {
  input: TonerLowAlertInput;
};


export type MutationRequestTonerArgs = {
  input: RequestTonerInput;
};


export type MutationSetStockLevelTargetsArgs = {
  levels: Array<StockLevelTargetInput>;
  stockLocationId: Scalars['ID']['input'];
};


export type MutationUndoShipmentDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateStockLocationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateStockLocationInput;
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
  /**
   * Replenishment of the stock locations the caller sees (an Administrator its accounts', a Stock
   * Manager its assigned ones, agents and planners every location; anyone else none), per
   * calendar month (UTC) from the month of `from` to the month of `to` (at most 36 months):
   * units ordered by the month their shipment was created, units delivered (the toner the
   * location consumed and had replaced) by the month they arrived. `accountId` narrows it to one
   * account. Read from the monthly rollup. BAD_USER_INPUT: `to` before `from`, over 36 months.
   */
  replenishmentAnalytics: ReplenishmentAnalytics;
  /** A toner shipment by id; null when none or not the caller’s. */
  shipment?: Maybe<Shipment>;
  /** An export the caller asked for with `exportShipments`; null for any other (never another's). */
  shipmentExport?: Maybe<ExportJob>;
  /** Shipments of the stock locations the caller may see, newest first; at most 100 a page. */
  shipments: ShipmentConnection;
  /** A stock location by id; null when none or not the caller’s. */
  stockLocation?: Maybe<StockLocation>;
  /** The stock locations the caller may see, by name; at most 100 (staff narrow them by account). */
  stockLocations: Array<StockLocation>;
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryReplenishmentAnalyticsArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryShipmentArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryShipmentExportArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryShipmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ShipmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryStockLocationArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryStockLocationsArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * Toner replenishment of a period: per calendar month and per stock location, read from the
 * monthly rollup.
 */
export type ReplenishmentAnalytics = {
  __typename?: 'ReplenishmentAnalytics';
  /** The period per stock location, most units delivered first. */
  locations: Array<LocationReplenishment>;
  /** Every month of the period, oldest first. */
  months: Array<ReplenishmentMonth>;
};


/**
 * Toner replenishment of a period: per calendar month and per stock location, read from the
 * monthly rollup.
 */
export type ReplenishmentAnalyticsLocationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One calendar month (UTC) of replenishment. */
export type ReplenishmentMonth = {
  __typename?: 'ReplenishmentMonth';
  /** The first day of the month. */
  month: Scalars['Date']['output'];
  /** Shipments created in the month. */
  shipments: Scalars['Int']['output'];
  /** Units of the shipments that arrived in the month. */
  unitsDelivered: Scalars['Int']['output'];
  /** Units of the shipments created in the month. */
  unitsOrdered: Scalars['Int']['output'];
};

/**
 * A supply order by hand: one toner product for a stock location, for devices without
 * e-Maintenance. The service centre approves (then it is sent like any shipment) or declines it.
 */
export type RequestTonerInput = {
  /**
   * Optional, 1 to 200 characters: a retry with the same key and input answers with the request
   * the first attempt created; another input is refused with IDEMPOTENCY_KEY_REUSED.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** At most 500 characters, e.g. the devices it is for. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 10,000 units. */
  quantity: Scalars['Int']['input'];
  /** The toner product's stock-keeping unit. */
  sku: Scalars['String']['input'];
  /** The stock location the toner is for. */
  stockLocationId: Scalars['ID']['input'];
};

/** A replenishment of one toner product for a stock location. */
export type Shipment = Node & {
  __typename?: 'Shipment';
  /** The carrier and its tracking number, given when dispatched. */
  carrier?: Maybe<Scalars['String']['output']>;
  /** When it was ordered. */
  createdAt: Scalars['DateTime']['output'];
  /** DECLINED: the service centre's explanation to the requester. */
  declineReason?: Maybe<Scalars['String']['output']>;
  /** When it arrived; null until then. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was sent; null until then. */
  dispatchedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Each status it reached: when and by whom, oldest first. */
  history: Array<ShipmentStatusChange>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Units still to come: 0 when delivered or declined. */
  outstanding: Scalars['Int']['output'];
  /** How many units. */
  quantity: Scalars['Int']['output'];
  /** Units received so far (deliveries not undone). */
  quantityReceived: Scalars['Int']['output'];
  /**
   * Why it was ordered, in English.
   * @deprecated English text; word `reasonDetails` in the reader's language. Removal: 2027-06-30
   */
  reason: Scalars['String']['output'];
  /** Why it was ordered, as a code with parameters. */
  reasonDetails: ShipmentReason;
  /** Deliveries received, oldest first (undone ones included). */
  receipts: Array<ShipmentReceipt>;
  /** Where it is. */
  status: ShipmentStatus;
  /** Where it goes. */
  stockLocation: StockLocation;
  /** What is shipped. */
  toner: TonerProduct;
  /** The carrier's tracking number, given when dispatched; null when none was given. */
  trackingNumber?: Maybe<Scalars['String']['output']>;
};

/** A page of toner shipments. */
export type ShipmentConnection = {
  __typename?: 'ShipmentConnection';
  /** The toner shipments of this page, each with its cursor. */
  edges: Array<ShipmentEdge>;
  /** Whether there is a next page, and the cursor to ask for it. */
  pageInfo: PageInfo;
  /** How many there are in all (with the same filter) that the caller may see, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One toner shipment in a page, with its cursor. */
export type ShipmentEdge = {
  __typename?: 'ShipmentEdge';
  /** Pass as `after` to get the page that follows this item. */
  cursor: Scalars['String']['output'];
  /** The toner shipment. */
  node: Shipment;
};

/** What to export: the file’s format and rows. */
export type ShipmentExportInput = {
  /** Narrows it to one account. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** CSV or XLSX. */
  format: ExportFormat;
  /** The months the shipments were created in (at most 36), as replenishmentAnalytics. */
  from: Scalars['Date']['input'];
  /** The last day asked for (its month is the last). */
  to: Scalars['Date']['input'];
};

/** Narrows a list of shipments; all given conditions apply. */
export type ShipmentFilter = {
  /** Only shipments in these statuses. */
  status?: InputMaybe<Array<ShipmentStatus>>;
  /** Only shipments to this stock location. */
  stockLocationId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of a mutation on a shipment: the shipment, or the reasons it was refused. */
export type ShipmentPayload = {
  __typename?: 'ShipmentPayload';
  /** The shipment as it is now; null when the mutation was refused. */
  shipment?: Maybe<Shipment>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** The parameters of a shipment's reason; which are set depends on the code. */
export type ShipmentReason = {
  __typename?: 'ShipmentReason';
  /** TONER_LOW: e-Maintenance's id of the alert. */
  alertId?: Maybe<Scalars['String']['output']>;
  /** Why the shipment exists. */
  code: ShipmentReasonCode;
  /** TONER_LOW: the colour reported and the toner left in the cartridge (0 to 100). */
  colour?: Maybe<TonerColour>;
  /** TONER_LOW: the toner left in the cartridge when reported, in percent (0 to 100). */
  levelPercent?: Maybe<Scalars['Int']['output']>;
  /** TONER_LOW: the product's minimum level at the location when it was ordered. */
  minimumLevel?: Maybe<Scalars['Int']['output']>;
  /** MANUAL_REQUEST: the requester's note, in the requester's words (empty when none). */
  note?: Maybe<Scalars['String']['output']>;
  /** TONER_LOW: the position when it was ordered, and the level's minimum and target then. */
  position?: Maybe<Scalars['Int']['output']>;
  /** TONER_LOW: the serial number of the device that reported it. */
  serialNumber?: Maybe<Scalars['String']['output']>;
  /** TONER_LOW: the product's target level at the location when it was ordered. */
  targetLevel?: Maybe<Scalars['Int']['output']>;
};

/** Why a shipment exists; the client words it in the reader's language from the code and its parameters. */
export type ShipmentReasonCode =
  /** Someone requested it by hand, e.g. for devices without e-Maintenance. */
  | 'MANUAL_REQUEST'
  /** An e-Maintenance toner-low alert brought the position (on hand + open shipments) below the minimum. */
  | 'TONER_LOW';

/** One delivery received (a short delivery leaves the rest outstanding). */
export type ShipmentReceipt = {
  __typename?: 'ShipmentReceipt';
  /** When the delivery was recorded. */
  at: Scalars['DateTime']['output'];
  /** Who: user:<id> or apiKey:<id>. */
  by: Scalars['String']['output'];
  /** The name of who recorded it; null when not known. */
  byName?: Maybe<Scalars['String']['output']>;
  /** Units received in this delivery. */
  quantity: Scalars['Int']['output'];
  /** Until when undoShipmentDelivery takes it back; null once that time has passed or it was undone. */
  undoableUntil?: Maybe<Scalars['DateTime']['output']>;
  /** When it was taken back (then its units are no longer in the stock). */
  undoneAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Where a toner shipment is. */
export type ShipmentStatus =
  /** Ordered: a toner-low alert brought the position below the minimum, or the service centre approved a request. */
  | 'CREATED'
  /** The service centre declined the request; nothing is sent. */
  | 'DECLINED'
  /** Arrived: its units were added to the stock. */
  | 'DELIVERED'
  /** On its way (the service centre sent it). */
  | 'DISPATCHED'
  /** Requested by hand (a supply order): waits for the service centre to approve or decline it. */
  | 'REQUESTED';

/** A step in a shipment’s history. */
export type ShipmentStatusChange = {
  __typename?: 'ShipmentStatusChange';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Who: user:<id> or apiKey:<id> (system:<name> for data loaded by the service centre). */
  by: Scalars['String']['output'];
  /** The person's or key's name at the time, for display. */
  byName?: Maybe<Scalars['String']['output']>;
  /** The status it reached. */
  status: ShipmentStatus;
};

/**
 * A counted quantity of one toner product; minimum and target levels change only when given (both
 * are required for a product the location does not keep yet).
 */
export type StockCountInput = {
  /** Below this, a shipment is ordered. */
  minimumLevel?: InputMaybe<Scalars['Int']['input']>;
  /** Units counted on the shelf. */
  quantity: Scalars['Int']['input'];
  /** The toner product. */
  sku: Scalars['String']['input'];
  /** A shipment fills up to this. */
  targetLevel?: InputMaybe<Scalars['Int']['input']>;
};

/** A stock location's stock of one toner product. Quantities are whole numbers >= 0. */
export type StockLevel = {
  __typename?: 'StockLevel';
  /** Fewer units on hand than the minimum. */
  belowMinimum: Scalars['Boolean']['output'];
  /** When the stock was last counted; null when it never was. */
  countedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Units in shipments on their way (CREATED or DISPATCHED). */
  inShipment: Scalars['Int']['output'];
  /** When the position (on hand + open shipments) falls below this, a replenishment is ordered. */
  minimumLevel: Scalars['Int']['output'];
  /** Units on hand. */
  quantity: Scalars['Int']['output'];
  /** A replenishment fills the position up to this. */
  targetLevel: Scalars['Int']['output'];
  /** The toner product. */
  toner: TonerProduct;
};

/** A product's minimum and target level (the quantity on hand stays as it is). */
export type StockLevelTargetInput = {
  /** Units, 0 or more: when the position falls below this, a replenishment is ordered. */
  minimumLevel: Scalars['Int']['input'];
  /** The toner product's stock-keeping unit (UNKNOWN_TONER when none; each product once). */
  sku: Scalars['String']['input'];
  /** Units, at least minimumLevel: a replenishment fills the position up to this. */
  targetLevel: Scalars['Int']['input'];
};

/**
 * Where an account keeps toner for its e-Maintenance devices. Administrators of the account,
 * its assigned Stock Managers and service-centre staff see it; nobody else does.
 */
export type StockLocation = Node & {
  __typename?: 'StockLocation';
  /** The account that owns the stock. */
  account: Account;
  /** The delivery address. */
  address: Scalars['String']['output'];
  /** Who receives shipments. */
  contactName?: Maybe<Scalars['String']['output']>;
  /** The devices it serves (linked e-Maintenance devices) that the caller may see, by serial number. */
  devices: Array<Device>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** One per toner product it keeps, by SKU. */
  levels: Array<StockLevel>;
  /** The location’s name, e.g. a storeroom. */
  name: Scalars['String']['output'];
  /** Newest first; at most 100 a page. */
  shipments: ShipmentConnection;
  /** Free text for the carrier, e.g. goods reception, gate 3. */
  shippingInstructions: Scalars['String']['output'];
  /** What the caller may do with this location, by the rules its mutations apply. */
  viewerCan: StockLocationPermissions;
};


/**
 * Where an account keeps toner for its e-Maintenance devices. Administrators of the account,
 * its assigned Stock Managers and service-centre staff see it; nobody else does.
 */
export type StockLocationShipmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<ShipmentStatus>>;
};

/** The result of a mutation on a stock location: the stock location, or the reasons it was refused. */
export type StockLocationPayload = {
  __typename?: 'StockLocationPayload';
  /** The stock location as it is now; null when the mutation was refused. */
  stockLocation?: Maybe<StockLocation>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/**
 * The caller's permissions on one stock location: the account's Administrators and the location's
 * assigned Stock Managers, and the Service agent. When one is false the mutation answers NOT_FOUND
 * or FORBIDDEN.
 */
export type StockLocationPermissions = {
  __typename?: 'StockLocationPermissions';
  /** confirmShipmentDelivered, for this location's shipments */
  confirmDelivery: Scalars['Boolean']['output'];
  /** recordStockCount */
  countStock: Scalars['Boolean']['output'];
  /** dispatchShipment, for this location */
  dispatch: Scalars['Boolean']['output'];
  /** updateStockLocation */
  update: Scalars['Boolean']['output'];
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

/** A device’s e-Maintenance report that a toner is running low. */
export type TonerLowAlertInput = {
  /** e-Maintenance's own id of the alert: the same id never acts twice. */
  alertId: Scalars['String']['input'];
  /** The toner running low. */
  colour: TonerColour;
  /** The reporting device. */
  deviceId: Scalars['ID']['input'];
  /** The toner left in the cartridge, 0 to 100. */
  levelPercent: Scalars['Int']['input'];
};

/** The outcome of a toner-low alert. */
export type TonerLowAlertPayload = {
  __typename?: 'TonerLowAlertPayload';
  /** A unit was taken from the stock (false: the stock was already empty, or a refusal). */
  consumed: Scalars['Boolean']['output'];
  /** The alert id had acted before: this answer repeats what it did then, and nothing changed. */
  duplicate: Scalars['Boolean']['output'];
  /** The replenishment the alert created (for a duplicate: the one the first delivery created). */
  shipment?: Maybe<Shipment>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

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

/** Fields left out stay as they are. */
export type UpdateStockLocationInput = {
  /** Where shipments go. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** An empty text removes the contact. */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** The location’s name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** For the carrier, e.g. opening hours. */
  shippingInstructions?: InputMaybe<Scalars['String']['input']>;
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
  Shipment: Shipment;
  StockLocation: StockLocation;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Account:
    ( { __typename: 'Account' }
    & GraphQLRecursivePick<FederationTypes['Account'], {"id":true}> );
  Shipment:
    ( { __typename: 'Shipment' }
    & GraphQLRecursivePick<FederationTypes['Shipment'], {"id":true}> );
  StockLocation:
    ( { __typename: 'StockLocation' }
    & GraphQLRecursivePick<FederationTypes['StockLocation'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( ShipmentEntity )
    | ( StockLocationEntity )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Account: ResolverTypeWrapper<AccountRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CreateStockLocationInput: CreateStockLocationInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Device: ResolverTypeWrapper<DeviceRef>;
  DispatchShipmentInput: DispatchShipmentInput;
  ExportFormat: ExportFormat;
  ExportJob: ResolverTypeWrapper<ExportJobRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ExportJobPayload: ResolverTypeWrapper<Omit<ExportJobPayload, 'exportJob'> & { exportJob?: Maybe<ResolversTypes['ExportJob']> }>;
  ExportStatus: ExportStatus;
  LocationReplenishment: ResolverTypeWrapper<LocationUnits>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReplenishmentAnalytics: ResolverTypeWrapper<ReplenishmentScope>;
  ReplenishmentMonth: ResolverTypeWrapper<MonthUnits>;
  RequestTonerInput: RequestTonerInput;
  Shipment: ResolverTypeWrapper<ShipmentEntity>;
  ShipmentConnection: ResolverTypeWrapper<Omit<ShipmentConnection, 'edges'> & { edges: Array<ResolversTypes['ShipmentEdge']> }>;
  ShipmentEdge: ResolverTypeWrapper<Omit<ShipmentEdge, 'node'> & { node: ResolversTypes['Shipment'] }>;
  ShipmentExportInput: ShipmentExportInput;
  ShipmentFilter: ShipmentFilter;
  ShipmentPayload: ResolverTypeWrapper<Omit<ShipmentPayload, 'shipment'> & { shipment?: Maybe<ResolversTypes['Shipment']> }>;
  ShipmentReason: ResolverTypeWrapper<ShipmentReason>;
  ShipmentReasonCode: ShipmentReasonCode;
  ShipmentReceipt: ResolverTypeWrapper<ShipmentReceiptEntity>;
  ShipmentStatus: ShipmentStatus;
  ShipmentStatusChange: ResolverTypeWrapper<ShipmentStatusChangeEntity>;
  StockCountInput: StockCountInput;
  StockLevel: ResolverTypeWrapper<StockLevelEntity>;
  StockLevelTargetInput: StockLevelTargetInput;
  StockLocation: ResolverTypeWrapper<StockLocationEntity>;
  StockLocationPayload: ResolverTypeWrapper<Omit<StockLocationPayload, 'stockLocation'> & { stockLocation?: Maybe<ResolversTypes['StockLocation']> }>;
  StockLocationPermissions: ResolverTypeWrapper<StockLocationPermissions>;
  TonerColour: TonerColour;
  TonerLowAlertInput: TonerLowAlertInput;
  TonerLowAlertPayload: ResolverTypeWrapper<Omit<TonerLowAlertPayload, 'shipment'> & { shipment?: Maybe<ResolversTypes['Shipment']> }>;
  TonerProduct: ResolverTypeWrapper<TonerProductEntity>;
  UpdateStockLocationInput: UpdateStockLocationInput;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Account: AccountRef;
  ID: Scalars['ID']['output'];
  CreateStockLocationInput: CreateStockLocationInput;
  String: Scalars['String']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Device: DeviceRef;
  DispatchShipmentInput: DispatchShipmentInput;
  ExportJob: ExportJobRow;
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  ExportJobPayload: Omit<ExportJobPayload, 'exportJob'> & { exportJob?: Maybe<ResolversParentTypes['ExportJob']> };
  LocationReplenishment: LocationUnits;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  ReplenishmentAnalytics: ReplenishmentScope;
  ReplenishmentMonth: MonthUnits;
  RequestTonerInput: RequestTonerInput;
  Shipment: ShipmentEntity;
  ShipmentConnection: Omit<ShipmentConnection, 'edges'> & { edges: Array<ResolversParentTypes['ShipmentEdge']> };
  ShipmentEdge: Omit<ShipmentEdge, 'node'> & { node: ResolversParentTypes['Shipment'] };
  ShipmentExportInput: ShipmentExportInput;
  ShipmentFilter: ShipmentFilter;
  ShipmentPayload: Omit<ShipmentPayload, 'shipment'> & { shipment?: Maybe<ResolversParentTypes['Shipment']> };
  ShipmentReason: ShipmentReason;
  ShipmentReceipt: ShipmentReceiptEntity;
  ShipmentStatusChange: ShipmentStatusChangeEntity;
  StockCountInput: StockCountInput;
  StockLevel: StockLevelEntity;
  StockLevelTargetInput: StockLevelTargetInput;
  StockLocation: StockLocationEntity;
  StockLocationPayload: Omit<StockLocationPayload, 'stockLocation'> & { stockLocation?: Maybe<ResolversParentTypes['StockLocation']> };
  StockLocationPermissions: StockLocationPermissions;
  TonerLowAlertInput: TonerLowAlertInput;
  TonerLowAlertPayload: Omit<TonerLowAlertPayload, 'shipment'> & { shipment?: Maybe<ResolversParentTypes['Shipment']> };
  TonerProduct: TonerProductEntity;
  UpdateStockLocationInput: UpdateStockLocationInput;
  UserError: UserError;
}>;

export type AccountResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account'], FederationReferenceType extends FederationReferenceTypes['Account'] = FederationReferenceTypes['Account']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Account']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stockLocations?: Resolver<Array<ResolversTypes['StockLocation']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeviceResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['Device'] = ResolversParentTypes['Device']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ExportJobResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['ExportJob'] = ResolversParentTypes['ExportJob']> = ResolversObject<{
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

export type ExportJobPayloadResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['ExportJobPayload'] = ResolversParentTypes['ExportJobPayload']> = ResolversObject<{
  exportJob?: Resolver<Maybe<ResolversTypes['ExportJob']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type LocationReplenishmentResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['LocationReplenishment'] = ResolversParentTypes['LocationReplenishment']> = ResolversObject<{
  shipments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stockLocation?: Resolver<ResolversTypes['StockLocation'], ParentType, ContextType>;
  unitsDelivered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitsOrdered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  approveShipment?: Resolver<ResolversTypes['ShipmentPayload'], ParentType, ContextType, RequireFields<MutationApproveShipmentArgs, 'id'>>;
  confirmShipmentDelivered?: Resolver<ResolversTypes['ShipmentPayload'], ParentType, ContextType, RequireFields<MutationConfirmShipmentDeliveredArgs, 'id'>>;
  createStockLocation?: Resolver<ResolversTypes['StockLocationPayload'], ParentType, ContextType, RequireFields<MutationCreateStockLocationArgs, 'input'>>;
  declineShipment?: Resolver<ResolversTypes['ShipmentPayload'], ParentType, ContextType, RequireFields<MutationDeclineShipmentArgs, 'id' | 'reason'>>;
  dispatchShipment?: Resolver<ResolversTypes['ShipmentPayload'], ParentType, ContextType, RequireFields<MutationDispatchShipmentArgs, 'id'>>;
  exportShipments?: Resolver<ResolversTypes['ExportJobPayload'], ParentType, ContextType, RequireFields<MutationExportShipmentsArgs, 'input'>>;
  recordStockCount?: Resolver<ResolversTypes['StockLocationPayload'], ParentType, ContextType, RequireFields<MutationRecordStockCountArgs, 'counts' | 'stockLocationId'>>;
  reportTonerLow?: Resolver<ResolversTypes['TonerLowAlertPayload'], ParentType, ContextType, RequireFields<MutationReportTonerLowArgs, 'input'>>;
  requestToner?: Resolver<ResolversTypes['ShipmentPayload'], ParentType, ContextType, RequireFields<MutationRequestTonerArgs, 'input'>>;
  setStockLevelTargets?: Resolver<ResolversTypes['StockLocationPayload'], ParentType, ContextType, RequireFields<MutationSetStockLevelTargetsArgs, 'levels' | 'stockLocationId'>>;
  undoShipmentDelivery?: Resolver<ResolversTypes['ShipmentPayload'], ParentType, ContextType, RequireFields<MutationUndoShipmentDeliveryArgs, 'id'>>;
  updateStockLocation?: Resolver<ResolversTypes['StockLocationPayload'], ParentType, ContextType, RequireFields<MutationUpdateStockLocationArgs, 'id' | 'input'>>;
}>;

export type NodeResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Shipment' | 'StockLocation', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  replenishmentAnalytics?: Resolver<ResolversTypes['ReplenishmentAnalytics'], ParentType, ContextType, RequireFields<QueryReplenishmentAnalyticsArgs, 'from' | 'to'>>;
  shipment?: Resolver<Maybe<ResolversTypes['Shipment']>, ParentType, ContextType, RequireFields<QueryShipmentArgs, 'id'>>;
  shipmentExport?: Resolver<Maybe<ResolversTypes['ExportJob']>, ParentType, ContextType, RequireFields<QueryShipmentExportArgs, 'id'>>;
  shipments?: Resolver<ResolversTypes['ShipmentConnection'], ParentType, ContextType, Partial<QueryShipmentsArgs>>;
  stockLocation?: Resolver<Maybe<ResolversTypes['StockLocation']>, ParentType, ContextType, RequireFields<QueryStockLocationArgs, 'id'>>;
  stockLocations?: Resolver<Array<ResolversTypes['StockLocation']>, ParentType, ContextType, Partial<QueryStockLocationsArgs>>;
}>;

export type ReplenishmentAnalyticsResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['ReplenishmentAnalytics'] = ResolversParentTypes['ReplenishmentAnalytics']> = ResolversObject<{
  locations?: Resolver<Array<ResolversTypes['LocationReplenishment']>, ParentType, ContextType, RequireFields<ReplenishmentAnalyticsLocationsArgs, 'first'>>;
  months?: Resolver<Array<ResolversTypes['ReplenishmentMonth']>, ParentType, ContextType>;
}>;

export type ReplenishmentMonthResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['ReplenishmentMonth'] = ResolversParentTypes['ReplenishmentMonth']> = ResolversObject<{
  month?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  shipments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitsDelivered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitsOrdered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ShipmentResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['Shipment'] = ResolversParentTypes['Shipment'], FederationReferenceType extends FederationReferenceTypes['Shipment'] = FederationReferenceTypes['Shipment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Shipment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  carrier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dispatchedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ShipmentStatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outstanding?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantityReceived?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasonDetails?: Resolver<ResolversTypes['ShipmentReason'], ParentType, ContextType>;
  receipts?: Resolver<Array<ResolversTypes['ShipmentReceipt']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ShipmentStatus'], ParentType, ContextType>;
  stockLocation?: Resolver<ResolversTypes['StockLocation'], ParentType, ContextType>;
  toner?: Resolver<ResolversTypes['TonerProduct'], ParentType, ContextType>;
  trackingNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ShipmentConnectionResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['ShipmentConnection'] = ResolversParentTypes['ShipmentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ShipmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ShipmentEdgeResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['ShipmentEdge'] = ResolversParentTypes['ShipmentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Shipment'], ParentType, ContextType>;
}>;

export type ShipmentPayloadResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['ShipmentPayload'] = ResolversParentTypes['ShipmentPayload']> = ResolversObject<{
  shipment?: Resolver<Maybe<ResolversTypes['Shipment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ShipmentReasonResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['ShipmentReason'] = ResolversParentTypes['ShipmentReason']> = ResolversObject<{
  alertId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ShipmentReasonCode'], ParentType, ContextType>;
  colour?: Resolver<Maybe<ResolversTypes['TonerColour']>, ParentType, ContextType>;
  levelPercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minimumLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  serialNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ShipmentReceiptResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['ShipmentReceipt'] = ResolversParentTypes['ShipmentReceipt']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undoableUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  undoneAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ShipmentStatusChangeResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['ShipmentStatusChange'] = ResolversParentTypes['ShipmentStatusChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ShipmentStatus'], ParentType, ContextType>;
}>;

export type StockLevelResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['StockLevel'] = ResolversParentTypes['StockLevel']> = ResolversObject<{
  belowMinimum?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  countedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  inShipment?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minimumLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targetLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  toner?: Resolver<ResolversTypes['TonerProduct'], ParentType, ContextType>;
}>;

export type StockLocationResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['StockLocation'] = ResolversParentTypes['StockLocation'], FederationReferenceType extends FederationReferenceTypes['StockLocation'] = FederationReferenceTypes['StockLocation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['StockLocation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  devices?: Resolver<Array<ResolversTypes['Device']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  levels?: Resolver<Array<ResolversTypes['StockLevel']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shipments?: Resolver<ResolversTypes['ShipmentConnection'], ParentType, ContextType, Partial<StockLocationShipmentsArgs>>;
  shippingInstructions?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['StockLocationPermissions'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StockLocationPayloadResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['StockLocationPayload'] = ResolversParentTypes['StockLocationPayload']> = ResolversObject<{
  stockLocation?: Resolver<Maybe<ResolversTypes['StockLocation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type StockLocationPermissionsResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['StockLocationPermissions'] = ResolversParentTypes['StockLocationPermissions']> = ResolversObject<{
  confirmDelivery?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  countStock?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dispatch?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  update?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type TonerLowAlertPayloadResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['TonerLowAlertPayload'] = ResolversParentTypes['TonerLowAlertPayload']> = ResolversObject<{
  consumed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  duplicate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  shipment?: Resolver<Maybe<ResolversTypes['Shipment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type TonerProductResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['TonerProduct'] = ResolversParentTypes['TonerProduct']> = ResolversObject<{
  colour?: Resolver<ResolversTypes['TonerColour'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = TonerContext> = ResolversObject<{
  Account?: AccountResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Device?: DeviceResolvers<ContextType>;
  ExportJob?: ExportJobResolvers<ContextType>;
  ExportJobPayload?: ExportJobPayloadResolvers<ContextType>;
  LocationReplenishment?: LocationReplenishmentResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReplenishmentAnalytics?: ReplenishmentAnalyticsResolvers<ContextType>;
  ReplenishmentMonth?: ReplenishmentMonthResolvers<ContextType>;
  Shipment?: ShipmentResolvers<ContextType>;
  ShipmentConnection?: ShipmentConnectionResolvers<ContextType>;
  ShipmentEdge?: ShipmentEdgeResolvers<ContextType>;
  ShipmentPayload?: ShipmentPayloadResolvers<ContextType>;
  ShipmentReason?: ShipmentReasonResolvers<ContextType>;
  ShipmentReceipt?: ShipmentReceiptResolvers<ContextType>;
  ShipmentStatusChange?: ShipmentStatusChangeResolvers<ContextType>;
  StockLevel?: StockLevelResolvers<ContextType>;
  StockLocation?: StockLocationResolvers<ContextType>;
  StockLocationPayload?: StockLocationPayloadResolvers<ContextType>;
  StockLocationPermissions?: StockLocationPermissionsResolvers<ContextType>;
  TonerLowAlertPayload?: TonerLowAlertPayloadResolvers<ContextType>;
  TonerProduct?: TonerProductResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

