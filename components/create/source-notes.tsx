import type { SourceNote } from "../../lib/upload/types";
import { Button } from "../ui/button";

const TONE: Record<SourceNote["severity"], string> = {
  error: "border-danger-line bg-danger-surface text-danger-strong",
  warning: "border-warning-line bg-warning-surface text-warning-strong",
  info: "border-line bg-surface-muted text-fg-soft",
};

/** What reading the file found: the problem that stops it, and remarks (BOM removed, empty rows skipped…). */
export function SourceNotes({
  fatal,
  notes,
  offerLatin1,
  onLatin1,
}: {
  fatal: SourceNote | null;
  notes: SourceNote[];
  offerLatin1: boolean;
  onLatin1: () => void;
}) {
  if (!fatal && notes.length === 0) return null;
  return (
    <div className="space-y-2">
      {fatal && (
        <div role="alert" data-testid="source-error" data-code={fatal.code} className={`rounded-md border p-3 text-sm ${TONE.error}`}>
          <p>{fatal.message}</p>
          {offerLatin1 && (
            <Button type="button" className="mt-2" onClick={onLatin1} data-testid="read-as-latin1">
              Read it as Latin-1 (Windows-1252)
            </Button>
          )}
        </div>
      )}
      {notes.length > 0 && (
        <ul className="space-y-1" data-testid="source-notes">
          {notes.map((note, i) => (
            <li key={`${note.code}-${i}`} data-code={note.code} className={`rounded-md border px-3 py-2 text-sm ${TONE[note.severity]}`}>
              {note.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
