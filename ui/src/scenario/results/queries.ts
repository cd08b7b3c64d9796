import { useQuery } from "@tanstack/react-query";
import { commands } from "../../bindings";
import { unwrap } from "../../app/errors";
import { LIBRARY_KEY } from "../../library/queries";
import { markResultsReceived } from "../../app/latency";

/** A scenario's results, computed by the engine from its current saved version; refreshed
 * with the library (a save, a restore). */
export function useScenarioResults(scenarioId: string) {
  return useQuery({
    queryKey: [...LIBRARY_KEY, "results", scenarioId],
    // Results change only when the library does, which invalidates them; reopening a
    // scenario must not run the model again.
    staleTime: Infinity,
    queryFn: () =>
      unwrap(commands.scenarioResults(scenarioId)).then((results) => {
        markResultsReceived();
        return results;
      }),
  });
}
