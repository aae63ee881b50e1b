import { expect } from "@playwright/test";
import { expectAccessible, signIn, test } from "./helpers";

/**
 * Reports: the demo's Ramadan report is frozen and public; an official prepares a period's
 * report, is refused until ticking that it cannot be changed, freezes it (numbered), prints it
 * and downloads it as Excel and JSON; in English an official selects an action's account.
 */

test("a visitor reads the frozen Ramadan report from the campaign's page", async ({ page }) => {
  await page.goto("/campaigns/1");
  await expect(page.locator("main h1")).toContainText("رمضان");
  await expect(page.locator("#reports-h")).toHaveText("گزارش‌ها");
  await expect(page.locator("a[href^='/reports/draft']")).toHaveCount(0);
  await page.locator("main a[href^='/reports/']", { hasText: "گزارش شمارهٔ" }).first().click();
  await expect(page.locator("main h1")).toContainText("رمضان");
  // Sixteen actions, all closed; the ranking of eight centres; three selected accounts.
  await expect(page.locator(".figure").first()).toContainText("۱۶");
  await expect(page.locator("#report-ranking-h + .table-wrap tbody tr")).toHaveCount(8);
  await expect(page.locator(".report-account")).toHaveCount(3);
  await expect(page.locator("#kinds-h + .table-wrap tbody tr").first()).toBeVisible();
  await expectAccessible(page);
  const json = await page.request.get(page.url() + "/report.json");
  expect(json.status()).toBe(200);
  const doc = await json.json();
  expect(doc.format).toBe(1);
  expect(doc.report.totals.actions).toBe(16);
  expect(doc.report.ranking).toHaveLength(8);
  const xlsx = await page.request.get(page.url() + "/report.xlsx");
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
});

test("an official freezes a season's report only after ticking that it cannot change, then prints it", async ({ page }) => {
  await signIn(page, "official");
  await page.goto("/reports");
  await expect(page.locator("#prepare-h")).toBeVisible();
  await expectAccessible(page);
  // A year outside the records: refused beside the field, what was typed kept.
  await page.locator("#field-year").fill("۱۳۰۰");
  await page.locator("#by-period-h ~ button[type=submit]").click();
  await expect(page.locator("#field-year-error")).toBeVisible();
  await expect(page.locator("#field-year")).toHaveValue("۱۳۰۰");
  await expectAccessible(page);
  await page.locator("#field-year").fill("۱۴۰۴");
  await page.locator("#field-part").selectOption("s4");
  await page.locator("#by-period-h ~ button[type=submit]").click();
  await expect(page.locator(".report-title")).toHaveText("زمستان ۱۴۰۴");
  await expect(page.locator(".draft-note")).toBeVisible();
  // Ramadan 1405 began in Esfand 1404: its first actions are in this season.
  await expect(page.locator("#kinds-h + .table-wrap")).toBeVisible();
  await expectAccessible(page);
  await page.locator("#freeze-h ~ form button[type=submit]").click();
  await expect(page.locator("#field-confirm-error")).toBeVisible();
  await page.locator("#field-confirm").check();
  await page.locator("#freeze-h ~ form button[type=submit]").click();
  await expect(page).toHaveURL(/\/reports\/\d+$/);
  await expect(page.locator("main h1")).toContainText("زمستان ۱۴۰۴");
  await expect(page.locator(".print-button")).toBeVisible();
  await expect(page.locator(".letterhead")).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".letterhead")).toBeVisible();
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator(".print-button")).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await page.goto("/reports");
  await expect(page.locator("#frozen-h ~ ul li").first()).toContainText("زمستان ۱۴۰۴");
});

test("in English an official selects a closed action's account for the reports", async ({ page }) => {
  await signIn(page, "official");
  await page.context().addCookies([{ name: "i18n_pref_locale", value: "en", url: page.url() }]);
  await page.goto("/campaigns/1");
  await page.locator("main table a[href^='/actions/']").last().click();
  await expect(page.locator("#report-h")).toHaveText("In the reports");
  await expect(page.locator("#report-h ~ p").first()).toContainText("not in the reports");
  await page.locator("#report-h ~ form button").click();
  await expect(page.locator("#report-h ~ p").first()).toContainText("is selected");
  await expectAccessible(page);
  await page.goto("/reports/draft?campaign=1");
  await expect(page.locator(".draft-note")).toContainText("draft");
  await expect(page.locator(".report-account")).toHaveCount(4);
  await expectAccessible(page);
});

test("a visitor cannot open a draft", async ({ page }) => {
  await page.goto("/reports/draft?campaign=1");
  await expect(page.locator("#freeze-h")).toHaveCount(0);
  await expect(page.locator(".report-account")).toHaveCount(0);
});
