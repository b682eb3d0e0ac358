/* eslint-disable */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
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

export type Account = {
  __typename?: 'Account';
  /** The account's devices the caller may see, by serial number; at most 100 a page. */
  devices: DeviceConnection;
  id: Scalars['ID']['output'];
};


export type AccountDevicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeviceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DeviceOrder>;
};

export type Device = Node & {
  __typename?: 'Device';
  account: Account;
  contract: ServiceContract;
  /** Remote monitoring: sends meter readings and toner alerts by itself. */
  eMaintenance: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  installedAt: Scalars['Date']['output'];
  location: DeviceLocation;
  /** Where the device has stood, newest first; the oldest entry is where it was installed. */
  locationHistory: Array<DeviceLocationChange>;
  model: DeviceModel;
  /** Why the customer asked to remove the device; null unless it did. */
  removalReason?: Maybe<Scalars['String']['output']>;
  serialNumber: Scalars['String']['output'];
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

export type DeviceConnection = {
  __typename?: 'DeviceConnection';
  edges: Array<DeviceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DeviceEdge = {
  __typename?: 'DeviceEdge';
  cursor: Scalars['String']['output'];
  node: Device;
};

export type DeviceFilter = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  eMaintenance?: InputMaybe<Scalars['Boolean']['input']>;
  /** Matches serial number, model name and location text (at most 100 characters). */
  search?: InputMaybe<Scalars['String']['input']>;
  /**
   * ACTIVE and REMOVAL_REQUESTED when left out. Only staff can list DECOMMISSIONED devices:
   * they are gone from customers' lists and counts.
   */
  status?: InputMaybe<Array<DeviceStatus>>;
};

export type DeviceLocation = {
  __typename?: 'DeviceLocation';
  address: Scalars['String']['output'];
  building?: Maybe<Scalars['String']['output']>;
  contactName?: Maybe<Scalars['String']['output']>;
  contactPhone?: Maybe<Scalars['String']['output']>;
  floor?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  room?: Maybe<Scalars['String']['output']>;
};

/** A move of a device: who set which location, when. */
export type DeviceLocationChange = {
  __typename?: 'DeviceLocationChange';
  at: Scalars['DateTime']['output'];
  /** Who: user:<id> or apiKey:<id> (system:<name> for data loaded by the service centre). */
  by: Scalars['String']['output'];
  /** The person's name when it was made, for display. */
  byName?: Maybe<Scalars['String']['output']>;
  location: DeviceLocation;
};

export type DeviceLocationInput = {
  /** Street address, required (at most 200 characters). */
  address: Scalars['String']['input'];
  building?: InputMaybe<Scalars['String']['input']>;
  /** Who to ask for on site. */
  contactName?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  floor?: InputMaybe<Scalars['String']['input']>;
  /** Free text such as directions (at most 500 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  room?: InputMaybe<Scalars['String']['input']>;
};

export type DeviceModel = {
  __typename?: 'DeviceModel';
  colour: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  meters: Array<MeterType>;
  name: Scalars['String']['output'];
  pagesPerMinute: Scalars['Int']['output'];
  tonerProducts: Array<TonerProduct>;
};

export type DeviceModelConnection = {
  __typename?: 'DeviceModelConnection';
  edges: Array<DeviceModelEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DeviceModelEdge = {
  __typename?: 'DeviceModelEdge';
  cursor: Scalars['String']['output'];
  node: DeviceModel;
};

export type DeviceOrder =
  /** Oldest installation first (replacement candidates), then by serial number. */
  | 'INSTALLED_AT'
  /** By serial number (the default). */
  | 'SERIAL_NUMBER';

export type DevicePayload = {
  __typename?: 'DevicePayload';
  device?: Maybe<Device>;
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

export type DeviceStatus =
  | 'ACTIVE'
  /** Staff removed it: gone from customer lists, kept for history and billing. */
  | 'DECOMMISSIONED'
  /** A customer said it no longer has the device. */
  | 'REMOVAL_REQUESTED';

/** A step in a device's life: registered (fromStatus null), removal requested, decommissioned. */
export type DeviceStatusChange = {
  __typename?: 'DeviceStatusChange';
  at: Scalars['DateTime']['output'];
  /** Who: user:<id> or apiKey:<id> (system:<name> for data loaded by the service centre). */
  by: Scalars['String']['output'];
  byName?: Maybe<Scalars['String']['output']>;
  fromStatus?: Maybe<DeviceStatus>;
  reason?: Maybe<Scalars['String']['output']>;
  toStatus: DeviceStatus;
};

export type MeterType =
  | 'BLACK'
  | 'COLOUR'
  | 'LARGE_FORMAT'
  | 'SCAN'
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
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** A device the caller may see; customers do not see decommissioned devices, staff do. */
  device?: Maybe<Device>;
  deviceBySerialNumber?: Maybe<Device>;
  /** The model catalogue, by name; at most 100 a page. */
  deviceModels: DeviceModelConnection;
  /** The devices the caller may see, by serial number unless ordered otherwise; at most 100 a page. */
  devices: DeviceConnection;
};


export type QueryDeviceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDeviceBySerialNumberArgs = {
  serialNumber: Scalars['String']['input'];
};


export type QueryDeviceModelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDevicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeviceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DeviceOrder>;
};

export type ReadingFrequency =
  | 'MONTHLY'
  | 'QUARTERLY';

export type RegisterDeviceInput = {
  accountId: Scalars['ID']['input'];
  contract: ServiceContractInput;
  eMaintenance?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Optional, 1 to 200 characters: a retry with the same key and input answers with the device
   * the first attempt registered; another input is refused with IDEMPOTENCY_KEY_REUSED.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Not in the future. */
  installedAt: Scalars['Date']['input'];
  location: DeviceLocationInput;
  modelId: Scalars['ID']['input'];
  /** Unique; letters, digits and dashes, 4 to 30 characters (stored in capitals). */
  serialNumber: Scalars['String']['input'];
  /** Only with e-Maintenance. */
  stockLocationId?: InputMaybe<Scalars['ID']['input']>;
};

export type ServiceContract = {
  __typename?: 'ServiceContract';
  billedMeters: Array<MeterType>;
  contractNumber: Scalars['String']['output'];
  readingFrequency: ReadingFrequency;
  /** Agreed response time, counted in business hours. */
  responseTimeHours: Scalars['Int']['output'];
};

export type ServiceContractInput = {
  /** Meters that are billed: at least one, each one the model has. */
  billedMeters: Array<MeterType>;
  contractNumber: Scalars['String']['input'];
  readingFrequency: ReadingFrequency;
  /** Agreed response time in business hours, 1 to 720. */
  responseTimeHours: Scalars['Int']['input'];
};

export type StockLocation = {
  __typename?: 'StockLocation';
  id: Scalars['ID']['output'];
};

export type TonerColour =
  | 'BLACK'
  | 'CYAN'
  | 'MAGENTA'
  | 'YELLOW';

export type TonerProduct = {
  __typename?: 'TonerProduct';
  colour: TonerColour;
  name: Scalars['String']['output'];
  sku: Scalars['String']['output'];
};

export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  field?: Maybe<Array<Scalars['String']['output']>>;
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

export type MutationResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  decommissionDevice?: Resolver<ResolversTypes['DevicePayload'], ParentType, ContextType, RequireFields<MutationDecommissionDeviceArgs, 'deviceId'>>;
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
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ServiceContract?: ServiceContractResolvers<ContextType>;
  StockLocation?: StockLocationResolvers<ContextType>;
  TonerProduct?: TonerProductResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

