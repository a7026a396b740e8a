/** Why a control is disabled ("Needs the operator role"), shown beside it and named by its aria-describedby. */
export function RoleReason({ id, reason, className = "" }: { id: string; reason: string; className?: string }) {
  return (
    <span id={id} className={`text-xs text-fg-subtle ${className}`} data-testid="role-reason">
      {reason}
    </span>
  );
}
