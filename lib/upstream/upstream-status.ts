// What the console reports about its upstream. Safe for the browser: never holds the API key.
export interface UpstreamStatus {
  kind: "emulator" | "parallel";
  baseUrl: string;
  prefix: "v1beta" | "v1";
  reachable: boolean;
  status?: number;
  error?: string;
}
