import type { ComponentProps, ReactNode } from "react";
import { Button, type ButtonProps } from "./button";
import { Card } from "./card";
import { TBody, TD, TH, THead, Table } from "./table";

/** A column header: its label, or its label with figures aligned right. */
export type CardTableColumn = string | { label: string; align: "right" };

export interface CardTableProps extends Omit<ComponentProps<"table">, "children"> {
  /** Names the table for screen readers. */
  caption: string;
  /** The column headers, left to right; each label is unique. */
  columns: readonly CardTableColumn[];
  /** Adds a last column for each row's action, headed for screen readers only. */
  actions?: boolean;
  /** Marks the rows as being replaced (a new page loading): dimmed, and aria-busy. */
  busy?: boolean;
  /** The rows. */
  children: ReactNode;
}

/** A list in a card that scrolls sideways on a narrow screen: the one look of the settings, alert, compare and share-link lists. */
export function CardTable({ caption, columns, actions = false, busy, children, ...props }: CardTableProps) {
  return (
    // A region that scrolls sideways must be reachable by keyboard to be scrolled without a mouse.
    <Card as="div" padding="none" className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <Table {...props} className="w-full" aria-busy={busy}>
        <caption className="sr-only">{caption}</caption>
        <THead>
          <tr>
            {columns.map((column) =>
              typeof column === "string" ? (
                <TH key={column} scope="col">
                  {column}
                </TH>
              ) : (
                <TH key={column.label} scope="col" className="text-right">
                  {column.label}
                </TH>
              ),
            )}
            {actions && (
              <TH scope="col">
                <span className="sr-only">Actions</span>
              </TH>
            )}
          </tr>
        </THead>
        <TBody className={busy ? "opacity-60 transition-opacity" : undefined}>{children}</TBody>
      </Table>
    </Card>
  );
}

/** A danger action's `disabled` and `onClick` for a write: it runs `mutation` on `variables`, and waits while one is running. */
export function mutateOnClick<Variables>(mutation: { isPending: boolean; mutate: (variables: Variables) => void }, variables: Variables) {
  return { disabled: mutation.isPending, onClick: () => mutation.mutate(variables) };
}

/** A row's danger action (delete, revoke, sign out, remove): the one look of a button that takes something away. */
export function DangerActionButton(button: Omit<ButtonProps, "type" | "variant" | "size">) {
  return <Button {...button} type="button" variant="danger" size="sm" />;
}

/** A row's last cell in a CardTable with `actions`: its one danger button, when the row offers it. */
export function DangerActionCell({ offered, ...button }: Omit<ButtonProps, "type" | "variant" | "size"> & { offered: boolean }) {
  return <TD className="text-right">{offered && <DangerActionButton {...button} />}</TD>;
}
