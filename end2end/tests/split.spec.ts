import { expect } from "@playwright/test";
import { hydrated, signIn, test } from "./helpers";

test("a split-off form page hydrates: its code is fetched, it answers in place, without errors", async ({ page }) => {
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));
  const chunks: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/pkg/split_")) chunks.push(r.url());
  });
  await signIn(page, "official");
  await page.goto("/committees/1/edit");
  await hydrated(page);
  await expect.poll(() => chunks.some((c) => c.includes("edit_committee"))).toBe(true);
  // Hydrated: a failed save is answered in place, not by a redirect carrying the error.
  await page.locator("#field-name").fill("x");
  await page.locator('main form button[type="submit"]').first().click();
  await expect(page.locator("#field-name-error")).toBeVisible();
  expect(page.url()).not.toContain("__err");
  // Navigating in the browser to another split-off page fetches its code on the way.
  await page.goto("/committees");
  await hydrated(page);
  await page.getByRole("link", { name: "کمیتهٔ جدید" }).click();
  await expect(page.locator("#field-name")).toBeVisible();
  expect(chunks.some((c) => c.includes("new_committee"))).toBe(true);
  expect(problems).toEqual([]);
});
