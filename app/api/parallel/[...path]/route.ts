import { getGateway } from "@/lib/gateway/gateway.server";
import { proxyCall } from "@/lib/gateway/proxy-call";
import { withRoute } from "@/lib/http/with-route";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ path: string[] }> };

// Every method of the API's kind lands here so that anything off the allowlist is a 404 from the gateway,
// never a call upstream. Methods Next.js cannot hand to a route (TRACE, …) get a 405 before it sees
// them, from the preload `npm start` gives it (scripts/preload-method-guard.mjs).
const handle = withRoute<Context>(async (request, { params }) => proxyCall(request, (await params).path, getGateway()));

export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE };
