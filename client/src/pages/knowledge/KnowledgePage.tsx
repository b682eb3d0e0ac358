import { Link } from 'react-router';
import { useSession } from '../../app/session';
import { useQuery } from 'urql';
import { graphql } from '../../__generated__';
import { SearchFilter, SelectField } from '../../components/forms';
import { Loading, PageTitle, RequestError } from '../../components/page';
import { Pager, useFilteredPages } from '../../components/pager';
import { useI18n } from '../../i18n/i18n';

const KnowledgeSearchDocument = graphql(`
  query KnowledgeSearch($query: String, $language: String, $first: Int, $after: String) {
    knowledgeArticles(query: $query, language: $language, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          slug
          title
          language
          tags
          errorCodes
          updatedAt
        }
      }
    }
  }
`);

/** Language filter in the address: none means the reader's own, "all" both. */
const BOTH = 'all';

/** When a search finds nothing: how to rephrase, the common problems, and the way to a person. */
function NoMatch({ q, language, onBoth }: { q: string; language: string; onBoth?(): void }) {
  const { m } = useI18n();
  const { access } = useSession();
  const [{ data }] = useQuery({
    query: KnowledgeSearchDocument,
    variables: { query: null, language, first: 5, after: null },
  });
  return (
    <div className="panel" role="status">
      <h2>{m.knowledge.noMatch(q)}</h2>
      <p>{m.knowledge.rephrase}</p>
      {onBoth ? (
        <p>
          <button type="button" className="button button--secondary" onClick={onBoth}>
            {m.knowledge.searchBoth}
          </button>
        </p>
      ) : null}
      {data?.knowledgeArticles.edges.length ? (
        <>
          <h3>{m.knowledge.commonTitle}</h3>
          <ul>
            {data.knowledgeArticles.edges.map(({ node }) => (
              <li key={node.id}>
                <Link to={`/knowledge/${encodeURIComponent(node.slug)}`}>{node.title}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {access.canCreateServiceOrders ? (
        <p>
          {m.knowledge.stillStuck} <Link to="/service-orders">{m.knowledge.raiseOrder}</Link>
        </p>
      ) : null}
    </div>
  );
}

export default function KnowledgePage() {
  const { m, format, language: own } = useI18n();
  const { access } = useSession();
  const { params, setFilters, after, pagerProps } = useFilteredPages();
  const q = params.get('q') ?? '';
  const chosen = params.get('language') ?? own;
  const language = chosen === BOTH ? '' : chosen;
  const [{ data, fetching, error }] = useQuery({
    query: KnowledgeSearchDocument,
    variables: {
      query: q || null,
      language: language || null,
      first: 20,
      after,
    },
  });

  const connection = data?.knowledgeArticles;
  return (
    <section>
      <PageTitle title={m.knowledge.title}>{m.knowledge.title}</PageTitle>
      <p className="lead">{m.knowledge.intro}</p>
      {access.canWriteKnowledgeArticles ? (
        <p>
          <Link className="button" to="/knowledge/new">
            {m.articles.write}
          </Link>
        </p>
      ) : null}
      <div className="filters">
        <SearchFilter
          label={m.knowledge.searchLabel}
          hint={m.knowledge.searchHint}
          submit={m.knowledge.search}
          initial={q}
          onSearch={(words) => setFilters({ q: words })}
        />
        <SelectField
          label={m.fields.language}
          value={chosen}
          onChange={(e) => setFilters({ language: e.target.value })}
        >
          <option value={BOTH}>{m.knowledge.allLanguages}</option>
          <option value="da">Dansk</option>
          <option value="en">English</option>
        </SelectField>
      </div>
      {error ? <RequestError error={error} /> : null}
      {!connection && fetching ? <Loading /> : null}
      {connection ? (
        <>
          <p aria-live="polite">{m.knowledge.found(connection.totalCount)}</p>
          {q && connection.totalCount === 0 ? (
            <NoMatch
              q={q}
              language={language || own}
              onBoth={language ? () => setFilters({ language: BOTH }) : undefined}
            />
          ) : null}
          <ol className="results">
            {connection.edges.map(({ node }) => (
              <li key={node.id} lang={node.language}>
                <h2>
                  <Link to={`/knowledge/${encodeURIComponent(node.slug)}`}>{node.title}</Link>
                </h2>
                <p className="muted">
                  {[
                    ...node.errorCodes,
                    ...node.tags,
                    `${m.knowledge.updated} ${format.date(node.updatedAt.slice(0, 10))}`,
                  ].join(' · ')}
                </p>
              </li>
            ))}
          </ol>
          <Pager {...pagerProps(connection.pageInfo)} />
        </>
      ) : null}
    </section>
  );
}
