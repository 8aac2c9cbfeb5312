import { theme } from 'antd';
import { formatPoints } from '@/lib/schemes/schemeFormat';

export interface Bar {
  label: string;
  /** Null for a period not scored (a month under exemption). */
  value: number | null;
  /** Said instead of a value when there is none. */
  note?: string;
}

const slot = 32;
const chartHeight = 96;
const top = 20;
const bottom = 22;

/** A small bar chart in plain SVG: one bar per period, its score above, its name below. */
export function PeriodBars({ bars, title, testId }: { bars: readonly Bar[]; title: string; testId: string }) {
  const { token } = theme.useToken();
  const max = Math.max(100, ...bars.map((bar) => bar.value ?? 0));
  const width = bars.length * slot;
  const height = top + chartHeight + bottom;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={title}
      data-testid={testId}
      style={{ width: '100%', maxWidth: Math.max(width * 1.2, 240), height: 'auto', display: 'block' }}
    >
      <line x1={0} x2={width} y1={top + chartHeight} y2={top + chartHeight} stroke={token.colorBorder} />
      {bars.map((bar, i) => {
        const x = i * slot;
        const barHeight = bar.value === null ? 0 : (Math.max(bar.value, 0) / max) * chartHeight;
        const y = top + chartHeight - barHeight;
        return (
          <g key={bar.label}>
            <title>{`${bar.label} ${bar.value === null ? (bar.note ?? '') : formatPoints(bar.value)}`}</title>
            {bar.value !== null && (
              <rect
                x={x + 6}
                y={y}
                width={slot - 12}
                height={barHeight}
                rx={2}
                fill={token.colorPrimary}
                opacity={0.85}
              />
            )}
            <text
              x={x + slot / 2}
              y={bar.value === null ? top + chartHeight - 4 : y - 4}
              textAnchor="middle"
              fontSize={12}
              fill={bar.value === null ? token.colorTextTertiary : token.colorText}
            >
              {bar.value === null ? (bar.note ?? '') : formatPoints(bar.value)}
            </text>
            <text x={x + slot / 2} y={height - 6} textAnchor="middle" fontSize={12} fill={token.colorTextSecondary}>
              {bar.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
