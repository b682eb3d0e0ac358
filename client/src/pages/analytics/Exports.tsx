import { useEffect, useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../__generated__';
import type { ExportFormat } from '../../__generated__/graphql';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/i18n';
import { userErrorText } from '../../i18n/user-errors';

const ExportReadingsDocument = graphql(`
  mutation ExportReadings($input: MeterReadingExportInput!) {
    exportMeterReadings(input: $input) {
      exportJob {
        ...ExportJobFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
const ExportDevicesDocument = graphql(`
  mutation ExportDevices($input: DeviceExportInput!) {
    exportDevices(input: $input) {
      exportJob {
        ...ExportJobFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
const ExportOrdersDocument = graphql(`
  mutation ExportOrders($input: ServiceOrderExportInput!) {
    exportServiceOrders(input: $input) {
      exportJob {
        ...ExportJobFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
const ExportShipmentsDocument = graphql(`
  mutation ExportShipments($input: ShipmentExportInput!) {
    exportShipments(input: $input) {
      exportJob {
        ...ExportJobFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
const RequestStatementDocument = graphql(`
  mutation RequestStatement($input: MeterUsageStatementInput!) {
    requestMeterUsageStatement(input: $input) {
      exportJob {
        ...ExportJobFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
graphql(`
  fragment ExportJobFields on ExportJob {
    id
    status
    rowsWritten
    rowsTotal
    progress
    downloadUrl
  }
`);
const FollowExportDocument = graphql(`
  query FollowExport(
    $id: ID!
    $readings: Boolean!
    $devices: Boolean!
    $orders: Boolean!
    $shipments: Boolean!
  ) {
    meterReadingExport(id: $id) @include(if: $readings) {
      ...ExportJobFields
    }
    deviceExport(id: $id) @include(if: $devices) {
      ...ExportJobFields
    }
    serviceOrderExport(id: $id) @include(if: $orders) {
      ...ExportJobFields
    }
    shipmentExport(id: $id) @include(if: $shipments) {
      ...ExportJobFields
    }
  }
`);

type Kind = 'readings' | 'devices' | 'orders' | 'shipments' | 'statement';
interface Job {
  id: string;
  status: string;
  rowsWritten: number;
  rowsTotal?: number | null;
  progress: number;
  downloadUrl?: string | null;
}
/** How often a running export is asked about; a link is renewed before its 5 minutes end. */
const POLL_MS = 1000;
const RENEW_LINK_MS = 4 * 60_000;

/** Files of the period's figures, written in the background: progress, then a link. */
export function Exports({ from, to }: { from: string; to: string }) {
  const { m } = useI18n();
  const { access } = useSession();
  // Offered on the accounts the caller administers (the service centre asks through the API).
  const administered = access.canRequestUsageStatements ? access.administeredAccounts : [];
  const kinds: Kind[] = [];
  if (access.canSeeMeterReadings) kinds.push('readings');
  if (access.canSeeDevices) kinds.push('devices');
  if (access.canUseServiceOrders && !access.isTechnician) kinds.push('orders');
  if (access.canSeeStock) kinds.push('shipments');
  if (administered.length) kinds.push('statement');
  if (kinds.length === 0) return null;
  return (
    <section aria-labelledby="exports-title">
      <h2 id="exports-title">{m.analytics.exports.title}</h2>
      <p>{m.analytics.exports.intro}</p>
      <ul className="exports">
        {kinds.map((kind) => (
          <ExportRow key={kind} kind={kind} from={from} to={to} accounts={administered} />
        ))}
      </ul>
    </section>
  );
}

interface AccountChoice {
  id: string;
  name: string;
  customerAccountNumber: string;
}

function ExportRow({
  kind,
  from,
  to,
  accounts,
}: {
  kind: Kind;
  from: string;
  to: string;
  accounts: AccountChoice[];
}) {
  const { m, format: fmt } = useI18n();
  const e = m.analytics.exports;
  const formatId = useId();
  const [format, setFormat] = useState<ExportFormat>(kind === 'statement' ? 'PDF' : 'XLSX');
  const [account, setAccount] = useState(accounts[0]?.id ?? '');
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asking, ask] = useRequest(kind);
  const [{ data }, refetch] = useQuery({
    query: FollowExportDocument,
    variables: {
      id: jobId ?? '',
      readings: kind === 'readings' || kind === 'statement',
      devices: kind === 'devices',
      orders: kind === 'orders',
      shipments: kind === 'shipments',
    },
    pause: !jobId,
    requestPolicy: 'network-only',
  });
  const job: Job | null | undefined =
    data?.meterReadingExport ??
    data?.deviceExport ??
    data?.serviceOrderExport ??
    data?.shipmentExport;
  const running = job?.status === 'QUEUED' || job?.status === 'RUNNING';
  useEffect(() => {
    if (!job || (!running && job.status !== 'DONE')) return;
    const timer = setTimeout(
      () => refetch({ requestPolicy: 'network-only' }),
      running ? POLL_MS : RENEW_LINK_MS,
    );
    return () => clearTimeout(timer);
  }, [job, running, refetch]);

  async function start() {
    setError(null);
    const outcome = await ask(format, from, to, account);
    if (outcome.job) setJobId(outcome.job.id);
    else setError(outcome.error ? userErrorText(outcome.error, m) : m.common.serverError);
  }

  const label = e.kinds[kind];
  return (
    <li className="exports__row">
      <span className="exports__label">{label}</span>
      {kind === 'statement' ? (
        <>
          <label htmlFor={formatId}>{e.account}</label>
          <select
            id={formatId}
            value={account}
            onChange={(event) => setAccount(event.target.value)}
          >
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.customerAccountNumber})
              </option>
            ))}
          </select>
        </>
      ) : (
        <>
          <label htmlFor={formatId}>{e.format}</label>
          <select
            id={formatId}
            value={format}
            onChange={(event) => setFormat(event.target.value as ExportFormat)}
          >
            <option value="XLSX">{e.xlsx}</option>
            <option value="CSV">{e.csv}</option>
          </select>
        </>
      )}
      <button
        type="button"
        className="button button--secondary"
        disabled={asking || running}
        onClick={() => void start()}
      >
        {e.start(label)}
      </button>
      {job && running ? (
        <span role="status">
          <progress value={job.progress} max={1} aria-label={e.progress(label)} />{' '}
          {job.rowsTotal === null || job.rowsTotal === undefined
            ? e.queued
            : e.rows(fmt.number(job.rowsWritten), fmt.number(job.rowsTotal))}
        </span>
      ) : null}
      {job?.status === 'DONE' && job.downloadUrl ? (
        <span role="status">
          <a href={job.downloadUrl} download>
            {e.download(label, fmt.number(job.rowsWritten))}
          </a>
        </span>
      ) : null}
      {job?.status === 'FAILED' ? <span role="alert">{e.failed}</span> : null}
      {error ? <span role="alert">{error}</span> : null}
    </li>
  );
}

type Refusal = { code: string; field?: readonly string[] | null; message: string };
type Asked = { job: Job | null; error: Refusal | null };

/** The mutation of the kind, answering the job or the first refusal. */
function useRequest(
  kind: Kind,
): [
  boolean,
  (format: ExportFormat, from: string, to: string, accountId: string) => Promise<Asked>,
] {
  const [readings, readingsExport] = useMutation(ExportReadingsDocument);
  const [devices, devicesExport] = useMutation(ExportDevicesDocument);
  const [orders, ordersExport] = useMutation(ExportOrdersDocument);
  const [shipments, shipmentsExport] = useMutation(ExportShipmentsDocument);
  const [statement, requestStatement] = useMutation(RequestStatementDocument);
  const answer = (payload?: { exportJob?: Job | null; userErrors: Refusal[] } | null): Asked => ({
    job: payload?.exportJob ?? null,
    error: payload?.userErrors[0] ?? null,
  });
  const fetching = { readings, devices, orders, shipments, statement }[kind].fetching;
  return [
    fetching,
    async (format, from, to, accountId) => {
      switch (kind) {
        case 'readings':
          return answer(
            (await readingsExport({ input: { format, from, to } })).data?.exportMeterReadings,
          );
        case 'devices':
          // The devices as they are now: no period.
          return answer((await devicesExport({ input: { format } })).data?.exportDevices);
        case 'orders':
          return answer(
            (await ordersExport({ input: { format, from, to } })).data?.exportServiceOrders,
          );
        case 'statement':
          return answer(
            (await requestStatement({ input: { accountId, from, to } })).data
              ?.requestMeterUsageStatement,
          );
        case 'shipments':
          return answer(
            (await shipmentsExport({ input: { format, from, to } })).data?.exportShipments,
          );
      }
    },
  ];
}
