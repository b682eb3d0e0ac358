import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../__generated__';
import { FormAlert, Notice } from '../../components/forms';
import { Loading, RequestError } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { userErrorText } from '../../i18n/user-errors';

const ToReviewDocument = graphql(`
  query MeterReadingsToReview {
    meterReadingsToReview(first: 100) {
      totalCount
      edges {
        node {
          id
          readingDate
          submittedByName
          needsReview
          values {
            meter
            value
            usageSincePrevious
          }
          device {
            id
            serialNumber
          }
        }
      }
    }
  }
`);

const MarkReviewedDocument = graphql(`
  mutation MarkMeterReadingReviewed($readingId: ID!) {
    markMeterReadingReviewed(readingId: $readingId) {
      meterReading {
        id
        needsReview
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** Staff: readings whose large increase the customer confirmed, to check and mark checked. */
export function ReadingsToReview() {
  const { m, format } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ToReviewDocument });
  const [marking, mark] = useMutation(MarkReviewedDocument);
  const [messages, setMessages] = useState<string[]>([]);
  const [notice, setNotice] = useState('');
  if (error) return <RequestError error={error} />;
  if (!data && fetching) return <Loading />;
  const rows = data?.meterReadingsToReview.edges.map((e) => e.node) ?? [];

  async function markChecked(id: string, serial: string) {
    const outcome = await mark({ readingId: id });
    const payload = outcome.data?.markMeterReadingReviewed;
    setMessages(
      payload ? payload.userErrors.map((e) => userErrorText(e, m)) : [m.common.serverError],
    );
    if (payload && !payload.userErrors.length) {
      setNotice(`${serial}: ${m.readings.markReviewed} ✓`);
      reexecute({ requestPolicy: 'network-only' });
    }
  }

  if (!rows.length) return <p>{m.readings.reviewNone}</p>;
  return (
    <>
      {notice ? <Notice>{notice}</Notice> : null}
      <FormAlert messages={messages} />
      <div className="table-wrap">
        <table aria-label={m.readings.reviewTitle}>
          <thead>
            <tr>
              <th scope="col">{m.fields.serialNumber}</th>
              <th scope="col">{m.readings.date}</th>
              <th scope="col">{m.meters.TOTAL}</th>
              <th scope="col">{m.readings.source}</th>
              <th scope="col">{m.readings.markReviewed}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const total = r.values.find((v) => v.meter === 'TOTAL') ?? r.values[0];
              return (
                <tr key={r.id}>
                  <td>
                    <Link to={`/devices/${r.device.id}#meter-reading`}>
                      {r.device.serialNumber}
                    </Link>
                  </td>
                  <td>{format.date(r.readingDate)}</td>
                  <td className="numeric">
                    {total ? format.number(total.value) : '–'}
                    {total?.usageSincePrevious != null ? (
                      <span className="muted"> (+{format.number(total.usageSincePrevious)})</span>
                    ) : null}
                  </td>
                  <td>{r.submittedByName ?? '–'}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={marking.fetching}
                      onClick={() => void markChecked(r.id, r.device.serialNumber)}
                    >
                      {m.readings.markReviewed}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
