import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Role } from "../../lib/auth/roles";
import { GroupActions } from "../group/group-actions";
import { GroupNameEditor } from "../group/group-name-editor";
import { MemberProvider } from "./member-context";

const GROUP_ID = "tgrp_roleaware";

function renderAs(role: Role, ui: ReactNode): string {
  const member = { id: "m1", name: "Someone", email: "someone@example.com", role, isOwner: false };
  return renderToString(
    <QueryClientProvider client={new QueryClient()}>
      <MemberProvider member={member}>{ui}</MemberProvider>
    </QueryClientProvider>,
  );
}

const doc = (html: string) => {
  // The element with a data-testid, as the server renders it (its tag and attributes).
  return (testId: string) => html.match(new RegExp(`<(\\w+)[^>]*data-testid="${testId}"[^>]*>`))?.[0] ?? "";
};

describe("what a viewer cannot do is disabled, with the reason beside it", () => {
  it("a viewer's group page: Add runs and Retry failed disabled, saying the operator role is needed", () => {
    const html = renderAs("viewer", <GroupActions groupId={GROUP_ID} failedCount={3} runCount={5} />);
    const element = doc(html);
    expect(element("add-runs-link")).toMatch(/^<button[^>]*\sdisabled=""/);
    expect(element("retry-failed-button")).toMatch(/\sdisabled=""/);
    expect(html).toContain("Needs the operator role");
    // Reading is a viewer's: the exports stay links.
    expect(element("export-csv")).toMatch(/^<a /);
  });

  it("an operator's group page: Add runs is a link and Retry failed can be pressed", () => {
    const html = renderAs("operator", <GroupActions groupId={GROUP_ID} failedCount={3} runCount={5} />);
    const element = doc(html);
    expect(element("add-runs-link")).toMatch(new RegExp(`^<a [^>]*href="/groups/new\\?group=${GROUP_ID}"`));
    expect(element("retry-failed-button")).not.toMatch(/\sdisabled=""/);
    expect(html).not.toContain("Needs the operator role");
  });

  it("renaming needs an operator", () => {
    expect(doc(renderAs("viewer", <GroupNameEditor groupId={GROUP_ID} name="A group" />))("rename-group")).toMatch(/\sdisabled=""/);
    expect(doc(renderAs("operator", <GroupNameEditor groupId={GROUP_ID} name="A group" />))("rename-group")).not.toMatch(/\sdisabled=""/);
  });
});
