// Shapes of identifiers and timestamps on the wire, as the shared API README describes them.

export const GROUP_ID_PATTERN = /^tgrp_[0-9a-f]{32}$/;
export const RUN_ID_PATTERN = /^trun_[0-9a-f]{32}$/;

// RFC 3339 date-time: full date, "T" (or "t"/space), time with optional fraction, and Z or an offset.
const RFC_3339_PATTERN = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

export function isRfc3339(value: unknown): boolean {
  return typeof value === "string" && RFC_3339_PATTERN.test(value) && !Number.isNaN(Date.parse(value));
}
