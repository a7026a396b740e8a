import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error";
import { createQueryClient, shouldRetryQuery } from "./query-client";

describe("the query client's defaults", () => {
  it("never retries a 4xx: a missing group shows as not found at once", () => {
    expect(shouldRetryQuery(0, new ApiError(404, "not_found", "Group not found"))).toBe(false);
    expect(shouldRetryQuery(0, new ApiError(422, "validation_failed", "bad id"))).toBe(false);
  });

  it("retries server and network errors twice, then gives up", () => {
    const unavailable = new ApiError(502, "upstream_unreachable", "down");
    expect(shouldRetryQuery(0, unavailable)).toBe(true);
    expect(shouldRetryQuery(1, new ApiError(0, "network", "offline"))).toBe(true);
    expect(shouldRetryQuery(2, unavailable)).toBe(false);
  });

  it("is what every query gets unless it says otherwise", () => {
    const client = createQueryClient();
    expect(client.getDefaultOptions().queries?.retry).toBe(shouldRetryQuery);
  });
});
