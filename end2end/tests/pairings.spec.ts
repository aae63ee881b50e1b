import { expect } from "@playwright/test";
import { expectAccessible, signIn, test } from "./helpers";

/**
 * Pairings: an official introduces a larger charity to a smaller one (refused when both are the
 * same, nothing typed lost), it shows on both organisations' pages, and the official marks it
 * completed with how it went. The demo has one running and one completed pairing.
 */

test("a visitor reads the demo's pairings and finds them on the organisations' pages", async ({ page }) => {
  await page.goto("/pairings");
  await expect(page.locator("main h1")).toHaveText("همراهی سازمان‌ها");
  // Two in the demo (another test may be adding one meanwhile).
  expect(await page.locator("article.pairing").count()).toBeGreaterThanOrEqual(2);
  await expect(page.locator("#introduce-h")).toHaveCount(0);
  await expectAccessible(page);
  await page.locator("article.pairing h3 a").first().click();
  await expect(page.locator("#org-pairings-h")).toBeVisible();
  await expect(page.locator("#org-pairings-h ~ ul li")).toContainText("پشتیبانِ");
  await expectAccessible(page);
});

test("an official introduces a pairing, refused first for one organisation twice, then ends it", async ({ page }) => {
  await signIn(page, "official");
  await page.context().addCookies([{ name: "i18n_pref_locale", value: "en", url: page.url() }]);
  await page.goto("/pairings");
  await expect(page.locator("#introduce-h")).toHaveText("Introduce a pairing");
  await page.locator("#field-mentor").selectOption({ index: 2 });
  const mentor = await page.locator("#field-mentor option:checked").textContent();
  await page.locator("#field-mentee").selectOption({ index: 2 });
  await page.locator("#field-offered").fill("Weekly bookkeeping <b>lessons</b>");
  await page.locator("#field-goals").fill("A clean financial report by Esfand");
  await page.locator("#field-starts_on").fill("۱۴۰۵/۰۹/۰۱");
  await page.locator("#introduce-h ~ form button[type=submit]").click();
  await expect(page.locator("#field-mentee-error")).toContainText("does not mentor itself");
  await expect(page.locator("#field-offered")).toHaveValue("Weekly bookkeeping <b>lessons</b>");
  await expectAccessible(page);
  await page.locator("#field-mentee").selectOption({ index: 3 });
  await page.locator("#introduce-h ~ form button[type=submit]").click();
  const mine = page.locator("article.pairing", { hasText: "Weekly bookkeeping <b>lessons</b>" });
  await expect(mine).toBeVisible();
  await expect(mine.locator("h3")).toContainText(mentor!.trim());
  await expect(mine.locator(".badge")).toHaveText("Active");
  // Ending asks how it went.
  await mine.locator("summary").click();
  await mine.locator("select[name=state]").selectOption("ended");
  await mine.locator("details button[type=submit]").click();
  const again = page.locator("article.pairing", { hasText: "Weekly bookkeeping <b>lessons</b>" });
  await expect(again.locator(".error").filter({ hasText: /./ })).toBeVisible();
  await again.locator("textarea[name=outcome]").fill("The mentee merged with another charity.");
  await again.locator("details button[type=submit]").click();
  await expect(page.locator("article.pairing", { hasText: "Weekly bookkeeping" }).locator(".badge")).toHaveText("Ended early");
  await expectAccessible(page);
});
