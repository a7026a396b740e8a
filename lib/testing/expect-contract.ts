import { expectResponseBody, expectStreamEvent, responseSchemaFor } from "./contract";
import type { SseRead } from "./sse";

// Checks a whole response the way the contract describes its operation: status documented, content
// type as documented, body (or every streamed event) valid against the documented schema.

export interface ResponseLike {
  status: number;
  headers: Headers;
  body: unknown;
}

function expectContentType(actual: string | null, expected: string, label: string): void {
  if (!actual?.toLowerCase().startsWith(expected)) {
    throw new Error(`${label}: content-type is ${JSON.stringify(actual)}, the contract says ${expected}`);
  }
}

/** `path` is the concrete request path (e.g. `/v1/tasks/groups/tgrp_…`). */
export function expectContractResponse(method: string, path: string, response: ResponseLike): void {
  const label = `${method.toUpperCase()} ${path} → ${response.status}`;
  const schema = responseSchemaFor(method, path, response.status);
  if (!schema) throw new Error(`${label}: the contract documents no ${response.status} response for this operation`);
  expectContentType(response.headers.get("content-type"), schema.contentType, label);
  expectResponseBody(method, path, response.status, response.body);
}

/** Every event of a streamed 200 response is a JSON object valid against the operation's event schema. */
export function expectContractStream(method: string, path: string, read: SseRead): void {
  const label = `${method.toUpperCase()} ${path}`;
  if (read.status !== 200) throw new Error(`${label}: HTTP ${read.status}: ${read.trailing}`);
  expectContentType(read.headers.get("content-type"), "text/event-stream", label);
  for (const [index, event] of read.events.entries()) {
    if (typeof event.data !== "object" || event.data === null) {
      throw new Error(`${label}: event ${index} data is not a JSON object: ${event.rawData}`);
    }
    expectStreamEvent(method, path, event.data);
  }
}
