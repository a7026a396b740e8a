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
import { deleteAt, getJson, sendJson } from "./fetch-json";
import { teamKeys } from "./query-keys";
import { useRefetchingMutation } from "./use-refetching-mutation";

// React Query hooks of the settings pages: members, invitations, your sessions, the audit log.

export function useMembers() {
  return useQuery({ queryKey: teamKeys.members, queryFn: getJson<{ items: MemberEntry[] }>(membersUrl()) });
}

export function useChangeRole() {
  return useRefetchingMutation(
    ({ id, role }: { id: string; role: Role }) => sendJson<void>("PATCH", memberUrl({ id }), { role }),
    teamKeys.members,
  );
}

export function useRemoveMember() {
  return useRefetchingMutation((id: string) => deleteAt(memberUrl({ id })), teamKeys.members);
}

export function useInvitations() {
  return useQuery({ queryKey: teamKeys.invitations, queryFn: getJson<{ items: InvitationEntry[] }>(invitationsUrl()) });
}

export function useCreateInvitation() {
  return useRefetchingMutation(
    (body: CreateInvitationBody) => sendJson<CreatedInvitation>("POST", invitationsUrl(), body),
    teamKeys.invitations,
  );
}

export function useRevokeInvitation() {
  return useRefetchingMutation((id: string) => deleteAt(invitationUrl({ id })), teamKeys.invitations);
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
    queryFn: getJson<AuditPage>(auditUrl(query)),
    placeholderData: keepPreviousData,
  });
}
