import type { ReactNode } from "react";

/** One result: its title and unit, the chart and, beside it, the table of its figures;
 * `tools` (a picker) sits in the header. */
export function Panel({ id, title, unit, tools, chart, children }: { id: string; title: string; unit?: string; tools?: ReactNode; chart?: ReactNode; children: ReactNode }) {
  return (
    <section className="panel" aria-labelledby={`${id}-title`} id={id}>
      <header className="panel-header">
        {/* Focusable from script only: the section bar and Ctrl+PageDown move the keyboard here. */}
        <h3 id={`${id}-title`} tabIndex={-1}>
          {title}
        </h3>
        {unit && <span className="muted">{unit}</span>}
        {tools && <div className="panel-tools">{tools}</div>}
      </header>
      <div className={chart ? "panel-body with-chart" : "panel-body"}>
        {chart}
        <div className="panel-table">{children}</div>
      </div>
    </section>
  );
}
