import { BarChart } from 'echarts/charts';
import { GridComponent, MarkAreaComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, MarkAreaComponent, MarkLineComponent, CanvasRenderer]);

export interface WageChartProps {
  /** One bar per job, 元/天 (null: cannot be converted, drawn as a gap). */
  jobs: { label: string; daily: number | null }[];
  expected: number | null;
  band: { p25: number; p75: number } | null;
  labels: { mine: string; market: string };
  /** Text colour, so the chart follows the contrast mode. */
  ink: string;
  title: string;
}

/**
 * The seeker's expectation against each offer and the market band, all in 元/天. The instance lives in
 * a ref (never React state), uses the canvas renderer, does not animate, and is disposed on unmount.
 */
export function WageChart(props: WageChartProps) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current, undefined, { renderer: 'canvas' });
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
  const key = JSON.stringify([props.jobs, props.expected, props.band, props.labels, props.ink]);
  useEffect(() => {
    const [jobs, expected, band, labels, ink] = JSON.parse(key) as [
      WageChartProps['jobs'],
      WageChartProps['expected'],
      WageChartProps['band'],
      WageChartProps['labels'],
      string,
    ];
    chart.current?.setOption(
      {
        animation: false,
        textStyle: { fontSize: 20, color: ink },
        grid: { left: 24, right: 24, top: 24, bottom: 8, containLabel: true },
        xAxis: {
          type: 'value',
          axisLabel: { color: ink, fontSize: 18 },
          splitLine: { lineStyle: { color: '#ccc' } },
        },
        yAxis: {
          type: 'category',
          inverse: true,
          data: jobs.map((j) => j.label),
          axisLabel: { color: ink, fontSize: 20, width: 200, overflow: 'truncate' },
        },
        series: [
          {
            type: 'bar',
            data: jobs.map((j) => j.daily),
            barWidth: 28,
            itemStyle: { color: '#1a5fb4' },
            label: { show: true, position: 'right', color: ink, fontSize: 20, fontWeight: 'bold' },
            markArea: band
              ? {
                  silent: true,
                  itemStyle: { color: 'rgba(31,122,58,0.18)' },
                  label: { color: ink, fontSize: 18, position: 'insideTop' },
                  data: [[{ name: labels.market, xAxis: band.p25 }, { xAxis: band.p75 }]],
                }
              : undefined,
            markLine:
              expected !== null
                ? {
                    silent: true,
                    symbol: 'none',
                    lineStyle: { color: '#c8102e', width: 4, type: 'solid' },
                    label: { color: '#c8102e', fontSize: 20, fontWeight: 'bold', formatter: labels.mine },
                    data: [{ xAxis: expected }],
                  }
                : undefined,
          },
        ],
      },
      true,
    );
  }, [key]);

  return <div ref={el} className="wage-chart" role="img" aria-label={props.title} data-testid="wage-chart" />;
}
