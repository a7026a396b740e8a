import { MAX_INPUTS_PER_REQUEST } from "../parallel/schemas/limits";

/** Largest file the form reads. 50 MB is ~250,000 rows of a typical spreadsheet export, well past one group's sensible size, and still decodes in a worker in a second or two. */
export const MAX_UPLOAD_FILE_BYTES = 50 * 1024 * 1024;

/** Runs per add-runs request: the API's own cap. */
export const BATCH_SIZE = MAX_INPUTS_PER_REQUEST;

/** Add-runs requests in flight at once: enough to hide a round trip, few enough not to trip a rate limit at once. */
export const SUBMIT_CONCURRENCY = 3;

/** Rows shown in the preview table. */
export const PREVIEW_ROW_COUNT = 10;

/** Characters Papa Parse reads per step; between steps the worker yields so a newer request can cancel the parse. */
export const PARSE_CHUNK_CHARS = 1024 * 1024;
