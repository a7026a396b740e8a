// Test-only: JSON text nested `levels` objects deep, `{"a":{"a":…1…}}`. Built as text because
// JSON.stringify itself overflows the stack on such values.
export function deepJsonText(levels: number): string {
  return `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`;
}
