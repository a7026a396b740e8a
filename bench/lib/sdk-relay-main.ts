// The SDK baseline relay in its own process (like the console, so the reading client and the relay
// never share an event loop): `tsx bench/lib/sdk-relay-main.ts <upstream-url> <api-key>`; prints its port.
import { createSdkRelay, listen } from "./sdk-relay-server";

async function main() {
  const [upstreamUrl, apiKey] = process.argv.slice(2);
  const server = createSdkRelay(upstreamUrl, apiKey);
  const port = await listen(server);
  console.log(`listening ${port}`);
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
