/**
 * Tab-separated text as spreadsheets put it on the clipboard (Excel on Windows and macOS,
 * LibreOffice, Google Sheets, WPS): a cell holding a tab, a line break or a quote is quoted,
 * a quote inside doubled; rows end with CRLF, LF or a lone CR; the block usually ends with one
 * line break, which is no row of its own.
 */

/** The rows and cells of a clipboard block. Short rows are padded to the widest. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && cell === "") {
      // A quoted cell: up to the quote that is not doubled.
      i += 1;
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        cell += text[i];
        i += 1;
      }
      continue;
    }
    if (ch === "\t") {
      endCell();
      i += 1;
    } else if (ch === "\r" || ch === "\n") {
      endRow();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      if (i >= text.length) return pad(rows);
    } else {
      cell += ch;
      i += 1;
    }
  }
  if (cell !== "" || row.length > 0) endRow();
  return pad(rows);
}

function pad(rows: string[][]): string[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => (r.length < width ? [...r, ...Array<string>(width - r.length).fill("")] : r));
}

/** Rows as tab-separated text, each row ending with CRLF as Excel writes it; a cell holding a
 * tab, a line break or a quote is quoted. */
export function writeTsv(rows: string[][]): string {
  return rows.map((r) => r.map(quoted).join("\t") + "\r\n").join("");
}

function quoted(cell: string): string {
  return /[\t\r\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
