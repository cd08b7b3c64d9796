/**
 * A cohort's parts the register's row cannot hold: its dated changes in estimate (ASC
 * 250-10-45-17: revised life or salvage from a month on, applied prospectively) and the
 * contract that sells its hours ahead.
 */
import type { ChangeInEstimate, Contract } from "../../bindings";
import type { LifeUnit } from "../../app/settings";
import { map, readFraction, readMonth, readNumber, readPercent, required, type Read } from "../../grid/cellText";
import type { SheetColumn } from "../../grid/column";
import type { RowModel } from "../../grid/paste";
import { lifeText, readLife } from "./columns";

export type ChangeContext = { lifeUnit: LifeUnit };

type ChangeColumn = SheetColumn<ChangeInEstimate, ChangeContext>;

export const CHANGE_COLUMNS: readonly ChangeColumn[] = [
  {
    id: "effective",
    title: "change.col.effective",
    numeric: false,
    width: 110,
    paths: ["effective"],
    text: (c) => c.effective,
    write: (c, t) => map(required(readMonth(t)), (effective) => ({ ...c, effective })),
  },
  {
    id: "useful_life",
    title: "change.col.life",
    numeric: true,
    width: 130,
    paths: ["useful_life_months"],
    empty: "change.unchanged",
    unit: ({ lifeUnit }, t) => t(lifeUnit === "years" ? "fleet.unit.years" : "fleet.unit.months"),
    text: (c, { lifeUnit }) => (c.useful_life_months === null ? "" : lifeText(c.useful_life_months, lifeUnit)),
    write: (c, t, { lifeUnit }) => (t.trim() === "" ? { ok: true, value: { ...c, useful_life_months: null } } : map(readLife(t, lifeUnit), (useful_life_months) => ({ ...c, useful_life_months }))),
  },
  {
    id: "salvage",
    title: "change.col.salvage",
    numeric: true,
    width: 110,
    paths: ["salvage_percent"],
    empty: "change.unchanged",
    text: (c) => c.salvage_percent ?? "",
    write: (c, t) => map(readPercent(t), (salvage_percent) => ({ ...c, salvage_percent })),
  },
  {
    id: "total_hours",
    title: "change.col.hours",
    numeric: true,
    width: 140,
    paths: ["total_hours"],
    empty: "change.unchanged",
    text: (c) => c.total_hours ?? "",
    write: (c, t) => map(readNumber(t), (total_hours) => ({ ...c, total_hours })),
  },
];

/** A change added past the last: from the same month as the last, nothing revised yet. */
export const CHANGE_ROWS: RowModel<ChangeInEstimate, ChangeContext> = {
  columns: CHANGE_COLUMNS,
  added: (template) => ({ effective: template?.effective ?? "2026-01", useful_life_months: null, salvage_percent: null, total_hours: null }),
};

/** A contract's fields, each read from what is typed. */
export const CONTRACT_FIELDS: readonly { key: keyof Contract; label: string; read: (t: string) => Read<string | null> }[] = [
  { key: "price_per_gpu_hour", label: "contract.price", read: readNumber },
  { key: "share_of_hours", label: "contract.share", read: readFraction },
  { key: "start", label: "contract.start", read: readMonth },
  { key: "end", label: "contract.end", read: readMonth },
];
