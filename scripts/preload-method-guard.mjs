// Preloaded into `next start` / `next dev` (NODE_OPTIONS=--import, see next-process.ts): every HTTP
// server the process creates answers methods the console does not serve with 405 before Next.js
// sees them (see unsupported-method.mjs for why Next cannot). Next requires `http`, whose
// module object is this default export, so replacing `createServer` on it reaches Next. It also
// stamps each request with its peer's address (peer-address.mjs).
import http from "node:http";
import { stampPeerAddress } from "./peer-address.mjs";
import { refuseUnsupportedMethod } from "./unsupported-method.mjs";

const createServer = http.createServer;
http.createServer = function createGuardedServer(...args) {
  const at = args.findIndex((arg) => typeof arg === "function");
  if (at !== -1) {
    const listener = args[at];
    args[at] = function guardedListener(req, res) {
      if (refuseUnsupportedMethod(req, res)) return;
      stampPeerAddress(req);
      return listener.call(this, req, res);
    };
  }
  return createServer.apply(this, args);
};
