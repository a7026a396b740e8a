"use client";

import { fetchJson } from "../../lib/client/fetch-json";
import { acceptInvitationUrl, type AcceptInvitationBody, type SetupBody } from "../../lib/contracts/team";
import { CredentialsForm } from "./credentials-form";

/** Joins with the invitation behind `token`; the new member is signed in and lands on the groups list. */
export function AcceptInvitationForm({ token }: { token: string }) {
  const join = async (values: SetupBody) => {
    const body: AcceptInvitationBody = { token, ...values };
    await fetchJson(acceptInvitationUrl(), { method: "POST", body: JSON.stringify(body) });
    // A full load: the header and every page read the new session on the server.
    window.location.assign("/");
  };
  return <CredentialsForm submitLabel="Join the team" busyLabel="Joining" onSubmit={join} />;
}
