import type { ErrorInfo } from "next/error";
import { isValidElement, type ReactElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import CreateGroupError from "@/app/groups/new/error";
import GroupError from "@/app/groups/[taskgroupId]/error";
import RunPageError from "@/app/groups/[taskgroupId]/runs/[runId]/error";

const PAGES = { "/groups/new": CreateGroupError, "/groups/[taskgroupId]": GroupError, "/groups/[taskgroupId]/runs/[runId]": RunPageError };

/** The "Try again" handler the rendered tree ends up with (the panel's onRetry, through any wrappers). */
function retryHandlerOf(node: ReactNode): unknown {
  let element = node;
  while (isValidElement(element)) {
    const { type, props } = element as ReactElement<Record<string, unknown>>;
    if ("onRetry" in props) return props.onRetry;
    if (typeof type !== "function") return undefined;
    element = (type as (p: Record<string, unknown>) => ReactNode)(props);
  }
  return undefined;
}

describe("the pages' error boundaries", () => {
  for (const [page, ErrorPage] of Object.entries(PAGES)) {
    it(`${page} takes Next's props, shows the message and retries with a refetch`, () => {
      const props: ErrorInfo = { error: new Error("the upstream said no"), reset: vi.fn(), retry: vi.fn() };
      expect(renderToStaticMarkup(<ErrorPage {...props} />)).toContain("the upstream said no");
      expect(retryHandlerOf(<ErrorPage {...props} />)).toBe(props.retry);
      // Next types the error as unknown: a thrown string still gets a message.
      expect(renderToStaticMarkup(<ErrorPage {...props} error="plain text thrown" />)).toContain("plain text thrown");
    });
  }
});
