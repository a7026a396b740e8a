import { setupBodySchema, type SetupBody } from "../contracts/team";

// The setup and invitation forms check their fields with the server's own schema, so the message
// under a field is the rule the server applies, named after the field.

export type CredentialField = keyof SetupBody;

const FIELD_LABELS: Record<CredentialField, string> = { name: "Name", email: "Email", password: "Password" };

/** One message per field that breaks a rule ("Password must be at least 10 characters."); empty when all is well. */
export function credentialErrors(values: SetupBody): Partial<Record<CredentialField, string>> {
  const parsed = setupBodySchema.safeParse(values);
  if (parsed.success) return {};
  const errors: Partial<Record<CredentialField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as CredentialField;
    errors[field] ??= `${FIELD_LABELS[field]} ${issue.message}.`;
  }
  return errors;
}
