import { expect } from "@playwright/test";
import { expectAccessible, signIn, test } from "./helpers";

/**
 * Veterans. In the demo the two longest-serving volunteers were honoured a year ago and one
 * who came to the centres' shifts has died (their intermediary keeps a family contact).
 */

test("an official lists veterans, masked, filters those not honoured and records an honour", async ({ page }) => {
  await signIn(page, "official");
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "پیشکسوتان" }).click();
  await expect(page.locator("h1")).toHaveText("پیشکسوتان");
  await page.locator("#veterans-years").selectOption("0");
  await page.getByRole("button", { name: "نمایش" }).click();
  const cards = page.locator("main li.card");
  expect(await cards.count()).toBeGreaterThan(3);
  await expect(cards.first()).toContainText("آخرین تقدیر");
  await expect(page.locator("main")).toContainText("درگذشته در");
  // Initials only, and no family contact, for officials.
  await expect(cards.first().locator("h2")).toContainText(".");
  await expect(page.locator("main")).not.toContainText("راه تماس با خانواده:");
  await expectAccessible(page);

  // By county: every veteran listed lives there, and the choice stays in the address.
  const county = (await page.locator("#veterans-county option").nth(1).textContent())!.trim();
  await page.locator("#veterans-county").selectOption({ label: county });
  await page.getByRole("button", { name: "نمایش" }).click();
  await expect(page).toHaveURL(/county=/);
  await expect(page.locator("#veterans-county")).toHaveValue(county);
  for (const shown of await page.locator("main li.card .county").allInnerTexts()) {
    expect(shown).toBe(county);
  }
  await page.locator("#veterans-county").selectOption("");
  await page.locator("#veterans-not-honoured").check();
  await page.getByRole("button", { name: "نمایش" }).click();
  await expect(page).toHaveURL(/not_honoured=1/);
  const first = page.locator("main li.card").first();
  const id = await first.getAttribute("id");
  await expect(first).toContainText("هنوز تقدیر نشده");
  await first.locator("summary", { hasText: "ثبت تقدیر" }).click();
  await first.getByRole("button", { name: "ثبت تقدیر" }).click();
  await expect(page.locator(`#${id} .error`).first()).toBeVisible();
  await page.locator(`#${id} input[name=day]`).fill("1405/01/10");
  await page.locator(`#${id} input[name=occasion]`).fill("<b>روز داوطلب</b>");
  await page.locator(`#${id}`).getByRole("button", { name: "ثبت تقدیر" }).click();
  await expect(page.locator(`#${id}`)).toContainText("آخرین تقدیر");
});

test("an intermediary sees its veterans in full, in English too, and may record a passing", async ({ page }) => {
  await signIn(page, "ngo");
  await page.goto("/volunteers/veterans?years=0");
  const cards = page.locator("main li.card");
  expect(await cards.count()).toBeGreaterThan(0);
  // A living veteran's card offers to record a passing.
  const living = cards.filter({ hasNotText: "درگذشته در" }).first();
  await expect(living.locator("summary", { hasText: "ثبت درگذشت" })).toHaveCount(1);
  await page.context().addCookies([{ name: "i18n_pref_locale", value: "en", url: page.url() }]);
  await page.reload();
  await expect(page.locator("h1")).toHaveText("Veterans");
  await expectAccessible(page);
});
