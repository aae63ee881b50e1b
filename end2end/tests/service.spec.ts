import { expect, Page } from "@playwright/test";
import { expectAccessible, jalaliDay, signIn, test } from "./helpers";

/**
 * Hours and certificates. In the demo, `volunteer6` is placed at centre 1 and `volunteer18`
 * and `volunteer5` at centre 3 (managed by `centre1`, `centre3`); `volunteer19` (of the
 * intermediary `ngo` represents) has served over 100 hours at centre 8.
 */

const today = () => jalaliDay(0);

async function submit(page: Page, form: string) {
  await page.locator(`${form} button[type="submit"]`).first().click();
}

test("a placed volunteer reports a day, refused beside the fields first, then changes it", async ({ page }) => {
  await signIn(page, "volunteer6");
  await page.goto("/volunteers/me");
  await expect(page.locator("#hours-h")).toBeVisible();
  await page.locator("#field-hours").fill("۰");
  await submit(page, "form:has(#field-placement)");
  await expect(page.locator("#field-served_on-error")).toBeVisible();
  await expect(page.locator("#field-hours-error")).toBeVisible();
  await expect(page.locator("#field-hours")).toHaveValue("۰");
  await expectAccessible(page);
  await page.locator("#field-served_on").fill(today().typed);
  await page.locator("#field-hours").fill("۲:۳۰");
  await page.locator("#field-note").fill("<b>کلاس</b> عصر");
  await submit(page, "form:has(#field-placement)");
  const row = page.locator("table.data tbody tr").first();
  await expect(row).toContainText(today().shown);
  await expect(row).toContainText("۲٫۵");
  await expect(row).toContainText("در انتظار");
  await expect(row).toContainText("<b>کلاس</b> عصر");
  // The same day again is refused beside the date.
  await page.locator("#field-served_on").fill(today().typed);
  await page.locator("#field-hours").fill("1");
  await submit(page, "form:has(#field-placement)");
  await expect(page.locator("#field-served_on-error")).toContainText("پیش‌تر ثبت شده");

  await page.locator("table.data tbody tr").first().getByRole("link", { name: "ویرایش" }).click();
  await expect(page.locator("#edit-h")).toBeVisible();
  await expect(page.locator("#edit-field-hours")).toHaveValue("2:30");
  await page.locator("#edit-field-hours").fill("3");
  await submit(page, "#edit-h form");
  const changed = page.locator("table.data tbody tr").first();
  await expect(changed).toContainText("۳");
  await expect(changed).toContainText("در انتظار");
  await expectAccessible(page);
});

test("the centre approves a reported day, refuses one only with a reason, and records a day for everyone", async ({ page }) => {
  await signIn(page, "centre3");
  await page.goto("/");
  await expect(page.locator("main")).toContainText("روزهای خدمت در انتظار تأیید");
  await page.goto("/centres/3");
  const section = page.locator("section:has(#hours-h)");
  const waiting = section.locator("li.card");
  const before = await waiting.count();
  expect(before).toBeGreaterThan(1);
  await expectAccessible(page);
  await waiting.first().getByRole("button", { name: "تأیید", exact: true }).click();
  await expect(page.locator("section:has(#hours-h) li.card")).toHaveCount(before - 1);

  const next = page.locator("section:has(#hours-h) li.card").first();
  const id = await next.getAttribute("id");
  await next.locator("summary", { hasText: "تأیید نکردن" }).click();
  await next.locator("button.danger").click();
  const again = page.locator(`#${id}`);
  await expect(again.locator("details")).toHaveAttribute("open", "");
  await expect(again.locator(".error")).toBeVisible();
  await again.locator("input[name=reason]").fill("آن روز مرکز تعطیل بود");
  await again.locator("button.danger").click();
  await expect(page.locator(`li#${id}`)).toContainText("تأییدنشده");

  await page.locator("#record-h").click();
  await submit(page, "form:has(#field-placements)");
  await expect(page.locator("#record-field-served_on-error")).toBeVisible();
  await page.locator("#record-field-served_on").fill(today().typed);
  await page.locator("#record-field-hours").fill("۲");
  await submit(page, "form:has(#field-placements)");
  await expect(page.locator("section:has(#hours-h) p[role=status]")).toContainText("داوطلب ثبت شد");
  const answered = page.locator("section:has(#hours-h) ul.list li");
  await expect(answered.first()).toContainText(today().shown);
  await expect(answered.first()).toContainText("تأییدشده");
});

test("the intermediary issues a certificate anyone can check; an official revokes it", async ({ page, browser }) => {
  await signIn(page, "ngo");
  await page.goto("/volunteers");
  await page.locator("#volunteer-19").getByRole("button", { name: "صدور گواهی" }).click();
  await expect(page).toHaveURL(/\/certificates\/[A-Z2-9]{5}-[A-Z2-9]{5}$/);
  const path = new URL(page.url()).pathname;
  await expect(page.locator("h1")).toHaveText("گواهی خدمت داوطلبانه");
  await expect(page.locator("#revoke-h")).toBeVisible();
  const holder = await page.locator(".holder").textContent();

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(path.toLowerCase().replace("-", ""));
  await expect(visitor.locator(".holder")).toHaveText(holder!);
  await expect(visitor.locator("#revoke-h")).toHaveCount(0);
  await expectAccessible(visitor);

  const english = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await english.addCookies([{ name: "i18n_pref_locale", value: "en", url: test.info().project.use.baseURL! }]);
  const reader = await english.newPage();
  await reader.goto(path);
  await expect(reader.locator("h1")).toHaveText("Certificate of service");
  await expect(reader.locator(".certifies")).toContainText("approved hours");
  await expectAccessible(reader);

  const official = await (await browser.newContext()).newPage();
  await signIn(official, "official");
  await official.goto(path);
  await official.locator("#revoke-h").click();
  await submit(official, "section:has(#revoke-h) form");
  await expect(official.locator("#field-reason-error")).toBeVisible();
  await official.locator("#field-reason").fill("صادرشده به اشتباه");
  await submit(official, "section:has(#revoke-h) form");
  await expect(official.locator(".certificate")).toContainText("باطل شده است");
  await expect(official.locator("#revoke-h")).toHaveCount(0);

  await visitor.reload();
  await expect(visitor.locator(".certificate")).toContainText("صادرشده به اشتباه");

  const volunteer = await (await browser.newContext()).newPage();
  await signIn(volunteer, "volunteer19");
  await volunteer.goto("/volunteers/me");
  const code = path.split("/").pop()!;
  await expect(volunteer.locator("section:has(#certificates-h)")).toContainText(code);
  await volunteer.goto("/volunteers/me/record");
  await expect(volunteer.locator("h1")).toContainText("سابقهٔ خدمت");
  await expect(volunteer.locator("main")).toContainText(code);
  await expectAccessible(volunteer);
});

test("officials see the volunteer network on the dashboard: states, roles, homes, hours by month", async ({ page }) => {
  await signIn(page, "official");
  await page.goto("/dashboard");
  await expect(page.locator("#volunteers-h")).toHaveText("داوطلبان");
  await expect(page.locator("#hours-by-month svg rect")).toHaveCount(12);
  await expect(page.locator("#volunteers-by-state svg rect")).toHaveCount(4);
  await expect(page.locator("#volunteers-by-role svg rect").first()).toBeVisible();
  await expect(page.locator("#volunteers-by-neighbourhood a").first()).toHaveAttribute("href", /^\/neighbourhoods\/\d+$/);
  await expectAccessible(page);
});
