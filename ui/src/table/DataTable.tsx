/** A figures table: a label column, then figures right-aligned in tabular digits. */
export type Column = { header: string; numeric?: boolean };

export function DataTable({ columns, rows, id, caption }: { columns: Column[]; rows: string[][]; id?: string; caption?: string }) {
  return (
    <table className="grid figures" id={id}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.header} scope="col" className={c.numeric ? "num" : undefined}>
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
                  {cell}
                </th>
              ) : (
                <td key={i} className={columns[i]?.numeric ? "num" : undefined}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
