/* eslint-disable */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { StockLocation as StockLocationEntity } from '../entities/stock-location.entity';
import type { StockLevel as StockLevelEntity } from '../entities/stock-level.entity';
import type { Shipment as ShipmentEntity } from '../entities/shipment.entity';
import type { ShipmentStatusChange as ShipmentStatusChangeEntity } from '../entities/shipment-status-change.entity';
import type { TonerProduct as TonerProductEntity } from '../entities/toner-product.entity';
import type { AccountRef, DeviceRef } from '../domain/references';
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

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Administrator, assigned Stock Manager, Service agent: DISPATCHED -> DELIVERED, adding the
   * units to the stock. Codes: NOT_FOUND, INVALID_TRANSITION.
   */
  confirmShipmentDelivered: ShipmentPayload;
  /** Service agent. Codes: ACCOUNT_NOT_FOUND, INVALID_INPUT, IDEMPOTENCY_KEY_REUSED. */
  createStockLocation: StockLocationPayload;
  /** Service agent: CREATED -> DISPATCHED. Codes: NOT_FOUND, INVALID_TRANSITION. */
  dispatchShipment: ShipmentPayload;
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
  /** Administrator, assigned Stock Manager, Service agent. Codes: NOT_FOUND, INVALID_INPUT. */
  updateStockLocation: StockLocationPayload;
};


export type MutationConfirmShipmentDeliveredArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateStockLocationArgs = {
  input: CreateStockLocationInput;
};


export type MutationDispatchShipmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordStockCountArgs = {
  counts: Array<StockCountInput>;
  stockLocationId: Scalars['ID']['input'];
};


export type MutationReportTonerLowArgs = {
  input: TonerLowAlertInput;
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
  /** A toner shipment by id; null when none or not the caller’s. */
  shipment?: Maybe<Shipment>;
  /** Shipments of the stock locations the caller may see, newest first; at most 100 a page. */
  shipments: ShipmentConnection;
  /** A stock location by id; null when none or not the caller’s. */
  stockLocation?: Maybe<StockLocation>;
  /** The stock locations the caller may see, by name; at most 100 (staff narrow them by account). */
  stockLocations: Array<StockLocation>;
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryShipmentArgs = {
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

/** A replenishment of one toner product for a stock location. */
export type Shipment = Node & {
  __typename?: 'Shipment';
  /** When it was ordered. */
  createdAt: Scalars['DateTime']['output'];
  /** When it arrived; null until then. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was sent; null until then. */
  dispatchedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Each status it reached: when and by whom, oldest first. */
  history: Array<ShipmentStatusChange>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** How many units. */
  quantity: Scalars['Int']['output'];
  /** Why it was ordered: the device and alert that brought the position below the minimum. */
  reason: Scalars['String']['output'];
  /** Where it is. */
  status: ShipmentStatus;
  /** Where it goes. */
  stockLocation: StockLocation;
  /** What is shipped. */
  toner: TonerProduct;
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

/** Where a toner shipment is. */
export type ShipmentStatus =
  /** Ordered: a toner-low alert brought the position below the minimum. */
  | 'CREATED'
  /** Arrived: its units were added to the stock. */
  | 'DELIVERED'
  /** On its way (the service centre sent it). */
  | 'DISPATCHED';

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
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Device: ResolverTypeWrapper<DeviceRef>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Shipment: ResolverTypeWrapper<ShipmentEntity>;
  ShipmentConnection: ResolverTypeWrapper<Omit<ShipmentConnection, 'edges'> & { edges: Array<ResolversTypes['ShipmentEdge']> }>;
  ShipmentEdge: ResolverTypeWrapper<Omit<ShipmentEdge, 'node'> & { node: ResolversTypes['Shipment'] }>;
  ShipmentFilter: ShipmentFilter;
  ShipmentPayload: ResolverTypeWrapper<Omit<ShipmentPayload, 'shipment'> & { shipment?: Maybe<ResolversTypes['Shipment']> }>;
  ShipmentStatus: ShipmentStatus;
  ShipmentStatusChange: ResolverTypeWrapper<ShipmentStatusChangeEntity>;
  StockCountInput: StockCountInput;
  StockLevel: ResolverTypeWrapper<StockLevelEntity>;
  StockLocation: ResolverTypeWrapper<StockLocationEntity>;
  StockLocationPayload: ResolverTypeWrapper<Omit<StockLocationPayload, 'stockLocation'> & { stockLocation?: Maybe<ResolversTypes['StockLocation']> }>;
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
  DateTime: Scalars['DateTime']['output'];
  Device: DeviceRef;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  Shipment: ShipmentEntity;
  ShipmentConnection: Omit<ShipmentConnection, 'edges'> & { edges: Array<ResolversParentTypes['ShipmentEdge']> };
  ShipmentEdge: Omit<ShipmentEdge, 'node'> & { node: ResolversParentTypes['Shipment'] };
  ShipmentFilter: ShipmentFilter;
  ShipmentPayload: Omit<ShipmentPayload, 'shipment'> & { shipment?: Maybe<ResolversParentTypes['Shipment']> };
  ShipmentStatusChange: ShipmentStatusChangeEntity;
  StockCountInput: StockCountInput;
  StockLevel: StockLevelEntity;
  StockLocation: StockLocationEntity;
  StockLocationPayload: Omit<StockLocationPayload, 'stockLocation'> & { stockLocation?: Maybe<ResolversParentTypes['StockLocation']> };
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

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeviceResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['Device'] = ResolversParentTypes['Device']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  confirmShipmentDelivered?: Resolver<ResolversTypes['ShipmentPayload'], ParentType, ContextType, RequireFields<MutationConfirmShipmentDeliveredArgs, 'id'>>;
  createStockLocation?: Resolver<ResolversTypes['StockLocationPayload'], ParentType, ContextType, RequireFields<MutationCreateStockLocationArgs, 'input'>>;
  dispatchShipment?: Resolver<ResolversTypes['ShipmentPayload'], ParentType, ContextType, RequireFields<MutationDispatchShipmentArgs, 'id'>>;
  recordStockCount?: Resolver<ResolversTypes['StockLocationPayload'], ParentType, ContextType, RequireFields<MutationRecordStockCountArgs, 'counts' | 'stockLocationId'>>;
  reportTonerLow?: Resolver<ResolversTypes['TonerLowAlertPayload'], ParentType, ContextType, RequireFields<MutationReportTonerLowArgs, 'input'>>;
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
  shipment?: Resolver<Maybe<ResolversTypes['Shipment']>, ParentType, ContextType, RequireFields<QueryShipmentArgs, 'id'>>;
  shipments?: Resolver<ResolversTypes['ShipmentConnection'], ParentType, ContextType, Partial<QueryShipmentsArgs>>;
  stockLocation?: Resolver<Maybe<ResolversTypes['StockLocation']>, ParentType, ContextType, RequireFields<QueryStockLocationArgs, 'id'>>;
  stockLocations?: Resolver<Array<ResolversTypes['StockLocation']>, ParentType, ContextType, Partial<QueryStockLocationsArgs>>;
}>;

export type ShipmentResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['Shipment'] = ResolversParentTypes['Shipment'], FederationReferenceType extends FederationReferenceTypes['Shipment'] = FederationReferenceTypes['Shipment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Shipment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dispatchedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ShipmentStatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ShipmentStatus'], ParentType, ContextType>;
  stockLocation?: Resolver<ResolversTypes['StockLocation'], ParentType, ContextType>;
  toner?: Resolver<ResolversTypes['TonerProduct'], ParentType, ContextType>;
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
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StockLocationPayloadResolvers<ContextType = TonerContext, ParentType extends ResolversParentTypes['StockLocationPayload'] = ResolversParentTypes['StockLocationPayload']> = ResolversObject<{
  stockLocation?: Resolver<Maybe<ResolversTypes['StockLocation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
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
  DateTime?: GraphQLScalarType;
  Device?: DeviceResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Shipment?: ShipmentResolvers<ContextType>;
  ShipmentConnection?: ShipmentConnectionResolvers<ContextType>;
  ShipmentEdge?: ShipmentEdgeResolvers<ContextType>;
  ShipmentPayload?: ShipmentPayloadResolvers<ContextType>;
  ShipmentStatusChange?: ShipmentStatusChangeResolvers<ContextType>;
  StockLevel?: StockLevelResolvers<ContextType>;
  StockLocation?: StockLocationResolvers<ContextType>;
  StockLocationPayload?: StockLocationPayloadResolvers<ContextType>;
  TonerLowAlertPayload?: TonerLowAlertPayloadResolvers<ContextType>;
  TonerProduct?: TonerProductResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

