"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiTokensUrl, apiTokenUrl, type ApiTokenEntry, type CreateApiTokenBody, type CreatedApiToken } from "../contracts/api-tokens";
import { fetchJson } from "./fetch-json";

// React Query hooks of the API tokens page: your tokens, and (admins) everyone's.

export const apiTokenKeys = {
  all: ["api-tokens"] as const,
  list: (everyone: boolean) => ["api-tokens", everyone ? "everyone" : "mine"] as const,
};

export function useApiTokens({ everyone = false }: { everyone?: boolean } = {}) {
  return useQuery({
    queryKey: apiTokenKeys.list(everyone),
    queryFn: ({ signal }) => fetchJson<{ items: ApiTokenEntry[] }>(apiTokensUrl({ all: everyone }), { signal }),
  });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApiTokenBody) => fetchJson<CreatedApiToken>(apiTokensUrl(), { method: "POST", body: JSON.stringify(body) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.all }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => fetchJson<void>(apiTokenUrl({ id }), { method: "DELETE" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: apiTokenKeys.all }),
  });
}
