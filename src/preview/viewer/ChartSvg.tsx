import type { JSX } from 'react';
import type { ChartFigure } from './chartGeometry';

const AXIS = '#BFBFBF';
const GRID = '#E6E6E6';
const TEXT = '#595959';
const FONT = "Calibri, Carlito, 'Segoe UI', Arial, sans-serif";

/** A chart's geometry (chartFigure) as SVG: markup only, no layout decisions. */
export function ChartSvg(props: { readonly figure: ChartFigure; readonly id: string }): JSX.Element {
  const { figure: f, id } = props;
  const clip = `cadre-chart-clip-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const { plot } = f;
  return (
    <svg
      width={f.width}
      height={f.height}
      viewBox={`0 0 ${f.width} ${f.height}`}
      role="img"
      aria-label={f.title ?? 'Chart'}
      fontFamily={FONT}
      data-chart-kind={f.kind ?? 'other'}
    >
      <title>{f.title ?? 'Chart'}</title>
      <defs>
        <clipPath id={clip}>
          <rect x={plot.x - 4} y={plot.y - 4} width={plot.width + 8} height={plot.height + 8} />
        </clipPath>
      </defs>
      <rect x={0} y={0} width={f.width} height={f.height} fill="#FFFFFF" />
      {f.title && (
        <text x={f.width / 2} y={20} textAnchor="middle" fontSize={13} fill="#404040">
          {f.title}
        </text>
      )}
      {f.note !== null && (
        <text x={f.width / 2} y={plot.y + plot.height / 2} textAnchor="middle" fontSize={11} fill={TEXT}>
          {f.note}
        </text>
      )}
      {f.kind !== null && f.note === null && (
        <>
          {/* gridlines and value labels */}
          {f.valueTicks.map((t) =>
            f.horizontal ? (
              <g key={`v${t.at}`}>
                <line x1={t.at} x2={t.at} y1={plot.y} y2={plot.y + plot.height} stroke={GRID} />
                <text x={t.at} y={plot.y + plot.height + 12} textAnchor="middle" fontSize={10} fill={TEXT}>
                  {t.label}
                </text>
              </g>
            ) : (
              <g key={`v${t.at}`}>
                <line x1={plot.x} x2={plot.x + plot.width} y1={t.at} y2={t.at} stroke={GRID} />
                <text x={plot.x - 4} y={t.at + 3.5} textAnchor="end" fontSize={10} fill={TEXT}>
                  {t.label}
                </text>
              </g>
            ),
          )}
          {/* the category axis and its labels */}
          {f.horizontal ? (
            <line x1={f.baseline ?? plot.x} x2={f.baseline ?? plot.x} y1={plot.y} y2={plot.y + plot.height} stroke={AXIS} />
          ) : (
            <line x1={plot.x} x2={plot.x + plot.width} y1={f.baseline ?? plot.y + plot.height} y2={f.baseline ?? plot.y + plot.height} stroke={AXIS} />
          )}
          {f.categoryTicks.map((t, i) =>
            f.horizontal ? (
              <text key={`c${i}`} x={plot.x - 4} y={t.at + 3.5} textAnchor="end" fontSize={10} fill={TEXT}>
                {t.label}
                {t.label !== t.full && <title>{t.full}</title>}
              </text>
            ) : (
              <text key={`c${i}`} x={t.at} y={plot.y + plot.height + 12} textAnchor="middle" fontSize={10} fill={TEXT}>
                {t.label}
                {t.label !== t.full && <title>{t.full}</title>}
              </text>
            ),
          )}
          {/* axis titles */}
          {(f.horizontal ? f.categoryTitle : f.valueTitle) && (
            <text x={12} y={plot.y + plot.height / 2} textAnchor="middle" fontSize={10} fill={TEXT} transform={`rotate(-90 12 ${plot.y + plot.height / 2})`}>
              {f.horizontal ? f.categoryTitle : f.valueTitle}
            </text>
          )}
          {(f.horizontal ? f.valueTitle : f.categoryTitle) && (
            <text x={plot.x + plot.width / 2} y={plot.y + plot.height + 26} textAnchor="middle" fontSize={10} fill={TEXT}>
              {f.horizontal ? f.valueTitle : f.categoryTitle}
            </text>
          )}
          {/* the data */}
          <g clipPath={`url(#${clip})`}>
            {f.marks.map((m, i) => {
              if (m.kind === 'rect') {
                return (
                  <rect key={i} x={m.x} y={m.y} width={m.width} height={m.height} fill={m.fill} data-series={m.series}>
                    <title>{m.label}</title>
                  </rect>
                );
              }
              if (m.kind === 'path') {
                return <path key={i} d={m.d} fill="none" stroke={m.stroke} strokeWidth={2} strokeDasharray={m.dash ? '6 4' : undefined} strokeLinejoin="round" data-series={m.series} />;
              }
              return (
                <circle key={i} cx={m.cx} cy={m.cy} r={m.r} fill={m.fill} data-series={m.series}>
                  <title>{m.label}</title>
                </circle>
              );
            })}
          </g>
          {/* the legend */}
          {f.legend.map((l, i) => (
            <g key={`l${i}`}>
              {l.swatch === 'box' && <rect x={l.x} y={l.y - 4} width={8} height={8} fill={l.color} />}
              {l.swatch === 'line' && <line x1={l.x - 2} x2={l.x + 14} y1={l.y} y2={l.y} stroke={l.color} strokeWidth={2} strokeDasharray={l.dash ? '4 2' : undefined} />}
              {l.swatch === 'marker' && <circle cx={l.x + 6} cy={l.y} r={3.5} fill={l.color} />}
              <text x={l.x + 20} y={l.y + 3.5} fontSize={10} fill={TEXT}>
                {l.name}
              </text>
            </g>
          ))}
        </>
      )}
    </svg>
  );
}
