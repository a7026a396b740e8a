// What the console accepts as an id: the API's own are `tgrp_`/`trun_` + 32 hex.
export const GROUP_ID_PATTERN = /^tgrp_[A-Za-z0-9]{1,64}$/;
export const RUN_ID_PATTERN = /^trun_[A-Za-z0-9]{1,64}$/;

/**
 * The group id in what a user pasted: a bare id, or a link whose path has `/groups/<id>` (this
 * console's own links, with or without a trailing path or query). Null when there is none.
 */
export function groupIdFromReference(reference: string): string | null {
  const text = reference.trim();
  if (GROUP_ID_PATTERN.test(text)) return text;
  let pathname: string;
  try {
    pathname = new URL(text).pathname;
  } catch {
    return null;
  }
  const segments = pathname.split("/").map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  const at = segments.lastIndexOf("groups");
  const candidate = at === -1 ? undefined : segments[at + 1];
  return candidate !== undefined && GROUP_ID_PATTERN.test(candidate) ? candidate : null;
}
