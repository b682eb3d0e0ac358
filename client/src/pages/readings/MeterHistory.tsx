import { graphql } from '../../__generated__';
import { useState } from 'react';
import type {
  CorrectionLineFragment,
  MeterHistoryFragment,
  MeterType,
} from '../../__generated__/graphql';
import { Notice } from '../../components/forms';
import { StatusBadge } from '../../components/page';
import { CorrectReadingForm } from './CorrectReadingForm';
import { useI18n } from '../../i18n/i18n';

graphql(`
  fragment MeterHistory on MeterReading {
    id
    readingDate
    source
    submittedByName
    averagePerDay
    needsReview
    increaseConfirmed
    values {
      meter
      value
      usageSincePrevious
    }
    corrections {
      id
      ...CorrectionLine
    }
  }
`);

graphql(`
  fragment CorrectionLine on MeterReadingCorrection {
    id
    kind
    readingDate
    reason
    correctedByName
    correctedAt
    previousValues {
      meter
      value
    }
  }
`);

/** "Reading of 1 Nov corrected by Anne Agent on 2 Dec: reason (before: Total 1,234)". */
export function CorrectionText({ correction }: { correction: CorrectionLineFragment }) {
  const { m, format } = useI18n();
  const before = correction.previousValues
    .map((v) => `${m.meters[v.meter]} ${format.number(v.value)}`)
    .join(', ');
  return (
    <>
      {m.readings.correctionLine(
        correction.kind,
        format.date(correction.readingDate),
        correction.correctedByName ?? m.readings.serviceCentre,
        format.date(String(correction.correctedAt).slice(0, 10)),
      )}
      : {correction.reason} <span className="muted">({m.readings.was(before)})</span>
    </>
  );
}

const WIDTH = 640;
const HEIGHT = 200;
const PAD = { left: 56, right: 40, top: 12, bottom: 28 };

/**
 * Pages printed between readings (the TOTAL meter, else the first), oldest left: an inline SVG,
 * with each bar's figure in its title and the whole summed up for screen readers.
 */
export function UsageChart({ readings }: { readings: readonly MeterHistoryFragment[] }) {
  const { m, format } = useI18n();
  const points = [...readings]
    .reverse()
    .map((reading) => {
      const value =
        reading.values.find((v) => v.meter === 'TOTAL') ?? reading.values[0] ?? undefined;
      return { day: reading.readingDate, usage: value?.usageSincePrevious ?? null };
    })
    .filter((p): p is { day: string; usage: number } => p.usage !== null);
  if (points.length < 2) return <p className="muted">{m.readings.chartTooFew}</p>;
  const max = Math.max(...points.map((p) => p.usage), 1);
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / points.length;
  const bar = Math.max(4, slot * 0.7);
  const total = points.reduce((sum, p) => sum + p.usage, 0);
  const summary = m.readings.chartSummary(
    points.length,
    format.number(Math.round(total / points.length)),
    format.number(max),
  );
  const ticks = [0, 0.5, 1].map((f) => Math.round(max * f));
  return (
    <figure className="usage-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`${m.readings.chartTitle}. ${summary}`}
        preserveAspectRatio="xMidYMid meet"
      >
        {ticks.map((tick) => {
          const y = PAD.top + plotHeight - (tick / max) * plotHeight;
          return (
            <g key={tick}>
              <line
                x1={PAD.left}
                x2={WIDTH - PAD.right}
                y1={y}
                y2={y}
                className="usage-chart__grid"
              />
              <text x={PAD.left - 6} y={y + 4} textAnchor="end" className="usage-chart__label">
                {format.number(tick)}
              </text>
            </g>
          );
        })}
        {points.map((p, i) => {
          const h = (p.usage / max) * plotHeight;
          const x = PAD.left + i * slot + (slot - bar) / 2;
          const y = PAD.top + plotHeight - h;
          return (
            <g key={p.day}>
              <rect x={x} y={y} width={bar} height={h} className="usage-chart__bar">
                <title>{`${format.date(p.day)}: ${format.number(p.usage)}`}</title>
              </rect>
              {i % Math.ceil(points.length / 6) === 0 ? (
                <text
                  x={x + bar / 2}
                  y={HEIGHT - 8}
                  textAnchor="middle"
                  className="usage-chart__label"
                >
                  {format.date(p.day)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption>
        {m.readings.chartTitle}. {summary}
      </figcaption>
    </figure>
  );
}

/** The device's accepted readings, newest first, with usage since the previous one. */
export function MeterHistoryTable({
  readings,
  meters,
  mayCorrect = false,
  onChanged,
}: {
  readings: readonly MeterHistoryFragment[];
  meters: readonly MeterType[];
  /** A service agent: each row gets a Correct button. */
  mayCorrect?: boolean;
  /** After a correction or void: the device's history is read again. */
  onChanged?: () => void;
}) {
  const { m } = useI18n();
  const [correcting, setCorrecting] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  if (!readings.length) return <p>{m.readings.none}</p>;
  const chosen = readings.find((r) => r.id === correcting);
  return (
    <>
      {notice ? <Notice>{notice}</Notice> : null}
      {chosen ? (
        <CorrectReadingForm
          key={chosen.id}
          reading={chosen}
          meters={meters}
          onDone={(text) => {
            setCorrecting(null);
            setNotice(text);
            if (text) onChanged?.();
          }}
        />
      ) : null}
      <HistoryRows
        readings={readings}
        meters={meters}
        onCorrect={mayCorrect ? (id) => setCorrecting(id) : undefined}
      />
    </>
  );
}

function HistoryRows({
  readings,
  meters,
  onCorrect,
}: {
  readings: readonly MeterHistoryFragment[];
  meters: readonly MeterType[];
  onCorrect?: (id: string) => void;
}) {
  const { m, format } = useI18n();
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{m.readings.date}</th>
            {meters.map((meter) => (
              <th scope="col" key={meter} className="numeric">
                {m.meters[meter]}
              </th>
            ))}
            <th scope="col" className="numeric">
              {m.readings.perDay}
            </th>
            <th scope="col">{m.readings.source}</th>
            {onCorrect ? <th scope="col">{m.readings.correct}</th> : null}
          </tr>
        </thead>
        <tbody>
          {readings.map((reading) => (
            <tr key={reading.id}>
              <td>{format.date(reading.readingDate)}</td>
              {meters.map((meter) => {
                const value = reading.values.find((v) => v.meter === meter);
                return (
                  <td key={meter} className="numeric">
                    {value ? format.number(value.value) : '–'}
                    {value?.usageSincePrevious != null ? (
                      <span className="muted"> (+{format.number(value.usageSincePrevious)})</span>
                    ) : null}
                  </td>
                );
              })}
              <td className="numeric">
                {reading.averagePerDay != null ? format.number(reading.averagePerDay) : '–'}
              </td>
              <td>
                {m.readingSource[reading.source]}
                {reading.submittedByName &&
                reading.submittedByName !== m.readingSource[reading.source] ? (
                  <span className="muted"> · {reading.submittedByName}</span>
                ) : null}
                {reading.needsReview ? (
                  <>
                    {' '}
                    <StatusBadge tone="warn">{m.readings.needsReview}</StatusBadge>
                  </>
                ) : null}
                {reading.corrections.map((c) => (
                  <div key={c.id} className="muted">
                    <CorrectionText correction={c} />
                  </div>
                ))}
              </td>
              {onCorrect ? (
                <td>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={m.readings.correctTitle(format.date(reading.readingDate))}
                    onClick={() => onCorrect(reading.id)}
                  >
                    {m.readings.correct}
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
