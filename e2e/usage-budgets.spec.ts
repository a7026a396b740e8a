import { readFile } from "node:fs/promises";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { companiesCsv } from "./fixtures/upload-files";
import { uniqueName } from "./groups-api";
import { CreatePage } from "./pages/create-page";
import { SERVERS } from "./servers";
import { joinAsNewMember } from "./teams-api";

// Spend and budgets as a member sees them. Each test spends as a member of its own (joined for it),
// so what it reads is exactly what it spent, and caps it sets touch no other spec.

async function memberId(adminRequest: APIRequestContext, email: string): Promise<string> {
  const budgets = (await (await adminRequest.get("/api/budgets")).json()) as { members: { id: string; email: string }[] };
  const found = budgets.members.find((m) => m.email === email);
  if (!found) throw new Error(`no member ${email} in GET /api/budgets`);
  return found.id;
}

async function setCap(adminRequest: APIRequestContext, id: string, monthlyUsd: number | null) {
  const response = await adminRequest.put("/api/budgets", { data: { memberId: id, monthlyUsd } });
  expect(response.status(), await response.text()).toBe(200);
}

test("the usage page shows what the member spent, by processor and group, and its CSV says the same", async ({ browser, request }) => {
  const member = await joinAsNewMember(browser, request, SERVERS.main.consoleUrl, "operator");
  try {
    const api = member.context.request;
    const name = uniqueName("Spend");
    const group = (await (await api.post("/api/parallel/v1/tasks/groups", { data: { metadata: { name } } })).json()) as {
      taskgroup_id: string;
    };
    const inputs = [
      ...Array.from({ length: 3 }, (_, i) => ({ processor: "lite", input: `lite ${i}` })),
      ...Array.from({ length: 2 }, (_, i) => ({ processor: "base", input: `base ${i}` })),
    ];
    const added = await api.post(`/api/parallel/v1/tasks/groups/${group.taskgroup_id}/runs`, { data: { inputs } });
    expect(added.status(), await added.text()).toBe(200);

    // 3 × $0.005 + 2 × $0.01.
    const page = await member.context.newPage();
    await page.goto("/settings/usage");
    await expect(page.getByTestId("usage-total")).toHaveText("$0.035");
    await expect(page.getByTestId("usage-total-runs")).toHaveText("for 5 runs");
    const byProcessor = page.getByTestId("usage-by-processor-row");
    await expect(byProcessor).toHaveCount(2);
    await expect(page.locator('[data-testid="usage-by-processor-row"][data-key="base"] [data-testid="usage-usd"]')).toHaveText("$0.02");
    await expect(page.locator('[data-testid="usage-by-processor-row"][data-key="lite"] [data-testid="usage-usd"]')).toHaveText("$0.015");
    await expect(page.getByTestId("usage-by-group-row")).toHaveText([`${name}5$0.035`]);
    await expect(page.getByTestId("usage-by-member-row")).toHaveText([`${member.email}5$0.035`]);

    const download = page.waitForEvent("download");
    await page.getByTestId("usage-export").click();
    const csv = await readFile(await (await download).path(), "utf8");
    expect(csv).toContain(`,member,${member.email},5,0.035\r\n`);
    expect(csv).toContain(",processor,base,2,0.02\r\n");

    await page.goto(`/groups/${group.taskgroup_id}`);
    await expect(page.getByTestId("group-spend")).toHaveText("$0.035");
  } finally {
    await member.context.close();
  }
});

test("the upload form shows a budget refusal; the rows not sent go once the cap allows", async ({ browser, request }) => {
  const member = await joinAsNewMember(browser, request, SERVERS.main.consoleUrl, "operator");
  try {
    const id = await memberId(request, member.email);
    // 3 lite rows cost $0.015: over a $0.01 cap.
    await setCap(request, id, 0.01);
    const createPage = new CreatePage(await member.context.newPage());
    await createPage.goto();
    await createPage.name.fill(uniqueName("Over budget"));
    await createPage.processor.selectOption("lite");
    await createPage.chooseFile(companiesCsv(3, "Budget"));
    await expect(createPage.rowTotal).toHaveText("3 rows");
    await expect(createPage.page.getByTestId("estimate-left")).toHaveText(
      "$0.01 left in your budget this month: these runs go over it, and the runs beyond it will be refused.",
    );

    await createPage.submit.click();
    const failedRows = createPage.page.getByTestId("failed-rows");
    await expect(failedRows).toContainText("3 rows were not accepted");
    await expect(failedRows.getByTestId("failed-row").first()).toContainText(
      `Budget exceeded: the monthly cap of ${member.email} is $0.01, $0.00 is spent or reserved this month, and these 3 runs ask for $0.015.`,
    );
    await expect(failedRows.getByTestId("failed-row").first()).toContainText("Ask an admin to raise the budget");
    await expect(createPage.uploadRows).toHaveText("0 of 3 rows submitted");

    await setCap(request, id, 1);
    await createPage.page.getByTestId("retry-failed-rows").click();
    await createPage.waitForGroup();
    const usage = (await (await member.context.request.get("/api/usage")).json()) as { total: { runs: number; usd: number } };
    expect(usage.total).toEqual({ runs: 3, usd: 0.015 });
  } finally {
    await member.context.close();
  }
});
