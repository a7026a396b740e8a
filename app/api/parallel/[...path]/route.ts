import { z } from "zod";
import { proxyCall } from "@/lib/gateway/proxy-call";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

const gatewayParamsSchema = z.object({ path: z.array(z.string()) });

// Every method of the API's kind lands here so that anything off the allowlist is a 404 from the gateway,
// never a call upstream. Methods Next.js cannot hand to a route (TRACE, …) get a 405 before it sees
// them, from the preload `npm start` gives it (scripts/preload-method-guard.mjs).
const handle = defineRoute({ params: gatewayParamsSchema }, ({ request, params, deps }) => proxyCall(request, params.path, deps.gateway));

export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE };
