import { expect } from "@playwright/test";
import { expectAccessible, hydrated, signIn, test } from "./helpers";

test("a member proves a mobile number with the code and chooses a daily digest", async ({ page, browser }) => {
  await signIn(page, "ngo3");
  await page.goto("/account");
  await hydrated(page);
  const sms = page.locator("section[aria-labelledby=sms-heading]");
  // A landline is refused beside the field, what was typed stays.
  await page.locator("#field-mobile").fill("۰۲۱ ۱۲۳۴ ۵۶۷۸");
  await sms.getByRole("button", { name: "فرستادن کد تأیید" }).click();
  await expect(page.locator("#field-mobile-error")).toContainText("۰۹۱۲۱۲۳۴۵۶۷");
  await expect(page.locator("#field-mobile")).toHaveValue("۰۲۱ ۱۲۳۴ ۵۶۷۸");
  await page.locator("#field-mobile").fill("+98 935 111 2233");
  await sms.getByRole("button", { name: "فرستادن کد تأیید" }).click();
  await expect(page.locator("#field-code")).toBeVisible();
  await page.locator("#field-code").fill("12");
  await sms.getByRole("button", { name: "تأیید شماره" }).click();
  await expect(page.locator("#field-code-error")).toContainText("درست نیست");

  // No gateway is configured: the code waits in the admin's SMS outbox.
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const admin = await context.newPage();
  await signIn(admin, "admin");
  await admin.goto("/admin/outbox?channel=sms");
  const message = admin.locator(".outbox li", { hasText: "09351112233" }).first();
  await expect(message).toContainText("کد تأیید");
  const text = await message.locator(".mail-body").innerText();
  const code = (text.match(/\d{6}/) ?? [""])[0];
  expect(code).toHaveLength(6);

  await page.locator("#field-code").fill(code);
  await sms.getByRole("button", { name: "تأیید شماره" }).click();
  await expect(sms.locator(".badge.ok")).toHaveText("تأییدشده");
  await expect(page.locator("#sms_kinds-proposal_moved")).toBeChecked();

  await page.locator("#field-digest").selectOption("daily");
  await page.locator("section[aria-labelledby=email-heading] button[type=submit]").click();
  await expect(page.locator("section[aria-labelledby=email-heading] .form-success")).toBeVisible();
  await page.reload();
  await expect(page.locator("#field-digest")).toHaveValue("daily");
  await expect(sms.locator(".badge.ok")).toHaveText("تأییدشده");
  await hydrated(page);
  await expectAccessible(page);
});

test("a meeting goes into a calendar, and its minutes print with letterhead and signatures", async ({ page }) => {
  await signIn(page, "chair");
  await page.goto("/meetings/1");
  const link = page.getByRole("link", { name: "افزودن به تقویم (.ics)" });
  const href = await link.getAttribute("href");
  expect(href).toBe("/meetings/1/invitation.ics");
  const ics = await page.request.get(href!);
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(await ics.text()).toContain("BEGIN:VEVENT");

  await expect(page.locator(".letterhead")).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".letterhead")).toBeVisible();
  await expect(page.locator(".letterhead")).toContainText("شمارهٔ صورت‌جلسه");
  await expect(page.locator(".signatures tbody tr").first()).toBeVisible();
  await expect(page.locator(".print-button")).toBeHidden();
});
