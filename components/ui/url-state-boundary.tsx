import { Suspense, type ReactNode } from "react";
import { Spinner } from "./spinner";

/**
 * Above a view that keeps its state in the URL: nuqs reads the search params, which needs a Suspense
 * boundary. `loading` labels the spinner shown meanwhile.
 */
export function UrlStateBoundary({ loading, children }: { loading: string; children: ReactNode }) {
  return <Suspense fallback={<Spinner label={loading} />}>{children}</Suspense>;
}
