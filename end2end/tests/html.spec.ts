import { expect } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "./helpers";

/**
 * The public pages are valid HTML by the Nu HTML checker (npm's vnu-jar, run with the
 * machine's Java). Two things are Leptos's own and left aside: its `<!>` hydration markers
 * (bogus comments) and what resolves streamed data after `</html>` (its scripts and the
 * `<template>` holding a fragment that arrived late).
 */
const PUBLIC_PAGES = [
  "/",
  "/committees",
  "/committees/1",
  "/organisations",
  "/organisations/1",
  "/neighbourhoods",
  "/neighbourhoods/1",
  "/projects",
  "/projects/1",
  "/working-groups/1",
  "/people/1",
  "/volunteers",
  "/volunteers/register",
  "/centres",
  "/centres/1",
  "/campaigns",
  "/campaigns/1",
  "/campaigns/1/scores",
  "/campaigns/1/centres/1",
  "/actions/1",
  "/reports",
  "/pairings",
  "/reports/1",
  "/search?q=%D8%A7%D9%86%D8%AC%D9%85%D9%86",
  "/login",
  "/register",
  "/no/such/page",
];

// (vnu stops at the first script after `</html>`: everything before it is checked.)
const LEPTOS_OWN = [
  /^Bogus comment/,
  /^Stray start tag “script”/,
  /^Stray start tag “template”/,
  /^Cannot recover after last error/,
];

test("the public pages pass the Nu HTML checker", async ({ request }) => {
  const dir = mkdtempSync(join(tmpdir(), "tavana-vnu-"));
  const files: string[] = [];
  for (const [i, path] of PUBLIC_PAGES.entries()) {
    const answer = await request.get(path);
    const file = join(dir, `page-${i}.html`);
    writeFileSync(file, await answer.text());
    files.push(file);
  }
  const jar = require.resolve("vnu-jar/build/dist/vnu.jar");
  const run = spawnSync("java", ["-jar", jar, "--format", "json", "--exit-zero-always", ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  // vnu writes its JSON report to standard error.
  expect(run.status, run.stderr.slice(0, 400)).toBe(0);
  const report = JSON.parse(run.stderr || '{"messages":[]}');
  const problems = (report.messages as any[])
    .filter((m) => m.type === "error")
    .filter((m) => !LEPTOS_OWN.some((pattern) => pattern.test(m.message)))
    .map((m) => `${PUBLIC_PAGES[Number(/page-(\d+)/.exec(m.url)![1])]}: ${m.message} ${(m.extract ?? "").slice(0, 80)}`);
  expect(problems).toEqual([]);
});
