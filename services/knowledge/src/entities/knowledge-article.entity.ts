import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The text-search configuration of each article language. */
export const SEARCH_CONFIGURATIONS = { da: 'danish', en: 'english' } as const;
export type ArticleLanguage = keyof typeof SEARCH_CONFIGURATIONS;

/**
 * What full-text search matches: title first, then tags (lower-case, as written), then the body, each
 * stemmed in the article's language. Queries use this very expression, so the GIN index on it
 * (added by hand in the migration) serves them.
 */
export const SEARCH_DOCUMENT = `(setweight(to_tsvector(CASE a.language WHEN 'da' THEN 'danish'::regconfig ELSE 'english'::regconfig END, a.title), 'A') || setweight(array_to_tsvector(a.tags), 'B') || setweight(to_tsvector(CASE a.language WHEN 'da' THEN 'danish'::regconfig ELSE 'english'::regconfig END, a.body), 'C'))`;

/**
 * Title and tags, lower-case and without accents: what a misspelt word is matched against by
 * trigram similarity ("papirstob" finds "Papirstop"), served by the index knowledge_article_words.
 */
export const SEARCH_WORDS = 'knowledge.search_words(a.title, a.tags)';

@Entity('knowledge_article')
@Index('knowledge_article_search', { synchronize: false })
@Index('knowledge_article_words', { synchronize: false })
export class KnowledgeArticle {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text' })
  title: string;

  /** Markdown */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text' })
  language: ArticleLanguage;

  @Column({ type: 'text', array: true, default: '{}' })
  tags: string[];

  @Column({ name: 'error_codes', type: 'text', array: true, default: '{}' })
  errorCodes: string[];

  @Column({ name: 'related_models', type: 'text', array: true, default: '{}' })
  relatedModels: string[];

  @Column({ type: 'int', default: 1 })
  revision: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}
