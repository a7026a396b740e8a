import type { OutputSchema, RunWebhook, TaskSpec } from "../parallel/types";
import type { UploadRecord } from "./journal-types";
import type { InputConfig, PreparedSummary, RawColumn, SourceEncoding, SourceFormat, SourceNote } from "./types";
import type { NewUpload } from "./write-upload";

// Messages between the page and the parse worker (parse-worker.ts). The worker keeps the parsed
// rows; the page only ever receives summaries, a preview and the row issues.

export interface SourceInput {
  name: string | null;
  blob?: Blob;
  text?: string;
}

export interface ParseOptions {
  encoding: SourceEncoding;
  hasHeader: boolean;
  format: SourceFormat | null;
}

export type WorkerRequest =
  | { type: "parse"; id: number; source: SourceInput; options: ParseOptions }
  | { type: "prepare"; id: number; config: InputConfig; outputSchema: OutputSchema }
  | {
      type: "materialize";
      id: number;
      config: InputConfig;
      outputSchema: OutputSchema;
      processor: string;
      /** Asked for on every run, so Parallel POSTs its status changes to the console. */
      webhook: RunWebhook | null;
      upload: Omit<NewUpload, "defaultTaskSpec" | "processor">;
    };

export type ParsedInfo =
  | {
      ok: true;
      format: SourceFormat;
      columns: RawColumn[];
      rowCount: number;
      textRows: boolean;
      notes: SourceNote[];
      parseMs: number;
      bytes: number;
    }
  | { ok: false; fatal: SourceNote; notes: SourceNote[]; offerLatin1: boolean; cancelled: boolean };

export type PreparedInfo = PreparedSummary & { configError: string | null; taskSpec: TaskSpec; prepareMs: number };

export type WorkerResponse =
  | { type: "progress"; id: number; chars: number; totalChars: number; rows: number }
  | { type: "parsed"; id: number; info: ParsedInfo }
  | { type: "prepared"; id: number; info: PreparedInfo }
  | { type: "materialized"; id: number; upload: UploadRecord }
  | { type: "failed"; id: number; message: string };
