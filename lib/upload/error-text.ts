/** What a caught value says, for a message the user reads. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
