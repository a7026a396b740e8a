import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

describe("RelativeTime rendered on the server", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.resetModules();
  });

  it("measures from the time of the request, not from when the server loaded the module", async () => {
    vi.useFakeTimers({ now: Date.parse("2026-12-01T00:00:00Z") });
    const { RelativeTime } = await import("./relative-time");
    // The server has been up for an hour when a page showing a run that started a minute ago is rendered.
    vi.setSystemTime(Date.now() + HOUR_MS);
    const html = renderToString(<RelativeTime value={Date.now() - MINUTE_MS} />);
    expect(html).toContain("1 minute ago");
  });
});
