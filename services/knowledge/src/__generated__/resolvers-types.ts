/* eslint-disable */
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { KnowledgeArticle as KnowledgeArticleEntity } from '../entities/knowledge-article.entity';
import type { KnowledgeArticleRevision as KnowledgeArticleRevisionEntity } from '../entities/knowledge-article-revision.entity';
import type { KnowledgeContext } from '../context';
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

/** Self-help: how to fix what needs no visit. Body is Markdown (the client renders it safely). */
export type KnowledgeArticle = Node & {
  __typename?: 'KnowledgeArticle';
  /** The text, in Markdown. */
  body: Scalars['String']['output'];
  /** Error codes the article explains, e.g. E000007. */
  errorCodes: Array<Scalars['String']['output']>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** da or en */
  language: Scalars['String']['output'];
  /** Device models it applies to (empty: all). */
  relatedModels: Array<Scalars['String']['output']>;
  /** Staff only: when it was taken out of use. */
  retiredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Staff only: earlier versions, newest first. */
  revisions: Array<KnowledgeArticleRevision>;
  /** The article’s name in URLs, unique. */
  slug: Scalars['String']['output'];
  /** Words it is found by. */
  tags: Array<Scalars['String']['output']>;
  /** The title. */
  title: Scalars['String']['output'];
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of help articles. */
export type KnowledgeArticleConnection = {
  __typename?: 'KnowledgeArticleConnection';
  /** The help articles of this page, each with its cursor. */
  edges: Array<KnowledgeArticleEdge>;
  /** Whether there is a next page, and the cursor to ask for it. */
  pageInfo: PageInfo;
  /** How many there are in all (with the same filter) that the caller may see, not only this page. */
  totalCount: Scalars['Int']['output'];
};

/** One help article in a page, with its cursor. */
export type KnowledgeArticleEdge = {
  __typename?: 'KnowledgeArticleEdge';
  /** Pass as `after` to get the page that follows this item. */
  cursor: Scalars['String']['output'];
  /** The help article. */
  node: KnowledgeArticle;
};

/** A help article’s content. */
export type KnowledgeArticleInput = {
  /** The text, in Markdown. */
  body: Scalars['String']['input'];
  /** Device error codes the article helps with (offered when an order names one). */
  errorCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** da or en. */
  language: Scalars['String']['input'];
  /** Device models the article is about. */
  relatedModels?: InputMaybe<Array<Scalars['String']['input']>>;
  /** lower-case words joined by hyphens; unique */
  slug: Scalars['String']['input'];
  /** Words it is found by. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The title, 1 to 200 characters. */
  title: Scalars['String']['input'];
};

/** Codes: INVALID_INPUT, SLUG_TAKEN, NOT_FOUND, IDEMPOTENCY_KEY_REUSED. */
export type KnowledgeArticlePayload = {
  __typename?: 'KnowledgeArticlePayload';
  /** The article as it is now; null when refused. */
  article?: Maybe<KnowledgeArticle>;
  /** Why the input was refused (nothing changed); empty when it succeeded. */
  userErrors: Array<UserError>;
};

/** An earlier version of a help article. */
export type KnowledgeArticleRevision = {
  __typename?: 'KnowledgeArticleRevision';
  /** The text then. */
  body: Scalars['String']['output'];
  /** When. */
  editedAt: Scalars['DateTime']['output'];
  /** Who saved it. */
  editedBy: Scalars['String']['output'];
  /** Its number, from 1. */
  revision: Scalars['Int']['output'];
  /** The title then. */
  title: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Staff. idempotencyKey (optional, 1 to 200 characters): a retry with the same key and input
   * answers with the article the first attempt created; another input is refused with
   * IDEMPOTENCY_KEY_REUSED.
   */
  createKnowledgeArticle: KnowledgeArticlePayload;
  /** Staff: readers no longer find it. */
  retireKnowledgeArticle: KnowledgeArticlePayload;
  /** Staff: keeps the previous version as a revision. */
  updateKnowledgeArticle: KnowledgeArticlePayload;
};


export type MutationCreateKnowledgeArticleArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: KnowledgeArticleInput;
};


export type MutationRetireKnowledgeArticleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateKnowledgeArticleArgs = {
  id: Scalars['ID']['input'];
  input: KnowledgeArticleInput;
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
  /** A help article by its slug; null when none. */
  knowledgeArticle?: Maybe<KnowledgeArticle>;
  /**
   * Full-text search (Danish stemming for da, English for en; both when no language is given),
   * best match first; an article for the exact error code comes before any other.
   */
  knowledgeArticles: KnowledgeArticleConnection;
  /**
   * Articles that may solve what a service order's draft describes, so no visit is needed:
   * call it while the customer types.
   */
  knowledgeSuggestions: Array<KnowledgeArticle>;
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryKnowledgeArticleArgs = {
  slug: Scalars['String']['input'];
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryKnowledgeArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  errorCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  query?: InputMaybe<Scalars['String']['input']>;
};


/** Everything that can be read. Objects the caller may not see are answered as if they did not exist. */
export type QueryKnowledgeSuggestionsArgs = {
  description: Scalars['String']['input'];
  errorCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
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
  KnowledgeArticle: KnowledgeArticle;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  KnowledgeArticle:
    ( { __typename: 'KnowledgeArticle' }
    & GraphQLRecursivePick<FederationTypes['KnowledgeArticle'], {"id":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node: ( KnowledgeArticleEntity );
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  KnowledgeArticle: ResolverTypeWrapper<KnowledgeArticleEntity>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  KnowledgeArticleConnection: ResolverTypeWrapper<Omit<KnowledgeArticleConnection, 'edges'> & { edges: Array<ResolversTypes['KnowledgeArticleEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  KnowledgeArticleEdge: ResolverTypeWrapper<Omit<KnowledgeArticleEdge, 'node'> & { node: ResolversTypes['KnowledgeArticle'] }>;
  KnowledgeArticleInput: KnowledgeArticleInput;
  KnowledgeArticlePayload: ResolverTypeWrapper<Omit<KnowledgeArticlePayload, 'article'> & { article?: Maybe<ResolversTypes['KnowledgeArticle']> }>;
  KnowledgeArticleRevision: ResolverTypeWrapper<KnowledgeArticleRevisionEntity>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  KnowledgeArticle: KnowledgeArticleEntity;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  KnowledgeArticleConnection: Omit<KnowledgeArticleConnection, 'edges'> & { edges: Array<ResolversParentTypes['KnowledgeArticleEdge']> };
  Int: Scalars['Int']['output'];
  KnowledgeArticleEdge: Omit<KnowledgeArticleEdge, 'node'> & { node: ResolversParentTypes['KnowledgeArticle'] };
  KnowledgeArticleInput: KnowledgeArticleInput;
  KnowledgeArticlePayload: Omit<KnowledgeArticlePayload, 'article'> & { article?: Maybe<ResolversParentTypes['KnowledgeArticle']> };
  KnowledgeArticleRevision: KnowledgeArticleRevisionEntity;
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  UserError: UserError;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type KnowledgeArticleResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['KnowledgeArticle'] = ResolversParentTypes['KnowledgeArticle'], FederationReferenceType extends FederationReferenceTypes['KnowledgeArticle'] = FederationReferenceTypes['KnowledgeArticle']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['KnowledgeArticle']> | FederationReferenceType, FederationReferenceType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  errorCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relatedModels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['KnowledgeArticleRevision']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type KnowledgeArticleConnectionResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['KnowledgeArticleConnection'] = ResolversParentTypes['KnowledgeArticleConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['KnowledgeArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type KnowledgeArticleEdgeResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['KnowledgeArticleEdge'] = ResolversParentTypes['KnowledgeArticleEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['KnowledgeArticle'], ParentType, ContextType>;
}>;

export type KnowledgeArticlePayloadResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['KnowledgeArticlePayload'] = ResolversParentTypes['KnowledgeArticlePayload']> = ResolversObject<{
  article?: Resolver<Maybe<ResolversTypes['KnowledgeArticle']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type KnowledgeArticleRevisionResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['KnowledgeArticleRevision'] = ResolversParentTypes['KnowledgeArticleRevision']> = ResolversObject<{
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  editedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  editedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createKnowledgeArticle?: Resolver<ResolversTypes['KnowledgeArticlePayload'], ParentType, ContextType, RequireFields<MutationCreateKnowledgeArticleArgs, 'input'>>;
  retireKnowledgeArticle?: Resolver<ResolversTypes['KnowledgeArticlePayload'], ParentType, ContextType, RequireFields<MutationRetireKnowledgeArticleArgs, 'id'>>;
  updateKnowledgeArticle?: Resolver<ResolversTypes['KnowledgeArticlePayload'], ParentType, ContextType, RequireFields<MutationUpdateKnowledgeArticleArgs, 'id' | 'input'>>;
}>;

export type NodeResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'KnowledgeArticle', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  knowledgeArticle?: Resolver<Maybe<ResolversTypes['KnowledgeArticle']>, ParentType, ContextType, RequireFields<QueryKnowledgeArticleArgs, 'slug'>>;
  knowledgeArticles?: Resolver<ResolversTypes['KnowledgeArticleConnection'], ParentType, ContextType, Partial<QueryKnowledgeArticlesArgs>>;
  knowledgeSuggestions?: Resolver<Array<ResolversTypes['KnowledgeArticle']>, ParentType, ContextType, RequireFields<QueryKnowledgeSuggestionsArgs, 'description'>>;
}>;

export type UserErrorResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = KnowledgeContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  KnowledgeArticle?: KnowledgeArticleResolvers<ContextType>;
  KnowledgeArticleConnection?: KnowledgeArticleConnectionResolvers<ContextType>;
  KnowledgeArticleEdge?: KnowledgeArticleEdgeResolvers<ContextType>;
  KnowledgeArticlePayload?: KnowledgeArticlePayloadResolvers<ContextType>;
  KnowledgeArticleRevision?: KnowledgeArticleRevisionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

