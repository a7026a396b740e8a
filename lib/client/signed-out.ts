import { isPublicPage } from "../auth/page-access";

// When the session ends under an open page (signed out elsewhere, revoked, removed by an admin), the
// page stops asking for data and goes to sign-in, which brings the member back here afterwards.

let leaving = false;

export function leaveForSignIn(): void {
  if (leaving || typeof window === "undefined") return;
  const { pathname, search } = window.location;
  if (isPublicPage(pathname)) return;
  leaving = true;
  // A full load, not a client-side navigation: nothing of the signed-out page's state may stay.
  window.location.replace(`/sign-in?next=${encodeURIComponent(`${pathname}${search}`)}`);
}

/** After a live stream failed hard: if the reason is that nobody is signed in any more, go to sign-in. Returns whether it left. */
export async function leaveIfSignedOut(): Promise<boolean> {
  const response = await fetch("/api/me", { headers: { accept: "application/json" } }).catch(() => null);
  if (response?.status !== 401) return false;
  leaveForSignIn();
  return true;
}
