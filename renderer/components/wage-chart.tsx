import { BarChart } from 'echarts/charts';
import { GridComponent, MarkAreaComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, MarkAreaComponent, MarkLineComponent, SVGRenderer]);

export interface WageChartProps {
  /** One bar per job, 元/天 (null: cannot be converted, drawn as a gap); labels already told apart. */
  jobs: { label: string; daily: number | null }[];
  expected: number | null;
  band: { p25: number; p75: number } | null;
  /** The key's words, each with its figure ("我的期望 140 元/天", "一般行情 134–148 元/天"). */
  labels: { mine: string; market: string };
  /** Text colour, so the chart follows the contrast mode. */
  ink: string;
  /** The card's background: value labels sit on it, so the red line passes behind them. */
  paper: string;
  title: string;
}

/** Height of one bar's row and of the axis below them, px: the chart is as tall as its bars. */
const ROW = 46;
const AXIS = 44;

/**
 * The seeker's expectation against each offer and the market band, all in 元/天. What the red line
 * and the green band are is said in a key above the chart, never on it, so no word covers a bar's
 * value or the axis; the axis reaches past the longest bar by enough for its value. The instance
 * lives in a ref (never React state), draws SVG (its words are elements a test can measure), does
 * not animate, and is disposed on unmount.
 */
export function WageChart(props: WageChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current, undefined, { renderer: 'svg' });
    chart.current = c;
    const onResize = () => c.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      c.dispose();
      chart.current = null;
    };
  }, []);

  // setOption only when the figures change, never on every render (ECharts leaks under churn).
  const key = JSON.stringify([props.jobs, props.expected, props.band, props.ink, props.paper]);
  useEffect(() => {
    const [jobs, expected, band, ink, paper] = JSON.parse(key) as [
      WageChartProps['jobs'],
      WageChartProps['expected'],
      WageChartProps['band'],
      string,
      string,
    ];
    const c = chart.current;
    if (!c) return;
    // The box took its height from the bars (style below) in this render.
    c.resize();
    const top = Math.max(expected ?? 0, band?.p75 ?? 0, ...jobs.map((j) => j.daily ?? 0));
    // Room past the longest bar for its value ("260" at 20px bold is about 40px of some 700).
    const step = top > 400 ? 100 : 50;
    const max = Math.ceil((top * 1.12) / step) * step;
    c.setOption(
      {
        animation: false,
        textStyle: { fontSize: 20, color: ink },
        grid: { left: 8, right: 16, top: 8, bottom: 4, containLabel: true },
        xAxis: {
          type: 'value',
          min: 0,
          max,
          interval: step,
          axisLabel: { color: ink, fontSize: 18 },
          splitLine: { lineStyle: { color: '#ccc' } },
        },
        yAxis: {
          type: 'category',
          inverse: true,
          data: jobs.map((j) => j.label),
          axisTick: { show: false },
          axisLabel: { color: ink, fontSize: 20, width: 260, overflow: 'truncate' },
        },
        series: [
          {
            type: 'bar',
            data: jobs.map((j) => j.daily),
            barWidth: 26,
            itemStyle: { color: '#1a5fb4' },
            label: {
              show: true,
              position: 'right',
              distance: 6,
              color: ink,
              fontSize: 20,
              fontWeight: 'bold',
              backgroundColor: paper,
              padding: [1, 4],
            },
            markArea: band
              ? {
                  silent: true,
                  itemStyle: { color: 'rgba(31,122,58,0.22)' },
                  label: { show: false },
                  data: [[{ xAxis: band.p25 }, { xAxis: band.p75 }]],
                }
              : undefined,
            markLine:
              expected !== null
                ? {
                    silent: true,
                    // With the bars, not over them: each bar's value is drawn over the line.
                    z: 2,
                    symbol: 'none',
                    lineStyle: { color: '#c8102e', width: 4, type: 'solid' },
                    label: { show: false },
                    data: [{ xAxis: expected }],
                  }
                : undefined,
          },
        ],
      },
      true,
    );
  }, [key]);

  const { labels, expected, band } = props;
  return (
    <>
      {(expected !== null || band) && (
        <ul className="wage-key" data-testid="wage-key">
          {expected !== null && (
            <li data-testid="wage-key-mine">
              <span className="swatch mine" aria-hidden="true" />
              {labels.mine}
            </li>
          )}
          {band && (
            <li data-testid="wage-key-market">
              <span className="swatch market" aria-hidden="true" />
              {labels.market}
            </li>
          )}
        </ul>
      )}
      <div
        ref={el}
        className="wage-chart"
        style={{ height: props.jobs.length * ROW + AXIS }}
        role="img"
        aria-label={props.title}
        data-testid="wage-chart"
      />
    </>
  );
}
