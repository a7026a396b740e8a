import { describe, expect, it } from "vitest";
import { routeTemplateOf } from "./route-template";

describe("routeTemplateOf", () => {
  it("replaces ids and keeps route words and API versions", () => {
    expect(routeTemplateOf("/api/groups/tgrp_1a2b3c/runs")).toBe("/api/groups/[id]/runs");
    expect(routeTemplateOf("/api/parallel/v1beta/tasks/groups/tgrp_9/runs/trun_12")).toBe(
      "/api/parallel/v1beta/tasks/groups/[id]/runs/[id]",
    );
    expect(routeTemplateOf("/api/uploads/6f1c2d3e-aaaa-4bbb-8ccc-0123456789ab/batches/3")).toBe("/api/uploads/[id]/batches/[id]");
    expect(routeTemplateOf("/api/auth/sign-in/email")).toBe("/api/auth/sign-in/email");
    expect(routeTemplateOf("/tasks/groups/tgrp_x1/events")).toBe("/tasks/groups/[id]/events");
  });

  it("never keeps a share link's token, even one made only of letters", () => {
    expect(routeTemplateOf("/api/share/abcdefghijklmnop/events")).toBe("/api/share/[token]/events");
    expect(routeTemplateOf("/api/share/Zx9_-q")).toBe("/api/share/[token]");
  });
});
