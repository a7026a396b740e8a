import { getSecurityPolicy } from "./lib/config/security-env";
import { createConsoleProxy } from "./lib/http/console-proxy";

// Every request, assets included: the Host check must cover every route.
export const proxy = createConsoleProxy(getSecurityPolicy, { dev: process.env.NODE_ENV === "development" });
