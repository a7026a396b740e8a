import { useId, type ReactNode } from "react";
import { Card, type CardProps } from "./card";

export interface TitledCardProps extends Omit<CardProps, "title"> {
  title: string;
  description?: ReactNode;
  /** page: the card is the page, its title the h1; section: one card of a page, titled by an h2. */
  heading?: "page" | "section";
}

const HEADING_CLASS = { page: "text-xl font-semibold tracking-tight", section: "text-base font-semibold" };

/** A card named by its title, with an optional description under it, then its content. */
export function TitledCard({ title, description, heading = "section", children, ...card }: TitledCardProps) {
  const headingId = useId();
  const Heading = heading === "page" ? "h1" : "h2";
  return (
    <Card {...card} aria-labelledby={headingId}>
      <div className="space-y-1">
        <Heading id={headingId} className={HEADING_CLASS[heading]}>
          {title}
        </Heading>
        {description && <div className="text-sm text-fg-muted">{description}</div>}
      </div>
      {children}
    </Card>
  );
}
