import { describe, expect, it } from "vitest";
import { endWithShareLink, SHARE_ENDED_EVENT } from "./end-with-share-link";
import { shareLinkEnded } from "./share-link-ended";
import { endlessStream } from "../testing/endless-stream";

const FIRST_FRAME = "event: task_group_status\ndata: {}\n\n";

function switchable(): { isOpen: () => Promise<boolean>; close(): void } {
  let open = true;
  return { isOpen: async () => open, close: () => (open = false) };
}

const HOUR_MS = 3_600_000;

async function rest(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<string> {
  let text = "";
  const decoder = new TextDecoder();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += decoder.decode(chunk.value);
  return text;
}

describe("a live stream opened through a share link", () => {
  it("ends with share_ended, and stops its upstream, as soon as the link is revoked in this process", async () => {
    const { response, cancelled } = endlessStream(FIRST_FRAME);
    const link = switchable();
    // No recheck within the test: only the announcement can end it.
    const relayed = endWithShareLink(response, "link-revoked-here", link.isOpen, HOUR_MS);
    const reader = relayed.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain("task_group_status");
    shareLinkEnded.announce("another-link");
    link.close();
    shareLinkEnded.announce("link-revoked-here");
    expect(await rest(reader)).toBe(SHARE_ENDED_EVENT);
    await cancelled;
  });

  it("ends when a recheck finds the link revoked elsewhere or expired, without an announcement", async () => {
    const { response } = endlessStream(FIRST_FRAME);
    const link = switchable();
    const relayed = endWithShareLink(response, "link-revoked-elsewhere", link.isOpen, 20);
    const reader = relayed.body!.getReader();
    await reader.read();
    link.close();
    expect(await rest(reader)).toBe(SHARE_ENDED_EVENT);
  });

  it("passes other answers through untouched", () => {
    const json = Response.json({ ok: true });
    expect(endWithShareLink(json, "link", switchable().isOpen)).toBe(json);
  });
});
