"use client";

import { fetchJson } from "../../lib/client/fetch-json";
import { setupUrl, type SetupBody } from "../../lib/contracts/team";
import { CredentialsForm } from "./credentials-form";

async function createOwner(values: SetupBody): Promise<void> {
  await fetchJson(setupUrl(), { method: "POST", body: JSON.stringify(values) });
  // A full load: the header and every page read the new session on the server.
  window.location.assign("/");
}

/** First run: the details of the owner, who is signed in once created. */
export function SetupForm() {
  return <CredentialsForm submitLabel="Create the owner" busyLabel="Creating the owner" onSubmit={createOwner} />;
}
