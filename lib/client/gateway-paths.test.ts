import { describe, expect, it } from "vitest";
import { groupRunsPath, runPath } from "./gateway-paths";

describe("gateway paths", () => {
  it("name no API version, so the server's configured prefix applies", () => {
    const paths = [groupRunsPath("tgrp_1"), runPath("trun_1"), runPath("trun_1", "result"), runPath("trun_1", "events")];
    for (const path of paths) expect(path).toMatch(/^\/api\/parallel\/tasks\//);
  });

  it("build the group runs path with its query and the run paths with their part", () => {
    expect(groupRunsPath("tgrp_1", new URLSearchParams({ status: "failed" }))).toBe("/api/parallel/tasks/groups/tgrp_1/runs?status=failed");
    expect(groupRunsPath("tgrp_1", new URLSearchParams())).toBe("/api/parallel/tasks/groups/tgrp_1/runs");
    expect(runPath("trun_1", "input")).toBe("/api/parallel/tasks/runs/trun_1/input");
    expect(runPath("trun_1", "result", new URLSearchParams({ timeout: "0" }))).toBe("/api/parallel/tasks/runs/trun_1/result?timeout=0");
  });

  it("encode ids so an odd one cannot climb out of its path", () => {
    expect(runPath("../x")).toBe("/api/parallel/tasks/runs/..%2Fx");
  });
});
