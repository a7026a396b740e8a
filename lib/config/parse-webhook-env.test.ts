import { describe, expect, it } from "vitest";
import { parseWebhookEnv } from "./parse-webhook-env";

describe("parseWebhookEnv", () => {
  it("leaves webhooks off by default (empty means unset)", () => {
    expect(parseWebhookEnv({})).toEqual({ secret: null, consoleWebhookUrl: null });
    expect(parseWebhookEnv({ PARALLEL_WEBHOOK_SECRET: "", CONSOLE_WEBHOOK_URL: "" })).toEqual({ secret: null, consoleWebhookUrl: null });
  });

  it("reads the secret and the URL", () => {
    expect(
      parseWebhookEnv({ PARALLEL_WEBHOOK_SECRET: "whsec_abc", CONSOLE_WEBHOOK_URL: "https://console.example.com/api/webhooks/parallel" }),
    ).toEqual({ secret: "whsec_abc", consoleWebhookUrl: "https://console.example.com/api/webhooks/parallel" });
  });

  it("names CONSOLE_WEBHOOK_URL and its value when it is not an http(s) URL", () => {
    expect(() => parseWebhookEnv({ CONSOLE_WEBHOOK_URL: "ftp://x.test/hook" })).toThrow(
      /CONSOLE_WEBHOOK_URL: must be an http\(s\) URL.*"ftp:\/\/x.test\/hook"/,
    );
  });
});
