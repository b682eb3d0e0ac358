import { useQuery } from 'urql';
import { useI18n } from '../../i18n/i18n';
import { ApiKeyUsageDocument } from './documents';

/** Each key's requests, errors and query cost per day, for the Administrator managing it. */
export function ApiKeyUsage() {
  const { m, format } = useI18n();
  const [{ data }] = useQuery({ query: ApiKeyUsageDocument, requestPolicy: 'cache-and-network' });
  const keys = data?.apiKeys ?? [];
  if (keys.length === 0) return null;
  return (
    <section aria-labelledby="api-key-usage-title">
      <h3 id="api-key-usage-title">{m.apiKeyUsage.title}</h3>
      <p>{m.apiKeyUsage.intro}</p>
      <p className="muted">{m.apiKeyUsage.deprecatedHint}</p>
      {keys.map((key) => {
        const requests = key.usage.reduce((sum, day) => sum + day.requests, 0);
        const errors = key.usage.reduce((sum, day) => sum + day.errors, 0);
        return (
          <details key={key.id}>
            <summary>
              {key.name}: {m.apiKeyUsage.total(format.number(requests), format.number(errors))}
            </summary>
            {key.usage.length ? (
              <div className="table-wrap">
                <table aria-label={m.apiKeyUsage.ofKey(key.name)}>
                  <thead>
                    <tr>
                      <th scope="col">{m.apiKeyUsage.day}</th>
                      <th scope="col">{m.apiKeyUsage.requests}</th>
                      <th scope="col">{m.apiKeyUsage.errors}</th>
                      <th scope="col">{m.apiKeyUsage.cost}</th>
                      <th scope="col">{m.apiKeyUsage.deprecated}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {key.usage.map((day) => (
                      <tr key={day.day}>
                        <th scope="row">{format.date(day.day)}</th>
                        <td>{format.number(day.requests)}</td>
                        <td>{format.number(day.errors)}</td>
                        <td>{format.number(day.cost)}</td>
                        <td>
                          {day.deprecatedFields
                            .map((use) => `${use.coordinate} (${format.number(use.requests)})`)
                            .join(', ') || '–'}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p className="muted">{m.apiKeyUsage.none}</p>
            )}
          </details>
        );
      })}
    </section>
  );
}
