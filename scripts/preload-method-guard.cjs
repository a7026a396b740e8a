// Preloaded into `next start` / `next dev` (NODE_OPTIONS=--require, see next-process.ts): every HTTP
// server the process creates answers methods the console does not serve with 405 before Next.js
// sees them (see unsupported-method.cjs for why Next cannot).
const http = require("node:http");
const { refuseUnsupportedMethod } = require("./unsupported-method.cjs");

const createServer = http.createServer;
http.createServer = function createGuardedServer(...args) {
  const at = args.findIndex((arg) => typeof arg === "function");
  if (at !== -1) {
    const listener = args[at];
    args[at] = function guardedListener(req, res) {
      if (refuseUnsupportedMethod(req, res)) return;
      return listener.call(this, req, res);
    };
  }
  return createServer.apply(this, args);
};
