import { runsQuerySchema } from "@/lib/contracts/group-runs";
import { shareTokenParamsSchema } from "@/lib/contracts/share-links";
import { AppError } from "@/lib/http/app-error";
import { defineRoute } from "@/lib/http/define-route";
import { readRunsPage } from "@/lib/run-cache/read-runs-page";
import { openShareLink } from "@/lib/share/share-links";
import { stripRunData } from "@/lib/share/strip-run-data";

/**
 * A page of the shared group's runs (`?status=&q=&cursor=&limit=&fields=input,output`). A link that
 * shares only counts and progress gets runs without inputs, outputs, metadata or errors, and no search
 * (it would match their text).
 */
export const GET = defineRoute(
  { access: "public", params: shareTokenParamsSchema, query: runsQuerySchema },
  async ({ params, query, deps: { db, target } }) => {
    const link = await openShareLink({ db, token: params.token });
    const q = query.q || undefined;
    if (!link.includeData && q)
      throw new AppError("validation_failed", "query q: this share link does not share inputs or outputs, so runs cannot be searched");
    const fields = link.includeData ? query.fields : { input: false, output: false };
    const page = await readRunsPage({ db, target, groupId: link.groupId, ...query, q, fields });
    return Response.json(link.includeData ? page : stripRunData(page), { headers: { "cache-control": "no-store, no-transform" } });
  },
);
