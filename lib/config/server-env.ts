import "server-only";
import { parseServerEnv, type ServerEnv } from "./parse-server-env";

export type { ServerEnv } from "./parse-server-env";

let cached: ServerEnv | undefined;

// Parsed on first use rather than at import, so `next build` (which imports
// route modules) does not need the runtime environment; parsed once after that.
export function getServerEnv(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}
