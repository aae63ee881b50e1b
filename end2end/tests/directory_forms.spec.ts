import { expect, Page } from "@playwright/test";
import { expectAccessible, hydrated, registerAccount, screenshots, signIn, test, uniqueName } from "./helpers";

/** Picks a candidate found as one types in the member search. */
async function chooseMember(page: Page, name: string) {
  const option = page.locator("#field-member option", { hasText: name });
  await expect(option).toHaveCount(1);
  await page.locator("#field-member").selectOption((await option.getAttribute("value"))!);
}

test("an official creates a committee and seats an NGO and an agency; the NGO's representative sees it", async ({ page, browser }, testInfo) => {
  await signIn(page, "official");
  await page.goto("/committees");
  await page.getByRole("link", { name: "کمیتهٔ جدید" }).click();
  await hydrated(page);
  await expectAccessible(page);

  // A mistake first: nothing typed is lost.
  const name = "کمیته آمادگی در برابر بحران " + uniqueName("");
  await page.locator("#field-name").fill(name);
  await page.locator("#field-mandate").fill("هماهنگی ظرفیت‌ها برای بحران");
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator("#field-dimension-error")).toBeVisible();
  await expect(page.locator("#field-name")).toHaveValue(name);
  await page.locator("#field-dimension").selectOption("environmental");
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator("h1")).toHaveText(name);

  // Seat the NGO the demo account «ngo» represents, as chair, and an agency as member.
  await hydrated(page);
  await page.locator("#member-q").fill("حامیان کودکان");
  await chooseMember(page, "انجمن حامیان کودکان کار");
  await page.locator("#field-role").selectOption("chair");
  await page.locator("#field-since").fill("۱۴۰۵/۰۱/۰۱");
  await page.getByRole("button", { name: "افزودن" }).click();
  await expect(page.locator(".member", { hasText: "انجمن حامیان کودکان کار" })).toContainText("رئیس");

  // The add reloaded the page: the finder searches once its island woke again.
  await hydrated(page);
  await page.locator("#member-q").fill("شهرداری کوهسار");
  await chooseMember(page, "شهرداری کوهسار");
  await page.locator("#field-role").selectOption("chair");
  await page.locator("#field-since").fill("1405/02/01");
  await page.getByRole("button", { name: "افزودن" }).click();
  // A second chair at the same time is refused beside the field.
  await expect(page.locator("#field-role-error")).toContainText("در این بازه");
  await page.locator("#field-role").selectOption("member");
  await page.getByRole("button", { name: "افزودن" }).click();
  await expect(page.locator(".member", { hasText: "شهرداری کوهسار" })).toContainText("عضو");
  await expect(page.getByRole("heading", { name: "سابقهٔ تغییرات" })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, testInfo, "committee-official");

  const representative = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  await signIn(representative, "ngo");
  await representative.goto("/organisations?q=" + encodeURIComponent("حامیان کودکان"));
  await representative.getByRole("link", { name: "انجمن حامیان کودکان کار" }).click();
  await expect(representative.getByRole("listitem").filter({ hasText: name })).toContainText("رئیس");
});

test("an NGO registers, waits for verification, and is verified by an official", async ({ page, browser }, testInfo) => {
  // A new person registers an account, then their organisation.
  const username = uniqueName("rep");
  await registerAccount(page, username, "نرگس امینی");

  await page.goto("/organisations/new");
  await hydrated(page);
  await expectAccessible(page);
  const orgName = "انجمن یاوران محله " + uniqueName("");
  await page.locator("#field-name").fill(orgName);
  // A registration number another NGO already has, typed in Persian digits.
  await page.locator("#field-registration_no").fill("۱۲۴۵۶");
  await page.getByLabel("اجتماعی").check();
  await page.locator("#field-phone").fill("۰۲۶-۳۴۵۶۷۸۹۰");
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator("#field-registration_no-error")).toBeVisible();
  await expect(page.locator("#field-name")).toHaveValue(orgName);
  await page.locator("#field-registration_no").fill(String(Date.now()).slice(-9));
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator("h1")).toHaveText(orgName);
  await expect(page.locator(".badge.danger")).toHaveText("در انتظار تأیید");
  const url = page.url();
  await screenshots(page, testInfo, "organisation-pending");

  // Visitors cannot see it yet.
  const visitor = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  const hidden = await visitor.goto(url);
  expect(hidden?.status()).toBe(404);

  const official = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  await signIn(official, "official");
  await official.goto(url);
  await hydrated(official);
  await expectAccessible(official);
  await official.getByRole("button", { name: "تأیید", exact: true }).click();
  await expect(official.locator(".badge.ok")).toHaveText("تأییدشده");

  await page.reload();
  await expect(page.locator(".badge.ok")).toHaveText("تأییدشده");
  const shown = await visitor.goto(url);
  expect(shown?.status()).toBe(200);
});

test("members cannot open the official's forms", async ({ page }) => {
  await signIn(page, "member");
  const refused = await page.goto("/committees/new");
  expect(refused?.status()).toBe(403);
  await expect(page.locator("h1")).toHaveText("این بخش برای حساب شما باز نیست");
});

test("an official finds who has what, where, and downloads it", async ({ page }, testInfo) => {
  await signIn(page, "official");
  await page.goto("/organisations");
  await page.getByRole("link", { name: "چه کسی، چه چیزی، کجا" }).click();
  await expect(page.locator("h1")).toHaveText("ظرفیت‌ها و منابع");
  await page.locator("#f-kind").selectOption("vehicle");
  await page.locator("#f-place").selectOption({ label: "زورآباد" });
  await page.getByRole("button", { name: "اعمال" }).click();
  await expect(page).toHaveURL(/kind=vehicle/);
  const rows = page.locator("tbody tr");
  // Largest first: the municipality's machines before the volunteers' two vans.
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("شهرداری کوهسار");
  await expect(rows.nth(1)).toContainText("گروه داوطلبان هلال محله");
  await expectAccessible(page);
  await screenshots(page, testInfo, "capacities");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "دریافت اکسل" }).click();
  // Named with the Jalali day it was made.
  expect((await download).suggestedFilename()).toMatch(/^capacities-14\d\d-\d\d-\d\d\.xlsx$/);
});

test("members cannot open the capacities page or the exports", async ({ page }) => {
  await signIn(page, "member");
  const refused = await page.goto("/capacities");
  expect(refused?.status()).toBe(403);
  await expect(page.locator("h1")).toHaveText("این بخش برای حساب شما باز نیست");
  const response = await page.request.get("/export/capacities.csv");
  expect(response.status()).toBe(403);
});

test("an official adds a neighbourhood; a population in words is refused and nothing is lost", async ({ page }, testInfo) => {
  await signIn(page, "official");
  await page.goto("/neighbourhoods");
  await page.getByRole("link", { name: "محلهٔ جدید" }).click();
  await hydrated(page);
  const name = "کوی امید " + uniqueName("");
  await page.locator("#field-name").fill(name);
  await page.locator("#field-city").fill("سپیدشهر");
  await page.locator("#field-population").fill("حدود ده هزار");
  await page.locator("#field-latitude").fill("۳۵٫۸۳");
  await page.locator("#field-longitude").fill("۵۱٫۰۵");
  await page.locator("#field-problems_social").fill("کمبود فضای بازی کودکان");
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator("#field-population-error")).toHaveText("لطفاً یک عدد وارد کنید (با هر نوع رقم).");
  await expect(page.locator("#field-name")).toHaveValue(name);
  await expect(page.locator("#field-problems_social")).toHaveValue("کمبود فضای بازی کودکان");
  await expectAccessible(page);
  await screenshots(page, testInfo, "neighbourhood-new");

  await page.locator("#field-population").fill("۱۰٬۲۰۰");
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator("h1")).toHaveText(name);
  await expect(page.getByText("۱۰٬۲۰۰")).toBeVisible();
  await expect(page.locator("svg .map-dot")).toHaveCount(1);
});
