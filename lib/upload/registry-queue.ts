import { errorText } from "./error-text";

/**
 * The registry's copy of an upload, written best effort. Writes go one after the other so a late
 * "sending" never overwrites a "done"; a failed write becomes a warning and the upload goes on
 * (the browser's journal keeps the truth).
 */
export class RegistryQueue {
  warning: string | null = null;
  private chain: Promise<void> = Promise.resolve();

  /** `onWarningChange` re-renders the progress when the warning appears or clears. */
  constructor(private readonly onWarningChange: () => void) {}

  push(write: () => Promise<void>): void {
    this.chain = this.chain
      .then(write)
      .then(() => {
        if (this.warning) {
          this.warning = null;
          this.onWarningChange();
        }
      })
      .catch((error: unknown) => {
        this.warning = `The console could not record this upload's progress (${errorText(error)}); this browser keeps it and the upload goes on.`;
        this.onWarningChange();
      });
  }

  /** Resolves once every write pushed so far has finished or failed. */
  drained(): Promise<void> {
    return this.chain;
  }
}
