import { Browser, expect, Page } from "@playwright/test";
import { approvedOnDashboard, expectAccessible, hydrated, screenshots, signIn, test, uniqueName } from "./helpers";

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

/** Makes the move chosen by its radio value, with a reason when given. */
async function decide(page: Page, action: string, reason?: string) {
  await hydrated(page);
  await page.locator(`#move-${action}`).check();
  if (reason) await page.locator("#field-reason").fill(reason);
  await page.getByRole("button", { name: "ثبت تصمیم" }).click();
}

const status = (page: Page) => page.locator("main h1 + p .badge").first();

test("a proposal goes from draft to approval: ngo, chair and official each do their part", async ({ browser }, testInfo) => {
  const ngo = await signedIn(browser, "ngo");
  const title = "کتابخانه کودک " + uniqueName("");

  // A draft: a budget in words is refused beside the field, and nothing typed is lost.
  await ngo.goto("/proposals/new");
  await hydrated(ngo);
  await expectAccessible(ngo);
  // Each field is judged by the server's rule as soon as it is left, and cleared once fixed.
  await ngo.locator("#field-title").fill("کت");
  await ngo.locator("#field-title").press("Tab");
  await expect(ngo.locator("#field-title-error")).toBeVisible();
  await expect(ngo.locator("#field-title")).toHaveAttribute("aria-invalid", "true");
  await ngo.locator("#field-duration_months").fill("۹۹");
  await ngo.locator("#field-duration_months").press("Tab");
  await expect(ngo.locator("#field-duration_months-error")).toBeVisible();
  await ngo.locator("#field-duration_months").fill("");
  await expect(ngo.locator("#field-duration_months-error")).toBeHidden();
  await ngo.locator("#field-title").fill(title);
  await expect(ngo.locator("#field-title-error")).toBeHidden();
  await ngo.locator("#field-summary").fill("کتابخانه کوچک با برنامه کتاب‌خوانی هفتگی.");
  await ngo.locator("#field-budget_rials").fill("دوازده میلیون");
  await expect(ngo.locator("#field-budget_rials-error")).toBeVisible();
  await ngo.getByRole("button", { name: "ذخیره پیش‌نویس" }).click();
  await expect(ngo.locator("#field-budget_rials-error")).toContainText("عدد");
  await expect(ngo.locator("#field-title")).toHaveValue(title);
  // The same rule reads a well-typed amount live, in Rials and Toman.
  await ngo.locator("#field-budget_rials").fill("۱۲۵۰۰۰۰۰۰۰");
  await expect(ngo.locator("#field-budget_rials-reading")).toContainText("۱٬۲۵۰٬۰۰۰٬۰۰۰ ریال");
  await expect(ngo.locator("#field-budget_rials-reading")).toContainText("۱۲۵٬۰۰۰٬۰۰۰ تومان");
  await ngo.getByRole("button", { name: "ذخیره پیش‌نویس" }).click();
  await expect(ngo.locator("main h1")).toHaveText(title);
  await expect(status(ngo)).toHaveText("پیش‌نویس");
  const url = ngo.url();

  // Another NGO's representative cannot open the draft by its address.
  const agency = await signedIn(browser, "agency");
  await agency.goto(url);
  await expect(agency.locator("main h1")).toHaveText("صفحه پیدا نشد");

  // A document: a text file named .pdf is refused by its content; a real PDF is attached.
  await hydrated(ngo);
  await ngo.locator("#field-document").setInputFiles({ name: "plan.pdf", mimeType: "application/pdf", buffer: Buffer.from("not really a pdf") });
  await ngo.locator("form[enctype=\"multipart/form-data\"] button[type=submit]").click();
  await expect(ngo.locator("#field-document-error")).toContainText("PDF");
  await ngo.locator("#field-document").setInputFiles({ name: "برنامه.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n") });
  await ngo.locator("form[enctype=\"multipart/form-data\"] button[type=submit]").click();
  await expect(ngo.getByRole("link", { name: "برنامه.pdf" })).toBeVisible();

  // Submitting it incomplete is refused; completing it on the form submits it.
  // The proposer's one step is a button that says where it goes.
  await hydrated(ngo);
  await expect(ngo.locator("#move-submit")).toHaveCount(0);
  await ngo.getByRole("button", { name: "فرستادن به کمیته" }).click();
  await expect(ngo.locator("#field-action-error")).toContainText("کامل");
  // The missing sections are listed, each a link to its field on the form.
  const missing = ngo.locator(".callout[role=alert] a");
  await expect(missing.filter({ hasText: "اهداف" })).toHaveAttribute("href", /\/proposals\/\d+\/edit#field-objectives$/);
  await missing.filter({ hasText: "اهداف" }).click();
  await expect(ngo).toHaveURL(new RegExp("/edit#field-objectives$"));
  await hydrated(ngo);
  await expect(ngo.locator("#field-budget_rials")).toHaveValue("1,250,000,000");
  await ngo.locator("#field-objectives").fill("هر کودک ماهی دو کتاب بخواند.");
  await ngo.locator("#field-beneficiaries").fill("۲۰۰");
  await ngo.locator("#groups-children").check();
  await ngo.locator("#field-activities").fill("تجهیز کتابخانه، کتاب‌خوانی هفتگی، مسابقه.");
  await ngo.locator("#field-duration_months").fill("۶");
  await ngo.locator("label", { hasText: "اسلام‌آباد" }).first().check();
  await screenshots(ngo, testInfo, "proposal-form");
  // Saved complete, it opens on its page, where documents are attached before sending.
  await ngo.getByRole("button", { name: "ذخیره و ادامه" }).click();
  await expect(ngo.locator("main h1")).toHaveText(title);
  await expect(status(ngo)).toHaveText("پیش‌نویس");
  await hydrated(ngo);
  await ngo.getByRole("button", { name: "فرستادن به کمیته" }).click();
  await expect(status(ngo)).toHaveText("ارسال‌شده");

  // The chair sends it to the committee and asks for a revision, with a reason.
  const chair = await signedIn(browser, "chair");
  await chair.goto(url);
  await decide(chair, "send_to_committee");
  await expect(status(chair)).toHaveText("در حال بررسی");
  await decide(chair, "request_revision");
  await expect(chair.locator("#field-reason-error")).toBeVisible();
  await decide(chair, "request_revision", "سهم هر فعالیت از بودجه را بنویسید.");
  await expect(status(chair)).toHaveText("نیازمند اصلاح");
  await chair.locator("#field-body").fill("پیشنهاد می‌کنم کتابخانه در مدرسه محله باشد.");
  await chair.getByRole("button", { name: "ثبت نظر" }).click();
  await expect(chair.locator(".comments")).toContainText("مدرسه محله");

  // The NGO is told, revises and resubmits.
  await ngo.goto("/notifications");
  await hydrated(ngo);
  await expect(ngo.locator(".notifications li", { hasText: title }).first()).toBeVisible();
  await expectAccessible(ngo);
  await ngo.goto(url + "/edit");
  await hydrated(ngo);
  await ngo.locator("#field-activities").fill("تجهیز (۶۰٪)، کتاب‌خوانی هفتگی (۳۰٪)، مسابقه (۱۰٪).");
  await ngo.getByRole("button", { name: "ذخیره و ادامه" }).click();
  await expect(status(ngo)).toHaveText("نیازمند اصلاح");
  await hydrated(ngo);
  await ngo.getByRole("button", { name: "فرستادن به کمیته" }).click();
  await expect(status(ngo)).toHaveText("ارسال‌شده");

  // The chair recommends it; the official approves it.
  await chair.goto(url);
  await decide(chair, "send_to_committee");
  await decide(chair, "recommend", "با نیازسنجی محله سازگار است.");
  await expect(status(chair)).toHaveText("پیشنهادشده برای تصویب");
  const official = await signedIn(browser, "official");
  const approvedBefore = await approvedOnDashboard(official);
  await official.goto(url);
  await hydrated(official);
  await expect(official.locator("#move-approve")).toBeVisible();
  await decide(official, "approve", "در سقف اعتبار امسال.");
  await expect(status(official)).toHaveText("مصوب");
  // The dashboard counts it (no other test approves a proposal).
  expect(await approvedOnDashboard(official)).toBe(approvedBefore + 1);
  await official.goto(url);
  const journey = official.locator("section[aria-labelledby=journey-h] li");
  await expect(journey).toHaveCount(7);
  await expectAccessible(official);
  await screenshots(official, testInfo, "proposal-page");

  // The official finds it among the approved proposals.
  await official.goto("/proposals?status=approved&sort=newest");
  await hydrated(official);
  await expect(official.locator(".cards li", { hasText: title })).toBeVisible();
  await expectAccessible(official);
});

test("committee members see the proposals before their committee, with how long they have waited", async ({ page }, testInfo) => {
  await signIn(page, "member");
  await page.goto("/proposals?status=in_review&sort=waiting");
  await hydrated(page);
  const cards = page.locator(".cards li");
  await expect(cards.first()).toBeVisible();
  await expect(cards.first().locator(".badge.warn")).toContainText("روز در انتظار");
  // Drafts never show to them.
  await page.goto("/proposals?status=draft");
  await expect(page.locator(".empty-state")).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, testInfo, "proposals-list");
});

test("an NGO records a needs assessment; it shows on the neighbourhood page", async ({ page }) => {
  await signIn(page, "ngo");
  await page.goto("/neighbourhoods");
  await hydrated(page);
  await page.locator("main a", { hasText: "حصار" }).first().click();
  await expect(page.locator("main h1")).toHaveText("حصار");
  await page.getByRole("link", { name: "ثبت نیازسنجی" }).click();
  await hydrated(page);
  await expectAccessible(page);
  const finding = "مسیر مدرسه شب‌ها تاریک است " + uniqueName("");
  await page.locator("#field-assessed_on").fill("۱۴۰۵/۰۷/۱۰");
  await page.locator("#field-method").selectOption("field_visit");
  await page.locator("#field-findings").fill(finding);
  await page.getByRole("button", { name: "ذخیره" }).click();
  await expect(page.locator("#field-needs-error")).toBeVisible();
  await expect(page.locator("#field-findings")).toHaveValue(finding);
  await page.locator("#need-0").fill("روشنایی مسیر مدرسه");
  await page.locator("#need-dimension-0").selectOption("physical");
  await page.getByRole("button", { name: "ذخیره" }).click();
  await expect(page.locator("section[aria-labelledby=assessments-h]")).toContainText(finding);
  await expect(page.locator("section[aria-labelledby=assessments-h]")).toContainText("روشنایی مسیر مدرسه");
});
