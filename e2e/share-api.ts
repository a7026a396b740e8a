import type { APIRequestContext } from "@playwright/test";

// Share links made and revoked through the console's API, as the signed-in owner.

export interface CreatedShare {
  id: string;
  path: string;
}

export async function createShareLink(request: APIRequestContext, groupId: string, includeData: boolean): Promise<CreatedShare> {
  const response = await request.post(`/api/groups/${groupId}/shares`, { data: { expiresInDays: 1, includeData } });
  if (response.status() !== 201) throw new Error(`creating a share link answered ${response.status()}: ${await response.text()}`);
  const created = (await response.json()) as { link: { id: string }; path: string };
  return { id: created.link.id, path: created.path };
}
