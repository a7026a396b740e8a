import { getGateway } from "@/lib/gateway/gateway.server";
import { proxyCall } from "@/lib/gateway/proxy-call";
import { withRoute } from "@/lib/http/with-route";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ path: string[] }> };

// Every method lands here so that anything off the allowlist is a 404 from the gateway, never a call upstream.
const handle = withRoute<Context>(async (request, { params }) => proxyCall(request, (await params).path, getGateway()));

export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE };
