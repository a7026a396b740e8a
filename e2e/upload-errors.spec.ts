import { readFile, writeFile } from "node:fs/promises";
import type { Request } from "@playwright/test";
import { expect, test } from "./fixtures";
import { groupUploads, readGroupRuns, uploadRows } from "./fixtures/group-runs";
import { bytesFile, companiesCsv, csvFile } from "./fixtures/upload-files";
import { uniqueName } from "./groups-api";

const isWrite = (r: Request) => r.method() !== "GET" && new URL(r.url()).pathname.startsWith("/api/");

test("a malformed CSV lists its row problems and submits nothing until they are fixed or left out", async ({ createPage, request }) => {
  const writes: string[] = [];
  createPage.page.on("request", (r) => isWrite(r) && writes.push(r.url()));
  await createPage.goto();
  await createPage.name.fill(uniqueName("Malformed"));
  const csv = [
    "company,country,employees",
    "Acme,US,120",
    "Globex,US",
    "Initech,US,40,extra",
    "Umbrella,UK,many",
    "Hooli,US,7",
    "Stark,US,12",
  ].join("\n");
  await createPage.chooseFile(csvFile("malformed.csv", csv));

  await expect(createPage.rowTotal).toHaveText("6 rows");
  // "many" makes the column read as text; the user says it holds whole numbers.
  await expect(createPage.rowIssuesTitle).toHaveText("2 rows have problems");
  await createPage.page.getByLabel("Type of column employees").selectOption("integer");
  await expect(createPage.rowIssuesTitle).toHaveText("3 rows have problems");
  await expect(createPage.rowIssue(2)).toContainText("Row has 2 values; the header has 3 columns.");
  await expect(createPage.rowIssue(3)).toContainText("Row has 4 values; the header has 3 columns.");
  await expect(createPage.rowIssue(4)).toContainText("employees");
  await expect(createPage.rowIssue(4)).toContainText("'many' is not a number");
  await expect(createPage.submit).toBeDisabled();
  await expect(createPage.submitProblems).toContainText("3 rows have problems: fix them, or leave them out.");

  // Filter, and download the list.
  await createPage.rowIssues.getByLabel("Filter row problems").fill("not a number");
  await expect(createPage.rowIssues.getByTestId("row-issue")).toHaveCount(1);
  const download = createPage.page.waitForEvent("download");
  await createPage.rowIssues.getByTestId("download-issues").click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("malformed-problems.csv");
  expect(await readFile(await file.path(), "utf8")).toBe("row,field,problem\r\n4,employees,'many' is not a number\r\n");
  await createPage.rowIssues.getByLabel("Filter row problems").fill("");

  // Fixed by the columns: employees as text accepts "many".
  await createPage.page.getByLabel("Type of column employees").selectOption("string");
  await expect(createPage.rowIssuesTitle).toHaveText("2 rows have problems");
  await expect(createPage.submit).toBeDisabled();

  // Left out: the 4 good rows go, and only they.
  await createPage.dropInvalidRows.check();
  await expect(createPage.submit).toHaveText("Create group and submit 4 runs");
  expect(writes, "nothing is sent before the user submits").toEqual([]);
  await createPage.submit.click();
  const groupId = await createPage.waitForGroup();
  const runs = await readGroupRuns(request, groupId);
  const [entry] = await groupUploads(request, groupId);
  expect(uploadRows(runs, entry.id)).toEqual([1, 4, 5, 6]);
});

test("a row nested 5,000 levels deep is a problem of that row, and the other rows go", async ({ createPage, request }) => {
  await createPage.goto();
  await createPage.name.fill(uniqueName("Deep"));
  // Built as text: JSON.stringify overflows the stack on a value this deep.
  const deep = `${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}`;
  const lines = [
    '{"company":"Acme","hq":{"city":"Paris"}}',
    `{"company":"Globex","hq":${deep}}`,
    '{"company":"Initech","hq":{"city":"Austin"}}',
  ];
  await createPage.chooseFile({ name: "deep.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(`${lines.join("\n")}\n`) });

  await expect(createPage.rowTotal).toHaveText("3 rows");
  await expect(createPage.rowIssuesTitle).toHaveText("1 row has a problem");
  await expect(createPage.rowIssue(2)).toContainText("hq");
  await expect(createPage.rowIssue(2)).toContainText("The input would nest 5001 levels deep; the limit is 64");
  await expect(createPage.submit).toBeDisabled();

  await createPage.dropInvalidRows.check();
  await expect(createPage.submit).toHaveText("Create group and submit 2 runs");
  await createPage.submit.click();
  const groupId = await createPage.waitForGroup();
  const [entry] = await groupUploads(request, groupId);
  expect(uploadRows(await readGroupRuns(request, groupId), entry.id)).toEqual([1, 3]);
});

test("the form, its file and its column choices survive a reload", async ({ createPage }) => {
  await createPage.goto();
  const name = uniqueName("Kept");
  await createPage.name.fill(name);
  await createPage.chooseFile(companiesCsv(120, "Kept"));
  await expect(createPage.rowTotal).toHaveText("120 rows");
  await createPage.page.getByLabel("Send column country").uncheck();
  await expect(createPage.preview).not.toContainText("country");
  await expect(createPage.draftStatus).toHaveText("Saved in this browser");

  await createPage.page.reload();
  await expect(createPage.restored).toBeVisible();
  await expect(createPage.name).toHaveValue(name);
  await expect(createPage.sourceName).toHaveText("kept-120.csv");
  await expect(createPage.rowTotal).toHaveText("120 rows");
  await expect(createPage.page.getByLabel("Send column country")).not.toBeChecked();
});

test.describe("bad files are named with a clear message", () => {
  test("an empty file", async ({ createPage }) => {
    await createPage.goto();
    await createPage.chooseFile(bytesFile("empty.csv", []));
    await expect(createPage.sourceError).toHaveText("The file is empty (0 bytes).");
    await expect(createPage.submit).toBeDisabled();
  });

  test("a header without rows, empty rows, and blank or repeated header names", async ({ createPage }) => {
    await createPage.goto();
    await createPage.chooseFile(csvFile("header-only.csv", "company,country\n"));
    await expect(createPage.sourceError).toHaveText("The file has a header row but no data rows.");

    await createPage.chooseFile(
      csvFile("messy.csv", "company,,email,email\nAcme,x,a@acme.example,b@acme.example\n\nGlobex,y,c@globex.example,d@globex.example\n"),
    );
    await expect(createPage.rowTotal).toHaveText("2 rows");
    await expect(createPage.sourceNotes).toContainText("Column 2 has no name in the header row; it was named 'column_2'.");
    await expect(createPage.sourceNotes).toContainText(
      "The header names 'email' twice (columns 3 and 4); the second was renamed 'email_2'.",
    );
    await expect(createPage.sourceNotes).toContainText("1 empty row was skipped (row 2).");
  });

  test("a byte-order mark is removed, and said so", async ({ createPage }) => {
    await createPage.goto();
    await createPage.chooseFile(bytesFile("bom.csv", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("company\nAcme\n")])));
    await expect(createPage.sourceNotes).toContainText("byte-order mark (BOM); it was removed");
    await expect(createPage.preview).toContainText("Acme");
  });

  test("text that is not UTF-8 is caught, and can be read as Latin-1", async ({ createPage }) => {
    await createPage.goto();
    await createPage.chooseFile(bytesFile("latin1.csv", Buffer.from("company,city\nCafé Müller,Zürich\n", "latin1")));
    await expect(createPage.sourceError).toContainText("The file is not UTF-8 text: byte 0xE9 on line 2 is not valid UTF-8.");
    await createPage.readAsLatin1.click();
    await expect(createPage.preview).toContainText("Café Müller");
    await expect(createPage.sourceNotes).toContainText("The file was read as Latin-1 (Windows-1252).");
  });

  test("invalid JSON names its line", async ({ createPage }) => {
    await createPage.goto();
    await createPage.chooseFile({
      name: "rows.json",
      mimeType: "application/json",
      buffer: Buffer.from('[\n  {"company": "Acme"},\n  {"company": "Globex",}\n]'),
    });
    await expect(createPage.sourceError).toContainText("Invalid JSON on line 3, column 24");
  });

  test("a file over 50 MB is refused before it is read", async ({ createPage }, testInfo) => {
    await createPage.goto();
    // Playwright hands over large files by path only.
    const path = testInfo.outputPath("huge.csv");
    await writeFile(path, Buffer.alloc(51 * 1024 * 1024, 0x61));
    await createPage.fileInput.setInputFiles(path);
    await expect(createPage.sourceError).toHaveText(
      'The file is 51 MB; the limit is 50 MB. Split it into smaller files and add each to the same group with "Add runs".',
    );
  });
});

test("one-column text typed in becomes text inputs", async ({ createPage }) => {
  await createPage.goto();
  await createPage.paste("What is the capital of France?\nWho wrote Hamlet?");
  await createPage.hasHeader.uncheck();
  await expect(createPage.rowTotal).toHaveText("2 rows");
  await expect(createPage.page.getByTestId("mode-text")).toBeChecked();
  await expect(createPage.preview).toContainText("Who wrote Hamlet?");
  await expect(createPage.submit).toHaveText("Create group and submit 2 runs");
});

test("the form, with rows, problems and a JSON schema, has no serious accessibility violations", async ({ createPage }) => {
  await createPage.goto();
  await createPage.chooseFile(csvFile("a11y.csv", "company,employees\nAcme,12\nGlobex\n"));
  await expect(createPage.rowIssuesTitle).toHaveText("1 row has a problem");
  await createPage.page.getByTestId("output-json").check();
  await expect(createPage.page.getByTestId("schema-builder")).toBeVisible();
  expect(await createPage.accessibilityViolations()).toEqual([]);
});

test("a 100,000-row file is read in the worker while the page stays responsive", async ({ createPage }, testInfo) => {
  test.setTimeout(120_000);
  await createPage.goto();
  const lines = ["company,website,country,employees"];
  for (let i = 1; i <= 100_000; i++) lines.push(`Company ${i},https://company${i}.example,US,${i % 5_000}`);
  const path = testInfo.outputPath("big.csv");
  await writeFile(path, `${lines.join("\n")}\n`);
  // Measure the longest gap between timer ticks on the page's main thread while the file is read.
  await createPage.page.evaluate(() => {
    const w = window as unknown as { __maxGapMs: number; __stopGaps: () => void };
    let last = performance.now();
    w.__maxGapMs = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      w.__maxGapMs = Math.max(w.__maxGapMs, now - last);
      last = now;
    }, 10);
    w.__stopGaps = () => clearInterval(timer);
  });
  // From disk, as a user's file arrives: a Buffer would be decoded by Playwright on the page's own thread.
  await createPage.fileInput.setInputFiles(path);
  await expect(createPage.rowTotal).toHaveText("100,000 rows", { timeout: 60_000 });
  const maxGapMs = await createPage.page.evaluate(() => {
    const w = window as unknown as { __maxGapMs: number; __stopGaps: () => void };
    w.__stopGaps();
    return w.__maxGapMs;
  });
  const parseMs = Number(await createPage.page.getByTestId("source-bar").getAttribute("data-parse-ms"));
  console.log(`100,000 rows: read in the worker in ${parseMs} ms; longest main-thread pause ${Math.round(maxGapMs)} ms`);
  expect(parseMs).toBeGreaterThan(0);
  expect(maxGapMs, "the page's main thread never stalls for long").toBeLessThan(500);
  await expect(createPage.estimateCost).toHaveText("$500.00");
});
