import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const knowledgeArticles: QueryResolvers['knowledgeArticles'] = (
  _root,
  { query, language, errorCode, first, after },
  { knowledge },
) => knowledge.search({ query, language, errorCode }, first, after);
