import type { UpstreamPrefix, UpstreamQuery, UpstreamTarget } from "./upstream-target";

/** One call to the Task Group API, JSON or stream, as every caller in the console describes it. */
export interface UpstreamRequest {
  target: UpstreamTarget;
  method?: "GET" | "POST";
  /** Path after the prefix, e.g. `/tasks/groups/tgrp_1`. */
  path: string;
  /** Overrides the configured prefix (a run is read under `/v1` only; the SDK names its own). */
  prefix?: UpstreamPrefix;
  query?: UpstreamQuery;
  /** A JSON body, sent as `application/json`. */
  json?: unknown;
  /** A body already serialised (the gateway's relay), its content-type in `headers`. */
  body?: string;
  headers?: Record<string, string>;
  /** The caller's own end: a browser that left, a closed channel. */
  signal?: AbortSignal;
}
