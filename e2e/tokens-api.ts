import type { APIRequest, APIRequestContext } from "@playwright/test";
import type { Role } from "../lib/auth/roles";
import type { CreateApiTokenBody, CreatedApiToken } from "../lib/contracts/api-tokens";
import { storageStatePath } from "./auth-state";

// Personal API tokens made through the console's API, as a member signed in would make them.

/** A new token of the member behind `request`; answers the token itself. */
export async function createApiToken(request: APIRequestContext, body: CreateApiTokenBody): Promise<string> {
  const response = await request.post("/api/tokens", { data: body });
  if (response.status() !== 201) throw new Error(`POST /api/tokens answered ${response.status()}: ${await response.text()}`);
  return ((await response.json()) as CreatedApiToken).token;
}

/** A new token of the stored `role` member on the console at `baseURL`. */
export async function createTokenAs(apiRequest: APIRequest, baseURL: string, role: Role, body: CreateApiTokenBody): Promise<string> {
  const request = await apiRequest.newContext({ baseURL, storageState: storageStatePath(role) });
  try {
    return await createApiToken(request, body);
  } finally {
    await request.dispose();
  }
}
