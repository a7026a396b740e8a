// Looks shared by the form's controls (the console's INPUT is the base).
export const LABEL = "block text-sm font-medium text-zinc-800 dark:text-zinc-200";
export const HINT = "mt-1 text-xs text-zinc-500 dark:text-zinc-400";
export const CHECKBOX = "h-4 w-4 rounded border-zinc-300 accent-zinc-900 dark:border-zinc-600 dark:accent-zinc-100";
export const SMALL_BUTTON =
  "inline-flex items-center rounded-md px-2 py-1 text-xs font-medium text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 disabled:opacity-50 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-500";
