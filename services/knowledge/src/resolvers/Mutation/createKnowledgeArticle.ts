import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const createKnowledgeArticle: MutationResolvers['createKnowledgeArticle'] = (
  _root,
  { input },
  { knowledge },
) => knowledge.create(input);
