/** Which upstream the console talks to. Safe for the browser: never holds the API key. */
export interface UpstreamConfig {
  kind: "emulator" | "parallel";
  baseUrl: string;
  prefix: "v1beta" | "v1";
}

// What the console reports about its upstream. Safe for the browser: never holds the API key.
export interface UpstreamStatus extends UpstreamConfig {
  reachable: boolean;
  status?: number;
  error?: string;
}
