import { serveAuthEndpoint } from "@/lib/auth/auth-endpoint";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

// Sign-in, sign-out, sessions, password change and single sign-on (better-auth), behind an allowlist.
const handle = defineRoute({ access: "public" }, ({ request, deps }) => serveAuthEndpoint(request, deps.db, deps.auth));

export { handle as GET, handle as POST };
