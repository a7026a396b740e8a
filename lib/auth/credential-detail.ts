import type { Member } from "./member";

/** What an audit entry adds when the member acted through a personal API token: which one. */
export function credentialDetail(member: Pick<Member, "token"> | null | undefined): Record<string, string> {
  return member?.token ? { via: "token", tokenId: member.token.id, tokenName: member.token.name } : {};
}
