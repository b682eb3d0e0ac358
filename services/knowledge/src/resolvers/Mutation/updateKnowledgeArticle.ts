import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const updateKnowledgeArticle: MutationResolvers['updateKnowledgeArticle'] = (
  _root,
  { id, input },
  { knowledge },
) => knowledge.update(id, input);
