import { useCallback, useMemo, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { commands, type GpuSku } from "../../bindings";
import { unwrap } from "../../app/errors";
import { useFigures } from "../../app/useFigures";
import { Sheet } from "../../grid/Sheet";
import { useEditing } from "../editing/WorkingCopy";
import { editedRows } from "../editing/editedRows";
import { CATALOG_ROWS, copiedSku, origin } from "./columns";

/** The Catalog tab: the scenario's GPU models, each value with its source; the shipped
 * values marked as such, and restorable for a SKU changed from them. */
export function CatalogEditor() {
  const f = useFigures();
  const editing = useEditing();
  const { scenario } = editing;
  const shippedList = useQuery({ queryKey: ["shipped-catalog"], queryFn: () => unwrap(commands.shippedCatalog()), staleTime: Infinity });
  const shipped = useMemo(() => new Map((shippedList.data ?? []).map((s) => [s.id, s])), [shippedList.data]);
  const [cursor, setCursor] = useState(0);
  const follow = useCallback((row: number) => setCursor(row), []);
  const context = useMemo(() => ({ currency: scenario.currency, shipped }), [scenario.currency, shipped]);
  const sheet = editedRows<GpuSku>(editing, (s) => s.catalog, (s, catalog) => ({ ...s, catalog }));
  const atCursor = scenario.catalog[cursor];
  const restorable = atCursor && origin(atCursor, shipped) === "changed";
  const restore = () => {
    const original = atCursor && shipped.get(atCursor.id);
    if (original) sheet.onChange(scenario.catalog.map((s, i) => (i === cursor ? original : s)));
  };
  return (
    <section className="catalog-editor" aria-labelledby="catalog-title">
      <div className="editor-heading">
        <h2 id="catalog-title">{f.t("catalog.heading", { name: scenario.name, count: scenario.catalog.length })}</h2>
        <button type="button" className="secondary" id="restore-shipped" disabled={!restorable} onClick={restore}>
          {f.t("catalog.restore", { id: atCursor?.id ?? "" })}
        </button>
        <span className="muted fleet-keys">{f.t("catalog.help")}</span>
      </div>
      <Sheet
        id="catalog-cell"
        cells="sku"
        label={f.t("catalog.title")}
        model={CATALOG_ROWS}
        context={context}
        path="catalog"
        f={f}
        {...sheet}
        copy={copiedSku}
        onCursor={follow}
      />
    </section>
  );
}
