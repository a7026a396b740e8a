/** What the server refused, said under a form. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="text-sm text-danger" data-testid="form-error">
      {message}
    </p>
  );
}
