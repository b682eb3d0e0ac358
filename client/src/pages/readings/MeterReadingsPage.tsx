import { useState, type ChangeEvent } from 'react';
import { Link } from 'react-router';
import { useClient, useQuery } from 'urql';
import { graphql } from '../../__generated__';
import { FormAlert } from '../../components/forms';
import { Loading, PageTitle, RequestError, StatusBadge } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { userErrorText } from '../../i18n/user-errors';
import { useSession } from '../../app/session';
import { batches, parseReadingsCsv, type CsvRow } from './csv';
import { ReadingsToReview } from './ReadingReview';

const DueDocument = graphql(`
  query MeterReadingsDue {
    meterReadingsDue(first: 100) {
      totalCount
      edges {
        node {
          id
          serialNumber
          model {
            id
            name
          }
          account {
            id
            customerAccountNumber
          }
          meterReadingDue {
            dueDate
            overdue
            periodStart
            periodEnd
          }
          latestMeterReading {
            id
            readingDate
          }
        }
      }
    }
  }
`);

const DeviceIdsDocument = graphql(`
  query DeviceIds($after: String) {
    devices(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          serialNumber
        }
      }
    }
  }
`);

const BulkDocument = graphql(`
  mutation SubmitMeterReadings($inputs: [SubmitMeterReadingInput!]!) {
    submitMeterReadings(inputs: $inputs) {
      accepted
      rejected
      results {
        index
        meterReading {
          id
          readingDate
        }
        userErrors {
          ...UserErrorFields
        }
      }
    }
  }
`);

/** Rows sent per submitMeterReadings call: the progress bar moves once per batch. */
const BATCH_SIZE = 25;

interface RowResult {
  row: CsvRow;
  accepted: boolean;
  messages: string[];
}

function ReadingsDue() {
  const { m, format } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: DueDocument });
  if (error) return <RequestError error={error} />;
  if (!data && fetching) return <Loading />;
  const due = data?.meterReadingsDue;
  if (!due) return null;
  return (
    <>
      <p role="status">{m.readings.dueCount(due.totalCount, format.number(due.totalCount))}</p>
      {due.edges.length ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{m.fields.serialNumber}</th>
                <th scope="col">{m.fields.model}</th>
                <th scope="col">{m.readings.period}</th>
                <th scope="col">{m.readings.dueDate}</th>
                <th scope="col">{m.readings.lastReading}</th>
              </tr>
            </thead>
            <tbody>
              {due.edges.map(({ node }) => (
                <tr key={node.id} className={node.meterReadingDue?.overdue ? 'row--overdue' : ''}>
                  <td>
                    <Link to={`/devices/${node.id}#meter-reading`}>{node.serialNumber}</Link>
                  </td>
                  <td>{node.model.name}</td>
                  <td>
                    {node.meterReadingDue
                      ? `${format.date(node.meterReadingDue.periodStart)} – ${format.date(node.meterReadingDue.periodEnd)}`
                      : '–'}
                  </td>
                  <td>
                    {node.meterReadingDue ? format.date(node.meterReadingDue.dueDate) : '–'}{' '}
                    {node.meterReadingDue?.overdue ? (
                      <StatusBadge tone="bad">{m.readings.overdue}</StatusBadge>
                    ) : null}
                  </td>
                  <td>
                    {node.latestMeterReading
                      ? format.date(node.latestMeterReading.readingDate)
                      : '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{m.readings.noneDue}</p>
      )}
    </>
  );
}

/** A line of the chosen file before anything is sent: its device, or why it cannot be sent. */
interface PreviewRow {
  row: CsvRow;
  deviceId?: string;
  problem?: string;
}

/**
 * A CSV file of readings: read and previewed line by line (what will be sent, what cannot be),
 * sent only when the user submits, in batches with a progress bar and an answer per line.
 */
function CsvUpload() {
  const { m } = useI18n();
  const client = useClient();
  const [preview, setPreview] = useState<PreviewRow[] | null>(null);
  const [results, setResults] = useState<RowResult[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [running, setRunning] = useState(false);

  async function deviceIds(): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    let after: string | null = null;
    for (;;) {
      const page = await client
        .query(DeviceIdsDocument, { after }, { requestPolicy: 'network-only' })
        .toPromise();
      if (!page.data) throw new Error('devices');
      for (const { node } of page.data.devices.edges) ids.set(node.serialNumber, node.id);
      if (!page.data.devices.pageInfo.hasNextPage) return ids;
      after = page.data.devices.pageInfo.endCursor ?? null;
    }
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setProblem(null);
    setResults([]);
    setProgress(null);
    setPreview(null);
    const parsed = parseReadingsCsv(await file.text());
    if (parsed.badHeader || !parsed.rows.length) {
      setProblem(m.readings.csvBadHeader);
      return;
    }
    try {
      const ids = await deviceIds();
      setPreview(
        parsed.rows.map((row) => {
          const deviceId = ids.get(row.serialNumber);
          if (row.problem === 'value') return { row, problem: m.readings.enterCounter };
          if (row.problem) return { row, problem: m.readings.csvEmpty };
          if (!deviceId) return { row, problem: m.readings.csvUnknownDevice };
          return { row, deviceId };
        }),
      );
    } catch {
      setProblem(m.common.serverError);
    }
  }

  async function submit(lines: PreviewRow[]) {
    setPreview(null);
    setRunning(true);
    const answered: RowResult[] = lines
      .filter((line) => line.problem)
      .map(({ row, problem }) => ({ row, accepted: false, messages: [problem!] }));
    const sendable = lines.filter((line) => line.deviceId) as Required<PreviewRow>[];
    let done = answered.length;
    setProgress({ done, total: lines.length });
    try {
      for (const batch of batches(sendable, BATCH_SIZE)) {
        answered.push(...(await send(batch)));
        done += batch.length;
        setProgress({ done, total: lines.length });
        setResults([...answered].sort((a, b) => a.row.line - b.row.line));
      }
      setResults([...answered].sort((a, b) => a.row.line - b.row.line));
    } catch {
      setProblem(m.common.serverError);
    } finally {
      setRunning(false);
    }
  }

  /** One batch sent; an answer per line, each counter's message naming its counter. */
  async function send(batch: { row: CsvRow; deviceId: string }[]): Promise<RowResult[]> {
    const outcome = await client
      .mutation(BulkDocument, {
        inputs: batch.map(({ row, deviceId }) => ({
          deviceId,
          values: row.values,
          idempotencyKey: crypto.randomUUID(),
        })),
      })
      .toPromise();
    const payload = outcome.data?.submitMeterReadings;
    return batch.map(({ row }, index) => {
      const answer = payload?.results.find((r) => r.index === index);
      if (!answer) return { row, accepted: false, messages: [m.common.serverError] };
      return {
        row,
        accepted: Boolean(answer.meterReading) && !answer.userErrors.length,
        messages: answer.userErrors.map((e) => {
          const meter = row.values[Number(e.field?.[e.field.indexOf('values') + 1])];
          const text = userErrorText(e, m);
          const named = meter ? m.meters[meter.meter] : '';
          return meter && e.field?.includes('values') && !text.includes(named)
            ? `${m.meters[meter.meter]}: ${text}`
            : text;
        }),
      };
    });
  }

  const accepted = results.filter((r) => r.accepted).length;
  const refused = results.length - accepted;
  return (
    <div className="panel">
      <p>{m.readings.csvIntro}</p>
      <pre className="csv-example">
        {'serialNumber;TOTAL;BLACK;COLOUR\nNP1000001;412000;301000;111000'}
      </pre>
      <div className="field">
        <label htmlFor="csv-file">{m.readings.csvFile}</label>
        <input
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          disabled={running}
          onChange={(e) => void choose(e)}
        />
      </div>
      <FormAlert messages={problem ? [problem] : []} />
      {preview ? <CsvPreview lines={preview} onSubmit={(lines) => void submit(lines)} /> : null}
      {progress ? (
        <div className="field">
          <label htmlFor="csv-progress">
            {m.readings.csvProgress(progress.done, progress.total)}
          </label>
          <progress id="csv-progress" max={progress.total} value={progress.done} />
        </div>
      ) : null}
      {!running && results.length ? (
        // A result with refusals is no success: it says so in the warning's colour.
        <div className={`alert alert--${refused ? 'warning' : 'success'}`} role="status">
          {m.readings.csvDone(accepted, refused)}
        </div>
      ) : null}
      {results.length ? <CsvResults results={results} /> : null}
    </div>
  );
}

/** What the chosen file holds, line by line, and the one button that sends it. */
function CsvPreview({
  lines,
  onSubmit,
}: {
  lines: PreviewRow[];
  onSubmit: (lines: PreviewRow[]) => void;
}) {
  const { m, format } = useI18n();
  const ready = lines.filter((line) => line.deviceId).length;
  return (
    <>
      <p role="status">{m.readings.csvPreviewSummary(lines.length, ready)}</p>
      <div className="table-wrap">
        <table aria-label={m.readings.csvPreview}>
          <thead>
            <tr>
              <th scope="col">{m.readings.csvLine}</th>
              <th scope="col">{m.fields.serialNumber}</th>
              <th scope="col">{m.readings.csvCounters}</th>
              <th scope="col">{m.fields.status}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map(({ row, problem }) => (
              <tr key={row.line}>
                <td>{row.line}</td>
                <td>{row.serialNumber || '–'}</td>
                <td>
                  {row.values
                    .map((v) => `${m.meters[v.meter]} ${format.number(v.value)}`)
                    .join(' · ') || '–'}
                </td>
                <td>
                  {problem ? (
                    <>
                      <StatusBadge tone="bad">{m.readings.csvNotSendable}</StatusBadge> {problem}
                    </>
                  ) : (
                    <StatusBadge tone="neutral">{m.readings.csvReady}</StatusBadge>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        className="button"
        disabled={ready === 0}
        onClick={() => onSubmit(lines)}
      >
        {m.readings.csvSubmit(ready)}
      </button>
    </>
  );
}

/** The answer per line after sending. */
function CsvResults({ results }: { results: RowResult[] }) {
  const { m } = useI18n();
  return (
    <div className="table-wrap">
      <table aria-label={m.readings.csvResults}>
        <thead>
          <tr>
            <th scope="col">{m.readings.csvLine}</th>
            <th scope="col">{m.fields.serialNumber}</th>
            <th scope="col">{m.fields.status}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((r) => (
            <tr key={r.row.line}>
              <td>{r.row.line}</td>
              <td>{r.row.serialNumber || '–'}</td>
              <td>
                {r.accepted ? (
                  <StatusBadge tone="ok">{m.readings.csvAccepted}</StatusBadge>
                ) : (
                  <>
                    <StatusBadge tone="bad">{m.readings.csvRefused}</StatusBadge>{' '}
                    {r.messages.join(' ')}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function MeterReadingsPage() {
  const { m } = useI18n();
  const { access } = useSession();
  return (
    <section>
      <PageTitle title={m.readings.title}>{m.readings.title}</PageTitle>
      <p className="lead">{m.readings.intro}</p>
      <section aria-labelledby="readings-due">
        <h2 id="readings-due">{m.readings.dueTitle}</h2>
        <ReadingsDue />
      </section>
      {access.isStaff ? (
        <section aria-labelledby="readings-review">
          <h2 id="readings-review">{m.readings.reviewTitle}</h2>
          <ReadingsToReview />
        </section>
      ) : null}
      <section aria-labelledby="readings-csv">
        <h2 id="readings-csv">{m.readings.csvTitle}</h2>
        <CsvUpload />
      </section>
    </section>
  );
}
