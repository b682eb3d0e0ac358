import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  badUserInput,
  byKeys,
  decodeCursor,
  fromGlobalId,
  IdempotencyKeys,
  pageSize,
  refused,
  toConnection,
  userError,
  type Connection,
  type Principal,
  type RequestLoaders,
  type UserError,
} from '@portal/platform';
import {
  KnowledgeArticle,
  SEARCH_CONFIGURATIONS,
  SEARCH_DOCUMENT,
  SEARCH_WORDS,
  type ArticleLanguage,
} from '../entities/knowledge-article.entity';
import { KnowledgeArticleRevision } from '../entities/knowledge-article-revision.entity';

export interface KnowledgeArticleInput {
  slug: string;
  title: string;
  body: string;
  language: string;
  tags?: string[] | null;
  errorCodes?: string[] | null;
  relatedModels?: string[] | null;
}

export interface KnowledgeArticlePayload {
  article: KnowledgeArticle | null;
  userErrors: UserError[];
}

const NO_ARTICLE = { article: null };
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_SUGGESTIONS = 10;
/**
 * How alike a misspelt word must be to a word of a title or tag (pg_trgm word similarity, 0–1):
 * "papirstob" is 0.7 like "papirstop"; unrelated words stay under 0.3.
 */
const TYPO_SIMILARITY = 0.5;
/**
 * A suggestion's least relevance (ts_rank_cd normalised to 0–1 by rank/(rank+1)): one common
 * word of a long description is not enough, so a draft is offered only what fits it.
 */
const SUGGESTION_RELEVANCE = 0.05;
/** ...and at least this share of the best suggestion's relevance. */
const SUGGESTION_SHARE_OF_BEST = 0.8;
const FOLDED_QUERY = 'knowledge.search_folded(:searchText)';
const WORD_SIMILARITY = `public.word_similarity(${FOLDED_QUERY}, ${SEARCH_WORDS})`;

/** Error codes as printed on the device's panel: E000007, E202-0001 (case does not matter). */
function normaliseErrorCode(code: string | null | undefined): string | null {
  const trimmed = code?.trim().toUpperCase();
  return trimmed ? trimmed.slice(0, 40) : null;
}

/** da or en; an own key only ("toString" is `in` every object). */
function isArticleLanguage(language: string): language is ArticleLanguage {
  return Object.hasOwn(SEARCH_CONFIGURATIONS, language);
}

function languageOf(language: string | null | undefined): ArticleLanguage | null | undefined {
  if (language === null || language === undefined || language === '') return undefined;
  return isArticleLanguage(language) ? language : null;
}

/** Knowledge articles: every signed-in user reads, staff write. */
export class KnowledgeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly loaders: RequestLoaders,
  ) {}

  /**
   * Full-text search ranked by relevance; an article for the exact error code comes first.
   * Ranked lists page by position (cursor = offset), at most 100 a page.
   */
  async search(
    args: { query?: string | null; language?: string | null; errorCode?: string | null },
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<KnowledgeArticle>> {
    this.principal.requireSignedIn();
    const size = pageSize(first);
    const offset = Number(decodeCursor(after, 1)?.[0] ?? 0);
    if (!Number.isInteger(offset) || offset < 0)
      throw badUserInput('`after` is not a cursor from this list.');
    const language = languageOf(args.language);
    if (language === null) throw badUserInput('`language` is da or en.');
    const text = args.query?.trim().slice(0, 200) ?? '';
    const errorCode = normaliseErrorCode(args.errorCode);

    const query = this.readable().addSelect(
      `(a.error_codes @> CAST(ARRAY[:errorCode] AS text[]))`,
      'exact_code',
    );
    query.setParameter('errorCode', errorCode ?? '');
    if (language) query.andWhere('a.language = :language', { language });
    const matches: string[] = [];
    if (text) {
      // Whole words first (stemmed), then titles and tags a misspelling resembles.
      query.addSelect(
        `ts_rank_cd(${SEARCH_DOCUMENT}, ${this.tsquery(language, ':searchText', 'all')})`,
        'rank',
      );
      query.addSelect(WORD_SIMILARITY, 'likeness');
      query.setParameters({ searchText: text, typoSimilarity: TYPO_SIMILARITY });
      matches.push(
        `${SEARCH_DOCUMENT} @@ ${this.tsquery(language, ':searchText', 'all')}`,
        `${WORD_SIMILARITY} >= :typoSimilarity`,
      );
    } else {
      query.addSelect('0', 'rank').addSelect('0', 'likeness');
    }
    if (errorCode) matches.push('a.error_codes @> CAST(ARRAY[:errorCode] AS text[])');
    if (matches.length) query.andWhere(`(${matches.join(' OR ')})`);
    const totalCount = await query.getCount();
    const rows = await query
      .orderBy('exact_code', 'DESC')
      .addOrderBy('rank', 'DESC')
      .addOrderBy('likeness', 'DESC')
      .addOrderBy('a.title')
      .offset(offset)
      .limit(size + 1)
      .getMany();
    let position = offset;
    return toConnection(rows, size, () => [++position], totalCount);
  }

  /**
   * Articles that may solve a draft service order: any of its words, the error code first; only
   * those relevant enough (fewer than `first`, or none, rather than padding the list).
   */
  async suggestions(
    description: string,
    errorCode: string | null | undefined,
    language: string | null | undefined,
    first: number | null | undefined,
  ): Promise<KnowledgeArticle[]> {
    this.principal.requireSignedIn();
    const lang = languageOf(language);
    if (lang === null) throw badUserInput('`language` is da or en.');
    const limit = Math.min(pageSize(first ?? 3), MAX_SUGGESTIONS);
    const text = description.trim().slice(0, 2000);
    const code = normaliseErrorCode(errorCode);
    if (!text && !code) return [];
    // ts_rank_cd's normalisation 32: rank / (rank + 1), so one threshold fits any draft.
    const relevance = `ts_rank_cd(${SEARCH_DOCUMENT}, ${this.tsquery(lang, ':searchText', 'any')}, 32)`;
    const query = this.readable()
      .addSelect('(a.error_codes @> CAST(ARRAY[:errorCode] AS text[]))', 'exact_code')
      .addSelect(text ? relevance : '0', 'rank')
      .setParameters({
        errorCode: code ?? '',
        searchText: text,
        relevance: SUGGESTION_RELEVANCE,
      });
    if (lang) query.andWhere('a.language = :language', { language: lang });
    // Only what fits the draft well enough: fewer than `first`, or none, rather than padding.
    const matches = [
      ...(text
        ? [
            `(${SEARCH_DOCUMENT} @@ ${this.tsquery(lang, ':searchText', 'any')} AND ${relevance} >= :relevance)`,
          ]
        : []),
      ...(code ? ['a.error_codes @> CAST(ARRAY[:errorCode] AS text[])'] : []),
    ];
    query.andWhere(`(${matches.join(' OR ')})`);
    const { entities, raw } = await query
      .orderBy('exact_code', 'DESC')
      .addOrderBy('rank', 'DESC')
      .addOrderBy('a.title')
      .limit(limit)
      .getRawAndEntities<{ rank: number; exact_code: boolean }>();
    // A word every article has ("printer") lifts them all alike: only those near the best stay.
    const best = Math.max(0, ...raw.map((row) => Number(row.rank)));
    return entities.filter(
      (_, n) => raw[n]!.exact_code || Number(raw[n]!.rank) >= best * SUGGESTION_SHARE_OF_BEST,
    );
  }

  async bySlug(slug: string): Promise<KnowledgeArticle | null> {
    this.principal.requireSignedIn();
    return (
      (await this.readable()
        .andWhere('a.slug = :slug', { slug: slug.trim().toLowerCase() })
        .getOne()) ?? null
    );
  }

  /** An article another subgraph refers to, batched per request. */
  async byId(globalId: string): Promise<KnowledgeArticle | null> {
    if (this.principal.isAnonymous) return null;
    const id = fromGlobalId('KnowledgeArticle', globalId);
    if (!id) return null;
    return this.loaders
      .get<string, KnowledgeArticle | null>('article', async (ids) =>
        byKeys(
          ids,
          await this.readable().andWhere('a.id IN (:...ids)', { ids }).getMany(),
          (a) => a.id,
        ),
      )
      .load(id);
  }

  /** Staff only; customers asking get an empty list (they see the current text). */
  async revisionsOf(article: KnowledgeArticle): Promise<KnowledgeArticleRevision[]> {
    if (!this.principal.isStaff) return [];
    return this.dataSource
      .getRepository(KnowledgeArticleRevision)
      .find({ where: { articleId: article.id }, order: { revision: 'DESC' } });
  }

  retiredAtOf(article: KnowledgeArticle): Date | null {
    return this.principal.isStaff ? article.retiredAt : null;
  }

  async create(
    input: KnowledgeArticleInput,
    idempotencyKey?: string | null,
  ): Promise<KnowledgeArticlePayload> {
    this.principal.requireStaff();
    const problems = validate(input);
    if (problems.length) return { ...NO_ARTICLE, userErrors: problems };
    const keys = new IdempotencyKeys(this.dataSource, this.principal);
    return keys.create<KnowledgeArticlePayload>('createKnowledgeArticle', idempotencyKey, input, {
      create: async (manager) => {
        if (await manager.existsBy(KnowledgeArticle, { slug: input.slug })) {
          const message = 'Another article has this slug. Choose another.';
          return { refused: refused('SLUG_TAKEN', ['input', 'slug'], message, NO_ARTICLE) };
        }
        const id = randomUUID();
        await manager.insert(KnowledgeArticle, { id, ...normalise(input), retiredAt: null });
        return { created: id };
      },
      answer: async (id) => ({
        article: await this.dataSource.getRepository(KnowledgeArticle).findOneByOrFail({ id }),
        userErrors: [],
      }),
      refuse: (code, message) => refused(code, ['idempotencyKey'], message, NO_ARTICLE),
    });
  }

  async update(globalId: string, input: KnowledgeArticleInput): Promise<KnowledgeArticlePayload> {
    this.principal.requireStaff();
    const problems = validate(input);
    if (problems.length) return { ...NO_ARTICLE, userErrors: problems };
    const id = fromGlobalId('KnowledgeArticle', globalId);
    if (!id) return refused('NOT_FOUND', ['id'], 'No such article.', NO_ARTICLE);
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(KnowledgeArticle, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) return refused('NOT_FOUND', ['id'], 'No such article.', NO_ARTICLE);
      const taken = await manager
        .createQueryBuilder(KnowledgeArticle, 'a')
        .where('a.slug = :slug AND a.id <> :id', { slug: input.slug, id })
        .getExists();
      if (taken)
        return refused(
          'SLUG_TAKEN',
          ['input', 'slug'],
          'Another article has this slug. Choose another.',
          NO_ARTICLE,
        );
      await manager.insert(KnowledgeArticleRevision, {
        articleId: current.id,
        revision: current.revision,
        title: current.title,
        body: current.body,
        tags: current.tags,
        errorCodes: current.errorCodes,
        editedBy: this.principal.actor,
        editedAt: new Date(),
      });
      const article = await manager.save(KnowledgeArticle, {
        ...current,
        ...normalise(input),
        revision: current.revision + 1,
      });
      return { article, userErrors: [] };
    });
  }

  async retire(globalId: string): Promise<KnowledgeArticlePayload> {
    this.principal.requireStaff();
    const id = fromGlobalId('KnowledgeArticle', globalId);
    const repository = this.dataSource.getRepository(KnowledgeArticle);
    const article = id ? await repository.findOneBy({ id }) : null;
    if (!article) return refused('NOT_FOUND', ['id'], 'No such article.', NO_ARTICLE);
    if (!article.retiredAt) await repository.update(article.id, { retiredAt: new Date() });
    return { article: await repository.findOneByOrFail({ id: article.id }), userErrors: [] };
  }

  /** What the caller may read: staff every article, everyone else the ones in use. */
  private readable() {
    const query = this.dataSource.getRepository(KnowledgeArticle).createQueryBuilder('a');
    if (!this.principal.isStaff) query.where('a.retired_at IS NULL');
    else query.where('TRUE');
    return query;
  }

  /**
   * The query in the article's own configuration: `all` words (a search box) or `any` word (a
   * long draft description). Without a language, the article's language decides.
   */
  private tsquery(
    language: ArticleLanguage | undefined,
    parameter: string,
    words: 'all' | 'any',
  ): string {
    const configuration = language
      ? `'${SEARCH_CONFIGURATIONS[language]}'::regconfig`
      : `CASE a.language WHEN 'da' THEN 'danish'::regconfig ELSE 'english'::regconfig END`;
    return words === 'all'
      ? `websearch_to_tsquery(${configuration}, ${parameter})`
      : `replace(plainto_tsquery(${configuration}, ${parameter})::text, ' & ', ' | ')::tsquery`;
  }
}

function validate(input: KnowledgeArticleInput): UserError[] {
  const problems: UserError[] = [];
  if (!SLUG.test(input.slug) || input.slug.length > 120) {
    problems.push(
      userError(
        'INVALID_INPUT',
        ['input', 'slug'],
        'Use lower-case words joined by hyphens, e.g. paper-jam-tray-1.',
      ),
    );
  }
  if (!input.title.trim() || input.title.length > 200) {
    problems.push(
      userError('INVALID_INPUT', ['input', 'title'], 'Give a title of 1 to 200 characters.'),
    );
  }
  if (!input.body.trim() || input.body.length > 50_000) {
    problems.push(
      userError('INVALID_INPUT', ['input', 'body'], 'Write a body of 1 to 50,000 characters.'),
    );
  }
  if (!isArticleLanguage(input.language)) {
    problems.push(userError('INVALID_INPUT', ['input', 'language'], 'Choose da or en.'));
  }
  for (const [field, list] of [
    ['tags', input.tags],
    ['errorCodes', input.errorCodes],
    ['relatedModels', input.relatedModels],
  ] as const) {
    if ((list?.length ?? 0) > 30 || list?.some((v) => !v.trim() || v.length > 80)) {
      problems.push(
        userError(
          'INVALID_INPUT',
          ['input', field],
          'Give at most 30 entries of 1 to 80 characters.',
        ),
      );
    }
  }
  return problems;
}

function normalise(input: KnowledgeArticleInput) {
  return {
    slug: input.slug,
    title: input.title.trim(),
    body: input.body,
    language: input.language as ArticleLanguage,
    tags: (input.tags ?? []).map((t) => t.trim().toLowerCase()),
    errorCodes: (input.errorCodes ?? []).map((c) => normaliseErrorCode(c)!),
    relatedModels: (input.relatedModels ?? []).map((m) => m.trim()),
  };
}
