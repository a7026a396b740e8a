import { describe, expect, it } from "vitest";
import { UPSTREAM_USER_AGENT, upstreamHeaders, upstreamUrl, type UpstreamTarget } from "./upstream-target";

const target: UpstreamTarget = { baseUrl: "https://api.example.test", prefix: "v1", apiKey: "server-key" };

describe("upstreamUrl, the one URL builder", () => {
  it("puts the configured prefix between the base URL and the path", () => {
    expect(upstreamUrl(target, "/tasks/groups/tgrp_1")).toBe("https://api.example.test/v1/tasks/groups/tgrp_1");
    expect(upstreamUrl({ ...target, prefix: "v1beta" }, "/tasks/groups")).toBe("https://api.example.test/v1beta/tasks/groups");
  });

  it("uses another prefix when the call names one (a run lives under /v1 only)", () => {
    expect(upstreamUrl({ ...target, prefix: "v1beta" }, "/tasks/runs/trun_1", undefined, "v1")).toBe(
      "https://api.example.test/v1/tasks/runs/trun_1",
    );
  });

  it("adds the query, leaving out parameters without a value, from a record or from search params", () => {
    expect(upstreamUrl(target, "/tasks/groups/tgrp_1/runs", { include_output: "true", last_event_id: undefined })).toBe(
      "https://api.example.test/v1/tasks/groups/tgrp_1/runs?include_output=true",
    );
    expect(upstreamUrl(target, "/tasks/groups/tgrp_1/events", new URLSearchParams({ last_event_id: "a b", timeout: "5" }))).toBe(
      "https://api.example.test/v1/tasks/groups/tgrp_1/events?last_event_id=a+b&timeout=5",
    );
  });

  it("does not double the slash of a base URL given with one", () => {
    expect(upstreamUrl({ ...target, baseUrl: "http://127.0.0.1:4010/" }, "/tasks/groups")).toBe("http://127.0.0.1:4010/v1/tasks/groups");
  });
});

describe("upstreamHeaders, the one header set", () => {
  it("sends the key, the console's user-agent and JSON as what it accepts", () => {
    expect(upstreamHeaders(target)).toEqual({ accept: "application/json", "user-agent": UPSTREAM_USER_AGENT, "x-api-key": "server-key" });
  });

  it("takes the caller's accept and content-type, but never lets the caller replace the key", () => {
    expect(upstreamHeaders(target, { accept: "text/event-stream", "content-type": "application/json", "x-api-key": "client" })).toEqual({
      accept: "text/event-stream",
      "content-type": "application/json",
      "user-agent": UPSTREAM_USER_AGENT,
      "x-api-key": "server-key",
    });
  });

  it("sends no key when none is configured (an emulator that asks for none)", () => {
    expect(upstreamHeaders({ ...target, apiKey: undefined })).not.toHaveProperty("x-api-key");
  });
});
