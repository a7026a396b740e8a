"use client";

import Link from "next/link";
import { useId, type ReactNode } from "react";
import type { Role } from "../../lib/auth/roles";
import { Button, buttonClass, type ButtonLook } from "../ui/button";
import { useRoleGate } from "./member-context";
import { RoleReason } from "./role-reason";

export interface GatedLinkButtonProps extends ButtonLook {
  href: string;
  /** The least role the page behind the link needs. */
  needs: Role;
  children: ReactNode;
  className?: string;
  testId?: string;
}

/** A link drawn as a button that, for a role too low for its page, is a disabled button with the reason beside it. */
export function GatedLinkButton({ href, needs, children, className = "", testId, variant, size }: GatedLinkButtonProps) {
  const gate = useRoleGate(needs);
  const reasonId = useId();
  if (gate.allowed) {
    return (
      <Link href={href} className={buttonClass({ variant, size }, className)} data-testid={testId}>
        {children}
      </Link>
    );
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" variant={variant} size={size} className={className} disabled aria-describedby={reasonId} data-testid={testId}>
        {children}
      </Button>
      <RoleReason id={reasonId} reason={gate.reason ?? ""} />
    </span>
  );
}
