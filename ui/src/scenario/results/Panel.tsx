import type { ReactNode } from "react";

/** One result: its title and unit, the chart and, beside it, the table of its figures. */
export function Panel({ id, title, unit, chart, children }: { id: string; title: string; unit?: string; chart?: ReactNode; children: ReactNode }) {
  return (
    <section className="panel" aria-labelledby={`${id}-title`} id={id}>
      <header className="panel-header">
        <h3 id={`${id}-title`}>{title}</h3>
        {unit && <span className="muted">{unit}</span>}
      </header>
      <div className={chart ? "panel-body with-chart" : "panel-body"}>
        {chart}
        <div className="panel-table">{children}</div>
      </div>
    </section>
  );
}
