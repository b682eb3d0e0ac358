import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const retireKnowledgeArticle: MutationResolvers['retireKnowledgeArticle'] = (
  _root,
  { id },
  { knowledge },
) => knowledge.retire(id);
