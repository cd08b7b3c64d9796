import { useQuery } from "@tanstack/react-query";
import { commands } from "../../bindings";
import { unwrap } from "../../app/errors";
import { LIBRARY_KEY } from "../../library/queries";
import { markResultsReceived } from "../../app/latency";

/** The query key of a scenario's results: under the library's, so a save or a restore
 * refreshes them; an edit of the working copy refreshes them too (scenario/editing). */
export const resultsKey = (scenarioId: string) => [...LIBRARY_KEY, "results", scenarioId] as const;

/** A scenario's results, computed by the engine from its working copy (its unsaved edits,
 * else its current version). */
export function useScenarioResults(scenarioId: string) {
  return useQuery({
    queryKey: resultsKey(scenarioId),
    // Results change only when the library or the working copy does, which invalidates
    // them; reopening a scenario must not run the model again.
    staleTime: Infinity,
    queryFn: () =>
      unwrap(commands.scenarioResults(scenarioId)).then((results) => {
        markResultsReceived();
        return results;
      }),
  });
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
