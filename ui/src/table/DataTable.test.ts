import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DataTable } from "./DataTable";

const css = readFileSync(fileURLToPath(new URL("../app/theme.css", import.meta.url)), "utf8");

describe("figures tables", () => {
  const html = renderToStaticMarkup(
    createElement(DataTable, {
      id: "t",
      columns: [{ header: "Fiscal year" }, { header: "EBIT", numeric: true }, { header: "Difference", numeric: true }],
      rows: [
        ["FY2027", "1,234", "(56)"],
        ["FY2028", "12", "7,890"],
      ],
    }),
  );

  it("head each row with its label and mark every figure, header included, as a number", () => {
    expect(html).toContain('<th scope="row">FY2027</th>');
    expect(html.match(/<td class="num">/g)).toHaveLength(4);
    expect(html).toContain('<th scope="col" class="num">EBIT</th>');
    expect(html).toContain('<th scope="col">Fiscal year</th>');
  });

  it("align numbers right in tabular digits, so decimal points and thousands line up", () => {
    const rule = /\.grid \.num \{([^}]*)\}/.exec(css)?.[1] ?? "";
    expect(rule).toContain("text-align: right");
    expect(rule).toContain("font-variant-numeric: tabular-nums");
    expect(rule).toContain("white-space: nowrap");
  });
});
