import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const knowledgeArticle: QueryResolvers['knowledgeArticle'] = (
  _root,
  { slug },
  { knowledge },
) => knowledge.bySlug(slug);
