import type { ComponentProps } from "react";

/** A modal <dialog> in the console's card look; open it with the ref's showModal(). */
export function Dialog({ className = "", ...props }: ComponentProps<"dialog">) {
  return (
    <dialog
      {...props}
      className={`m-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg border border-line-strong bg-surface p-0 text-fg shadow-xl backdrop:bg-black/40 ${className}`}
    />
  );
}
