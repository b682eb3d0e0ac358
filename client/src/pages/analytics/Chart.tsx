import { useEffect, useRef, type ReactNode } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  colour: string;
  dashed?: boolean;
}

/**
 * A line chart (uPlot, canvas) with its data table beside it: the canvas is a picture for those
 * who see it, the table (always in the page) what a screen reader reads and anyone can copy.
 */
export function Chart({
  title,
  caption,
  days,
  series,
  locale,
  table,
  unit = 'month',
}: {
  title: string;
  caption: string;
  /** The x axis: YYYY-MM-DD of each point. */
  days: string[];
  series: ChartSeries[];
  locale: string;
  table: ReactNode;
  /** What a point is: a month ("Dec 26") or a week (its Monday, "7 Dec"). */
  unit?: 'month' | 'week';
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element || days.length === 0) return;
    const xs = days.map((d) => Date.parse(`${d}T00:00:00Z`) / 1000);
    const label = new Intl.DateTimeFormat(locale, {
      month: 'short',
      year: '2-digit',
      timeZone: 'UTC',
    });
    const number = new Intl.NumberFormat(locale, { notation: 'compact' });
    const plot = new uPlot(
      {
        width: Math.max(element.clientWidth, 320),
        height: 260,
        legend: { show: true },
        scales: { x: { time: true } },
        axes: [
          { values: (_u, ticks) => ticks.map((t) => label.format(new Date(t * 1000))) },
          { values: (_u, ticks) => ticks.map((t) => number.format(t)), size: 60 },
        ],
        series: [
          { label: '' },
          ...series.map((s) => ({
            label: s.label,
            stroke: s.colour,
            width: 2,
            dash: s.dashed ? [6, 4] : undefined,
            points: { show: true },
          })),
        ],
      },
      [xs, ...series.map((s) => s.values)],
      element,
    );
    const resize = new ResizeObserver(() =>
      plot.setSize({ width: Math.max(element.clientWidth, 320), height: 260 }),
    );
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [days, series, locale, unit]);

  return (
    <figure className="chart">
      <figcaption>
        <strong>{title}</strong> <span>{caption}</span>
      </figcaption>
      <div ref={box} className="chart__canvas" role="img" aria-label={`${title}. ${caption}`} />
      {table}
    </figure>
  );
}
