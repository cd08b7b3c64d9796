import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { commands, type AppError, type ListQuery } from "../bindings";
import { unwrap } from "../app/errors";

/** Every query that reads the library: refreshed together after any change. */
export const LIBRARY_KEY = ["library"] as const;

/** A mutation of the library that refreshes every library query when it succeeds. */
export function useLibraryMutation<TArgs, TResult>(run: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation<TResult, AppError, TArgs>({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: LIBRARY_KEY }),
  });
}

/** The whole library by name: what pickers and the meeting pack offer. */
export const WHOLE_LIBRARY: ListQuery = { search: null, sort: "name", in_trash: false };

/** The scenarios a list shows (the library or the trash, filtered and sorted). */
export function useScenarioList(query: ListQuery) {
  return useQuery({ queryKey: [...LIBRARY_KEY, "list", query], queryFn: () => unwrap(commands.listScenarios(query)) });
}

/** Every saved version of a scenario, newest (the current one) first. */
export function useVersions(scenarioId: string) {
  return useQuery({ queryKey: [...LIBRARY_KEY, "versions", scenarioId], queryFn: () => unwrap(commands.listVersions(scenarioId)) });
}
