/** A 4xx other than 408 and 429: the request was refused for good, so sending it again cannot help. */
export function isDefiniteRejection(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" && status >= 400 && status < 500 && status !== 408 && status !== 429;
}
