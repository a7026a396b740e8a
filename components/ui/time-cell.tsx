import type { ComponentProps } from "react";
import { RelativeTime } from "./relative-time";
import { TD } from "./table";

/** A table cell of a moment: "3 minutes ago" with the exact time on hover, or `absent` (e.g. "never") when there is none. */
export function TimeCell({
  value,
  absent,
  ...cell
}: Omit<ComponentProps<typeof TD>, "children" | "className"> & { value: string | null; absent?: string }) {
  return (
    <TD {...cell} className="whitespace-nowrap text-fg-muted">
      {!value && absent !== undefined ? absent : <RelativeTime value={value} />}
    </TD>
  );
}
