import { request as requestFactory, test as base, expect, type APIRequestContext, type BrowserContextOptions } from "@playwright/test";
import { OWNER } from "../auth-state";
import { Cluster } from "./cluster";

type StorageState = Exclude<BrowserContextOptions["storageState"], string | undefined>;
/** A console reached directly (A, B) or through the load balancer. */
export type Entry = "a" | "b" | "lb";

interface WorkerFixtures {
  cluster: Cluster;
  /** The owner's session, signed in through the load balancer (cookies ignore ports: valid for A and B's URLs too). */
  ownerSession: StorageState;
}

interface TestFixtures {
  /** The owner's API calls to A, B or the load balancer. */
  api: (entry: Entry) => Promise<APIRequestContext>;
}

export function urlOf(cluster: Cluster, entry: Entry): string {
  return entry === "a" ? cluster.a.url : entry === "b" ? cluster.b.url : cluster.lb.url;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  cluster: [
    async ({}, use) => {
      const cluster = await Cluster.start();
      await use(cluster);
      await cluster.stop();
    },
    { scope: "worker", timeout: 300_000 },
  ],
  ownerSession: [
    async ({ cluster }, use) => {
      const context = await requestFactory.newContext();
      const response = await context.post(`${cluster.lb.url}/api/auth/sign-in/email`, {
        data: { email: OWNER.email, password: OWNER.password },
        headers: { origin: cluster.lb.url },
      });
      if (!response.ok()) throw new Error(`signing the owner in answered ${response.status()}: ${await response.text()}`);
      const state = await context.storageState();
      await context.dispose();
      await use(state);
    },
    { scope: "worker" },
  ],
  api: async ({ cluster, ownerSession }, use) => {
    const contexts: APIRequestContext[] = [];
    await cluster.ensureRunning();
    cluster.lb.switchTo(cluster.a.url);
    await use(async (entry) => {
      const baseURL = urlOf(cluster, entry);
      const context = await requestFactory.newContext({ baseURL, storageState: ownerSession, extraHTTPHeaders: { origin: baseURL } });
      contexts.push(context);
      return context;
    });
    for (const context of contexts) await context.dispose();
  },
});

export { expect };
