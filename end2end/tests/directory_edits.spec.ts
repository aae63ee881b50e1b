import { Browser, expect, Page } from "@playwright/test";
import { expectAccessible, hydrated, registerAccount, screenshots, signIn, test, uniqueName } from "./helpers";

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

const submit = (page: Page) => page.locator('main form button[type="submit"]').first();

test("an official edits and dissolves a committee; a second editor's changes are kept, not lost", async ({ browser }, testInfo) => {
  const first = await signedIn(browser, "official");
  const second = await signedIn(browser, "official");
  const name = "کمیته گردشگری " + uniqueName("");
  await first.goto("/committees/new");
  await hydrated(first);
  await first.locator("#field-name").fill(name);
  await first.locator("#field-dimension").selectOption("economic");
  await submit(first).click();
  await expect(first.locator("h1")).toHaveText(name);
  const page = first.url();

  // Both open the edit form; the first saves a dissolution.
  for (const p of [first, second]) {
    await p.goto(page + "/edit");
    await hydrated(p);
  }
  await expectAccessible(first);
  await screenshots(first, testInfo, "committee-edit");
  await first.locator("#field-mandate").fill("گردشگری محله‌ای");
  await first.locator("#field-status").selectOption("dissolved");
  await submit(first).click();
  await expect(first.locator("h1")).toHaveText(name);
  await expect(first.locator(".badge", { hasText: "منحل" })).toBeVisible();

  // The second, starting from the old version, is told; what they typed stays in the form.
  await second.locator("#field-name").fill(name + " ۲");
  await submit(second).click();
  await expect(second.locator(".form-alert", { hasText: "کس دیگری" })).toBeVisible();
  await expect(second.locator("#field-name")).toHaveValue(name + " ۲");
  await expectAccessible(second);
  // Saving again applies it knowingly.
  await submit(second).click();
  await expect(second.locator("h1")).toHaveText(name + " ۲");
});

test("an official ends a seat on a chosen day, behind a second step", async ({ page }) => {
  await signIn(page, "official");
  await page.goto("/committees/new");
  await hydrated(page);
  const name = "کمیته آب " + uniqueName("");
  await page.locator("#field-name").fill(name);
  await page.locator("#field-dimension").selectOption("environmental");
  await submit(page).click();
  await expect(page.locator("h1")).toHaveText(name);
  await hydrated(page);
  await page.locator("#member-q").fill("شهرداری کوهسار");
  const option = page.locator("#field-member option", { hasText: "شهرداری کوهسار" });
  await expect(option).toHaveCount(1);
  await page.locator("#field-member").selectOption((await option.getAttribute("value"))!);
  await page.locator("#field-since").fill("۱۴۰۴/۰۱/۰۱");
  await page.getByRole("button", { name: "افزودن" }).click();
  await expect(page.locator(".member", { hasText: "شهرداری کوهسار" })).toBeVisible();

  const seat = page.locator(".seats li", { hasText: "شهرداری کوهسار" });
  await seat.getByText("پایان عضویت").first().click();
  // A day before the seat began is refused beside the field.
  await seat.locator("input[name=until]").fill("۱۴۰۳/۱۲/۰۱");
  await seat.getByRole("button", { name: "پایان عضویت" }).click();
  await expect(seat.locator(".error")).toContainText("پیش از");
  await expect(seat.locator("input[name=until]")).toHaveValue("۱۴۰۳/۱۲/۰۱");
  await seat.locator("input[name=until]").fill("۱۴۰۴/۰۶/۳۱");
  await seat.getByRole("button", { name: "پایان عضویت" }).click();
  await expect(page.getByRole("heading", { name: "اعضای پیشین" })).toBeVisible();
  await expect(page.locator("section[aria-labelledby=past-h] .member", { hasText: "شهرداری کوهسار" })).toBeVisible();
  await expectAccessible(page);
});

test("a committee's chair creates and edits a working group; others cannot", async ({ page, browser }, testInfo) => {
  await signIn(page, "chair");
  await page.goto("/committees");
  await page.getByRole("link", { name: "کمیته تخصصی اجتماعی و فرهنگی" }).click();
  await page.getByRole("link", { name: "کارگروه جدید" }).click();
  await hydrated(page);
  await expectAccessible(page);
  await screenshots(page, testInfo, "working-group-new");
  const name = "کارگروه کودکان کار " + uniqueName("");
  await page.locator("#field-name").fill(name);
  await page.getByLabel("خاک سفید").check();
  await page.locator("fieldset.check-list").nth(1).locator("input").first().check();
  await submit(page).click();
  await expect(page.locator("h1")).toHaveText(name);
  await expect(page.getByRole("link", { name: "خاک سفید" })).toBeVisible();

  await page.getByRole("link", { name: "ویرایش" }).click();
  await hydrated(page);
  await expect(page.getByLabel("خاک سفید")).toBeChecked();
  await page.getByLabel("زورآباد").check();
  await page.locator("#field-kind").selectOption("regional");
  await submit(page).click();
  await expect(page.locator("h1")).toHaveText(name);
  await expect(page.getByRole("link", { name: "زورآباد" })).toBeVisible();
  await expect(page.locator(".badge", { hasText: "منطقه‌ای" })).toBeVisible();
  const groupUrl = page.url();

  // A member of the committee who is not its chair or secretary is refused.
  const member = await signedIn(browser, "member");
  const refused = await member.goto(groupUrl + "/edit");
  await expect(member.locator("main")).toContainText("اجازه");
  expect(refused?.status()).toBe(403);
  await expect(member.locator("#field-name")).toHaveCount(0);
});

test("an NGO's representative keeps its profile and capacities current", async ({ page }, testInfo) => {
  await signIn(page, "ngo");
  await page.goto("/organisations?q=" + encodeURIComponent("حامیان کودکان"));
  await page.getByRole("link", { name: "انجمن حامیان کودکان کار" }).click();
  const orgUrl = page.url();
  await page.getByRole("link", { name: "ویرایش", exact: true }).first().click();
  await hydrated(page);
  await expectAccessible(page);
  await screenshots(page, testInfo, "organisation-edit");
  const description = "آموزش و حمایت از کودکان کار " + uniqueName("");
  await page.locator("#field-description").fill(description);
  await page.locator("#field-website").fill("not a website");
  await submit(page).click();
  await expect(page.locator("#field-website-error")).toBeVisible();
  await expect(page.locator("#field-description")).toHaveValue(description);
  await page.locator("#field-website").fill("");
  await submit(page).click();
  await expect(page.getByText(description)).toBeVisible();

  // A logo: a PDF named .png is refused beside the field; a real PNG is shown.
  await page.getByRole("link", { name: "ویرایش", exact: true }).first().click();
  await page.locator("#field-logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("%PDF-1.7 not an image") });
  await page.locator("section[aria-labelledby=logo-h] form").first().locator("button[type=submit]").click();
  await expect(page.locator("#field-logo-error")).toContainText("PNG");
  await expectAccessible(page);
  const png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
  await page.locator("#field-logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from(png, "base64") });
  await page.locator("section[aria-labelledby=logo-h] form").first().locator("button[type=submit]").click();
  await expect(page.locator("#logo-h ~ p img.logo")).toBeVisible();
  await page.goto(orgUrl);
  await expect(page.locator("h1 img.logo")).toBeVisible();

  // A capacity: added, corrected, then removed after a second step.
  await page.getByRole("link", { name: "افزودن ظرفیت" }).click();
  await hydrated(page);
  await expectAccessible(page);
  const unit = "دستگاه چادر " + uniqueName("");
  await page.locator("#field-kind").selectOption("equipment");
  await page.locator("#field-quantity").fill("۱۲");
  await page.locator("#field-unit").fill(unit);
  await page.locator("#field-available_from").fill("۱۴۰۵/۰۱/۰۱");
  await page.locator("#field-available_until").fill("۱۴۰۴/۰۱/۰۱");
  await submit(page).click();
  await expect(page.locator("#field-available_until-error")).toBeVisible();
  await page.locator("#field-available_until").fill("");
  await submit(page).click();
  const row = page.locator("tbody tr", { hasText: unit });
  await expect(row).toContainText("۱۲");
  await row.getByRole("link", { name: "ویرایش" }).click();
  await hydrated(page);
  await expect(page.locator("#field-quantity")).toHaveValue("۱۲");
  await page.locator("#field-quantity").fill("15");
  await submit(page).click();
  await expect(page.locator("tbody tr", { hasText: unit })).toContainText("۱۵");
  await page.locator("tbody tr", { hasText: unit }).getByRole("link", { name: "ویرایش" }).click();
  await page.getByText("حذف این ظرفیت").first().click();
  await page.getByRole("button", { name: "حذف این ظرفیت" }).click();
  await expect(page).toHaveURL(new RegExp(orgUrl.replace(/[?]/g, "\\?")));
  await expect(page.locator("tbody tr", { hasText: unit })).toHaveCount(0);
});

test("the first representative adds and removes another representative", async ({ page, browser }) => {
  // Someone registers an account to be added.
  const newcomer = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  const username = uniqueName("helper");
  await registerAccount(newcomer, username, "رضا کاظمی");

  await signIn(page, "ngo");
  await page.goto("/organisations?q=" + encodeURIComponent("حامیان کودکان"));
  await page.getByRole("link", { name: "انجمن حامیان کودکان کار" }).click();
  await hydrated(page);
  const reps = page.locator("section[aria-labelledby=reps-h]");
  await reps.locator("#field-username").fill("nobody-" + username);
  await reps.getByRole("button", { name: "افزودن" }).click();
  await expect(reps.locator("#field-username-error")).toBeVisible();
  await reps.locator("#field-username").fill(username);
  await reps.getByRole("button", { name: "افزودن" }).click();
  const row = reps.locator("li", { hasText: "رضا کاظمی" });
  await expect(row).toBeVisible();
  await expectAccessible(page);

  // The newcomer may now edit the profile, but not manage representatives.
  await newcomer.goto(page.url());
  await expect(newcomer.getByRole("link", { name: "افزودن ظرفیت" })).toBeVisible();
  await expect(newcomer.locator("section[aria-labelledby=reps-h]")).toHaveCount(0);

  await row.getByText("حذف").first().click();
  await row.getByRole("button", { name: "حذف" }).click();
  await expect(reps.locator("li", { hasText: "رضا کاظمی" })).toHaveCount(0);
  await newcomer.reload();
  await expect(newcomer.getByRole("link", { name: "افزودن ظرفیت" })).toHaveCount(0);
});

test("an official adds an expert and corrects a neighbourhood's facilitation office", async ({ page }, testInfo) => {
  await signIn(page, "official");
  await page.goto("/committees");
  await page.getByRole("link", { name: "افزودن فرد یا کارشناس" }).click();
  await hydrated(page);
  await expectAccessible(page);
  const name = "دکتر مهسا " + uniqueName("");
  await page.locator("#field-name").fill(name);
  await page.locator("#field-expertise").fill("برنامه‌ریزی شهری");
  await page.locator("#field-username").fill("no-such-account-here");
  await submit(page).click();
  await expect(page.locator("#field-username-error")).toBeVisible();
  await expect(page.locator("#field-name")).toHaveValue(name);
  await page.locator("#field-username").fill("");
  await submit(page).click();
  await expect(page.locator("h1")).toHaveText(name);
  await page.getByRole("link", { name: "ویرایش" }).click();
  await hydrated(page);
  await page.locator("#field-affiliation").fill("دانشگاه استان");
  await submit(page).click();
  await expect(page.getByText("دانشگاه استان")).toBeVisible();

  // A neighbourhood of its own, then its facilitation office.
  await page.goto("/neighbourhoods/new");
  await hydrated(page);
  const place = "شهرک " + uniqueName("");
  await page.locator("#field-name").fill(place);
  await page.locator("#field-city").fill("سپیدشهر");
  await submit(page).click();
  await expect(page.locator("h1")).toHaveText(place);
  await page.getByRole("link", { name: "ویرایش" }).click();
  await hydrated(page);
  await expectAccessible(page);
  await screenshots(page, testInfo, "neighbourhood-edit");
  await page.locator("#field-facilitation_office").selectOption({ label: "دفتر تسهیلگری خاک سفید" });
  await page.locator("#field-households").fill("۲٬۴۰۰");
  await submit(page).click();
  await expect(page.locator("h1")).toHaveText(place);
  await expect(page.getByRole("link", { name: "دفتر تسهیلگری خاک سفید" })).toBeVisible();
  await expect(page.getByText("۲٬۴۰۰")).toBeVisible();
});
