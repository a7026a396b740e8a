import { emulatorOptionsFromEnv } from "./options";
import { startEmulator } from "./start-emulator";

// `npm run emulator`: the Task Group API emulator alone, configured by EMULATOR_* variables.
async function main() {
  const emulator = await startEmulator({ ...emulatorOptionsFromEnv(process.env), log: (m) => console.error(m) });
  const o = emulator.options;
  console.log(
    `Task Group API emulator listening on ${emulator.url} (database ${o.dbPath}, prefixes ${o.apiPrefixes.join(", ")}, time scale ${o.timeScale}, concurrency ${o.concurrency}${o.apiKey ? ", x-api-key required" : ""})`,
  );
  const stop = () => void emulator.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
