import type { ComponentChildren } from 'preact';
import { type Column, DataTable } from './table.tsx';

/**
 * A horizontal bar chart drawn in SVG (no chart library: a few rectangles and labels), with its figures in
 * a table beside it for whoever does not read the picture: the SVG is one image named by its title, and
 * its description says every bar in words; the table below it holds the same numbers. Each row may have
 * several parts (on time and late, published and declined), stacked in the order of `series`.
 */
export type ChartSeries = { name: string; tone: 'brand' | 'success' | 'danger' | 'warning' };
export type ChartRow = { key: string; label: string; values: readonly number[] };

const tones: Record<ChartSeries['tone'], string> = {
  brand: '#0b4a84',
  success: '#1f6b35',
  danger: '#a11a1a',
  warning: '#9a5d00',
};

const WIDTH = 640;
const LABEL = 210;
const VALUE = 64;
const ROW = 30;
const BAR = 18;

const shortened = (label: string, max = 30) => (label.length > max ? `${label.slice(0, max - 1)}…` : label);

export function BarChart(props: {
  id: string;
  title: string;
  series: readonly ChartSeries[];
  rows: readonly ChartRow[];
  /** The first column's heading in the table (what a row is: category, agency, month). */
  rowHeading: string;
  /** Shown instead of the chart when every value is zero. */
  empty: string;
  format: (value: number) => string;
  /** Extra cells after the series' values in each row of the table (e.g. an average). */
  extraColumns?: readonly Column[];
  extraCells?: (row: ChartRow) => ComponentChildren;
}) {
  const totals = props.rows.map((row) => row.values.reduce((sum, value) => sum + value, 0));
  const largest = Math.max(0, ...totals);
  const scale = largest === 0 ? 0 : (WIDTH - LABEL - VALUE) / largest;
  const height = Math.max(1, props.rows.length) * ROW + 8;
  const titleId = `${props.id}-title`;
  const descId = `${props.id}-desc`;
  const description = props.rows
    .map((row, index) => {
      const parts =
        props.series.length > 1
          ? ` (${props.series.map((series, part) => `${series.name} ${props.format(row.values[part] ?? 0)}`).join(', ')})`
          : '';
      return `${row.label}: ${props.format(totals[index] ?? 0)}${parts}`;
    })
    .join('; ');
  return (
    <figure class="chart" aria-labelledby={titleId}>
      <figcaption id={titleId} class="chart-title">
        {props.title}
      </figcaption>
      {props.series.length > 1 ? (
        <ul class="chart-legend">
          {props.series.map((series) => (
            <li key={series.name}>
              <span class="chart-swatch" style={{ background: tones[series.tone] }} aria-hidden="true" />
              {series.name}
            </li>
          ))}
        </ul>
      ) : null}
      {largest === 0 ? (
        <p class="empty">{props.empty}</p>
      ) : (
        <svg
          class="chart-svg"
          viewBox={`0 0 ${WIDTH} ${height}`}
          role="img"
          aria-labelledby={`${props.id}-svg-title ${descId}`}
          data-testid={`${props.id}-chart`}
        >
          <title id={`${props.id}-svg-title`}>{props.title}</title>
          <desc id={descId}>{description}</desc>
          {props.rows.map((row, index) => {
            const y = index * ROW + 4;
            let x = LABEL;
            return (
              <g key={row.key} data-bar={row.key}>
                <text x={LABEL - 8} y={y + BAR - 4} text-anchor="end" class="chart-label">
                  {shortened(row.label)}
                </text>
                {row.values.map((value, part) => {
                  const width = value * scale;
                  const rect = (
                    <rect
                      key={props.series[part]?.name ?? part}
                      x={x}
                      y={y}
                      width={width}
                      height={BAR}
                      fill={tones[props.series[part]?.tone ?? 'brand']}
                    />
                  );
                  x += width;
                  return rect;
                })}
                <text x={x + 6} y={y + BAR - 4} class="chart-value">
                  {props.format(totals[index] ?? 0)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <DataTable
        caption={props.title}
        columns={[
          props.rowHeading,
          ...props.series.map((series) => series.name),
          ...(props.extraColumns ?? []),
        ]}
      >
        {props.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {props.series.map((series, part) => (
              <td key={series.name}>{props.format(row.values[part] ?? 0)}</td>
            ))}
            {props.extraCells?.(row)}
          </tr>
        ))}
      </DataTable>
    </figure>
  );
}
