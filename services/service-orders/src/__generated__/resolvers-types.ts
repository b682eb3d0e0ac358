/* eslint-disable */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ExportJob as ExportJobRow } from '@portal/platform';
import type { ServiceOrder as ServiceOrderEntity } from '../entities/service-order.entity';
import type { ServiceOrderEvent as ServiceOrderEventEntity } from '../entities/service-order-event.entity';
import type { DeviceRef, UserRef } from '../domain/service-order.service';
import type { ServiceLevelScope, ServiceLevelPeriod, AccountLevel } from '../domain/service-level-analytics';
import type { ServiceOrdersContext } from '../context';
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

export type Account = {
  __typename?: 'Account';
  id: Scalars['ID']['output'];
};

/**
 * One account's orders in the period, counted as in ServiceOrderPeriod: submitted by their own
 * day, the response-time outcome by the day the response was due.
 */
export type AccountServiceLevel = {
  __typename?: 'AccountServiceLevel';
  /** The account whose devices the orders are for. */
  account: Account;
  /** respondedOnTime / (respondedOnTime + respondedLate + overdue), 0 to 1; null when none of these. */
  compliance?: Maybe<Scalars['Float']['output']>;
  /** Responses due in the period (orders cancelled before a response left out). */
  due: Scalars['Int']['output'];
  /** Due on a day before today and still without a response. */
  overdue: Scalars['Int']['output'];
  /** Responses due in the period that came after their due time. */
  respondedLate: Scalars['Int']['output'];
  /** Responses due in the period that came by their due time. */
  respondedOnTime: Scalars['Int']['output'];
  /** Orders submitted in the period. */
  submitted: Scalars['Int']['output'];
};

/** How the order reached the service centre: PHONE is staff entering it on a customer's behalf. */
export type Channel =
  /** Raised automatically by the device’s e-Maintenance alert. */
  | 'E_MAINTENANCE'
  /** Raised by phone with the service centre. */
  | 'PHONE'
  /** Raised in the portal or through the API. */
  | 'PORTAL';

/** A new service order for a device. */
export type CreateServiceOrderInput = {
  /**
   * Optional. Acknowledgement, scheduling and resolution are mailed here when it is the caller's own
   * e-mail (or staff enter it); any other address is kept, and the mails go to the caller instead.
   */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** The on-site contact. */
  contactName: Scalars['String']['input'];
  /** Who the technician calls, e.g. +45 12 34 56 78. */
  contactPhone: Scalars['String']['input'];
  /** 1 to 2,000 characters. */
  description: Scalars['String']['input'];
  /** The device that needs service. */
  deviceId: Scalars['ID']['input'];
  /** As shown on the device's panel, e.g. E000007. */
  errorCode?: InputMaybe<Scalars['String']['input']>;
  /**
   * Optional, 1 to 200 characters, unique per request (a UUID): a retry with the same key and
   * input answers with the order the first attempt created instead of creating another; the same
   * key with another input is refused with IDEMPOTENCY_KEY_REUSED. Keys are the caller's own.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What kind of service is needed. */
  type: ServiceOrderType;
};

export type Device = {
  __typename?: 'Device';
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Orders not yet resolved, closed or cancelled. */
  openServiceOrderCount: Scalars['Int']['output'];
  /** The device's service orders, newest first. */
  serviceOrders: ServiceOrderConnection;
  /**
   * Whether the caller may create a service order on the device now (createServiceOrder would take
   * it): an active device whose orders it sees, for the Service agent, Administrators and Device
   * Managers.
   */
  viewerCanCreateServiceOrder: Scalars['Boolean']['output'];
};


export type DeviceServiceOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<ServiceOrderStatus>>;
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Service agent or planner: SUBMITTED -> ACKNOWLEDGED. */
  acknowledgeServiceOrder: ServiceOrderPayload;
  /** Who may create it, or a Service agent or planner; before IN_PROGRESS. */
  cancelServiceOrder: ServiceOrderPayload;
  /** Service agent or planner: RESOLVED -> CLOSED. */
  closeServiceOrder: ServiceOrderPayload;
  /**
   * Customers comment publicly; staff may add internal notes (internal: true). A technician
   * comments on orders assigned to it.
   */
  commentOnServiceOrder: ServiceOrderPayload;
  /**
   * Administrator, or Device Manager of the assigned device (channel PORTAL); Service agent on a
   * customer's behalf (channel PHONE). The device must be ACTIVE.
   */
  createServiceOrder: ServiceOrderPayload;
  /**
   * Asks for a file of: Service orders submitted in the period with their SLA outcome (ON_TIME, LATE, OVERDUE, PENDING, CANCELLED), for whom serviceOrderAnalytics counts them. Produced in the background (follow it with `serviceOrderExport`);
   * the rows are what the caller may see when asking. UNAUTHENTICATED when not signed in.
   */
  exportServiceOrders: ExportJobPayload;
  /** The assigned technician: IN_PROGRESS -> RESOLVED. */
  resolveServiceOrder: ServiceOrderPayload;
  /**
   * Service planner: ACKNOWLEDGED -> SCHEDULED, or a new visit or technician for a SCHEDULED
   * order. technicianId must be an active technician (staffUsers(staffRole: TECHNICIAN)); customers
   * read its name as identity publishes it. Codes: NOT_FOUND, INVALID_INPUT, INVALID_TRANSITION,
   * TECHNICIAN_NOT_FOUND (no active technician has the id: a customer, an agent, a made-up id).
   */
  scheduleServiceOrder: ServiceOrderPayload;
  /** The assigned technician: SCHEDULED -> IN_PROGRESS (the response). */
  startServiceOrder: ServiceOrderPayload;
};


export type MutationAcknowledgeServiceOrderArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationCancelServiceOrderArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCloseServiceOrderArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationCommentOnServiceOrderArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  internal?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationCreateServiceOrderArgs = {
  input: CreateServiceOrderInput;
};


export type MutationExportServiceOrdersArgs = {
  input: ServiceOrderExportInput;
};


export type MutationResolveServiceOrderArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationScheduleServiceOrderArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  technicianId: Scalars['ID']['input'];
  technicianName?: InputMaybe<Scalars['String']['input']>;
  visitAt: Scalars['DateTime']['input'];
};


export type MutationStartServiceOrderArgs = {
  id: Scalars['ID']['input'];
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
  /** A service order by its number; null when none or not the caller’s. */
  serviceOrder?: Maybe<ServiceOrder>;
  /**
   * Response-time analytics of the orders the caller sees (an Administrator its accounts', a
   * Device Manager its assigned devices', agents and planners every order; anyone else none), by
   * the days `from` to `to` (at most 366 days), Copenhagen time. `accountId` narrows it to one
   * account; an account the caller does not see answers as one without orders. Read from the
   * daily rollup, never the orders. BAD_USER_INPUT: `to` before `from`, more than 366 days.
   */
  serviceOrderAnalytics: ServiceOrderAnalytics;
  /** An export the caller asked for with `exportServiceOrders`; null for any other (never another's). */
  serviceOrderExport?: Maybe<ExportJob>;
  /**
   * The orders the caller may see: customers those of their visible devices, newest first
   * (Stock Managers and Self-Service users none); staff every order, by response due time (the
   * service centre's queue). At most 100 a page.
   */
  serviceOrders: ServiceOrderConnection;
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryServiceOrderArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryServiceOrderAnalyticsArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryServiceOrderExportArgs = {
  id: Scalars['ID']['input'];
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryServiceOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceOrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A request for service on a device, followed from submission to closing. */
export type ServiceOrder = Node & {
  __typename?: 'ServiceOrder';
  /** How it was raised. */
  channel: Channel;
  /**
   * The contact's e-mail as given. Acknowledgement, scheduling and resolution are mailed only to an
   * address known to be the customer's: the e-mail of the user who raised the order (also when
   * another address was typed here), or the one the service centre took by phone.
   */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** Whom the technician asks for. */
  contactName: Scalars['String']['output'];
  /** Their phone number. */
  contactPhone: Scalars['String']['output'];
  /** The problem as the customer described it. */
  description: Scalars['String']['output'];
  /** The device to service. */
  device: Device;
  /** The device’s error code, when it showed one. */
  errorCode?: Maybe<Scalars['String']['output']>;
  /** Oldest first. Internal notes only for staff. */
  history: Array<ServiceOrderEvent>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** SO-000123: sequential. */
  number: Scalars['String']['output'];
  /** submittedAt, or the next business opening when submitted outside business hours. */
  receivedAt: Scalars['DateTime']['output'];
  /** When work first started (IN_PROGRESS). */
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
  /** receivedAt + the contract's response time, counted in business hours only. */
  responseDueAt: Scalars['DateTime']['output'];
  /**
   * The response is late: due and still missing, or it came after responseDueAt. Computed at
   * read time. A cancelled order without response is not overdue.
   */
  responseOverdue: Scalars['Boolean']['output'];
  /** When a technician will come; null until planned. */
  scheduledVisitAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the order is in its workflow. */
  status: ServiceOrderStatus;
  /** When it was raised. */
  submittedAt: Scalars['DateTime']['output'];
  /** Staff only (null for customers, who read technicianName). */
  technician?: Maybe<User>;
  /**
   * The technician's name as the planner gave it when scheduling, else the technician's own name
   * once the work starts; null until then.
   */
  technicianName?: Maybe<Scalars['String']['output']>;
  /** What kind of service. */
  type: ServiceOrderType;
  /** What the caller may do to this order now, by the rules its mutations apply. */
  viewerCan: ServiceOrderPermissions;
};

/**
 * Response-time analytics of a period: the counts per calendar month, per week and per account,
 * read from the daily rollup.
 */
export type ServiceOrderAnalytics = {
  __typename?: 'ServiceOrderAnalytics';
  /** The period per account, the lowest compliance first. */
  accounts: Array<AccountServiceLevel>;
  /** Calendar months of the period, oldest first (the first and last may be partial). */
  months: Array<ServiceOrderPeriod>;
  /** Weeks (Monday to Sunday) of the period, oldest first. */
  weeks: Array<ServiceOrderPeriod>;
};


/**
 * Response-time analytics of a period: the counts per calendar month, per week and per account,
 * read from the daily rollup.
 */
export type ServiceOrderAnalyticsAccountsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of service orders. */
export type ServiceOrderConnection = {
  __typename?: 'ServiceOrderConnection';
  /** The service orders of this page, each with its cursor. */
  edges: Array<ServiceOrderEdge>;
  /** Whether there is a next page, and the cursor to ask for it. */
  pageInfo: PageInfo;
  /** How many there are in all (with the same filter) that the caller may see, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One service order in a page, with its cursor. */
export type ServiceOrderEdge = {
  __typename?: 'ServiceOrderEdge';
  /** Pass as `after` to get the page that follows this item. */
  cursor: Scalars['String']['output'];
  /** The service order. */
  node: ServiceOrder;
};

/**
 * One line of an order's history: a transition, or a comment (fromStatus equals toStatus).
 * fromStatus is null on the line that created the order.
 */
export type ServiceOrderEvent = {
  __typename?: 'ServiceOrderEvent';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The name of who did it. */
  by: Scalars['String']['output'];
  /** What was written. */
  comment?: Maybe<Scalars['String']['output']>;
  /** The status before (null for a comment). */
  fromStatus?: Maybe<ServiceOrderStatus>;
  /** Staff only: customers never see internal lines. */
  internal: Scalars['Boolean']['output'];
  /** The status after (null for a comment). */
  toStatus: ServiceOrderStatus;
};

/** What to export: the file’s format and rows. */
export type ServiceOrderExportInput = {
  /** Narrows it to one account. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** CSV or XLSX. */
  format: ExportFormat;
  /** The days the orders were submitted on (at most 366), as serviceOrderAnalytics. */
  from: Scalars['Date']['input'];
  /** The period's last day. */
  to: Scalars['Date']['input'];
};

/** Narrows a list of service orders; all given conditions apply. */
export type ServiceOrderFilter = {
  /** Only orders of this account. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Only orders for this device. */
  deviceId?: InputMaybe<Scalars['ID']['input']>;
  /** true: only orders whose response is overdue; false: only those that are not. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Matches the order number (SO-000123), the problem description, the error code and the
   * device's serial number; 1 to 100 characters.
   */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only orders in these statuses. */
  status?: InputMaybe<Array<ServiceOrderStatus>>;
  /** Orders planned for this technician (a staff user's id). */
  technicianId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * createServiceOrder codes: NOT_FOUND, DEVICE_NOT_ACTIVE, DUPLICATE_OPEN_ORDER (serviceOrder is
 * then the open breakdown order), INVALID_INPUT, IDEMPOTENCY_KEY_REUSED. Transitions: NOT_FOUND,
 * INVALID_TRANSITION, INVALID_INPUT.
 */
export type ServiceOrderPayload = {
  __typename?: 'ServiceOrderPayload';
  /** The order as it is now; null when refused. */
  serviceOrder?: Maybe<ServiceOrder>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/**
 * Orders in a period. Submitted and finished count by their own day; the response-time outcome
 * by the day the response was due.
 */
export type ServiceOrderPeriod = {
  __typename?: 'ServiceOrderPeriod';
  /** Orders open at the end of the period: the backlog. */
  backlog: Scalars['Int']['output'];
  /** respondedOnTime / (respondedOnTime + respondedLate + overdue); null when none of these. */
  compliance?: Maybe<Scalars['Float']['output']>;
  /** Responses due in the period (orders cancelled before a response left out). */
  due: Scalars['Int']['output'];
  /** Resolved, closed or cancelled for the first time. */
  finished: Scalars['Int']['output'];
  /** Due on a day before today and still without a response. */
  overdue: Scalars['Int']['output'];
  /** Responses due in the period that came after their due time. */
  respondedLate: Scalars['Int']['output'];
  /** Responses due in the period that came by their due time. */
  respondedOnTime: Scalars['Int']['output'];
  /** The period's first day (within the question's days). */
  start: Scalars['Date']['output'];
  /** Orders submitted in the period. */
  submitted: Scalars['Int']['output'];
};

/**
 * The caller's permissions on one order it sees: its role's rule (customers cancel and comment on
 * their devices' orders; agents and planners acknowledge, cancel and close; planners schedule; the
 * assigned technician starts, resolves and comments), and for a step of the lifecycle the order's
 * status. When one is false the mutation refuses (FORBIDDEN, NOT_FOUND or INVALID_TRANSITION).
 */
export type ServiceOrderPermissions = {
  __typename?: 'ServiceOrderPermissions';
  /** Whether acknowledgeServiceOrder would be allowed now. */
  acknowledge: Scalars['Boolean']['output'];
  /** Whether cancelServiceOrder would be allowed now. */
  cancel: Scalars['Boolean']['output'];
  /** Whether closeServiceOrder would be allowed now. */
  close: Scalars['Boolean']['output'];
  /** Whether commentOnServiceOrder would be allowed now. */
  comment: Scalars['Boolean']['output'];
  /** Whether resolveServiceOrder would be allowed now. */
  resolve: Scalars['Boolean']['output'];
  /** Whether scheduleServiceOrder would be allowed now. */
  schedule: Scalars['Boolean']['output'];
  /** Whether startServiceOrder would be allowed now. */
  start: Scalars['Boolean']['output'];
};

/**
 * SUBMITTED -> ACKNOWLEDGED -> SCHEDULED -> IN_PROGRESS -> RESOLVED -> CLOSED; CANCELLED from
 * SUBMITTED, ACKNOWLEDGED or SCHEDULED.
 */
export type ServiceOrderStatus =
  /** Seen by the service centre. */
  | 'ACKNOWLEDGED'
  /** Withdrawn before work started. */
  | 'CANCELLED'
  /** Done. */
  | 'CLOSED'
  /** The technician is working on it. */
  | 'IN_PROGRESS'
  /** The technician fixed it. */
  | 'RESOLVED'
  /** A technician visit is planned. */
  | 'SCHEDULED'
  /** Raised, not yet seen by the service centre. */
  | 'SUBMITTED';

/** What kind of service an order asks for. */
export type ServiceOrderType =
  /** The device does not work. */
  | 'BREAKDOWN'
  /** Install a device. */
  | 'INSTALLATION'
  /** Planned maintenance. */
  | 'MAINTENANCE'
  /** Move the device. */
  | 'MOVE'
  /** Anything else (describe it). */
  | 'OTHER';

/** A technician (a staff user): identity's. */
export type User = {
  __typename?: 'User';
  /** Global id. */
  id: Scalars['ID']['output'];
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
  Device: Device;
  ServiceOrder: ServiceOrder;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Device:
    ( { __typename: 'Device' }
    & GraphQLRecursivePick<FederationTypes['Device'], {"id":true}> );
  ServiceOrder:
    ( { __typename: 'ServiceOrder' }
    & GraphQLRecursivePick<FederationTypes['ServiceOrder'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node: ( ServiceOrderEntity );
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Account: ResolverTypeWrapper<Account>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AccountServiceLevel: ResolverTypeWrapper<AccountLevel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Channel: Channel;
  CreateServiceOrderInput: CreateServiceOrderInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Device: ResolverTypeWrapper<DeviceRef>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ExportFormat: ExportFormat;
  ExportJob: ResolverTypeWrapper<ExportJobRow>;
  ExportJobPayload: ResolverTypeWrapper<Omit<ExportJobPayload, 'exportJob'> & { exportJob?: Maybe<ResolversTypes['ExportJob']> }>;
  ExportStatus: ExportStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ServiceOrder: ResolverTypeWrapper<ServiceOrderEntity>;
  ServiceOrderAnalytics: ResolverTypeWrapper<ServiceLevelScope>;
  ServiceOrderConnection: ResolverTypeWrapper<Omit<ServiceOrderConnection, 'edges'> & { edges: Array<ResolversTypes['ServiceOrderEdge']> }>;
  ServiceOrderEdge: ResolverTypeWrapper<Omit<ServiceOrderEdge, 'node'> & { node: ResolversTypes['ServiceOrder'] }>;
  ServiceOrderEvent: ResolverTypeWrapper<ServiceOrderEventEntity>;
  ServiceOrderExportInput: ServiceOrderExportInput;
  ServiceOrderFilter: ServiceOrderFilter;
  ServiceOrderPayload: ResolverTypeWrapper<Omit<ServiceOrderPayload, 'serviceOrder'> & { serviceOrder?: Maybe<ResolversTypes['ServiceOrder']> }>;
  ServiceOrderPeriod: ResolverTypeWrapper<ServiceLevelPeriod>;
  ServiceOrderPermissions: ResolverTypeWrapper<ServiceOrderPermissions>;
  ServiceOrderStatus: ServiceOrderStatus;
  ServiceOrderType: ServiceOrderType;
  User: ResolverTypeWrapper<UserRef>;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Account: Account;
  ID: Scalars['ID']['output'];
  AccountServiceLevel: AccountLevel;
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  CreateServiceOrderInput: CreateServiceOrderInput;
  String: Scalars['String']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Device: DeviceRef;
  Boolean: Scalars['Boolean']['output'];
  ExportJob: ExportJobRow;
  ExportJobPayload: Omit<ExportJobPayload, 'exportJob'> & { exportJob?: Maybe<ResolversParentTypes['ExportJob']> };
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  ServiceOrder: ServiceOrderEntity;
  ServiceOrderAnalytics: ServiceLevelScope;
  ServiceOrderConnection: Omit<ServiceOrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['ServiceOrderEdge']> };
  ServiceOrderEdge: Omit<ServiceOrderEdge, 'node'> & { node: ResolversParentTypes['ServiceOrder'] };
  ServiceOrderEvent: ServiceOrderEventEntity;
  ServiceOrderExportInput: ServiceOrderExportInput;
  ServiceOrderFilter: ServiceOrderFilter;
  ServiceOrderPayload: Omit<ServiceOrderPayload, 'serviceOrder'> & { serviceOrder?: Maybe<ResolversParentTypes['ServiceOrder']> };
  ServiceOrderPeriod: ServiceLevelPeriod;
  ServiceOrderPermissions: ServiceOrderPermissions;
  User: UserRef;
  UserError: UserError;
}>;

export type AccountResolvers<ContextType = ServiceOrdersContext, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AccountServiceLevelResolvers<ContextType = ServiceOrdersContext, ParentType extends ResolversParentTypes['AccountServiceLevel'] = ResolversParentTypes['AccountServiceLevel']> = ResolversObject<{
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  compliance?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  due?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  respondedLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  respondedOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  submitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeviceResolvers<ContextType = ServiceOrdersContext, ParentType extends ResolversParentTypes['Device'] = ResolversParentTypes['Device'], FederationReferenceType extends FederationReferenceTypes['Device'] = FederationReferenceTypes['Device']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Device']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openServiceOrderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceOrders?: Resolver<ResolversTypes['ServiceOrderConnection'], ParentType, ContextType, Partial<DeviceServiceOrdersArgs>>;
  viewerCanCreateServiceOrder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ExportJobResolvers<ContextType = ServiceOrdersContext, ParentType extends ResolversParentTypes['ExportJob'] = ResolversParentTypes['ExportJob']> = ResolversObject<{
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

export type ExportJobPayloadResolvers<ContextType = ServiceOrdersContext, ParentType extends ResolversParentTypes['ExportJobPayload'] = ResolversParentTypes['ExportJobPayload']> = ResolversObject<{
  exportJob?: Resolver<Maybe<ResolversTypes['ExportJob']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ServiceOrdersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acknowledgeServiceOrder?: Resolver<ResolversTypes['ServiceOrderPayload'], ParentType, ContextType, RequireFields<MutationAcknowledgeServiceOrderArgs, 'id'>>;
  cancelServiceOrder?: Resolver<ResolversTypes['ServiceOrderPayload'], ParentType, ContextType, RequireFields<MutationCancelServiceOrderArgs, 'id' | 'reason'>>;
  closeServiceOrder?: Resolver<ResolversTypes['ServiceOrderPayload'], ParentType, ContextType, RequireFields<MutationCloseServiceOrderArgs, 'id'>>;
  commentOnServiceOrder?: Resolver<ResolversTypes['ServiceOrderPayload'], ParentType, ContextType, RequireFields<MutationCommentOnServiceOrderArgs, 'comment' | 'id'>>;
  createServiceOrder?: Resolver<ResolversTypes['ServiceOrderPayload'], ParentType, ContextType, RequireFields<MutationCreateServiceOrderArgs, 'input'>>;
  exportServiceOrders?: Resolver<ResolversTypes['ExportJobPayload'], ParentType, ContextType, RequireFields<MutationExportServiceOrdersArgs, 'input'>>;
  resolveServiceOrder?: Resolver<ResolversTypes['ServiceOrderPayload'], ParentType, ContextType, RequireFields<MutationResolveServiceOrderArgs, 'comment' | 'id'>>;
  scheduleServiceOrder?: Resolver<ResolversTypes['ServiceOrderPayload'], ParentType, ContextType, RequireFields<MutationScheduleServiceOrderArgs, 'id' | 'technicianId' | 'visitAt'>>;
  startServiceOrder?: Resolver<ResolversTypes['ServiceOrderPayload'], ParentType, ContextType, RequireFields<MutationStartServiceOrderArgs, 'id'>>;
}>;

export type NodeResolvers<ContextType = ServiceOrdersContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ServiceOrder', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ServiceOrdersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ServiceOrdersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  serviceOrder?: Resolver<Maybe<ResolversTypes['ServiceOrder']>, ParentType, ContextType, RequireFields<QueryServiceOrderArgs, 'id'>>;
  serviceOrderAnalytics?: Resolver<ResolversTypes['ServiceOrderAnalytics'], ParentType, ContextType, RequireFields<QueryServiceOrderAnalyticsArgs, 'from' | 'to'>>;
  serviceOrderExport?: Resolver<Maybe<ResolversTypes['ExportJob']>, ParentType, ContextType, RequireFields<QueryServiceOrderExportArgs, 'id'>>;
  serviceOrders?: Resolver<ResolversTypes['ServiceOrderConnection'], ParentType, ContextType, Partial<QueryServiceOrdersArgs>>;
}>;

export type ServiceOrderResolvers<ContextType = ServiceOrdersContext, ParentType extends ResolversParentTypes['ServiceOrder'] = ResolversParentTypes['ServiceOrder'], FederationReferenceType extends FederationReferenceTypes['ServiceOrder'] = FederationReferenceTypes['ServiceOrder']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ServiceOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  contactEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  device?: Resolver<ResolversTypes['Device'], ParentType, ContextType>;
  errorCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ServiceOrderEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  respondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  responseDueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  responseOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  scheduledVisitAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceOrderStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  technician?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  technicianName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ServiceOrderType'], ParentType, ContextType>;
  viewerCan?: Resolver<ResolversTypes['ServiceOrderPermissions'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ServiceOrderAnalyticsResolvers<ContextType = ServiceOrdersContext, ParentType extends ResolversParentTypes['ServiceOrderAnalytics'] = ResolversParentTypes['ServiceOrderAnalytics']> = ResolversObject<{
  accounts?: Resolver<Array<ResolversTypes['AccountServiceLevel']>, ParentType, ContextType, RequireFields<ServiceOrderAnalyticsAccountsArgs, 'first'>>;
  months?: Resolver<Array<ResolversTypes['ServiceOrderPeriod']>, ParentType, ContextType>;
  weeks?: Resolver<Array<ResolversTypes['ServiceOrderPeriod']>, ParentType, ContextType>;
}>;

export type ServiceOrderConnectionResolvers<ContextType = ServiceOrdersContext, ParentType extends ResolversParentTypes['ServiceOrderConnection'] = ResolversParentTypes['ServiceOrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceOrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceOrderEdgeResolvers<ContextType = ServiceOrdersContext, ParentType extends ResolversParentTypes['ServiceOrderEdge'] = ResolversParentTypes['ServiceOrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceOrder'], ParentType, ContextType>;
}>;

export type ServiceOrderEventResolvers<ContextType = ServiceOrdersContext, ParentType extends ResolversParentTypes['ServiceOrderEvent'] = ResolversParentTypes['ServiceOrderEvent']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['ServiceOrderStatus']>, ParentType, ContextType>;
  internal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['ServiceOrderStatus'], ParentType, ContextType>;
}>;

export type ServiceOrderPayloadResolvers<ContextType = ServiceOrdersContext, ParentType extends ResolversParentTypes['ServiceOrderPayload'] = ResolversParentTypes['ServiceOrderPayload']> = ResolversObject<{
  serviceOrder?: Resolver<Maybe<ResolversTypes['ServiceOrder']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ServiceOrderPeriodResolvers<ContextType = ServiceOrdersContext, ParentType extends ResolversParentTypes['ServiceOrderPeriod'] = ResolversParentTypes['ServiceOrderPeriod']> = ResolversObject<{
  backlog?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  compliance?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  due?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finished?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  respondedLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  respondedOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  submitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceOrderPermissionsResolvers<ContextType = ServiceOrdersContext, ParentType extends ResolversParentTypes['ServiceOrderPermissions'] = ResolversParentTypes['ServiceOrderPermissions']> = ResolversObject<{
  acknowledge?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cancel?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  close?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  comment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resolve?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  schedule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = ServiceOrdersContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = ServiceOrdersContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ServiceOrdersContext> = ResolversObject<{
  Account?: AccountResolvers<ContextType>;
  AccountServiceLevel?: AccountServiceLevelResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Device?: DeviceResolvers<ContextType>;
  ExportJob?: ExportJobResolvers<ContextType>;
  ExportJobPayload?: ExportJobPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ServiceOrder?: ServiceOrderResolvers<ContextType>;
  ServiceOrderAnalytics?: ServiceOrderAnalyticsResolvers<ContextType>;
  ServiceOrderConnection?: ServiceOrderConnectionResolvers<ContextType>;
  ServiceOrderEdge?: ServiceOrderEdgeResolvers<ContextType>;
  ServiceOrderEvent?: ServiceOrderEventResolvers<ContextType>;
  ServiceOrderPayload?: ServiceOrderPayloadResolvers<ContextType>;
  ServiceOrderPeriod?: ServiceOrderPeriodResolvers<ContextType>;
  ServiceOrderPermissions?: ServiceOrderPermissionsResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

