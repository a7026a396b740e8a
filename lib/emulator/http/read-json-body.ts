import type { IncomingMessage } from "node:http";
import type { ValidationErrorItem } from "../../parallel/types";

const MAX_BODY_BYTES = 64 * 1024 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; error: ValidationErrorItem };

export async function readJsonBody(req: IncomingMessage): Promise<JsonBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return { ok: false, error: { loc: ["body"], msg: "Request body too large", type: "too_large" } };
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const position = /position (\d+)/.exec(String(e))?.[1];
    return {
      ok: false,
      error: { loc: ["body", position ? Number(position) : 0], msg: `JSON decode error: ${(e as Error).message}`, type: "json_invalid" },
    };
  }
}
