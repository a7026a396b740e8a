import { MIN_PASSWORD_LENGTH } from "../../lib/auth/password-rules";
import { FormField, type FormFieldProps } from "./form-field";

export interface PasswordFieldProps extends Omit<FormFieldProps, "type" | "autoComplete" | "hint"> {
  /** current: the password the member signs in with; new: one they choose, shown with the server's rule. */
  purpose: "current" | "new";
}

/** A password field that password managers fill (current) or offer to generate (new). */
export function PasswordField({ purpose, ...props }: PasswordFieldProps) {
  return purpose === "new" ? (
    <FormField {...props} type="password" autoComplete="new-password" hint={`At least ${MIN_PASSWORD_LENGTH} characters.`} />
  ) : (
    <FormField {...props} type="password" autoComplete="current-password" />
  );
}
