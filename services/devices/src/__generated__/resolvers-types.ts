/* eslint-disable */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Device as DeviceEntity } from '../entities/device.entity';
import type { DeviceModel as DeviceModelEntity } from '../entities/device-model.entity';
import type { TonerProduct as TonerProductEntity } from '../entities/toner-product.entity';
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
  /** The account's devices the caller may see, by serial number. */
  devices: DeviceConnection;
  id: Scalars['ID']['output'];
};


export type AccountDevicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeviceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  model: DeviceModel;
  serialNumber: Scalars['String']['output'];
  status: DeviceStatus;
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
  /** Matches serial number, model name and location text. */
  search?: InputMaybe<Scalars['String']['input']>;
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

export type DeviceModel = {
  __typename?: 'DeviceModel';
  colour: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  meters: Array<MeterType>;
  name: Scalars['String']['output'];
  pagesPerMinute: Scalars['Int']['output'];
  tonerProducts: Array<TonerProduct>;
};

export type DeviceStatus =
  | 'ACTIVE'
  /** Staff removed it: gone from customer lists, kept for history and billing. */
  | 'DECOMMISSIONED'
  /** A customer said it no longer has the device. */
  | 'REMOVAL_REQUESTED';

export type MeterType =
  | 'BLACK'
  | 'COLOUR'
  | 'LARGE_FORMAT'
  | 'SCAN'
  | 'TOTAL';

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
  device?: Maybe<Device>;
  deviceBySerialNumber?: Maybe<Device>;
  /** The devices the caller may see, by serial number; at most 100 a page. */
  devices: DeviceConnection;
};


export type QueryDeviceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDeviceBySerialNumberArgs = {
  serialNumber: Scalars['String']['input'];
};


export type QueryDevicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeviceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ReadingFrequency =
  | 'MONTHLY'
  | 'QUARTERLY';

export type ServiceContract = {
  __typename?: 'ServiceContract';
  billedMeters: Array<MeterType>;
  contractNumber: Scalars['String']['output'];
  readingFrequency: ReadingFrequency;
  /** Agreed response time, counted in business hours. */
  responseTimeHours: Scalars['Int']['output'];
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
  DeviceModel: ResolverTypeWrapper<DeviceModelEntity>;
  DeviceStatus: DeviceStatus;
  MeterType: MeterType;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReadingFrequency: ReadingFrequency;
  ServiceContract: ResolverTypeWrapper<ServiceContract>;
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
  DeviceModel: DeviceModelEntity;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  ServiceContract: ServiceContract;
  TonerProduct: TonerProductEntity;
  UserError: UserError;
}>;

export type AccountResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account'], FederationReferenceType extends FederationReferenceTypes['Account'] = FederationReferenceTypes['Account']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Account']> | FederationReferenceType, FederationReferenceType, ContextType>;
  devices?: Resolver<ResolversTypes['DeviceConnection'], ParentType, ContextType, Partial<AccountDevicesArgs>>;
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
  model?: Resolver<ResolversTypes['DeviceModel'], ParentType, ContextType>;
  serialNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeviceStatus'], ParentType, ContextType>;
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

export type DeviceModelResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['DeviceModel'] = ResolversParentTypes['DeviceModel']> = ResolversObject<{
  colour?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meters?: Resolver<Array<ResolversTypes['MeterType']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pagesPerMinute?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tonerProducts?: Resolver<Array<ResolversTypes['TonerProduct']>, ParentType, ContextType>;
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
  devices?: Resolver<ResolversTypes['DeviceConnection'], ParentType, ContextType, Partial<QueryDevicesArgs>>;
}>;

export type ServiceContractResolvers<ContextType = DevicesContext, ParentType extends ResolversParentTypes['ServiceContract'] = ResolversParentTypes['ServiceContract']> = ResolversObject<{
  billedMeters?: Resolver<Array<ResolversTypes['MeterType']>, ParentType, ContextType>;
  contractNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readingFrequency?: Resolver<ResolversTypes['ReadingFrequency'], ParentType, ContextType>;
  responseTimeHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  DeviceModel?: DeviceModelResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ServiceContract?: ServiceContractResolvers<ContextType>;
  TonerProduct?: TonerProductResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

