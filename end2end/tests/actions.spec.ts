import { expect } from "@playwright/test";
import { expectAccessible, signIn, test } from "./helpers";

/**
 * Campaigns and local actions: the public campaign pages, a centre's manager publishing an
 * action (refused without goals first) and closing it with what was achieved, an official
 * starting a campaign in English, and the form refused to someone who runs nothing. The demo
 * has a past Ramadan campaign (every action closed) and a winter campaign running now.
 */

/** Today in Tehran as a Jalali day typed with Persian digits, e.g. ۱۴۰۵/۰۹/۱۰. */
function jalaliToday(): string {
  const parts = new Intl.DateTimeFormat("en-u-ca-persian-nu-latn", {
    timeZone: "Asia/Tehran",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(new Date());
  const part = (type: string) => parts.find((p) => p.type === type)!.value.replace(/\D/g, "");
  const latin = `${part("year")}/${part("month")}/${part("day")}`;
  return latin.replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]);
}

test("a visitor follows a campaign's figures to its actions, planned against achieved", async ({ page }) => {
  await page.goto("/campaigns");
  await expect(page.locator("main h1")).toHaveText("پویش‌ها");
  await expect(page.locator("#new-campaign-h")).toHaveCount(0);
  await expectAccessible(page);
  await page.locator("main table a", { hasText: "رمضان" }).click();
  await expect(page.locator("main h1")).toContainText("رمضان");
  // Every Ramadan action is closed: sixteen of sixteen, in eight centres.
  await expect(page.locator(".figure").first()).toContainText("۱۶");
  await expect(page.locator("#goals-h")).toBeVisible();
  // Nobody signed in, and the campaign has ended: no invitation to publish.
  await expect(page.locator("main a[href^='/actions/new']")).toHaveCount(0);
  await expectAccessible(page);
  await page.locator("main table a[href^='/actions/']").first().click();
  await expect(page.locator("#targets-h")).toHaveText("برنامه و دستاورد");
  await expect(page.locator("#outcome table tbody tr")).toHaveCount(3);
  await expect(page.locator("#outcome td").filter({ hasText: "٪" }).first()).toBeVisible();
  await expect(page.locator("#close-h")).toHaveCount(0);
  await expectAccessible(page);
});

test("a centre's manager publishes an action only with goals, then closes it with what was achieved", async ({ page }) => {
  await signIn(page, "centre3");
  await page.goto("/centres/3");
  await page.locator("a", { hasText: "انتشار یک کنش محلی" }).click();
  await expect(page.locator("#field-host")).toHaveValue("centre:3");
  await page.locator("#field-title").fill("کارگاه آزمون کنش <b>محلی</b>");
  await page.locator("#field-campaign").selectOption({ label: "پویش زمستان مهربانی ۱۴۰۵" });
  await page.locator("#field-held_on").fill(jalaliToday());
  // No goal: refused beside the goals, nothing typed is lost.
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("#field-goals-error")).toBeVisible();
  await expect(page.locator("#field-title")).toHaveValue("کارگاه آزمون کنش <b>محلی</b>");
  await expectAccessible(page);
  await page.locator("#goal-target-0").fill("۴۰");
  await page.locator("#goal-measure-1").selectOption("other");
  await page.locator("#goal-target-1").fill("۱۲");
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("#field-goals-error")).toBeVisible();
  await page.locator("#goal-label-1").fill("بستهٔ نوشت‌افزار");
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("main h1")).toHaveText("کارگاه آزمون کنش <b>محلی</b>");
  await expect(page.locator("#outcome")).toContainText("بستهٔ نوشت‌افزار");
  await expect(page.locator("#close-h")).toBeVisible();
  await expectAccessible(page);

  // A guest invited and marked as come; a problem raised with them (no board: the manager
  // sits on no committee).
  await page.locator("#invite-h ~ form button[type=submit]").click();
  await expect(page.locator("#guest-field-guest_name-error")).toBeVisible();
  await page.locator("#guest-field-guest_name").fill("شهردار منطقه ۲۲");
  await page.locator("#invite-h ~ form button[type=submit]").click();
  const guest = page.locator("#guests tbody tr", { hasText: "شهردار منطقه ۲۲" });
  await expect(guest).toContainText("ثبت نشده");
  await guest.locator("button", { hasText: /^آمد$/ }).click();
  await expect(page.locator("#guests tbody tr", { hasText: "شهردار منطقه ۲۲" })).not.toContainText("ثبت نشده");
  await page.locator("#field-problem").fill("کوچهٔ پشت مدرسه روشنایی ندارد.");
  await page.locator("#field-problem_guest").selectOption({ label: "شهردار منطقه ۲۲" });
  await page.locator("#raise-h ~ form button[type=submit]").click();
  await expect(page.locator("#problems")).toContainText("مطرح‌شده با شهردار منطقه ۲۲");
  await expectAccessible(page);

  // Closing needs every achieved value, attendance and an account.
  await page.locator("#close-h ~ form button[type=submit]").click();
  await expect(page.locator("#field-attendance-error")).toBeVisible();
  await expect(page.locator("#field-account-error")).toBeVisible();
  await expect(page.locator("[id^='field-achieved-'][id$='-error']").first()).toBeVisible();
  const achieved = page.locator("input[name='achieved[]']");
  await achieved.nth(0).fill("۴۴");
  await achieved.nth(1).fill("۶");
  await page.locator("#field-attendance").fill("۴۴");
  await page.locator("#field-account").fill("چهل و چهار نفر از اهالی آمدند و شش بسته نوشت‌افزار توزیع شد.");
  await page.locator("#close-h ~ form button[type=submit]").click();
  await expect(page.locator("#targets-h")).toHaveText("برنامه و دستاورد");
  await expect(page.locator("#outcome")).toContainText("۱۱۰٪");
  await expect(page.locator("#outcome")).toContainText("۵۰٪");
  await expect(page.locator("#close-h")).toHaveCount(0);
  await expectAccessible(page);
  // The centre's page lists it.
  await page.goto("/centres/3");
  await expect(page.locator("#actions-h").locator("xpath=..")).toContainText("کارگاه آزمون کنش");
});

test("an official starts a campaign in English, refused beside the fields first", async ({ page }) => {
  await signIn(page, "official");
  await page.context().addCookies([{ name: "i18n_pref_locale", value: "en", url: page.url() }]);
  await page.goto("/campaigns");
  await expect(page.locator("main h1")).toHaveText("Campaigns");
  await page.locator("#field-starts_on").fill("1405/12/01");
  await page.locator("#field-ends_on").fill("1405/11/01");
  await page.locator("#new-campaign-h ~ form button[type=submit]").click();
  await expect(page.locator("#field-name-error")).toBeVisible();
  await expect(page.locator("#field-ends_on-error")).toContainText("before");
  await expect(page.locator("#field-goals-error")).toBeVisible();
  await expect(page.locator("#field-starts_on")).toHaveValue("1405/12/01");
  await expectAccessible(page);
  await page.locator("#field-name").fill("Nowruz 1405 test campaign");
  await page.locator("#field-ends_on").fill("1406/01/13");
  await page.locator("#field-goals").fill("Nowruz visits to the elderly in every neighbourhood.");
  await page.locator("#field-drive").selectOption({ index: 1 });
  await page.locator("#new-campaign-h ~ form button[type=submit]").click();
  await expect(page.locator("main h1")).toHaveText("Nowruz 1405 test campaign");
  await expect(page.locator("#goals-h ~ p").first()).toContainText("Nowruz visits");
  await expect(page.locator("main")).toContainText("No action has been published in this campaign yet.");
  await page.locator("main a", { hasText: "Publish a local action" }).click();
  await expect(page.locator("#field-campaign option:checked")).toHaveText("Nowruz 1405 test campaign");
  await expectAccessible(page);
});

test("someone who runs no centre or organisation is refused the form", async ({ page }) => {
  await signIn(page, "volunteer5");
  await page.goto("/actions/new");
  await expect(page.locator("main form button[type=submit]")).toHaveCount(0);
  await expect(page.locator("main")).toContainText("اجازه");
});

test("a visitor reads the ranking and the evidence behind a centre's score", async ({ page }) => {
  await page.goto("/campaigns/1");
  await expect(page.locator("#leaders-h")).toBeVisible();
  await expect(page.locator("#leaders-h ~ ol li")).toHaveCount(5);
  await expect(page.locator("#leaders-h ~ h3")).toHaveText("کانون‌های تقدیرشده");
  await page.locator("a", { hasText: "رتبه‌بندی کامل و مستندات آن" }).click();
  await expect(page.locator("#ranking-h ~ div table tbody tr")).toHaveCount(8);
  await expect(page.locator("#ranking-h ~ div table .badge", { hasText: "تقدیرشده" })).toHaveCount(2);
  await expect(page.locator("#waiting-h")).toHaveCount(0);
  await expectAccessible(page);
  await page.locator("#ranking-h ~ div table tbody tr th a").first().click();
  await expect(page.locator("#score-h")).toBeVisible();
  await expect(page.locator("#history-h ~ div table tbody tr")).toHaveCount(2);
  await expect(page.locator("#actions-h ~ div table tbody tr")).toHaveCount(2);
  await expectAccessible(page);
});

test("a centre's manager assesses itself; an official scores it, keeps indicators and records the scores", async ({ page, browser }) => {
  await signIn(page, "centre5");
  await page.goto("/campaigns/2/centres/5");
  await page.locator("#assess-h ~ form button[type=submit]").click();
  await expect(page.locator("#field-statement-error")).toBeVisible();
  await page.locator("#field-statement").fill("اهالی در سه نشست محله شرکت کردند و دو داوطلب تازه آمدند.");
  await page.locator("#assess-h ~ form button[type=submit]").click();
  await expect(page.locator("#assessments-h ~ ul")).toContainText("در انتظار نمرهٔ کارشناس");
  await expectAccessible(page);

  const context = await browser.newContext();
  const official = await context.newPage();
  await signIn(official, "official");
  await context.addCookies([{ name: "i18n_pref_locale", value: "en", url: official.url() }]);
  await official.goto("/campaigns/2/scores");
  const waiting = await official.locator("#waiting-h ~ ul > li").count();
  const mine = official.locator("#waiting-h ~ ul > li", { hasText: "دو داوطلب تازه" });
  await mine.locator("input[name=score]").fill("11");
  await mine.locator("button[type=submit]").click();
  // The refusal shows beside this assessment's score only.
  await expect(official.locator("[id^='score-'][id$='-error']:visible")).toHaveCount(1);
  await expect(official.locator("#waiting-h ~ ul > li", { hasText: "دو داوطلب تازه" }).locator(".error")).toBeVisible();
  await official.locator("#waiting-h ~ ul > li", { hasText: "دو داوطلب تازه" }).locator("input[name=score]").fill("7");
  await official.locator("#waiting-h ~ ul > li", { hasText: "دو داوطلب تازه" }).locator("button[type=submit]").click();
  await expect(official.locator("#waiting-h ~ ul > li")).toHaveCount(waiting - 1);
  await official.locator("#add-indicator-h ~ form button[type=submit]").click();
  await expect(official.locator("#field-indicator_name-error")).toBeVisible();
  await expect(official.locator("#field-weight-error")).toBeVisible();
  await official.locator("#field-indicator_name").fill("Reports on time");
  await official.locator("#field-source").selectOption("reports_on_time");
  await official.locator("#field-weight").fill("10");
  await official.locator("#add-indicator-h ~ form button[type=submit]").click();
  await expect(official.locator("#indicators-h ~ div table")).toContainText("Reports on time");
  await official.locator("#field-note").fill("Mid-campaign");
  await official.locator("#record-h ~ form button[type=submit]").click();
  await expect(official.locator("#ranking-h ~ p.muted")).toContainText("Scores last recorded");
  await expectAccessible(official);
  await context.close();

  await page.reload();
  await expect(page.locator("#assessments-h ~ ul")).toContainText("نمره ۷ از ۱۰");
  await expect(page.locator("#history-h ~ div table tbody tr")).toHaveCount(1);
});

test("a centre's manager finds the actions past their day in 'my work' and closes one from there", async ({ page }) => {
  // The demo's winter action held twenty days ago at centre 7 waits to be closed.
  await signIn(page, "centre7");
  await page.goto("/");
  const group = page.locator("section.work-group", { has: page.locator("#work-close_action") });
  await expect(group.locator("h3")).toContainText("کنش‌های محلیِ منتظر بستن");
  await expectAccessible(page);
  await group.locator("a[href^='/actions/']").first().click();
  await expect(page.locator("#close-h")).toBeVisible();
  await expect(page.locator(".badge.warn")).toBeVisible();
});

test("a centre's manager adds a photo to a closed action, refused first for a file that is no image", async ({ page }) => {
  await signIn(page, "centre2");
  await page.goto("/centres/2");
  await page.locator("#actions-h ~ .table-wrap a[href^='/actions/']").last().click();
  await expect(page.locator("#photos-h")).toBeVisible();
  await expect(page.locator("#day-volunteers-h")).toBeVisible();
  await page.locator("#action-photo").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not an image") });
  await page.locator("#photos-h ~ form button[type=submit]").click();
  await expect(page.locator("#action-photo-error")).toBeVisible();
  const png = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    "base64",
  );
  await page.locator("#action-photo").setInputFiles({ name: "iftar.png", mimeType: "image/png", buffer: png });
  await page.locator("#photos-h ~ form button[type=submit]").click();
  await expect(page.locator(".photo-grid img")).toHaveCount(1);
  const src = await page.locator(".photo-grid img").getAttribute("src");
  const answer = await page.request.get(src!);
  expect(answer.headers()["content-type"]).toBe("image/png");
  await expectAccessible(page);
  await page.locator(".photo-grid button").click();
  await expect(page.locator(".photo-grid img")).toHaveCount(0);
});
