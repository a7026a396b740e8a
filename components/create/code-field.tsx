import type { ReactNode } from "react";
import { LABEL, Textarea } from "../ui/input";

export interface CodeFieldProps {
  id: string;
  label: string;
  text: string;
  onChange: (text: string) => void;
  rows: number;
  testId: string;
  placeholder?: string;
  /** What is wrong with the text, announced and shown beneath it. */
  problem?: string | null;
  /** Under the field: how to fill it in. */
  hint?: ReactNode;
}

/** A labelled monospace text area for text the console parses (rows, a JSON schema). */
export function CodeField({ id, label, text, onChange, rows, testId, placeholder, problem = null, hint }: CodeFieldProps) {
  const problemId = `${id}-problem`;
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <Textarea
        id={id}
        data-testid={testId}
        value={text}
        onChange={(e) => onChange(e.target.value)}
        spellCheck={false}
        rows={rows}
        placeholder={placeholder}
        aria-invalid={problem !== null}
        aria-describedby={problem ? problemId : undefined}
        invalid={problem !== null}
        className="mt-1 w-full font-mono text-xs"
      />
      {problem && (
        <p id={problemId} role="alert" className="mt-1 text-sm text-danger" data-testid={`${testId}-problem`}>
          {problem}
        </p>
      )}
      {hint}
    </div>
  );
}
