import { KnowledgeArticle } from './knowledge-article.entity';
import { KnowledgeArticleRevision } from './knowledge-article-revision.entity';
import { IdempotentRequest } from '@portal/platform';

export { KnowledgeArticle, KnowledgeArticleRevision, IdempotentRequest };

export const entities = [KnowledgeArticle, KnowledgeArticleRevision, IdempotentRequest];
