import type { IncomingMessage, ServerResponse } from "node:http";

export function refuseUnsupportedMethod(req: IncomingMessage, res: ServerResponse): boolean;
