# syntax=docker/dockerfile:1
# The console as a container: the standalone build (`output: "standalone"` in next.config.mjs), run
# with `node server.js` as the unprivileged `node` user. See docs/deploy.md.

FROM node:20-slim AS deps
WORKDIR /app
# better-sqlite3 is a native addon: compiled here when no prebuilt binary fits.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci

FROM node:20-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
# `next build`, then scripts/prepare-standalone.ts copies .next/static, public/ and the method-guard
# preload into .next/standalone (scripts/next-build.ts): the same steps e2e/standalone.spec.ts runs
# before `node server.js`.
RUN npm run build

FROM node:20-slim AS run
WORKDIR /app
ENV NODE_ENV=production \
  NEXT_TELEMETRY_DISABLED=1 \
  HOSTNAME=0.0.0.0 \
  PORT=3000 \
  CONSOLE_DB=/data/console.db \
  NODE_OPTIONS="--import ./scripts/preload-method-guard.mjs"
RUN mkdir /data && chown node:node /data
COPY --from=build --chown=node:node /app/.next/standalone ./
USER node
VOLUME /data
EXPOSE 3000
# Liveness only: readiness (/api/ready) is for the load balancer, which must not restart a draining instance.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM drains (instrumentation.ts): readiness 503, SSE streams end with a retry hint, requests finish, exit 0.
STOPSIGNAL SIGTERM
CMD ["node", "server.js"]
