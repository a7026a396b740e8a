import { readFile } from "node:fs/promises";
import type { Download } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createGroup, uniqueName } from "./groups-api";
import { addRunInputs, companyInputs, waitUntilIdle } from "./runs-api";

async function csvLines(download: Download): Promise<string[]> {
  const text = await readFile(await download.path(), "utf8");
  expect(text.endsWith("\r\n")).toBe(true);
  // Inputs and outputs here have no line breaks, so records are lines.
  return text.slice(0, -2).split("\r\n");
}

test("the group's CSV export downloads one line per run under a header, named after the group", async ({ runsTable, request, page }) => {
  const name = uniqueName("Export Spec");
  const groupId = await createGroup(request, name);
  const ids = await addRunInputs(request, groupId, companyInputs(23, "Exported"));
  await waitUntilIdle(request, groupId);

  await runsTable.goto(groupId);
  await expect(runsTable.rows).toHaveCount(23);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  expect(download.suggestedFilename()).toBe(`${slug}-${groupId}.csv`);

  const [header, ...records] = await csvLines(download);
  expect(header).toBe(
    "run_id,status,processor,created_at,modified_at,error,input.company,input.country,output.ceo,output.founded,output.headquarters.city,output.headquarters.country,output.products",
  );
  expect(records).toHaveLength(23);
  expect(records.map((r) => r.split(",")[0])).toEqual(ids);
  expect(records.every((r) => r.split(",")[1] === "completed")).toBe(true);
});

test("the table's export of a filtered view downloads only the matching runs", async ({ runsTable, request, page }) => {
  const groupId = await createGroup(request, uniqueName("Filtered export"));
  const ids = await addRunInputs(request, groupId, [...companyInputs(8, "Keep"), ...companyInputs(6, "Drop")]);
  await waitUntilIdle(request, groupId);

  await runsTable.goto(groupId, "?q=keep");
  await expect(runsTable.rows).toHaveCount(8);
  const exportLinks = page.getByTestId("runs-export");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    exportLinks.getByRole("link", { name: "CSV", exact: true }).click(),
  ]);
  const [header, ...records] = await csvLines(download);
  expect(header.startsWith("run_id,status,")).toBe(true);
  expect(records.map((r) => r.split(",")[0])).toEqual(ids.slice(0, 8));

  const [jsonl] = await Promise.all([page.waitForEvent("download"), exportLinks.getByRole("link", { name: "JSONL" }).click()]);
  expect(jsonl.suggestedFilename()).toMatch(/\.jsonl$/);
  const lines = (await readFile(await jsonl.path(), "utf8")).trimEnd().split("\n");
  expect(lines.map((line) => (JSON.parse(line) as { run: { run_id: string } }).run.run_id)).toEqual(ids.slice(0, 8));
});
