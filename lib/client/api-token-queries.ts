"use client";

import { useQuery } from "@tanstack/react-query";
import { apiTokensUrl, apiTokenUrl, type ApiTokenEntry, type CreateApiTokenBody, type CreatedApiToken } from "../contracts/api-tokens";
import { fetchJson } from "./fetch-json";
import { useRefetchingMutation } from "./use-refetching-mutation";

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
  return useRefetchingMutation(
    (body: CreateApiTokenBody) => fetchJson<CreatedApiToken>(apiTokensUrl(), { method: "POST", body: JSON.stringify(body) }),
    apiTokenKeys.all,
  );
}

export function useRevokeApiToken() {
  return useRefetchingMutation((id: string) => fetchJson<void>(apiTokenUrl({ id }), { method: "DELETE" }), apiTokenKeys.all);
}
