import { expect, Page } from "@playwright/test";
import { expectAccessible, jalaliDay, signIn, test } from "./helpers";

/**
 * Opportunities and shifts. In the demo, centres 1–4 publish one opportunity each (shifts
 * past and ahead); `centre5` manages centre 5, which has none yet; `volunteer45` and
 * `volunteer46` are active and signed up to nothing.
 */

async function shiftCard(page: Page) {
  return page.locator("section:has(#shifts-h) li.card").first();
}

test("a centre publishes an opportunity and a shift; volunteers sign up, wait, and move up", async ({ page, browser }) => {
  await signIn(page, "centre5");
  await page.goto("/centres/5");
  await page.locator("#publish-h").click();
  await page.getByRole("button", { name: "انتشار", exact: true }).click();
  await expect(page.locator("#opportunity-field-title-error")).toBeVisible();
  await expect(page.locator("#opportunity-field-role-error")).toBeVisible();
  await page.locator("#opportunity-field-title").fill("<i>کمک</i> در جشن محله");
  await page.locator("#opportunity-field-role").selectOption({ index: 6 });
  await page.getByRole("button", { name: "انتشار", exact: true }).click();
  await expect(page).toHaveURL(/\/opportunities\/\d+/);
  await expect(page.locator("h1")).toHaveText("<i>کمک</i> در جشن محله");
  await expect(page.locator("#shifts-h")).toBeVisible();
  const opportunity = page.url().split("#")[0];

  // A shift: refused beside the fields first, then added with Persian digits.
  await page.locator("#field-day").fill(jalaliDay(5).typed);
  await page.locator("#field-starts").fill("۱۶:۰۰");
  await page.locator("#field-ends").fill("۱۵:۰۰");
  await page.locator("#field-slots").fill("۰");
  await page.getByRole("button", { name: "افزودن شیفت" }).click();
  await expect(page.locator("#field-ends-error")).toBeVisible();
  await expect(page.locator("#field-slots-error")).toBeVisible();
  await expect(page.locator("#field-starts")).toHaveValue("۱۶:۰۰");
  await page.locator("#field-ends").fill("۱۸:۳۰");
  await page.locator("#field-slots").fill("۱");
  await page.getByRole("button", { name: "افزودن شیفت" }).click();
  await expect(await shiftCard(page)).toContainText("۰ از ۱ جا پر شده");
  await expect(await shiftCard(page)).toContainText("هنوز کسی نام‌نویسی نکرده است");
  await expectAccessible(page);

  // The first volunteer takes the seat; the second joins the waiting list.
  const first = await (await browser.newContext()).newPage();
  await signIn(first, "volunteer45");
  await first.goto(opportunity);
  await (await shiftCard(first)).getByRole("button", { name: "نام‌نویسی" }).click();
  await expect(await shiftCard(first)).toContainText("جای شما محفوظ است");
  await expectAccessible(first);
  const second = await (await browser.newContext()).newPage();
  await signIn(second, "volunteer46");
  await second.goto(opportunity);
  await (await shiftCard(second)).getByRole("button", { name: "پیوستن به فهرست انتظار" }).click();
  await expect(await shiftCard(second)).toContainText("نفر ۱ فهرست انتظار هستید");

  // The centre sees both, the booked one with a mobile number.
  await page.reload();
  await expect(await shiftCard(page)).toContainText("۱ از ۱ جا پر شده");
  await expect((await shiftCard(page)).locator(".shift-roster a[href^='tel:']")).toHaveCount(1);
  await expect((await shiftCard(page)).locator(".shift-roster")).toContainText("در انتظار، نفر ۱");

  // Giving up the seat moves the waiting volunteer up by itself.
  await (await shiftCard(first)).locator("summary", { hasText: "انصراف از جایم" }).click();
  await (await shiftCard(first)).locator("button.danger").click();
  await expect(await shiftCard(first)).toContainText("از این شیفت انصراف داده‌اید");
  await second.reload();
  await expect(await shiftCard(second)).toContainText("جای شما محفوظ است");
  await second.goto("/volunteers/me");
  await expect(second.locator("section:has(#shifts-h)")).toContainText("<i>کمک</i> در جشن محله");
  await second.goto("/notifications");
  await expect(second.locator("main")).toContainText("جایی خالی شد و اکنون جای شماست");
});

test("the open list and an opportunity in English, without a volunteer profile", async ({ page }) => {
  await page.goto("/opportunities");
  await page.context().addCookies([{ name: "i18n_pref_locale", value: "en", url: page.url() }]);
  await page.reload();
  await expect(page.locator("h1")).toHaveText("Opportunities to volunteer");
  const cards = page.locator("main li.card");
  expect(await cards.count()).toBeGreaterThanOrEqual(4);
  await expectAccessible(page);
  await cards.first().locator("a").first().click();
  await expect(page.locator("#shifts-h")).toHaveText("Shifts ahead");
  await expect(page.getByRole("link", { name: "Sign in to sign up" }).first()).toBeVisible();
  await expect(page.locator(".shift-roster")).toHaveCount(0);
  await expectAccessible(page);
});

test("attendance of a past shift becomes approved hours", async ({ page }) => {
  await signIn(page, "centre1");
  await page.goto("/centres/1");
  await page.locator("#opportunities-h ~ ul a").first().click();
  await expect(page.locator("#past-h")).toBeVisible();
  const past = page.locator("section:has(#past-h) li.card");
  await expect(past.first()).toContainText("حضور ثبت شده");
  await expect(past.first().locator(".shift-roster")).toContainText("آمد");
  await expectAccessible(page);
});

test("a centre manager finds a shift's attendance in their work and records who came", async ({ page }) => {
  await signIn(page, "centre4");
  await page.goto("/");
  await expect(page.locator("main")).toContainText("حضورهای ثبت‌نشده");
  await page.locator("main a[href*='/opportunities/']").first().click();
  const form = page.locator("form.attendance");
  await expect(form).toHaveCount(1);
  const boxes = form.locator("input[type=checkbox]");
  expect(await boxes.count()).toBeGreaterThan(1);
  await expectAccessible(page);
  await boxes.first().uncheck();
  await form.getByRole("button", { name: "ثبت حضور" }).click();
  await expect(page.locator("p.notice")).toContainText("حضور ثبت شد");
  await expect(page.locator("form.attendance")).toHaveCount(0);
  const roster = page.locator("section:has(#past-h) .shift-roster").first();
  await expect(roster).toContainText("نیامد");
  await expect(roster).toContainText("آمد");
  await page.goto("/");
  await expect(page.locator("main")).not.toContainText("حضورهای ثبت‌نشده");
});

test("an NGO without a centre publishes an opportunity held at one, and adds its shifts", async ({ page }) => {
  // In the demo `ngo1`'s organisation publishes a reading circle at a centre it does not run.
  await signIn(page, "ngo1");
  await page.goto("/opportunities");
  const demo = page.locator("main li.card", { hasText: "حلقهٔ کتابخوانی کودکان" });
  await expect(demo).toContainText("منتشرکننده:");
  await demo.locator("a[href^='/organisations/']").click();
  await expect(page.locator("#published-h")).toBeVisible();
  await expect(page.locator("section:has(#published-h) li.card")).toContainText("حلقهٔ کتابخوانی کودکان");
  await page.locator("#publish-h").click();
  await page.getByRole("button", { name: "انتشار", exact: true }).click();
  await expect(page.locator("#opportunity-field-centre-error")).toBeVisible();
  await expect(page.locator("#opportunity-field-title-error")).toBeVisible();
  await page.locator("#opportunity-field-title").fill("<b>کارگاه</b> نقاشی");
  await expect(page.locator("#opportunity-field-title")).toHaveValue("<b>کارگاه</b> نقاشی");
  await page.locator("#opportunity-field-centre").selectOption({ index: 2 });
  await page.locator("#opportunity-field-role").selectOption({ index: 3 });
  await page.getByRole("button", { name: "انتشار", exact: true }).click();
  await expect(page).toHaveURL(/\/opportunities\/\d+/);
  await expect(page.locator("h1")).toHaveText("<b>کارگاه</b> نقاشی");
  await expect(page.locator("dl.facts")).toContainText("منتشرکننده");
  await page.locator("#field-day").fill(jalaliDay(6).typed);
  await page.locator("#field-starts").fill("10:00");
  await page.locator("#field-ends").fill("12:00");
  await page.locator("#field-slots").fill("4");
  await page.getByRole("button", { name: "افزودن شیفت" }).click();
  await expect(await shiftCard(page)).toContainText("۰ از ۴ جا پر شده");
  await expectAccessible(page);

  // Search finds it; a visitor sees it without the form.
  await page.goto("/search?q=" + encodeURIComponent("کارگاه نقاشی"));
  await expect(page.locator("main a[href^='/opportunities/']", { hasText: "کارگاه" }).first()).toBeVisible();
});
