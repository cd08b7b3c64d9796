import { useLayoutEffect, useRef } from "react";
import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import type { EChartsCoreOption } from "echarts/core";
import { markChartDrawn } from "../app/latency";
import { categoryChart } from "./options";

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, CanvasRenderer]);

type Props = {
  option: EChartsCoreOption;
  theme: "light" | "dark";
  /** What the chart shows, for screen readers (its table beside it holds the figures). */
  label: string;
  id?: string;
  /** A chart of many rows (a tornado's drivers): taller, so each keeps its label. */
  tall?: boolean;
  /** Called once, when the first frame is drawn. */
  onDrawn?: () => void;
};

/**
 * ECharts through our own thin wrapper: init when mounted, a ResizeObserver, setOption on
 * change, a new instance when the theme changes, dispose on unmount. Canvas only, and no
 * HTML tooltip (the release build's CSP refuses injected styles): each chart's figures are
 * in the table beside it. Marks `data-rendered` when the first frame is drawn, which the
 * end-to-end tests and the latency measurement read.
 */
export function Chart({ option, theme, label, id, tall, onDrawn }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const drawn = useRef(onDrawn);
  drawn.current = onDrawn;

  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    const instance = echarts.init(element, theme === "dark" ? "dark" : undefined, { renderer: "canvas" });
    chart.current = instance;
    instance.on("finished", () => {
      if (element.dataset.rendered !== "true") drawn.current?.();
      element.dataset.rendered = "true";
      markChartDrawn();
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    // Chinese labels measured before the bundled font loads come out wrong: draw again then.
    void document.fonts?.ready.then(() => {
      if (!instance.isDisposed()) instance.resize();
    });
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [theme]);

  useLayoutEffect(() => {
    chart.current?.setOption({ backgroundColor: "transparent", animation: false, ...option }, { notMerge: true });
  }, [option, theme]);

  return <div className={tall ? "chart tall" : "chart"} ref={host} role="img" aria-label={label} id={id} />;
}

/**
 * Draws one small chart off screen and throws it away, soon after the app starts: the first
 * chart a user opens then does not pay for ECharts' and the canvas's first use, nor for
 * loading the Chinese font's glyphs (docs/PERFORMANCE.md).
 */
export function warmUpCharts() {
  const host = document.createElement("div");
  host.className = "chart chart-warmup";
  host.setAttribute("aria-hidden", "true");
  document.body.appendChild(host);
  const instance = echarts.init(host, undefined, { renderer: "canvas" });
  instance.on("finished", () => {
    instance.dispose();
    host.remove();
  });
  instance.setOption({
    animation: false,
    ...categoryChart(["FY2026", "2026财年"], [{ name: "EBIT 息税前利润", values: [1, -2] }], ["USD"], undefined, String),
  });
}
