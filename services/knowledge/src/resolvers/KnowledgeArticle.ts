import { toGlobalId } from '@portal/platform';
import type { KnowledgeArticleResolvers } from '../__generated__/resolvers-types';

export const KnowledgeArticle: KnowledgeArticleResolvers = {
  __resolveReference: ({ id }, { knowledge }) => knowledge.byId(id),
  id: (article) => toGlobalId('KnowledgeArticle', article.id),
  retiredAt: (article, _args, { knowledge }) => knowledge.retiredAtOf(article),
  revisions: (article, _args, { knowledge }) => knowledge.revisionsOf(article),
};
