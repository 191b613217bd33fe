// A small ECharts wrapper: only the charts and components the ledger draws are registered (echarts/core), the chart is
// disposed on unmount and resized with its container (a phone turned sideways, a drawer opening). The canvas is
// hidden from screen readers: the wrapper is role="img" with a summary, and each chart has its table beside it.
import { BarChart, PieChart, type BarSeriesOption, type PieSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { init, use, type ComposeOption, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

interface Props {
  option: ChartOption;
  /** What the chart shows, in words (its aria-label). */
  summary: string;
  height: number;
  /** A bar or slice clicked: its data index (the row of the data the option was made from). */
  onSelect?: (dataIndex: number) => void;
}

export function EChart({ option, summary, height, onSelect }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const c = init(el, undefined, { renderer: 'canvas' });
    chart.current = c;
    c.on('click', (e) => {
      const { dataIndex } = e;
      if (typeof dataIndex === 'number') select.current?.(dataIndex);
    });
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div role="img" aria-label={summary} className="ledger-chart" style={{ height }}>
      <div ref={box} aria-hidden="true" style={{ width: '100%', height: '100%' }} />
    </div>
  );
}
