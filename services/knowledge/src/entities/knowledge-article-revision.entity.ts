import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An article as it was before an edit. */
@Entity('knowledge_article_revision')
export class KnowledgeArticleRevision {
  @PrimaryColumn({ name: 'article_id', type: 'uuid' })
  articleId: string;

  @PrimaryColumn({ type: 'int' })
  revision: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'text', array: true })
  tags: string[];

  @Column({ name: 'error_codes', type: 'text', array: true })
  errorCodes: string[];

  /** Who wrote this version (user:<id>). */
  @Column({ name: 'edited_by', type: 'text' })
  editedBy: string;

  @Column({ name: 'edited_at', type: 'timestamptz' })
  editedAt: Date;
}
