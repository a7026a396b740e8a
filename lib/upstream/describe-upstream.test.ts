import { describe, expect, it } from "vitest";
import { describeUpstream } from "./describe-upstream";

const emulator = { kind: "emulator", baseUrl: "http://127.0.0.1:4010", prefix: "v1beta" } as const;
const parallel = { kind: "parallel", baseUrl: "https://api.parallel.ai", prefix: "v1" } as const;

describe("describeUpstream", () => {
  it("names the emulator by its URL and the real API by URL and prefix", () => {
    expect(describeUpstream({ ...emulator, reachable: true, status: 404 }).label).toBe("Embedded emulator at http://127.0.0.1:4010");
    expect(describeUpstream({ ...parallel, reachable: true, status: 404 }).label).toBe("Parallel API at https://api.parallel.ai/v1");
  });

  it("tells reachable, key rejected and unreachable apart", () => {
    expect(describeUpstream({ ...emulator, reachable: true, status: 404 })).toMatchObject({
      health: "reachable",
      healthText: "reachable",
    });
    expect(describeUpstream({ ...parallel, reachable: false, status: 401 })).toMatchObject({
      health: "key_rejected",
      healthText: "key rejected (401)",
    });
    expect(describeUpstream({ ...emulator, reachable: false, error: "connect ECONNREFUSED 127.0.0.1:4010" })).toMatchObject({
      health: "unreachable",
      healthText: "unreachable: connect ECONNREFUSED 127.0.0.1:4010",
    });
  });
});
