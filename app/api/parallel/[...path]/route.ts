import { z } from "zod";
import { getSecurityPolicy } from "@/lib/config/security-env";
import { proxyCall } from "@/lib/gateway/proxy-call";
import { clientIp } from "@/lib/http/client-ip";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

const gatewayParamsSchema = z.object({ path: z.array(z.string()) });

// Every method of the API's kind lands here so that anything off the allowlist is a 404 from the gateway,
// never a call upstream. Methods Next.js cannot hand to a route (TRACE, …) get a 405 before it sees
// them, from the preload `npm start` gives it (scripts/preload-method-guard.mjs).
// Reading is for every member; anything that can spend the team's credits needs an operator.
export const GET = defineRoute({ access: "viewer", params: gatewayParamsSchema }, ({ request, params, deps }) =>
  proxyCall(request, params.path, deps.gateway),
);
const write = defineRoute({ access: "operator", params: gatewayParamsSchema }, ({ request, member, params, deps }) =>
  proxyCall(request, params.path, deps.gateway, { member, ip: clientIp(request, getSecurityPolicy()) }),
);

export { write as POST, write as PUT, write as PATCH, write as DELETE };
