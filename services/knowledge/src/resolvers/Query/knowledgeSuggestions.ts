import type { QueryResolvers } from '../../__generated__/resolvers-types';

export const knowledgeSuggestions: QueryResolvers['knowledgeSuggestions'] = (
  _root,
  { description, errorCode, language, first },
  { knowledge },
) => knowledge.suggestions(description, errorCode, language, first);
