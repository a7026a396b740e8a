import "server-only";
import { randomUUID } from "node:crypto";

// On globalThis: separately bundled route handlers of one process are one instance.
const globalForInstance = globalThis as typeof globalThis & { __consoleInstanceId?: string };

/** This process's id as a lease holder: random per process, logged once so leases can be traced to a process. */
export function instanceId(): string {
  if (!globalForInstance.__consoleInstanceId) {
    globalForInstance.__consoleInstanceId = `${process.pid}-${randomUUID().slice(0, 8)}`;
    console.info(`cluster: this console instance holds leases as ${globalForInstance.__consoleInstanceId}`);
  }
  return globalForInstance.__consoleInstanceId;
}
