import { Link, useParams } from 'react-router';
import { useSession } from '../../app/session';
import { useQuery } from 'urql';
import { graphql } from '../../__generated__';
import { Markdown } from '../../components/markdown';
import { Loading, PageTitle, RequestError } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

const ArticleDocument = graphql(`
  query KnowledgeArticle($slug: String!) {
    knowledgeArticle(slug: $slug) {
      id
      slug
      title
      body
      language
      tags
      errorCodes
      relatedModels
      updatedAt
    }
  }
`);

export default function ArticlePage() {
  const { slug = '' } = useParams();
  const { m, format } = useI18n();
  const { access } = useSession();
  const [{ data, fetching, error }] = useQuery({ query: ArticleDocument, variables: { slug } });
  if (error) return <RequestError error={error} />;
  if (!data && fetching) return <Loading />;
  const article = data?.knowledgeArticle;
  return (
    <article lang={article?.language}>
      <p lang={undefined}>
        <Link to="/knowledge">{m.knowledge.back}</Link>
        {access.canWriteKnowledgeArticles && article ? (
          <>
            {' · '}
            <Link to={`/knowledge/${encodeURIComponent(article.slug)}/edit`}>
              {m.articles.edit}
            </Link>
          </>
        ) : null}
      </p>
      {article ? (
        <>
          <PageTitle title={article.title}>{article.title}</PageTitle>
          <p className="muted">
            {m.knowledge.updated} {format.dateTime(article.updatedAt)}
            {article.errorCodes.length
              ? ` · ${m.knowledge.errorCodes}: ${article.errorCodes.join(', ')}`
              : ''}
          </p>
          <Markdown source={article.body} />
          {article.relatedModels.length ? (
            <p className="muted">
              {m.knowledge.appliesTo}: {article.relatedModels.join(', ')}
            </p>
          ) : null}
        </>
      ) : (
        <>
          <PageTitle title={m.notFound.title}>{m.notFound.title}</PageTitle>
          <p>{m.knowledge.notFound}</p>
        </>
      )}
    </article>
  );
}
