import type { Plugin } from "vite";

/**
 * The app runs with `freezePrototype: true` (tauri.conf.json): a frozen Object.prototype
 * turns any assignment to an inherited name it holds, such as `constructor`, into a
 * TypeError. ECharts 6.1.0's Scheduler copies every enumerable name of two classes onto plain
 * mock objects at load time, and its tslib-compiled prototypes carry `constructor` as an
 * enumerable own property, so the whole bundle failed to load. This rewrites that one loop to
 * skip `constructor` (which the mocks never call). The build fails if the line is not found,
 * so an ECharts upgrade cannot drop the fix silently.
 */
export function echartsUnderFrozenPrototype(): Plugin {
  const file = "echarts/lib/core/Scheduler.js";
  const line = "target[name_1] = noop;";
  return {
    name: "echarts-under-frozen-prototype",
    enforce: "pre",
    transform(code, id) {
      if (!id.replaceAll("\\", "/").endsWith(file)) return null;
      if (!code.includes(line)) this.error(`${file} no longer holds "${line}": check ECharts under freezePrototype again`);
      return code.replace(line, `if (name_1 !== "constructor") ${line}`);
    },
  };
}
