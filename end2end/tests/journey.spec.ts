import { expect } from "@playwright/test";
import { expectAccessible, jalaliDay, nationalCode, registerAccount, signIn, test, uniqueName } from "./helpers";

/**
 * The volunteer's whole path, each step walked by the one who takes it: a person registers from
 * a phone without JavaScript (in English, through the Nowruz drive's link), the intermediary
 * (`ngo`) verifies and activates them and proposes them where routing suggests, the centre
 * (`centre5`) accepts, the volunteer sees why, keeps their details up to date, signs up to a
 * shift and reports a day, the centre approves it, the intermediary issues a certificate, and a
 * visitor's check of it confirms it.
 */
const INTERMEDIARY = "انجمن حامیان کودکان کار";

test("from registration on a phone without script to a certificate anyone can check", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const baseURL = test.info().project.use.baseURL!;

  // The centre asks for one volunteer of a role, at any time of the week.
  await signIn(page, "centre5");
  await page.goto("/centres/5");
  const home = (await page.locator('main p a[href^="/neighbourhoods/"]').first().getAttribute("href"))!.split("/").pop()!;
  const role = (await page.locator("#field-role option").nth(3).getAttribute("value"))!;
  await page.locator("#field-role").selectOption(role);
  await page.locator("#field-places").fill("۱");
  await page.locator("#field-starts_on").fill("۱۴۰۵/۰۱/۰۱");
  const note = `همهٔ مسیر ${uniqueName("r")}`;
  await page.locator("#field-note").fill(note);
  await page.locator('form:has(#field-places) button[type="submit"]').click();
  await expect(page.locator("#requests-h").locator("xpath=..")).toContainText(note);

  // A person registers on a phone with JavaScript off, in English, from the drive's link.
  const phoneContext = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, baseURL });
  await phoneContext.addCookies([{ name: "i18n_pref_locale", value: "en", url: baseURL }]);
  const phone = await phoneContext.newPage();
  const name = `Journey ${uniqueName("v")}`;
  await registerAccount(phone, uniqueName("walk"), name);
  await phone.goto("/volunteers/register?drive=NOWRUZ1405");
  await expect(phone.locator("#field-drive")).toHaveValue("NOWRUZ1405");
  await phone.locator("#field-full_name").fill(name);
  await phone.locator("#field-national_code").fill(nationalCode());
  await phone.locator("#field-mobile").fill("۰۹۱۲۱۱۱۲۲۳۳");
  await phone.locator("#field-birth_year").fill("1372");
  await phone.locator("#field-neighbourhood").selectOption(home);
  await phone.locator("#field-intermediary").selectOption({ label: INTERMEDIARY });
  await phone.locator(`input[name="roles[]"][value="${role}"]`).check();
  await phone.locator("#availability-1-0").check();
  // Without consent it comes back refused beside the box, with everything typed still there.
  await phone.locator('main form button[type="submit"]').click();
  await expect(phone.locator("#consent-error")).toBeVisible();
  await expect(phone.locator("#field-full_name")).toHaveValue(name);
  await expect(phone.locator("#availability-1-0")).toBeChecked();
  await phone.locator("#consent").check();
  await phone.locator('main form button[type="submit"]').click();
  await expect(phone).toHaveURL(/\/volunteers\/me$/);
  await expect(phone.locator("main")).toContainText("Came through the drive");
  await expect(phone.locator("main")).toContainText("پویش نوروزی");
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The intermediary verifies and activates them, then proposes them where routing suggests.
  const bridge = await (await browser.newContext()).newPage();
  await signIn(bridge, "ngo");
  await bridge.goto("/volunteers");
  const card = () => bridge.locator("li.card", { hasText: name });
  await card().getByRole("button", { name: "تأیید اطلاعات", exact: true }).click();
  await card().getByRole("button", { name: "فعال کردن", exact: true }).click();
  await expect(card().getByRole("button", { name: "فعال کردن", exact: true })).toHaveCount(0);
  const volunteerId = (await card().getAttribute("id"))!.replace("volunteer-", "");
  await card().locator("details summary", { hasText: "درخواست‌های پیشنهادی" }).click();
  const suggestion = card().locator("details ol li", { has: bridge.locator('a[href="/centres/5"]') }).first();
  await expect(suggestion).toContainText("نقش جور است");
  await suggestion.getByRole("button", { name: "معرفی" }).click();
  await expect(card()).toContainText("معرفی‌شده");

  // The centre hears of it, and accepts.
  await page.goto("/notifications");
  await expect(page.locator("main")).toContainText("داوطلبی را به مرکز شما معرفی کرد");
  await page.goto("/centres/5");
  await page.locator(`li.card[data-volunteer="${volunteerId}"]`, { hasText: "معرفی‌شده" }).getByRole("button", { name: "پذیرفتن", exact: true }).click();
  await expect(page.locator(`li.card[data-volunteer="${volunteerId}"]`).first()).toContainText("به کار گرفته");
  await expect(page.locator("section:has(#placements-h) a[href='/export/volunteers.csv']")).toBeVisible();

  // The volunteer sees where and why, and keeps their details up to date (a bad year is
  // refused beside the field, the new number kept).
  await phone.goto("/volunteers/me");
  await expect(phone.locator("section:has(#placements-h)")).toContainText("Placed");
  await expect(phone.locator("section:has(#placements-h)")).toContainText("Why here:");
  await phone.getByRole("link", { name: "Change my details" }).click();
  await expect(phone.locator("#field-mobile")).toHaveValue("09121112233");
  await phone.locator("#field-mobile").fill("۰۹۳۵۱۱۱۲۲۳۳");
  await phone.locator("#field-birth_year").fill("1200");
  await phone.locator('main form button[type="submit"]').click();
  await expect(phone.locator("#field-birth_year-error")).toBeVisible();
  await expect(phone.locator("#field-mobile")).toHaveValue("۰۹۳۵۱۱۱۲۲۳۳");
  await phone.locator("#field-birth_year").fill("1372");
  await phone.locator("#availability-4-1").check();
  await phone.locator('main form button[type="submit"]').click();
  await expect(phone).toHaveURL(/\/volunteers\/me$/);
  await expect(phone.locator("main")).toContainText("09351112233");

  // The centre publishes an opportunity with a shift; the volunteer takes a seat.
  await page.locator("#publish-h").click();
  const title = `روز کتاب ${uniqueName("o")}`;
  await page.locator("#opportunity-field-title").fill(title);
  await page.locator("#opportunity-field-role").selectOption(role);
  await page.getByRole("button", { name: "انتشار", exact: true }).click();
  await expect(page).toHaveURL(/\/opportunities\/\d+/);
  const opportunity = new URL(page.url()).pathname;
  await page.locator("#field-day").fill(jalaliDay(4).typed);
  await page.locator("#field-starts").fill("۰۹:۰۰");
  await page.locator("#field-ends").fill("۱۲:۰۰");
  await page.locator("#field-slots").fill("۲");
  await page.getByRole("button", { name: "افزودن شیفت" }).click();
  await phone.goto(opportunity);
  const shift = phone.locator("section:has(#shifts-h) li.card").first();
  await shift.getByRole("button", { name: "Sign up", exact: true }).click();
  await expect(phone.locator("section:has(#shifts-h) li.card").first()).toContainText("You have a seat");

  // A day of service reported; the centre approves it.
  await phone.goto("/volunteers/me");
  await phone.locator("#field-served_on").fill(jalaliDay(0).typed);
  await phone.locator("#field-hours").fill("3");
  await phone.locator('form:has(#field-placement) button[type="submit"]').click();
  await expect(phone.locator("section:has(#hours-h) table.data tbody tr").first()).toContainText("Waiting");
  await page.goto("/centres/5");
  await page.locator("section:has(#hours-h) li.card", { hasText: name }).getByRole("button", { name: "تأیید", exact: true }).click();
  await expect(page.locator("section:has(#hours-h) li.card", { hasText: name })).toHaveCount(0);

  // The intermediary issues a certificate; a visitor's check confirms it.
  await bridge.goto("/volunteers");
  await bridge.locator(`#volunteer-${volunteerId}`).getByRole("button", { name: "صدور گواهی" }).click();
  await expect(bridge).toHaveURL(/\/certificates\/[A-Z2-9]{5}-[A-Z2-9]{5}$/);
  const certificate = new URL(bridge.url()).pathname;
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(certificate);
  await expect(visitor.locator(".holder")).toHaveText(name);
  await expect(visitor.locator(".certifies")).toContainText("۳");
  await expectAccessible(visitor);

  // It is on the volunteer's record, which prints (the button shows once its script runs).
  await phone.goto("/volunteers/me/record");
  await expect(phone.locator("main")).toContainText(certificate.split("/").pop()!);
  await expect(phone.locator(".print-button")).toBeHidden();
  const withScript = await (await browser.newContext()).newPage();
  await withScript.goto(certificate);
  await expect(withScript.locator(".print-button")).toBeVisible();
  await phoneContext.close();
});

test("the volunteer's own edit page, in Persian, is accessible and keeps what was typed on a refusal", async ({ page }) => {
  await signIn(page, "volunteer19");
  await page.goto("/volunteers/me/edit");
  await expect(page.locator("h1")).toHaveText("ویرایش مشخصات من");
  await expect(page.locator('input[name="roles[]"]:checked')).not.toHaveCount(0);
  await expectAccessible(page);
  await page.locator("#field-mobile").fill("123");
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator("#field-mobile-error")).toBeVisible();
  await expect(page.locator("#field-mobile")).toHaveValue("123");
  await expectAccessible(page);
});
