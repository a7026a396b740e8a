import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signWebhook, webhookSignatureMatches } from "./webhook-signature";

const delivery = { id: "msg_1", timestamp: "1700000000", body: '{"type":"task_run.status"}' };

describe("webhook signatures (Standard Webhooks)", () => {
  it("signs HMAC-SHA256 of id.timestamp.body with the secret's bytes, base64, prefixed v1,", () => {
    const expected = createHmac("sha256", "plain-secret").update(`msg_1.1700000000.${delivery.body}`).digest("base64");
    expect(signWebhook({ ...delivery, secret: "plain-secret" })).toBe(`v1,${expected}`);
  });

  it("a whsec_ secret is the base64 of the key", () => {
    const key = Buffer.from("raw key bytes");
    const expected = createHmac("sha256", key).update(`msg_1.1700000000.${delivery.body}`).digest("base64");
    expect(signWebhook({ ...delivery, secret: `whsec_${key.toString("base64")}` })).toBe(`v1,${expected}`);
  });

  it("accepts the right signature among several, refuses a wrong secret, body or id", () => {
    const header = `v1,bm90IGl0 ${signWebhook({ ...delivery, secret: "s" })}`;
    expect(webhookSignatureMatches({ ...delivery, secret: "s" }, header)).toBe(true);
    expect(webhookSignatureMatches({ ...delivery, secret: "other" }, header)).toBe(false);
    expect(webhookSignatureMatches({ ...delivery, secret: "s", body: "{}" }, header)).toBe(false);
    expect(webhookSignatureMatches({ ...delivery, secret: "s", id: "msg_2" }, header)).toBe(false);
    expect(webhookSignatureMatches({ ...delivery, secret: "s" }, "")).toBe(false);
  });
});
