import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { catalogs } from "./catalog";

const src = fileURLToPath(new URL("..", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") && name !== "bindings.ts" ? [path] : [];
  });
}

describe("message catalogs", () => {
  it("name every key in both languages", () => {
    expect(Object.keys(catalogs["zh-CN"]).sort()).toEqual(Object.keys(catalogs.en).sort());
  });

  it("hold every key a screen asks for", () => {
    const used = new Set<string>();
    for (const file of sources(src)) {
      for (const match of readFileSync(file, "utf8").matchAll(/\bt\("([A-Za-z0-9_.]+)"/g)) used.add(match[1]);
    }
    const missing = [...used].filter((key) => !(key in catalogs.en));
    expect(missing).toEqual([]);
  });

  it("word every problem code Rust can send", () => {
    const bindings = readFileSync(join(src, "bindings.ts"), "utf8");
    const union = /export type ProblemCode = ([^;]+);/.exec(bindings)?.[1] ?? "";
    const codes = [...union.matchAll(/"([a-z_]+)"/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(10);
    expect(codes.filter((code) => !(`problem.${code}` in catalogs.en))).toEqual([]);
  });

  it("leave no literal words in any screen's markup", () => {
    // Text between tags that is not an expression: a sentence typed into JSX. The product's
    // name and each language's own name for itself are the same in every language.
    const same = ["Fleet Ledger", "English", "简体中文"];
    const literal = /(?<![=-])>\s*([A-Za-z\u4e00-\u9fff][^<>{}=();]*?)\s*</g;
    const offenders = ["app", "library", "scenario"].flatMap((folder) =>
      sources(join(src, folder)).flatMap((file) =>
        [...readFileSync(file, "utf8").matchAll(literal)]
          .map((m) => m[1].trim())
          .filter((text) => !same.includes(text))
          .map((text) => `${file}: ${text}`),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
