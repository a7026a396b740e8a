"use client";

import { useId, useRef, useState, type DragEvent } from "react";
import { MAX_UPLOAD_FILE_BYTES } from "../../lib/upload/limits";
import { formatMegabytes } from "../../lib/upload/parse-source";
import { Button } from "../ui/button";

const ACCEPT =
  ".csv,.tsv,.tab,.json,.jsonl,.ndjson,.txt,text/csv,text/tab-separated-values,application/json,application/x-ndjson,text/plain";

/** Drop a file here or pick one; the file is read in a worker, never uploaded as is. */
export function FileDropZone({ onFile, compact = false }: { onFile: (file: File) => void; compact?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [over, setOver] = useState(false);
  const [multiple, setMultiple] = useState(false);

  const take = (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setMultiple(files.length > 1);
    onFile(files[0]);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files);
  };

  return (
    <div
      data-testid="file-drop-zone"
      data-over={over}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      className={`rounded-lg border-2 border-dashed text-center transition-colors ${compact ? "p-3" : "p-8"} ${
        over ? "border-accent-solid bg-accent-surface" : "border-line-strong"
      }`}
    >
      {!compact && <p className="text-sm font-medium">Drop a file here</p>}
      <p id={hintId} className="mt-1 text-xs text-fg-subtle">
        CSV, TSV, JSON (an array of rows) or JSON Lines, up to {formatMegabytes(MAX_UPLOAD_FILE_BYTES)}. The first row of a CSV names the
        columns.
      </p>
      <Button type="button" className="mt-3" onClick={() => input.current?.click()} aria-describedby={hintId}>
        {compact ? "Choose another file" : "Choose a file"}
      </Button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        className="sr-only"
        tabIndex={-1}
        aria-label="File of inputs"
        data-testid="file-input"
        onChange={(e) => {
          take(e.target.files);
          e.target.value = "";
        }}
      />
      {multiple && (
        <p className="mt-2 text-xs text-warning">Only the first file is used; add the others with &quot;Add runs&quot; afterwards.</p>
      )}
    </div>
  );
}
