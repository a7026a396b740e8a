import { AppError } from "./app-error";

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;

function hasBody(request: Request): boolean {
  const length = request.headers.get("content-length");
  return request.headers.has("transfer-encoding") || (length !== null && length.trim() !== "0");
}

/**
 * Writes carry JSON. Forms and `text/plain` are what another site can post without a preflight, so a
 * write with any other declared type, or a body with none, is refused (415). A write with neither
 * body nor type (DELETE) has nothing to misread and passes.
 */
export function checkJsonContentType(request: Request): void {
  const declared = request.headers.get("content-type");
  if (declared === null && !hasBody(request)) return;
  const mediaType = declared?.split(";")[0].trim().toLowerCase() ?? "";
  if (JSON_MEDIA_TYPE.test(mediaType)) return;
  const path = new URL(request.url).pathname;
  throw new AppError(
    "unsupported_media_type",
    `${request.method} ${path} takes a JSON body: send Content-Type: application/json (got ${declared === null ? "no Content-Type" : `'${declared}'`})`,
  );
}
