// A path with its ids and secrets replaced by placeholders: a metric label or a log field must never
// carry a group id (unbounded label values) or a share link's token (a credential in the path).

// Segments kept as they are: route words (`groups`, `sign-in`) and API versions (`v1`, `v1beta`).
const STATIC_SEGMENT = /^(?:[a-z][a-z-]*|v\d+(?:beta)?)$/;
// The segment after these is a secret whatever it looks like.
const SECRET_AFTER = new Set(["share"]);

/** `/api/groups/tgrp_1a2b/runs` → `/api/groups/[id]/runs`; `/api/share/<token>/events` → `/api/share/[token]/events`. */
export function routeTemplateOf(pathname: string): string {
  const segments = pathname.split("/");
  return segments
    .map((segment, at) => {
      if (segment === "") return segment;
      if (at > 0 && SECRET_AFTER.has(segments[at - 1]!)) return "[token]";
      return STATIC_SEGMENT.test(segment) ? segment : "[id]";
    })
    .join("/");
}
