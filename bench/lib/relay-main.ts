// A relay in its own process (like the console, so the reading client and the relay never share an
// event loop): `tsx bench/lib/relay-main.ts <sdk|plain> <upstream-url> <api-key>`; prints its port.
import { createPlainRelay } from "./plain-relay-server";
import { createSdkRelay, listen } from "./sdk-relay-server";

const RELAYS = { sdk: createSdkRelay, plain: createPlainRelay };

async function main() {
  const [kind, upstreamUrl, apiKey] = process.argv.slice(2);
  const create = RELAYS[kind as keyof typeof RELAYS];
  if (!create) throw new Error(`unknown relay "${kind}": expected ${Object.keys(RELAYS).join(" or ")}`);
  const server = create(upstreamUrl, apiKey);
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
