import type { ReactNode } from "react";
import { TBody, TD, TH, THead, Table } from "../ui/table";

export interface RowsTableProps {
  /** The header cells after "Row". */
  head: ReactNode;
  /** The scrolling box's height, margin and border. */
  className: string;
  /** Makes the cells' text smaller. */
  small?: boolean;
  children: ReactNode;
  /** Under the table, inside the scrolling box. */
  footer?: ReactNode;
}

/** Rows of the file being uploaded, each with its row number first, in a box that scrolls under a header that stays in view. */
export function RowsTable({ head, className, small = false, children, footer }: RowsTableProps) {
  return (
    <div className={`overflow-auto ${className}`}>
      <Table className={small ? "w-full text-xs" : "w-full"}>
        <THead sticky>
          <tr>
            <TH density="compact">Row</TH>
            {head}
          </tr>
        </THead>
        <TBody>{children}</TBody>
      </Table>
      {footer}
    </div>
  );
}

/** A row's first cell in a RowsTable. */
export function RowNumberCell({ row, className = "" }: { row: number; className?: string }) {
  return (
    <TD density="compact" className={`tabular-nums ${className}`}>
      {row}
    </TD>
  );
}
