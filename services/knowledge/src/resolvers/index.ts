import { GraphQLDateTime } from '@portal/platform';
import type { Resolvers } from '../__generated__/resolvers-types';
import { knowledgeArticles } from './Query/knowledgeArticles';
import { knowledgeArticle } from './Query/knowledgeArticle';
import { knowledgeSuggestions } from './Query/knowledgeSuggestions';
import { createKnowledgeArticle } from './Mutation/createKnowledgeArticle';
import { updateKnowledgeArticle } from './Mutation/updateKnowledgeArticle';
import { retireKnowledgeArticle } from './Mutation/retireKnowledgeArticle';
import { KnowledgeArticle } from './KnowledgeArticle';

export const resolvers: Resolvers = {
  DateTime: GraphQLDateTime,
  Query: { knowledgeArticles, knowledgeArticle, knowledgeSuggestions },
  Mutation: { createKnowledgeArticle, updateKnowledgeArticle, retireKnowledgeArticle },
  KnowledgeArticle,
};
