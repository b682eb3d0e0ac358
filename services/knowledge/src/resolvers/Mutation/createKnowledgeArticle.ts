import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const createKnowledgeArticle: MutationResolvers['createKnowledgeArticle'] = (
  _root,
  { input, idempotencyKey },
  { knowledge },
) => knowledge.create(input, idempotencyKey);
