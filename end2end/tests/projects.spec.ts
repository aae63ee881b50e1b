import { Browser, expect, Page } from "@playwright/test";
import { expectAccessible, hydrated, screenshots, signIn, test, uniqueName } from "./helpers";

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

/** A 1×1 PNG. */
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

test("an official assigns a project to the agency, which reports progress; everyone sees it", async ({ browser }, testInfo) => {
  // The demo's unassigned project (planned, from a committee decision) is assigned here.
  const official = await signedIn(browser, "official");
  await official.goto("/projects?status=planned");
  await hydrated(official);
  await expectAccessible(official);
  const unassigned = official.locator(".cards li", { hasText: "کتابخانه سیار برای کودکان" });
  await expect(unassigned).toHaveCount(1);
  await unassigned.locator("h2 a").click();
  await hydrated(official);
  await expect(official.locator("dd", { hasText: "هنوز واگذار نشده" })).toBeVisible();
  const projectUrl = official.url();
  await official.getByRole("link", { name: "واگذاری پروژه" }).click();
  await hydrated(official);
  await expectAccessible(official);

  // A milestone after the planned end is refused beside the milestones, nothing lost.
  await official.locator("#field-lead").selectOption({ label: "شهرداری سپیدشهر" });
  await official.locator("#field-budget_rials").fill("۳٬۰۰۰٬۰۰۰٬۰۰۰");
  await official.locator("#field-planned_start").fill("۱۴۰۵/۰۹/۰۱");
  await official.locator("#field-planned_end").fill("۱۴۰۶/۰۲/۳۱");
  const milestone = "تجهیز کارگاه " + uniqueName("");
  await official.locator("#milestone-0").fill(milestone);
  await official.locator("#milestone-due-0").fill("۱۴۰۶/۰۵/۰۱");
  await official.locator("#partner-0").selectOption({ label: "جمعیت زنان توانا" });
  await official.locator("#partner-role-0").fill("آموزش");
  await official.locator("main form button[type=submit]").last().click();
  await expect(official.locator("#field-milestones-error")).toBeVisible();
  await expect(official.locator("#milestone-0")).toHaveValue(milestone);
  await official.locator("#milestone-due-0").fill("۱۴۰۶/۰۱/۱۵");
  await official.locator("main form button[type=submit]").last().click();
  await expect(official.locator("dd a", { hasText: "شهرداری سپیدشهر" })).toBeVisible();
  await expect(official.locator("section[aria-labelledby=milestones-h]")).toContainText(milestone);

  // The agency starts it and reports progress; a percent over 100 is refused.
  const agency = await signedIn(browser, "agency");
  await agency.goto(projectUrl);
  await hydrated(agency);
  await agency.locator("#status-start").check();
  await agency.locator("section[aria-labelledby=status-h] button[type=submit]").click();
  await expect(agency.locator("main h1 + p .badge").first()).toHaveText("در حال اجرا");
  await hydrated(agency);
  await agency.locator("#field-reported_on").fill("۱۴۰۵/۰۹/۰۲");
  await agency.locator("#field-percent").fill("۱۵۰");
  await agency.locator("#field-body").fill("کارگاه تجهیز شد.");
  await agency.getByRole("button", { name: "ثبت گزارش" }).click();
  await expect(agency.locator("#field-percent-error")).toBeVisible();
  await expect(agency.locator("#field-body")).toHaveValue("کارگاه تجهیز شد.");
  await agency.locator("#field-percent").fill("۳۵");
  await agency.getByRole("button", { name: "ثبت گزارش" }).click();
  await expect(agency.locator("section[aria-labelledby=journey-h]")).toContainText("گزارش پیشرفت: ۳۵٪");
  // The form is drawn anew for the next report: empty, never "undefined".
  await expect(agency.locator("#field-percent")).toHaveValue("");
  // A photo on the report: a fake image is refused beside the field, a real one is shown.
  const report = agency.locator("section[aria-labelledby=journey-h] li", { hasText: "گزارش پیشرفت: ۳۵٪" });
  await report.locator("summary", { hasText: "افزودن عکس" }).click();
  await report.locator("input[type=file]").setInputFiles({ name: "site.png", mimeType: "image/png", buffer: Buffer.from("not an image") });
  await report.locator("form button[type=submit]").click();
  const again = agency.locator("section[aria-labelledby=journey-h] li", { hasText: "گزارش پیشرفت: ۳۵٪" });
  await expect(again.locator(".error")).toContainText("PNG");
  await again.locator("input[type=file]").setInputFiles({ name: "site.png", mimeType: "image/png", buffer: Buffer.from(PNG, "base64") });
  await again.locator("form button[type=submit]").click();
  const photo = agency.locator("section[aria-labelledby=journey-h] li", { hasText: "گزارش پیشرفت: ۳۵٪" }).locator(".report-photo img");
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
  await expectAccessible(agency);
  await screenshots(agency, testInfo, "project-page");

  // A visitor sees it on the public list with its progress, and its journey without follow-ups.
  const visitor = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  await visitor.goto(projectUrl);
  await expect(visitor.locator("section[aria-labelledby=journey-h]")).toContainText("واگذاری به شهرداری سپیدشهر");
  await expect(visitor.locator("#status-h")).toHaveCount(0);
  await expect(visitor.locator("#update-h")).toHaveCount(0);
  await visitor.goto("/projects?status=active");
  await expect(visitor.locator(".cards li progress").first()).toBeVisible();
  await expectAccessible(visitor);
});

test("a stalled demo project is on the officials' follow-up list, and a follow-up is recorded", async ({ browser }, testInfo) => {
  const official = await signedIn(browser, "official");
  await official.goto("/follow-up");
  await hydrated(official);
  const stalled = official.locator(".cards li");
  await expect(stalled.first()).toBeVisible();
  await expect(stalled.first().locator(".badge.danger")).toContainText("روز");
  await expect(stalled.first()).toContainText("گزارش بعدی بر عهده");
  await expectAccessible(official);
  await screenshots(official, testInfo, "follow-up");
  await stalled.first().locator("h2 a").click();
  await hydrated(official);
  const note = "بازدید از کارگاه " + uniqueName("");
  await official.locator("#field-action").selectOption("visited");
  await official.locator("#field-note").fill(note);
  await official.getByRole("button", { name: "ثبت پیگیری" }).last().click();
  await expect(official.locator("section[aria-labelledby=journey-h]")).toContainText(note);

  // Members may not open the follow-up list.
  const member = await signedIn(browser, "member");
  await member.goto("/follow-up");
  await expect(member.locator(".notice")).toBeVisible();
});

test("an official defines a project from a committee decision and goes on to assign it", async ({ page }) => {
  await signIn(page, "official");
  await page.goto("/projects");
  await page.getByRole("link", { name: "پروژهٔ تازه از مصوبهٔ کمیته" }).click();
  await hydrated(page);
  await expectAccessible(page);
  const title = "ساماندهی کوچه‌های خاکی " + uniqueName("");
  await page.locator("#field-title").fill(title);
  await page.locator("#field-decision").fill("مصوبه جلسه ۱۴ کمیته کالبدی.");
  await page.getByRole("button", { name: "ذخیره و واگذاری" }).click();
  // Without a committee it is refused beside the field, and what was typed stays.
  await expect(page.locator("#field-committee_id-error")).toBeVisible();
  await expect(page.locator("#field-title")).toHaveValue(title);
  await page.locator("#field-committee_id").selectOption({ index: 1 });
  await page.getByRole("button", { name: "ذخیره و واگذاری" }).click();
  await expect(page).toHaveURL(/\/projects\/\d+\/assign$/);
  await expect(page.locator("main")).toContainText(title);
});
