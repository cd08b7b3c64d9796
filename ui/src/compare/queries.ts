import { useQuery } from "@tanstack/react-query";
import { commands, type ComparedItem } from "../bindings";
import { unwrap } from "../app/errors";
import { LIBRARY_KEY } from "../library/queries";

/** The engine's comparison of two to four scenarios or versions; refreshed with the library. */
export function useComparison(items: ComparedItem[]) {
  return useQuery({
    queryKey: [...LIBRARY_KEY, "comparison", items],
    queryFn: () => unwrap(commands.compareScenarios(items)),
    enabled: items.length >= 2,
    staleTime: Infinity,
  });
}
