"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Role } from "../auth/roles";
import {
  auditUrl,
  invitationsUrl,
  invitationUrl,
  membersUrl,
  memberUrl,
  type AuditPage,
  type AuditQuery,
  type CreatedInvitation,
  type CreateInvitationBody,
  type InvitationEntry,
  type MemberEntry,
} from "../contracts/team";
import type { UrlQuery } from "../contracts/search-params";
import { changePassword, currentSession, listSessions, revokeOtherSessions, revokeSession } from "./auth-requests";
import { fetchJson } from "./fetch-json";
import { useRefetchingMutation } from "./use-refetching-mutation";

// React Query hooks of the settings pages: members, invitations, your sessions, the audit log.

export const teamKeys = {
  members: ["members"] as const,
  invitations: ["invitations"] as const,
  sessions: ["sessions"] as const,
  audit: (query: UrlQuery<AuditQuery>) => ["audit", query] as const,
};

export function useMembers() {
  return useQuery({ queryKey: teamKeys.members, queryFn: ({ signal }) => fetchJson<{ items: MemberEntry[] }>(membersUrl(), { signal }) });
}

export function useChangeRole() {
  return useRefetchingMutation(
    ({ id, role }: { id: string; role: Role }) => fetchJson<void>(memberUrl({ id }), { method: "PATCH", body: JSON.stringify({ role }) }),
    teamKeys.members,
  );
}

export function useRemoveMember() {
  return useRefetchingMutation((id: string) => fetchJson<void>(memberUrl({ id }), { method: "DELETE" }), teamKeys.members);
}

export function useInvitations() {
  return useQuery({
    queryKey: teamKeys.invitations,
    queryFn: ({ signal }) => fetchJson<{ items: InvitationEntry[] }>(invitationsUrl(), { signal }),
  });
}

export function useCreateInvitation() {
  return useRefetchingMutation(
    (body: CreateInvitationBody) => fetchJson<CreatedInvitation>(invitationsUrl(), { method: "POST", body: JSON.stringify(body) }),
    teamKeys.invitations,
  );
}

export function useRevokeInvitation() {
  return useRefetchingMutation((id: string) => fetchJson<void>(invitationUrl({ id }), { method: "DELETE" }), teamKeys.invitations);
}

/** The signed-in member's sessions, and which one is this browser's. */
export function useSessions() {
  return useQuery({
    queryKey: teamKeys.sessions,
    queryFn: async () => {
      const [sessions, current] = await Promise.all([listSessions(), currentSession()]);
      return { sessions, currentId: current?.session.id ?? null };
    },
  });
}

export function useRevokeSession() {
  return useRefetchingMutation(revokeSession, teamKeys.sessions);
}

export function useRevokeOtherSessions() {
  return useRefetchingMutation(revokeOtherSessions, teamKeys.sessions);
}

export function useChangePassword() {
  return useRefetchingMutation(changePassword, teamKeys.sessions);
}

export function useAuditPage(query: UrlQuery<AuditQuery>) {
  return useQuery({
    queryKey: teamKeys.audit(query),
    queryFn: ({ signal }) => fetchJson<AuditPage>(auditUrl(query), { signal }),
    placeholderData: keepPreviousData,
  });
}
