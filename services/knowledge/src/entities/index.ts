import { KnowledgeArticle } from './knowledge-article.entity';
import { KnowledgeArticleRevision } from './knowledge-article-revision.entity';

export { KnowledgeArticle, KnowledgeArticleRevision };

export const entities = [KnowledgeArticle, KnowledgeArticleRevision];
