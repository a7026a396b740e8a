/** A contract's query as a URL builder takes it: any parameter may be left out (or null). */
export type UrlQuery<T> = { [K in keyof T]?: T[K] | null };

/** A query string from a contract's query object: unset, null and "" values are left out. */
export function searchOf(query: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
