"use client";

import { LABEL, Textarea } from "../ui/input";

/** The output schema as JSON, kept in step with the builder; its problems are shown beneath. */
export function JsonSchemaEditor({ text, onChange, problem }: { text: string; onChange: (text: string) => void; problem: string | null }) {
  return (
    <div>
      <label htmlFor="json-schema" className={LABEL}>
        JSON schema
      </label>
      <Textarea
        id="json-schema"
        data-testid="json-schema-editor"
        value={text}
        onChange={(e) => onChange(e.target.value)}
        spellCheck={false}
        rows={16}
        aria-invalid={problem !== null}
        aria-describedby={problem ? "json-schema-problem" : undefined}
        invalid={problem !== null}
        className="mt-1 w-full font-mono text-xs"
      />
      {problem && (
        <p id="json-schema-problem" role="alert" className="mt-1 text-sm text-danger" data-testid="schema-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
