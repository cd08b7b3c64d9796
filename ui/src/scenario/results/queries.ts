import { useQuery } from "@tanstack/react-query";
import { commands } from "../../bindings";
import { unwrap } from "../../app/errors";
import { LIBRARY_KEY } from "../../library/queries";
import { markResultsReceived } from "../../app/latency";

/** The query key of a scenario's results: under the library's, so a save or a restore
 * refreshes them; an edit of the working copy refreshes them too (scenario/editing). */
export const resultsKey = (scenarioId: string) => [...LIBRARY_KEY, "results", scenarioId] as const;

/** The query of a scenario's results, computed by the engine from its working copy (its
 * unsaved edits, else its current version). */
export function resultsQuery(scenarioId: string) {
  return {
    queryKey: resultsKey(scenarioId),
    // Results change only when the library or the working copy does, which invalidates
    // them; reopening a scenario must not run the model again.
    staleTime: Infinity,
    queryFn: () =>
      unwrap(commands.scenarioResults(scenarioId)).then((results) => {
        markResultsReceived();
        return results;
      }),
  };
}

export function useScenarioResults(scenarioId: string) {
  return useQuery(resultsQuery(scenarioId));
}

/** The query key of a scenario's live figures (the Fleet tab's), refreshed with its results. */
export const liveKey = (scenarioId: string) => [...LIBRARY_KEY, "live", scenarioId] as const;

/** The key figures and fiscal years of a scenario's working copy, from one run of the model:
 * what the Fleet tab shows while the fleet is edited. */
export function useLiveFigures(scenarioId: string) {
  return useQuery({
    queryKey: liveKey(scenarioId),
    staleTime: Infinity,
    queryFn: () =>
      unwrap(commands.liveFigures(scenarioId)).then((figures) => {
        markResultsReceived();
        return figures;
      }),
  });
}

/** The query key of a scenario's price curves month by month (the Market tab's charts). */
export const curvesKey = (scenarioId: string) => [...LIBRARY_KEY, "curves", scenarioId] as const;

/** Every price curve of a scenario's working copy as the model reads it, month by month. */
export function usePriceCurves(scenarioId: string) {
  return useQuery({ queryKey: curvesKey(scenarioId), staleTime: Infinity, queryFn: () => unwrap(commands.priceCurvesByMonth(scenarioId)) });
}

/** Whether `key` is one of the views computed from a scenario's working copy, which every
 * edit of it makes stale. */
export function isComputedFrom(scenarioId: string, key: readonly unknown[]): boolean {
  return key[0] === LIBRARY_KEY[0] && key[2] === scenarioId && (key[1] === "results" || key[1] === "live" || key[1] === "curves");
}
