import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../__generated__';
import type { ArticleForEditingQuery } from '../../__generated__/graphql';
import {
  FormAlert,
  SelectField,
  TextArea,
  TextField,
  useFocusFirstInvalid,
} from '../../components/forms';
import { Markdown } from '../../components/markdown';
import { Loading, PageTitle, RequestError } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { formErrors, type FormErrors } from '../../i18n/user-errors';

const ArticleForEditingDocument = graphql(`
  query ArticleForEditing($slug: String!) {
    knowledgeArticle(slug: $slug) {
      id
      slug
      title
      body
      language
      tags
      errorCodes
      relatedModels
      revisions {
        revision
        editedBy
        editedAt
      }
    }
  }
`);

const CreateDocument = graphql(`
  mutation CreateKnowledgeArticle($input: KnowledgeArticleInput!, $idempotencyKey: String) {
    createKnowledgeArticle(input: $input, idempotencyKey: $idempotencyKey) {
      article {
        id
        slug
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const UpdateDocument = graphql(`
  mutation UpdateKnowledgeArticle($id: ID!, $input: KnowledgeArticleInput!) {
    updateKnowledgeArticle(id: $id, input: $input) {
      article {
        id
        slug
        title
        body
        updatedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Article = NonNullable<ArticleForEditingQuery['knowledgeArticle']>;

const list = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

/** Writing or revising a help article, its Markdown previewed as readers will see it. */
function ArticleForm({ article }: { article: Article | null }) {
  const { m, format } = useI18n();
  const t = m.articles;
  const navigate = useNavigate();
  const [values, setValues] = useState({
    title: article?.title ?? '',
    slug: article?.slug ?? '',
    language: article?.language ?? 'da',
    body: article?.body ?? '',
    tags: article?.tags.join(', ') ?? '',
    errorCodes: article?.errorCodes.join(', ') ?? '',
    relatedModels: article?.relatedModels.join(', ') ?? '',
  });
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [created, create] = useMutation(CreateDocument);
  const [updated, update] = useMutation(UpdateDocument);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      title: values.title,
      slug: values.slug.trim(),
      language: values.language,
      body: values.body,
      tags: list(values.tags),
      errorCodes: list(values.errorCodes),
      relatedModels: list(values.relatedModels),
    };
    const payload = article
      ? (await update({ id: article.id, input })).data?.updateKnowledgeArticle
      : (await create({ input, idempotencyKey })).data?.createKnowledgeArticle;
    if (payload?.article && !payload.userErrors.length)
      return navigate(`/knowledge/${encodeURIComponent(payload.article.slug)}`);
    setErrors(
      payload
        ? formErrors(payload.userErrors, m, Object.keys(values))
        : { fields: {}, general: [m.common.serverError] },
    );
  }

  return (
    <form ref={form} noValidate aria-label={t.formLabel} onSubmit={(e) => void submit(e)}>
      <FormAlert messages={errors.general} />
      <div className="field-row">
        <TextField
          label={t.title}
          required
          value={values.title}
          onChange={set('title')}
          error={errors.fields.title}
        />
        <TextField
          label={t.slug}
          hint={t.slugHint}
          required
          value={values.slug}
          onChange={set('slug')}
          error={errors.fields.slug}
        />
        <SelectField label={m.fields.language} value={values.language} onChange={set('language')}>
          <option value="da">Dansk</option>
          <option value="en">English</option>
        </SelectField>
      </div>
      <div className="field-row">
        <TextField
          label={t.tags}
          hint={t.commaHint}
          value={values.tags}
          onChange={set('tags')}
          error={errors.fields.tags}
        />
        <TextField
          label={t.errorCodes}
          hint={t.commaHint}
          value={values.errorCodes}
          onChange={set('errorCodes')}
          error={errors.fields.errorCodes}
        />
        <TextField
          label={t.relatedModels}
          hint={t.commaHint}
          value={values.relatedModels}
          onChange={set('relatedModels')}
          error={errors.fields.relatedModels}
        />
      </div>
      <div className="editor">
        <TextArea
          label={t.body}
          hint={t.bodyHint}
          required
          rows={18}
          value={values.body}
          onChange={set('body')}
          error={errors.fields.body}
        />
        <section className="editor__preview" aria-label={t.preview} lang={values.language}>
          <h2 lang={undefined}>{t.preview}</h2>
          <Markdown source={values.body || t.emptyPreview} />
        </section>
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={created.fetching || updated.fetching}>
          {article ? t.saveRevision : t.publish}
        </button>
        <Link
          className="button button--secondary"
          to={article ? `/knowledge/${encodeURIComponent(article.slug)}` : '/knowledge'}
        >
          {m.common.cancel}
        </Link>
      </div>
      {article?.revisions.length ? (
        <>
          <h2>{t.revisions}</h2>
          <ul>
            {article.revisions.map((r) => (
              <li key={r.revision}>{t.revisionLine(r.revision, format.dateTime(r.editedAt))}</li>
            ))}
          </ul>
        </>
      ) : null}
    </form>
  );
}

/** Staff: /knowledge/new writes an article, /knowledge/:slug/edit revises one. */
export default function ArticleEditorPage() {
  const { slug } = useParams();
  const { m } = useI18n();
  const [{ data, fetching, error }] = useQuery({
    query: ArticleForEditingDocument,
    variables: { slug: slug ?? '' },
    pause: !slug,
  });
  const title = slug ? m.articles.editTitle : m.articles.newTitle;
  return (
    <section>
      <PageTitle title={title}>{title}</PageTitle>
      {error ? <RequestError error={error} /> : null}
      {slug && !data && fetching ? <Loading /> : null}
      {slug && data && !data.knowledgeArticle ? <p>{m.knowledge.notFound}</p> : null}
      {!slug ? <ArticleForm article={null} /> : null}
      {slug && data?.knowledgeArticle ? <ArticleForm article={data.knowledgeArticle} /> : null}
    </section>
  );
}
