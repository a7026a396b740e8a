import { describe, expect, it } from "vitest";
import type { Authenticator } from "../auth/authenticator";
import type { Member } from "../auth/member";
import { sessionChanges } from "../auth/session-changes";
import { testMember } from "../testing/test-auth";
import { AppError } from "./app-error";
import { endWithSession } from "./end-with-session";
import { endlessStream } from "../testing/endless-stream";

const FIRST_FRAME = ": hello\n\n";

function switchable(member: Member | null): { authenticator: Authenticator; set(next: Member | null): void } {
  let current = member;
  return { authenticator: { memberOf: async () => current }, set: (next) => (current = next) };
}

describe("a live stream held by a member", () => {
  const member = testMember("viewer", "member-live");
  const request = new Request("http://console.test/api/groups/g/events");

  it("ends, and stops its upstream, as soon as the member's session ends", async () => {
    const { response, cancelled } = endlessStream(FIRST_FRAME);
    const session = switchable(member);
    const relayed = endWithSession(response, request, member, "viewer", session.authenticator);
    const reader = relayed.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe(": hello\n\n");
    session.set(null);
    sessionChanges.announce(member.id);
    expect((await reader.read()).done).toBe(true);
    await cancelled;
  });

  it("ends when the member's role no longer allows it, and goes on for other members' changes", async () => {
    const { response } = endlessStream(FIRST_FRAME);
    const session = switchable(testMember("operator", "member-demoted"));
    const operator = testMember("operator", "member-demoted");
    const relayed = endWithSession(response, request, operator, "operator", session.authenticator);
    const reader = relayed.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe(": hello\n\n");
    sessionChanges.announce("someone-else");
    session.set(testMember("viewer", "member-demoted"));
    sessionChanges.announce(operator.id);
    expect((await reader.read()).done).toBe(true);
  });

  it("ends when the credential it was opened with is refused (a revoked API token)", async () => {
    const holder = testMember("viewer", "member-with-token");
    let failure: AppError | null = null;
    const authenticator: Authenticator = {
      memberOf: async () => {
        if (failure) throw failure;
        return holder;
      },
    };
    const { response } = endlessStream(FIRST_FRAME);
    const reader = endWithSession(response, request, holder, "viewer", authenticator).body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe(": hello\n\n");
    failure = new AppError("unauthenticated", "The API token 'script' (tgc_abcd…) was revoked.");
    sessionChanges.announce(holder.id);
    expect((await reader.read()).done).toBe(true);
  });

  it("passes other answers through untouched", async () => {
    const json = Response.json({ ok: true });
    expect(endWithSession(json, request, member, "viewer", switchable(member).authenticator)).toBe(json);
  });
});
