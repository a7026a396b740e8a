import type { ComponentProps } from "react";

/**
 * Cell padding. compact: previews inside a form; normal: lists; relaxed: the groups list, two
 * lines a row; fixed: rows whose height is set by the row itself (the virtualized runs grid).
 */
export type TableDensity = "compact" | "normal" | "relaxed" | "fixed";

const HEADER_PADDING: Record<TableDensity, string> = {
  compact: "px-2 py-1",
  normal: "px-3 py-2",
  relaxed: "px-4 py-2",
  fixed: "px-3 py-2",
};

const CELL_PADDING: Record<TableDensity, string> = {
  compact: "px-2 py-1",
  normal: "px-3 py-2",
  relaxed: "px-4 py-3",
  fixed: "px-3",
};

export function Table({ className = "", ...props }: ComponentProps<"table">) {
  return <table {...props} className={`text-left text-sm ${className}`} />;
}

/** The header row group: the one header look of every table. Pass `sticky` in a scrolling box. */
export function THead({ sticky = false, className = "", ...props }: ComponentProps<"thead"> & { sticky?: boolean }) {
  return (
    <thead
      {...props}
      className={`bg-surface-muted text-xs font-medium tracking-wide text-fg-muted uppercase ${sticky ? "sticky top-0 z-10" : ""} ${className}`}
    />
  );
}

export function TBody(props: ComponentProps<"tbody">) {
  return <tbody {...props} />;
}

/** A body row, divided from the next by a soft line. */
export function TR({ className = "", ...props }: ComponentProps<"tr">) {
  return <tr {...props} className={`border-t border-line-soft ${className}`} />;
}

export function TH({ density = "normal", className = "", ...props }: ComponentProps<"th"> & { density?: TableDensity }) {
  return <th {...props} className={`border-b border-line text-left font-medium ${HEADER_PADDING[density]} ${className}`} />;
}

export function TD({ density = "normal", className = "", ...props }: ComponentProps<"td"> & { density?: TableDensity }) {
  return <td {...props} className={`${CELL_PADDING[density]} ${className}`} />;
}
