import { BarChart, CustomChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { WageRow } from '../../electron/api';
import { wageCompareOption, type WageCompareLabels, type WageTheme } from './wage-compare-option';

echarts.use([BarChart, CustomChart, GridComponent, LegendComponent, CanvasRenderer]);

type Figures = [WageRow[], WageCompareLabels, WageTheme];

function drawInto(node: HTMLElement | null, c: echarts.ECharts | null, figures: Figures | null): void {
  if (!node || !c || !figures) return;
  const [rows, labels, theme] = figures;
  const font = parseFloat(getComputedStyle(node).fontSize) || 20;
  c.setOption(wageCompareOption(rows, labels, font, theme), true);
}

/**
 * The hall's wage comparison. As with the kiosk's chart: the instance lives in a ref (never React
 * state), the canvas renderer, no animation, setOption only when the figures change, dispose on
 * unmount. Type sizes follow the panel's font size, so 1080p and 4K both read from across the hall.
 */
export function WageCompareChart(props: {
  rows: WageRow[];
  labels: WageCompareLabels;
  title: string;
  theme: WageTheme;
}) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const shown = useRef<Figures | null>(null);

  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    const node = el.current;
    const onResize = () => {
      c.resize();
      drawInto(node, c, shown.current);
    };
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      c.dispose();
      chart.current = null;
    };
  }, []);

  // setOption only when the figures change, never on every render (ECharts leaks under churn).
  const key = JSON.stringify([props.rows, props.labels, props.theme]);
  useEffect(() => {
    shown.current = JSON.parse(key) as Figures;
    drawInto(el.current, chart.current, shown.current);
  }, [key]);

  return (
    <div ref={el} className="wage-compare" role="img" aria-label={props.title} data-testid="wage-compare" />
  );
}
