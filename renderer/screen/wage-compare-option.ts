import type {
  CustomSeriesRenderItemAPI,
  CustomSeriesRenderItemParams,
  CustomSeriesRenderItemReturn,
} from 'echarts';
import type { EChartsCoreOption } from 'echarts/core';
import type { WageRow } from '../../electron/api';

export interface WageCompareLabels {
  expected: string;
  offered: string;
  unit: string;
}

/** Bars of one group sit at ±BAR/2 of the category's centre (barGap 0), each BAR of the band wide. */
const BAR = 0.3;
/** Colours for a dark hall screen: the text, grid lines and the two kinds of bar. */
export interface WageTheme {
  ink: string;
  grid: string;
  expected: string;
  offered: string;
}

/** A P25–P75 whisker over one bar of a group: side −1 is the first bar, +1 the second. */
function whisker(side: -1 | 1, ink: string, width: number) {
  return (
    _params: CustomSeriesRenderItemParams,
    api: CustomSeriesRenderItemAPI,
  ): CustomSeriesRenderItemReturn => {
    const i = api.value(0) as number;
    const low = api.coord([i, api.value(1)]);
    const high = api.coord([i, api.value(2)]);
    const band = (api.size?.([1, 0]) as number[] | undefined)?.[0] ?? 0;
    const x = low[0]! + side * band * (BAR / 2);
    const cap = band * 0.07;
    const style = { stroke: ink, lineWidth: width };
    return {
      type: 'group',
      children: [
        { type: 'line', shape: { x1: x, y1: high[1]!, x2: x, y2: low[1]! }, style },
        { type: 'line', shape: { x1: x - cap, y1: high[1]!, x2: x + cap, y2: high[1]! }, style },
        { type: 'line', shape: { x1: x - cap, y1: low[1]!, x2: x + cap, y2: low[1]! }, style },
      ],
    };
  };
}

/**
 * Per occupation (value labels sit at the foot of each bar, clear of the whiskers), what seekers expect (P50) against what postings offer (P50), 元/天, each with its
 * P25–P75 range. The data is as long as the rows and no longer; nothing animates, so setOption in
 * place is cheap and leaves nothing behind.
 */
export function wageCompareOption(
  rows: readonly WageRow[],
  labels: WageCompareLabels,
  fontPx: number,
  theme: WageTheme,
): EChartsCoreOption {
  const { ink } = theme;
  const f = (k: number) => Math.round(fontPx * k);
  const barLabel = {
    show: true,
    position: 'insideBottom',
    color: '#fff',
    fontSize: f(1),
    fontWeight: 'bold',
  };
  return {
    animation: false,
    textStyle: { fontSize: f(1), color: ink },
    legend: {
      top: 0,
      left: 'center',
      data: [labels.expected, labels.offered],
      itemWidth: f(1.6),
      itemHeight: f(1),
      itemGap: f(2),
      textStyle: { fontSize: f(1.1), color: ink },
    },
    grid: { left: f(0.5), right: f(1), top: f(3.4), bottom: f(0.4), containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: ink, width: Math.max(1, f(0.1)) } },
      axisLabel: { fontSize: f(1.05), color: ink, interval: 0, overflow: 'truncate', width: f(6.5) },
    },
    yAxis: {
      type: 'value',
      name: labels.unit,
      nameTextStyle: { fontSize: f(1), color: ink, align: 'left' },
      axisLabel: { fontSize: f(1), color: ink },
      splitLine: { lineStyle: { color: theme.grid, width: Math.max(1, f(0.06)) } },
    },
    series: [
      {
        name: labels.expected,
        type: 'bar',
        barWidth: `${BAR * 100}%`,
        barGap: '0%',
        itemStyle: { color: theme.expected },
        label: barLabel,
        data: rows.map((r) => r.expected?.p50 ?? null),
      },
      {
        name: labels.offered,
        type: 'bar',
        barWidth: `${BAR * 100}%`,
        itemStyle: { color: theme.offered },
        label: barLabel,
        data: rows.map((r) => r.offered.p50),
      },
      {
        type: 'custom',
        silent: true,
        z: 3,
        renderItem: whisker(-1, ink, Math.max(2, f(0.14))),
        encode: { x: 0, y: [1, 2] },
        data: rows.flatMap((r, i) => (r.expected ? [[i, r.expected.p25, r.expected.p75]] : [])),
      },
      {
        type: 'custom',
        silent: true,
        z: 3,
        renderItem: whisker(1, ink, Math.max(2, f(0.14))),
        encode: { x: 0, y: [1, 2] },
        data: rows.map((r, i) => [i, r.offered.p25, r.offered.p75]),
      },
    ],
  };
}
