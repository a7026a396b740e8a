import type { ComponentProps } from "react";

export type CardTone = "default" | "danger" | "warning";
export type CardPadding = "none" | "sm" | "md" | "lg" | "xl";

const TONE: Record<CardTone, string> = {
  default: "border-line bg-surface",
  danger: "border-danger-line bg-danger-surface",
  warning: "border-warning-line bg-warning-surface",
};

const PADDING: Record<CardPadding, string> = {
  none: "",
  sm: "p-3",
  md: "p-4",
  lg: "p-5",
  xl: "p-8",
};

export interface CardLook {
  tone?: CardTone;
  padding?: CardPadding;
}

/** The classes of a card, for an element that cannot be a Card (a table wrapper that scrolls, a sticky bar). */
export function cardClass({ tone = "default", padding = "md" }: CardLook = {}, className = ""): string {
  return `rounded-lg border ${TONE[tone]} ${PADDING[padding]} ${className}`.trim();
}

type CardElement = "section" | "div" | "article" | "aside";

export type CardProps = Omit<ComponentProps<"section">, "ref"> & CardLook & { as?: CardElement };

/** A bordered panel on the page's surface: the console's one card look. */
export function Card({ as: Element = "section", tone, padding, className, ...props }: CardProps) {
  return <Element {...props} className={cardClass({ tone, padding }, className)} />;
}
