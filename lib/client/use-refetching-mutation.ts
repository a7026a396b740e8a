"use client";

import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";

/**
 * A write after which the queries under `queryKey` are read again, whether it worked or not: a
 * write that failed late (a timeout, a conflict) may still have changed what the list should show.
 */
export function useRefetchingMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>, queryKey: QueryKey) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSettled: () => queryClient.invalidateQueries({ queryKey }) });
}
