import { BENCH_API_KEY, CONSOLE_PORT, EMULATOR_PORT, startConsole, type ConsoleServer } from "./console-server";
import { BENCH_EMULATOR_ENV } from "./context";

// B8's two console instances on one PostgreSQL database: A with the embedded emulator, B on A's
// emulator as it would be on the real API. Ports next to the shared console's, so B8 runs beside it.

export async function startTwoInstances(workDir: string, databaseUrl: string): Promise<[ConsoleServer, ConsoleServer]> {
  const a = await startConsole({
    workDir,
    name: "a",
    port: CONSOLE_PORT + 1,
    emulatorPort: EMULATOR_PORT + 1,
    env: { ...BENCH_EMULATOR_ENV, DATABASE_URL: databaseUrl },
  });
  try {
    const b = await startConsole({
      workDir,
      name: "b",
      port: CONSOLE_PORT + 2,
      // Unused: with PARALLEL_API_KEY set, B starts no emulator of its own.
      emulatorPort: EMULATOR_PORT + 2,
      env: { PARALLEL_API_KEY: BENCH_API_KEY, PARALLEL_BASE_URL: a.emulator.url, DATABASE_URL: databaseUrl },
    });
    return [a, b];
  } catch (error) {
    await a.stop();
    throw error;
  }
}
