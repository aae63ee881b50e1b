import { expect } from "@playwright/test";
import { expectAccessible, hydrated, screenshots, signIn, test, uniqueName } from "./helpers";

// The social committee (id 1): `chair` chairs it, `member` sits on it, `agency` does not.
const COMMITTEE = "/committees/1";

test("the chair schedules a meeting, records it, publishes, and the decision is a task on the board", async ({ page }, testInfo) => {
  await signIn(page, "chair");
  await page.goto(COMMITTEE);
  await hydrated(page);
  await page.getByRole("link", { name: "تشکیل جلسهٔ جدید" }).click();
  await expect(page.locator("main h1")).toHaveText("تشکیل جلسهٔ جدید");
  await hydrated(page);
  await expectAccessible(page);

  // Bad input: messages beside the fields, nothing typed lost.
  const title = uniqueName("جلسهٔ فوری ");
  await page.locator("#field-title").fill(title);
  await page.locator("#field-held_on").fill("۱۴۰۵/۰۹/۳۰");
  await page.locator("#field-starts_at").fill("۲۵:۰۰");
  await page.locator("#field-place").fill("");
  await page.getByRole("button", { name: "ذخیرهٔ جلسه" }).click();
  await expect(page.locator("#field-starts_at-error")).toBeVisible();
  await expect(page.locator("#field-place-error")).toBeVisible();
  await expect(page.locator("#field-title")).toHaveValue(title);

  await page.locator("#field-starts_at").fill("۱۰:۳۰");
  await page.locator("#field-place").fill("فرمانداری، سالن ۲");
  await page.getByRole("button", { name: "ذخیرهٔ جلسه" }).click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  await expect(page.locator("main h1")).toHaveText(title);
  await hydrated(page);

  // Agenda, attendance with the quorum, minutes, a decision.
  await page.locator("summary", { hasText: "افزودن به دستور جلسه" }).click();
  await page.locator("#field-item").fill("مرور پیشنهادهای رسیده");
  await page.getByRole("button", { name: "افزودن", exact: true }).click();
  await expect(page.locator("ol.agenda li")).toContainText("مرور پیشنهادهای رسیده");

  await expect(page.locator(".quorum")).toContainText("به حد نصاب نرسید");
  for (const select of await page.locator('select[name="marks[]"]').all()) {
    const present = await select.locator("option", { hasText: "حاضر" }).first().getAttribute("value");
    await select.selectOption(present!);
  }
  await page.getByRole("button", { name: "ثبت حضور و غیاب" }).click();
  await expect(page.locator(".quorum")).toContainText("جلسه به حد نصاب رسید");

  await page.locator("#field-minutes").fill("جلسه با حضور همهٔ اعضا برگزار شد.");
  await page.getByRole("button", { name: "ذخیرهٔ صورت‌جلسه" }).click();
  await expect(page.locator("#field-minutes")).toHaveValue("جلسه با حضور همهٔ اعضا برگزار شد.");

  const decision = uniqueName("بازدید از محله ");
  await page.locator("summary", { hasText: "افزودن مصوبه" }).click();
  await page.locator("#field-text").fill(decision);
  const someone = await page.locator('#field-responsible option[value^="p:"]').first().getAttribute("value");
  await page.locator("#field-responsible").selectOption(someone!);
  await page.locator("#field-due_on").fill("۱۴۰۵/۱۲/۰۱");
  await page.getByRole("button", { name: "افزودن", exact: true }).last().click();
  await expect(page.locator("table.decisions")).toContainText(decision);
  await expectAccessible(page);

  // Publishing, behind a second step.
  await page.locator("summary", { hasText: "انتشار صورت‌جلسه" }).click();
  await page.getByRole("button", { name: "بله، منتشر شود" }).click();
  await expect(page.locator(".badge", { hasText: "صورت‌جلسه منتشر شده" })).toBeVisible();
  await expect(page.locator("#field-minutes")).toHaveCount(0);
  const task = page.locator("table.decisions a", { hasText: decision });
  await expect(task).toHaveAttribute("href", /\/working-groups\/\d+\/board\/cards\/\d+/);
  await screenshots(page, testInfo, "meeting");

  // The minutes print: forms gone, attendance and decisions as tables, A4.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("table.attendance")).toBeVisible();
  await expect(page.locator("table.decisions")).toBeVisible();
  await expect(page.locator(".print-button")).toBeHidden();
  await expect(page.locator("nav.crumbs")).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: "screen" });

  // The decision is a task in "to do" on the board, linked back to the meeting.
  await task.click();
  await expect(page.locator("main h1")).toHaveText(decision);
  await expect(page.locator(".prose")).toContainText("/meetings/");
  await expect(page.locator(".card-page a", { hasText: title })).toHaveAttribute("href", /^\/meetings\/\d+$/);
  await page.getByRole("link", { name: /تابلو/ }).first().click();
  await expect(page.locator('[data-column="todo"] li.board-card', { hasText: decision })).toBeVisible();
});

test("members read meetings and see which decisions are overdue; outsiders get nothing", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signIn(page, "member");
  await page.goto(COMMITTEE);
  await expect(page.locator("#meetings-h")).toBeVisible();
  await expect(page.getByRole("link", { name: "تشکیل جلسهٔ جدید" })).toHaveCount(0);
  // The demo's first meeting left one decision overdue and one carried out.
  await expect(page.locator("tr.decision-overdue")).not.toHaveCount(0);
  await expect(page.locator("tr.decision-done")).not.toHaveCount(0);
  await expectAccessible(page);
  // A past, published meeting: read only, with its minutes.
  await page.locator(".meeting-list a").last().click();
  await expect(page.locator("main h1")).toContainText("جلسهٔ ماهانه");
  await expect(page.locator("table.attendance")).toBeVisible();
  await expect(page.locator('select[name="marks[]"]')).toHaveCount(0);
  await expect(page.locator("#field-minutes")).toHaveCount(0);
  const meeting = page.url();
  await expect(page.locator('a[href="/boards"]').first()).toBeVisible();
  await page.goto("/boards");
  await expect(page.locator(".board-links a").first()).toHaveAttribute("href", /\/working-groups\/\d+\/board/);

  const outsider = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const other = await outsider.newPage();
  await signIn(other, "agency");
  await other.goto(meeting);
  await expect(other.locator("main")).toContainText("اجازه");
  await other.goto(COMMITTEE);
  await expect(other.locator("#meetings-h")).toHaveCount(0);
  const refused = await other.request.post("/api/publish_meeting", {
    form: { meeting: meeting.split("/").pop()!, version: "1" },
    headers: { Origin: new URL(meeting).origin },
  });
  expect(refused.ok()).toBeFalsy();
  await other.goto("/meetings/new?committee=1");
  await expect(other.locator("main")).toContainText("اجازه");
});
