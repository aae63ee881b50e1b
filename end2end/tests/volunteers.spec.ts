import { expect, Page } from "@playwright/test";
import { expectAccessible, registerAccount, signIn, test, uniqueName } from "./helpers";

/** A national code that passes the check digit, written in Persian digits. */
function nationalCode(): string {
  const base = String(100_000_000 + Math.floor(Math.random() * 800_000_000)).padStart(9, "0");
  const sum = [...base].reduce((s, d, i) => s + Number(d) * (10 - i), 0);
  const rest = sum % 11;
  const code = base + String(rest < 2 ? rest : 11 - rest);
  return code.replace(/[0-9]/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]);
}

/** The demo's first NGO (represented by the `ngo` account) is an intermediary institution. */
const INTERMEDIARY = "انجمن حامیان کودکان کار";

async function register(page: Page, name: string) {
  await page.goto("/volunteers/register");
  await page.locator("#field-full_name").fill(name);
  // A wrong check digit, and no consent: both refused beside their fields, nothing lost.
  await page.locator("#field-national_code").fill("0012345678");
  await page.locator("#field-mobile").fill("۰۹۱۲۳۴۵۶۷۸۹");
  await page.locator("#field-birth_year").fill("۱۳۷۰");
  await page.locator("#field-intermediary").selectOption({ label: INTERMEDIARY });
  await page.locator('input[name="roles[]"]').first().check();
  await page.locator("#availability-0-0").check();
  await page.locator("#availability-3-2").check();
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator("#field-national_code-error")).toBeVisible();
  await expect(page.locator("#consent-error")).toBeVisible();
  await expect(page.locator("#field-full_name")).toHaveValue(name);
  await expect(page.locator("#availability-3-2")).toBeChecked();
  await expect(page.locator("#field-intermediary")).toHaveValue(/\d+/);
  await expectAccessible(page);

  await page.locator("#field-national_code").fill(nationalCode());
  await page.locator("#consent").check();
  await Promise.all([page.waitForURL(/\/volunteers\/me$/), page.locator('main form button[type="submit"]').click()]);
}

test("a visitor is invited and asked to sign in first; the pages carry no script", async ({ page }) => {
  await page.goto("/volunteers");
  await expect(page.locator("main h1")).toHaveText("داوطلبان");
  await expect(page.locator('main a[href="/volunteers/register"]')).toBeVisible();
  expect(await page.locator("script[src], leptos-island").count()).toBe(0);
  await expectAccessible(page);
  await page.goto("/volunteers/register");
  await expect(page.locator('main a[href="/login?next=/volunteers/register"]')).toBeVisible();
  await expectAccessible(page);
});

test("a person registers, the intermediary verifies and activates them, and stopping needs a reason", async ({ page, browser }) => {
  const name = `داوطلب ${uniqueName("v")}`;
  await registerAccount(page, uniqueName("vol"), name);
  await register(page, name);
  await expect(page.locator("main .badge").first()).toHaveText("ثبت‌نام‌شده");
  await expect(page.locator("main")).toContainText("۰ روز در انتظار");
  await expect(page.locator("main")).toContainText(INTERMEDIARY);
  await expectAccessible(page);
  // Registering twice is not offered.
  await page.goto("/volunteers/register");
  await expect(page.locator('main a[href="/volunteers/me"]')).toBeVisible();

  // The intermediary finds them in its work, then on its roster.
  const mediator = await (await browser.newContext()).newPage();
  await signIn(mediator, "ngo");
  await mediator.goto("/");
  await expect(mediator.locator("#work-verify_volunteer")).toBeVisible();
  await mediator.goto("/volunteers");
  const card = mediator.locator("li.card", { hasText: name });
  await expect(card).toContainText("۰۹۱۲۳۴۵۶۷۸۹");
  await expect(card).toContainText("روز در انتظار");
  await expectAccessible(mediator);
  await card.getByRole("button", { name: "تأیید اطلاعات", exact: true }).click();
  // ("Activate" is also part of the word "deactivate": matched whole.)
  const activate = mediator.locator("li.card", { hasText: name }).getByRole("button", { name: "فعال کردن", exact: true });
  await expect(activate).toBeVisible();
  await activate.click();
  const active = mediator.locator("li.card", { hasText: name });
  await expect(active.getByRole("button", { name: "فعال کردن", exact: true })).toHaveCount(0);

  // Deactivating without a reason is refused beside the field; with one, it is done.
  await active.locator("summary").click();
  await active.locator('button.danger').click();
  const again = mediator.locator("li.card", { hasText: name });
  await expect(again.locator("details")).toHaveAttribute("open", "");
  await expect(again.locator(".error").first()).toBeVisible();
  await again.locator('input[name="reason"]').fill("نقل مکان");
  await again.locator("button.danger").click();
  await expect(mediator.locator("li.card", { hasText: name })).toContainText("نقل مکان");

  await page.goto("/volunteers/me");
  await expect(page.locator("main .badge").first()).toHaveText("غیرفعال");
  await expect(page.locator("main")).toContainText("نقل مکان");
});

test("the roster and the form in English", async ({ page }) => {
  await signIn(page, "ngo1");
  await page.context().addCookies([{ name: "i18n_pref_locale", value: "en", url: page.url() }]);
  await page.goto("/volunteers");
  await expect(page.locator("main h2").first()).toContainText("Volunteers of");
  await expect(page.locator("main")).toContainText("Waiting to be verified");
  await expectAccessible(page);
  await page.goto("/volunteers/register");
  await expect(page.locator("legend", { hasText: "When are you free?" })).toBeVisible();
  await expectAccessible(page);
});
