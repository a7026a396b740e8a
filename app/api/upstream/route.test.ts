import { describe, expect, it } from "vitest";
import type { UpstreamStatus } from "@/lib/contracts/upstream";
import { callRoute, setUpRouteTests } from "@/lib/registry/route-test-support";
import { GET } from "./route";

const upstream = setUpRouteTests();

describe("GET /api/upstream", () => {
  it("describes the upstream it was handed and that it answers", async () => {
    const status = await callRoute<UpstreamStatus>(GET, "GET", "/api/upstream");
    expect(status).toMatchObject({
      status: 200,
      body: { kind: "emulator", baseUrl: upstream().emulator.url, prefix: "v1beta", reachable: true },
    });
  });
});
