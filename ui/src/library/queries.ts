import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { AppError } from "../bindings";

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
