// B8's readers in a process of their own, so each console's clients and their direct client share
// an event loop (and a clock) with nothing else: `tsx bench/lib/fanout-reader-main.ts`, started with
// an IPC channel. Per round it gets FanoutReadParams, says when all its clients have joined, and
// answers with its FanoutReading (or an error).
import { readFanout, type FanoutReadParams, type FanoutReading } from "./fanout-reading";

export type ReaderReply = { joined: true } | { reading: FanoutReading } | { error: string };

function reply(message: ReaderReply | { ready: true }): void {
  process.send!(message);
}

if (!process.send) {
  console.error("fanout-reader-main.ts must be started with an IPC channel (see fanout-reader-process.ts)");
  process.exit(1);
}

process.on("message", (params: FanoutReadParams) => {
  readFanout(params, () => reply({ joined: true })).then(
    (reading) => reply({ reading }),
    (error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
  );
});
// The channel closes when the benchmark (or the tsx launcher between them) is gone: so is this process.
process.on("disconnect", () => process.exit(0));
reply({ ready: true });
