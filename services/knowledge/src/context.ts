import type { BaseContext } from '@portal/platform';
import type { KnowledgeService } from './domain/knowledge.service';

export interface KnowledgeContext extends BaseContext {
  knowledge: KnowledgeService;
}
