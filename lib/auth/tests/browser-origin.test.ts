import { describe, expect, it, vi } from "vitest";

import * as authRoute from "../../../app/api/auth/[...all]/route";
import { setUpRouteTests } from "../../registry/route-test-support";
import { signedInDeps } from "./team-test-bed";

// better-auth skips its origin check when NODE_ENV is "test"; this file is about that check.
vi.hoisted(() => {
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("TEST", "");
});

setUpRouteTests();

// Next.js hands route handlers a URL whose host is "localhost" when the browser asked for 127.0.0.1.
// A browser's sign-in must still count as coming from the console itself: what matters is the Host it
// asked for, the same origin the console's own write check expects.
describe("a browser signing in at http://127.0.0.1", () => {
  it("is not refused as a foreign origin when the handler's URL says localhost", async () => {
    const request = new Request("http://localhost:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: {
        host: "127.0.0.1:3000",
        origin: "http://127.0.0.1:3000",
        "sec-fetch-site": "same-origin",
        "sec-fetch-mode": "cors",
        "content-type": "application/json",
        // A cookie of another console on the same host (cookies ignore ports).
        cookie: "tgc-3001.session_token=someone-elses",
      },
      body: JSON.stringify({ email: "nobody@example.test", password: "not a password" }),
    });
    const response = await authRoute.POST.withDeps(await signedInDeps())(request, {
      params: Promise.resolve({ all: ["sign-in", "email"] }),
    });
    // An unknown account: the ordinary answer, not 403 "Invalid origin".
    expect(response.status, await response.clone().text()).toBe(401);
  });
});
