import { expect, Page } from "@playwright/test";
import { expectAccessible, nationalCode, registerAccount, signIn, test, uniqueName } from "./helpers";

/** The demo's first NGO (represented by the `ngo` account) is an intermediary institution. */
const INTERMEDIARY = "انجمن حامیان کودکان کار";

async function register(page: Page, name: string, code = nationalCode()) {
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

  await page.locator("#field-national_code").fill(code);
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
  // Found by name in the roster's search, in every state the others are hidden.
  await mediator.goto("/volunteers");
  await mediator.locator("#roster-q").fill(name);
  await mediator.locator("#roster-q").press("Enter");
  await expect(mediator).toHaveURL(/\?q=/);
  await expect(mediator.locator("section[aria-labelledby^=roster-] li.card")).toHaveCount(1);
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

test("a second registration with a registered code asks to join that profile; the intermediary joins it", async ({ page, browser }) => {
  const code = nationalCode();
  const first = `داوطلب ${uniqueName("m")}`;
  await registerAccount(page, uniqueName("old"), first);
  await register(page, first, code);

  // A new account registers with the same code: refused beside it, and offered to ask.
  const again = await (await browser.newContext()).newPage();
  const second = `تازه ${uniqueName("m")}`;
  await registerAccount(again, uniqueName("new"), second);
  await again.goto("/volunteers/register");
  await again.locator("#field-full_name").fill(second);
  await again.locator("#field-national_code").fill(code);
  await again.locator("#field-mobile").fill("09350001122");
  await again.locator("#field-birth_year").fill("1370");
  await again.locator("#field-intermediary").selectOption({ label: INTERMEDIARY });
  await again.locator('input[name="roles[]"]').first().check();
  await again.locator("#availability-1-1").check();
  await again.locator("#consent").check();
  await expect(again.locator("#merge")).toHaveCount(0);
  await again.locator('main form button[type="submit"]').click();
  await expect(again.locator("#field-national_code-error")).toBeVisible();
  await expect(again.locator("#merge")).toBeVisible();
  await expectAccessible(again);
  await again.locator("#merge").check();
  await again.locator("#consent").check();
  await Promise.all([again.waitForURL(/\/volunteers\/me$/), again.locator('main form button[type="submit"]').click()]);
  await expect(again.locator("#my-merge-h")).toBeVisible();
  await expect(again.locator("main")).toContainText("در انتظار مؤسسهٔ میانی");
  // Nothing of the profile is shown to the one asking, nor a second registration offered.
  await expect(again.locator("main")).not.toContainText(first);
  await expect(again.locator('main a[href="/volunteers/register"]')).toHaveCount(0);

  // The intermediary has it in its work, compares, and joins it after a second step.
  const mediator = await (await browser.newContext()).newPage();
  await signIn(mediator, "ngo");
  await mediator.goto("/");
  await expect(mediator.locator("#work-merge_volunteer")).toBeVisible();
  await mediator.goto("/volunteers");
  const request = mediator.locator("section[aria-labelledby=merges-h] li.card", { hasText: second });
  await expect(request).toContainText(second);
  await expect(request).toContainText("09350001122".replace(/[0-9]/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]));
  await expectAccessible(mediator);
  // Refusing without a reason is refused beside the field.
  await request.locator("summary", { hasText: "رد درخواست" }).click();
  await request.locator("button.danger").click();
  const echoed = mediator.locator("li.card", { hasText: second });
  await expect(echoed.locator(".error").first()).toBeVisible();
  await echoed.locator("summary", { hasText: "پیوستن به این حساب" }).click();
  await echoed.getByRole("button", { name: "بله، پرونده به این حساب بپیوندد" }).click();
  await expect(mediator.locator("li.card", { hasText: second })).toHaveCount(0);

  // The profile is the new account's now; the old one has none.
  await again.goto("/volunteers/me");
  await expect(again.locator("main dl.facts dd").first()).toHaveText(first);
  await page.goto("/volunteers/me");
  await expect(page.locator('main a[href="/volunteers/register"]')).toBeVisible();
});

test("an official keeps the roles and the registration drives", async ({ page }) => {
  await signIn(page, "official");
  await page.goto("/volunteers/reference");
  await expect(page.locator("main h1")).toHaveText("نقش‌های داوطلبی و پویش‌های ثبت‌نام");
  // A role: refused empty, then added, retired, offered again.
  const roles = page.locator("section[aria-labelledby=roles-h]");
  await roles.getByRole("button", { name: "افزودن نقش" }).click();
  await expect(page.locator("#field-name-error")).toBeVisible();
  const role = `راننده ${uniqueName("r")}`;
  await page.locator("#field-name").fill(role);
  await roles.getByRole("button", { name: "افزودن نقش" }).click();
  const row = roles.locator("tr", { hasText: role });
  await expect(row).toBeVisible();
  await row.getByRole("button", { name: "کنارگذاشتن" }).click();
  await expect(roles.locator("tr", { hasText: role }).locator(".badge")).toHaveText("کنارگذاشته");
  await roles.locator("tr", { hasText: role }).getByRole("button", { name: "عرضهٔ دوباره" }).click();
  await expect(roles.locator("tr", { hasText: role }).locator(".badge")).toHaveCount(0);
  // A drive: a bad code and an end before the start are refused beside them, nothing lost.
  const drives = page.locator("section[aria-labelledby=drives-h]");
  const code = `NOWRUZ-${Date.now() % 100000}`;
  await page.locator("#drive-field-name").fill("پویش نوروزی");
  await page.locator("#drive-field-code").fill("نوروز");
  await page.locator("#drive-field-starts_on").fill("۱۴۰۵/۰۱/۱۰");
  await page.locator("#drive-field-ends_on").fill("۱۴۰۵/۰۱/۰۱");
  await drives.getByRole("button", { name: "افزودن پویش" }).click();
  await expect(page.locator("#drive-field-code-error")).toBeVisible();
  await expect(page.locator("#drive-field-ends_on-error")).toBeVisible();
  await expect(page.locator("#drive-field-name")).toHaveValue("پویش نوروزی");
  await page.locator("#drive-field-code").fill(code.toLowerCase());
  await page.locator("#drive-field-ends_on").fill("۱۴۰۵/۰۱/۱۳");
  await drives.getByRole("button", { name: "افزودن پویش" }).click();
  const drive = drives.locator("tr", { hasText: code });
  await expect(drive.locator(`a[href="/volunteers/register?drive=${code}"]`)).toBeVisible();
  await expectAccessible(page);
  // In English too.
  await page.context().addCookies([{ name: "i18n_pref_locale", value: "en", url: page.url() }]);
  await page.goto("/volunteers/reference");
  await expect(page.locator("main h1")).toHaveText("Volunteer roles and registration drives");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expectAccessible(page);
});

test("only officials open the roles and drives", async ({ page }) => {
  await signIn(page, "ngo");
  await page.goto("/volunteers/reference");
  await expect(page.locator("main form")).toHaveCount(0);
  await expect(page.locator("main")).toContainText("اجازه");
});
