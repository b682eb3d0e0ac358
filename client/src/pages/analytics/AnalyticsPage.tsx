import { useMemo, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../__generated__';
import type { AnalyticsQuery } from '../../__generated__/graphql';
import { useSession } from '../../app/session';
import { Loading, PageTitle, RequestError } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { Chart, type ChartSeries } from './Chart';
import { Exports } from './Exports';
import './analytics.css';

const AnalyticsDocument = graphql(`
  query Analytics(
    $from: Date!
    $weeksFrom: Date!
    $to: Date!
    $readings: Boolean!
    $orders: Boolean!
    $stock: Boolean!
    $staff: Boolean!
  ) {
    printVolume(from: $from, to: $to) @include(if: $readings) {
      months {
        month
        total
        mono
        colour
        previousYearTotal
        reportingDevices
      }
      topDevices(first: 10) {
        device {
          id
        }
        serialNumber
        modelName
        total
        mono
        colour
      }
      idleDevices(first: 20) {
        device {
          id
        }
        serialNumber
        modelName
      }
      devicesNotReporting(days: 45, first: 20) {
        device {
          id
        }
        serialNumber
        modelName
        lastReadingDate
      }
    }
    meterReadingsMissing(from: $from, to: $to) @include(if: $staff) {
      month
      owing
      missing
    }
    serviceOrderAnalytics(from: $weeksFrom, to: $to) @include(if: $orders) {
      weeks {
        start
        submitted
        due
        respondedOnTime
        respondedLate
        overdue
        compliance
        backlog
      }
      accounts(first: 20) @include(if: $staff) {
        account {
          id
          name
          customerAccountNumber
        }
        due
        respondedOnTime
        respondedLate
        overdue
        compliance
      }
    }
    replenishmentAnalytics(from: $from, to: $to) @include(if: $stock) {
      months {
        month
        shipments
        unitsOrdered
        unitsDelivered
      }
      locations(first: 20) {
        stockLocation {
          id
          name
        }
        shipments
        unitsOrdered
        unitsDelivered
      }
    }
  }
`);

const COLOURS = { mono: '#1f2937', colour: '#c8102e', previous: '#6b7280', other: '#2563eb' };

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The twelve months up to today, and the twelve weeks up to today for response times. */
function period() {
  const now = new Date();
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  const weeksFrom = new Date(now.getTime() - 83 * 86_400_000);
  return { from: isoDay(from), weeksFrom: isoDay(weeksFrom), to: isoDay(now) };
}

/** Customers' and the service centre's figures, each chart with its data table. */
export default function AnalyticsPage() {
  const { m, format } = useI18n();
  const { access } = useSession();
  const days = useMemo(() => period(), []);
  const [{ data, fetching, error }] = useQuery({
    query: AnalyticsDocument,
    variables: {
      ...days,
      readings: access.canSeeMeterReadings,
      orders: access.canUseServiceOrders && !access.isTechnician,
      stock: access.canSeeStock,
      staff: access.isStaff,
    },
  });
  const a = m.analytics;
  return (
    <section className="analytics">
      <PageTitle title={a.title}>{a.title}</PageTitle>
      <p>{a.intro(format.date(days.from), format.date(days.to))}</p>
      {error ? <RequestError error={error} /> : null}
      {fetching && !data ? <Loading /> : null}
      {data ? <Figures data={data} /> : null}
      <Exports from={days.from} to={days.to} />
    </section>
  );
}

function Figures({ data }: { data: AnalyticsQuery }) {
  return (
    <>
      {data.printVolume ? <Volume volume={data.printVolume} /> : null}
      {data.serviceOrderAnalytics ? <ResponseTimes sla={data.serviceOrderAnalytics} /> : null}
      {data.meterReadingsMissing ? <MissingReadings periods={data.meterReadingsMissing} /> : null}
      {data.replenishmentAnalytics ? (
        <Replenishment replenishment={data.replenishmentAnalytics} />
      ) : null}
    </>
  );
}

type VolumeData = NonNullable<AnalyticsQuery['printVolume']>;

function Volume({ volume }: { volume: VolumeData }) {
  const { m, format, locale } = useI18n();
  const a = m.analytics;
  const month = useMonth();
  const series: ChartSeries[] = useMemo(
    () => [
      { label: a.volume.mono, values: volume.months.map((x) => x.mono), colour: COLOURS.mono },
      {
        label: a.volume.colour,
        values: volume.months.map((x) => x.colour),
        colour: COLOURS.colour,
      },
      {
        label: a.volume.previousYear,
        values: volume.months.map((x) => x.previousYearTotal),
        colour: COLOURS.previous,
        dashed: true,
      },
    ],
    [volume, a],
  );
  return (
    <>
      <h2>{a.volume.title}</h2>
      <Chart
        title={a.volume.title}
        caption={a.volume.caption}
        days={volume.months.map((x) => x.month)}
        series={series}
        locale={locale}
        table={
          <DataTable
            caption={`${a.table}: ${a.volume.title}`}
            head={[
              a.month,
              a.volume.mono,
              a.volume.colour,
              a.volume.total,
              a.volume.previousYear,
              a.volume.devices,
            ]}
            rows={volume.months.map((x) => [
              month(x.month),
              format.number(x.mono),
              format.number(x.colour),
              format.number(x.total),
              format.number(x.previousYearTotal),
              format.number(x.reportingDevices),
            ])}
          />
        }
      />
      <h2>{a.top.title}</h2>
      <DataTable
        caption={a.top.title}
        head={[a.device, a.model, a.volume.mono, a.volume.colour, a.top.pages]}
        rows={volume.topDevices.map((d) => [
          d.serialNumber,
          d.modelName,
          format.number(d.mono),
          format.number(d.colour),
          format.number(d.total),
        ])}
      />
      <h2>{a.idle.title}</h2>
      <p>{a.idle.intro}</p>
      <DataTable
        caption={a.idle.title}
        head={[a.device, a.model]}
        rows={volume.idleDevices.map((d) => [d.serialNumber, d.modelName])}
      />
      <h2>{a.silent.title}</h2>
      <p>{a.silent.intro}</p>
      <DataTable
        caption={a.silent.title}
        head={[a.device, a.model, a.silent.last]}
        rows={volume.devicesNotReporting.map((d) => [
          d.serialNumber,
          d.modelName,
          d.lastReadingDate ? format.date(d.lastReadingDate) : a.silent.never,
        ])}
      />
    </>
  );
}

type SlaData = NonNullable<AnalyticsQuery['serviceOrderAnalytics']>;

function ResponseTimes({ sla }: { sla: SlaData }) {
  const { m, format, locale } = useI18n();
  const a = m.analytics;
  const percent = (value: number | null | undefined) =>
    value === null || value === undefined ? '–' : format.number(Math.round(value * 1000) / 10);
  const series: ChartSeries[] = useMemo(
    () => [
      {
        label: a.sla.compliance,
        values: sla.weeks.map((w) =>
          w.compliance === null || w.compliance === undefined ? null : w.compliance * 100,
        ),
        colour: COLOURS.other,
      },
      {
        label: a.sla.backlog,
        values: sla.weeks.map((w) => w.backlog),
        colour: COLOURS.previous,
        dashed: true,
      },
    ],
    [sla, a],
  );
  return (
    <>
      <h2>{a.sla.title}</h2>
      <Chart
        title={a.sla.title}
        caption={a.sla.caption}
        days={sla.weeks.map((w) => w.start)}
        unit="week"
        series={series}
        locale={locale}
        table={
          <DataTable
            caption={`${a.table}: ${a.sla.title}`}
            head={[
              a.week,
              a.sla.submitted,
              a.sla.due,
              a.sla.onTime,
              a.sla.late,
              a.sla.overdue,
              a.sla.compliance,
              a.sla.backlog,
            ]}
            rows={sla.weeks.map((w) => [
              format.date(w.start),
              format.number(w.submitted),
              format.number(w.due),
              format.number(w.respondedOnTime),
              format.number(w.respondedLate),
              format.number(w.overdue),
              percent(w.compliance),
              format.number(w.backlog),
            ])}
          />
        }
      />
      {sla.accounts ? (
        <>
          <h2>{a.accounts.title}</h2>
          <DataTable
            caption={a.accounts.title}
            head={[a.account, a.sla.due, a.sla.onTime, a.sla.late, a.sla.overdue, a.sla.compliance]}
            rows={sla.accounts.map((x) => [
              x.account.name
                ? `${x.account.name} (${x.account.customerAccountNumber})`
                : x.account.id,
              format.number(x.due),
              format.number(x.respondedOnTime),
              format.number(x.respondedLate),
              format.number(x.overdue),
              percent(x.compliance),
            ])}
          />
        </>
      ) : null}
    </>
  );
}

function MissingReadings({
  periods,
}: {
  periods: NonNullable<AnalyticsQuery['meterReadingsMissing']>;
}) {
  const { m, format, locale } = useI18n();
  const a = m.analytics;
  const month = useMonth();
  const series: ChartSeries[] = useMemo(
    () => [
      { label: a.missing.owing, values: periods.map((p) => p.owing), colour: COLOURS.previous },
      { label: a.missing.missing, values: periods.map((p) => p.missing), colour: COLOURS.colour },
    ],
    [periods, a],
  );
  return (
    <>
      <h2>{a.missing.title}</h2>
      <Chart
        title={a.missing.title}
        caption={a.missing.caption}
        days={periods.map((p) => p.month)}
        series={series}
        locale={locale}
        table={
          <DataTable
            caption={`${a.table}: ${a.missing.title}`}
            head={[a.month, a.missing.owing, a.missing.missing]}
            rows={periods.map((p) => [
              month(p.month),
              format.number(p.owing),
              format.number(p.missing),
            ])}
          />
        }
      />
    </>
  );
}

type TonerData = NonNullable<AnalyticsQuery['replenishmentAnalytics']>;

function Replenishment({ replenishment }: { replenishment: TonerData }) {
  const { m, format, locale } = useI18n();
  const a = m.analytics;
  const month = useMonth();
  const series: ChartSeries[] = useMemo(
    () => [
      {
        label: a.toner.ordered,
        values: replenishment.months.map((x) => x.unitsOrdered),
        colour: COLOURS.other,
      },
      {
        label: a.toner.delivered,
        values: replenishment.months.map((x) => x.unitsDelivered),
        colour: COLOURS.mono,
      },
    ],
    [replenishment, a],
  );
  return (
    <>
      <h2>{a.toner.title}</h2>
      <Chart
        title={a.toner.title}
        caption={a.toner.caption}
        days={replenishment.months.map((x) => x.month)}
        series={series}
        locale={locale}
        table={
          <DataTable
            caption={`${a.table}: ${a.toner.title}`}
            head={[a.month, a.toner.shipments, a.toner.ordered, a.toner.delivered]}
            rows={replenishment.months.map((x) => [
              month(x.month),
              format.number(x.shipments),
              format.number(x.unitsOrdered),
              format.number(x.unitsDelivered),
            ])}
          />
        }
      />
      <h2>{a.toner.perLocation}</h2>
      <DataTable
        caption={a.toner.perLocation}
        head={[a.location, a.toner.shipments, a.toner.ordered, a.toner.delivered]}
        rows={replenishment.locations.map((x) => [
          x.stockLocation.name,
          format.number(x.shipments),
          format.number(x.unitsOrdered),
          format.number(x.unitsDelivered),
        ])}
      />
    </>
  );
}

/** "Dec 2026" / "dec. 2026" in the user's language. */
function useMonth(): (day: string) => string {
  const { locale } = useI18n();
  return useMemo(() => {
    const f = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    return (day: string) => f.format(new Date(`${day}T00:00:00Z`));
  }, [locale]);
}

function DataTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string[];
  rows: ReactNode[][];
}) {
  const { m } = useI18n();
  if (rows.length === 0) return <p>{m.analytics.none}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
