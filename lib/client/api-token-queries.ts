"use client";

import { useQuery } from "@tanstack/react-query";
import { apiTokensUrl, apiTokenUrl, type ApiTokenEntry, type CreateApiTokenBody, type CreatedApiToken } from "../contracts/api-tokens";
import { deleteAt, getJson, sendJson } from "./fetch-json";
import { apiTokenKeys } from "./query-keys";
import { useRefetchingMutation } from "./use-refetching-mutation";

// React Query hooks of the API tokens page: your tokens, and (admins) everyone's.

export function useApiTokens({ everyone = false }: { everyone?: boolean } = {}) {
  return useQuery({ queryKey: apiTokenKeys.list(everyone), queryFn: getJson<{ items: ApiTokenEntry[] }>(apiTokensUrl({ all: everyone })) });
}

export function useCreateApiToken() {
  return useRefetchingMutation((body: CreateApiTokenBody) => sendJson<CreatedApiToken>("POST", apiTokensUrl(), body), apiTokenKeys.all);
}

export function useRevokeApiToken() {
  return useRefetchingMutation((id: string) => deleteAt(apiTokenUrl({ id })), apiTokenKeys.all);
}
