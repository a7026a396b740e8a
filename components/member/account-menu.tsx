"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { roleAllows } from "../../lib/auth/roles";
import { signOut } from "../../lib/client/auth-requests";
import { buttonClass } from "../ui/button";
import { FOCUS_RING } from "../ui/focus-ring";
import { useMember } from "./member-context";

const ITEM = `block w-full rounded-md px-3 py-1.5 text-left text-sm text-fg hover:bg-surface-hover ${FOCUS_RING}`;

/**
 * Who is signed in (name and role) and a menu: Account, Members and Audit log (admins), Sign out.
 * A disclosure: Enter or Space opens it, Tab moves through it, Escape closes it and returns focus.
 */
export function AccountMenu() {
  const member = useMember();
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: MouseEvent | FocusEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", closeOutside);
    document.addEventListener("focusin", closeOutside);
    return () => {
      document.removeEventListener("mousedown", closeOutside);
      document.removeEventListener("focusin", closeOutside);
    };
  }, [open]);

  if (!member) return null;
  const isAdmin = roleAllows(member.role, "admin");

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    setOpen(false);
    toggle.current?.focus();
  };
  const leave = async () => {
    setSigningOut(true);
    // Signed out or not (a session already ended answers 401), the next page is the sign-in.
    await signOut().catch(() => undefined);
    window.location.assign("/sign-in");
  };

  return (
    <div ref={root} className="relative" onKeyDown={onKeyDown} data-testid="account-menu">
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((was) => !was)}
        className={buttonClass({ variant: "ghost" }, "max-w-64")}
        data-testid="account-menu-button"
      >
        <span className="truncate font-medium text-fg" data-testid="signed-in-name">
          {member.name}
        </span>
        <span className="text-xs text-fg-muted" data-testid="signed-in-role">
          {member.role}
        </span>
        <span aria-hidden>▾</span>
      </button>
      <div
        id={menuId}
        hidden={!open}
        className="absolute right-0 z-20 mt-1 w-56 rounded-lg border border-line-strong bg-surface p-1 shadow-lg"
      >
        <p className="truncate px-3 py-1.5 text-xs text-fg-muted" data-testid="signed-in-email">
          {member.email}
        </p>
        <ul>
          <li>
            <Link href="/settings/account" className={ITEM} onClick={() => setOpen(false)}>
              Account
            </Link>
          </li>
          <li>
            <Link href="/settings/tokens" className={ITEM} onClick={() => setOpen(false)}>
              API tokens
            </Link>
          </li>
          <li>
            <Link href="/settings/usage" className={ITEM} onClick={() => setOpen(false)}>
              Usage
            </Link>
          </li>
          <li>
            <Link href="/settings/alerts" className={ITEM} onClick={() => setOpen(false)}>
              Alerts
            </Link>
          </li>
          {isAdmin && (
            <>
              <li>
                <Link href="/settings/members" className={ITEM} onClick={() => setOpen(false)}>
                  Members
                </Link>
              </li>
              <li>
                <Link href="/settings/audit" className={ITEM} onClick={() => setOpen(false)}>
                  Audit log
                </Link>
              </li>
              <li>
                <Link href="/settings/budgets" className={ITEM} onClick={() => setOpen(false)}>
                  Budgets
                </Link>
              </li>
            </>
          )}
          <li>
            <button type="button" className={ITEM} onClick={() => void leave()} disabled={signingOut} data-testid="sign-out">
              {signingOut ? "Signing out…" : "Sign out"}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
