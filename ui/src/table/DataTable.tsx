/** A figures table: a label column, then figures right-aligned in tabular digits. */
export type Column = { header: string; numeric?: boolean };

/** A cell's text; a difference also says whether it is better or worse, which colours it (the
 * words beside it say the same, so colour is never the only signal). */
export type Cell = string | { text: string; tone: "better" | "worse" };

function cellText(cell: Cell) {
  return typeof cell === "string" ? cell : cell.text;
}

function cellClass(cell: Cell, numeric?: boolean) {
  const classes = [numeric ? "num" : "", typeof cell === "string" ? "" : cell.tone].filter(Boolean);
  return classes.length ? classes.join(" ") : undefined;
}

export function DataTable({ columns, rows, id, caption }: { columns: Column[]; rows: Cell[][]; id?: string; caption?: string }) {
  return (
    <table className="grid figures" id={id}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} scope="col" className={c.numeric ? "num" : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row">
                  {cellText(cell)}
                </th>
              ) : (
                <td key={i} className={cellClass(cell, columns[i]?.numeric)}>
                  {cellText(cell)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
