import type { SourceNote } from "../../lib/upload/types";
import { BUTTON_SECONDARY } from "../ui/button-styles";

const TONE: Record<SourceNote["severity"], string> = {
  error: "border-red-200 bg-red-50 text-red-900 dark:border-red-900 dark:bg-red-950/60 dark:text-red-100",
  warning: "border-amber-200 bg-amber-50 text-amber-900 dark:border-amber-900 dark:bg-amber-950/50 dark:text-amber-100",
  info: "border-zinc-200 bg-zinc-50 text-zinc-700 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-300",
};

/** What reading the file found: the problem that stops it, and remarks (BOM removed, empty rows skipped…). */
export function SourceNotes({ fatal, notes, offerLatin1, onLatin1 }: { fatal: SourceNote | null; notes: SourceNote[]; offerLatin1: boolean; onLatin1: () => void }) {
  if (!fatal && notes.length === 0) return null;
  return (
    <div className="space-y-2">
      {fatal && (
        <div role="alert" data-testid="source-error" data-code={fatal.code} className={`rounded-md border p-3 text-sm ${TONE.error}`}>
          <p>{fatal.message}</p>
          {offerLatin1 && (
            <button type="button" className={`${BUTTON_SECONDARY} mt-2`} onClick={onLatin1} data-testid="read-as-latin1">
              Read it as Latin-1 (Windows-1252)
            </button>
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
