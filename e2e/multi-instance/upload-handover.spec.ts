import { range, readGroupRuns, upload, uploadRows } from "../fixtures/group-runs";
import { startUploadHeldAfterFirstBatch } from "../fixtures/held-upload-batches";
import { uniqueName } from "../groups-api";
import { CreatePage } from "../pages/create-page";
import { KEY_CANARY as KEY } from "../../scripts/key-canary";
import { expect, test } from "./fixtures";

// The browser's upload journal (IndexedDB) belongs to the load balancer's origin, and the
// server's upload journal to the shared database: an upload begun on A resumes on B.

const ROWS = 2_500;
test("an upload started on A and resumed after a reload on B ends with exactly one run per row", async ({
  cluster,
  ownerSession,
  api,
  browser,
}) => {
  const context = await browser.newContext({ baseURL: cluster.lb.url, storageState: ownerSession });
  const createPage = new CreatePage(await context.newPage());
  // On A: batch 1 is answered; batch 2 reaches A, which creates its runs, but its answer is held;
  // batch 3 is held before it reaches the server. Then the page reloads, now served by B.
  const { uploadId, reload } = await startUploadHeldAfterFirstBatch(createPage, uniqueName("Handover"));

  cluster.lb.switchTo(cluster.b.url);
  const resent = await reload();

  const groupId = await createPage.waitForGroup();
  expect(resent, "only the batch that never reached A is sent again, by B").toEqual([2_001]);
  const throughB = await api("b");
  const runs = await readGroupRuns(throughB, groupId);
  expect(uploadRows(runs, uploadId)).toEqual(range(1, ROWS));
  expect(await upload(throughB, uploadId)).toMatchObject({ state: "done", submitted_rows: ROWS, batches_done: 3 });
  const group = (await (await fetch(`${cluster.emulator.url}/v1/tasks/groups/${groupId}`, { headers: { "x-api-key": KEY } })).json()) as {
    status: { num_task_runs: number };
  };
  expect(group.status.num_task_runs, "runs in the emulator").toBe(ROWS);
  await context.close();
});
