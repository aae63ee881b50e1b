import { expect } from "@playwright/test";
import { expectAccessible, hydrated, signIn, test } from "./helpers";

test("a member chooses what comes by email; a bad address is refused, nothing lost", async ({ page }) => {
  await signIn(page, "ngo2");
  await page.goto("/account");
  await hydrated(page);
  // Its demo account has no address yet.
  await expect(page.locator("#field-email")).toHaveValue("");
  await page.locator("#field-email").fill("not an address");
  await page.locator("#kinds-proposal_comment").uncheck();
  await page.locator("section[aria-labelledby=email-heading] button[type=submit]").click();
  await expect(page.locator("#field-email-error")).toContainText("رایانامه");
  await expect(page.locator("#field-email")).toHaveValue("not an address");
  await page.locator("#field-email").fill("office@ngo2.example.org");
  await page.locator("#kinds-proposal_comment").uncheck();
  await page.locator("section[aria-labelledby=email-heading] button[type=submit]").click();
  await expect(page.locator("section[aria-labelledby=email-heading] .form-success")).toBeVisible();
  await page.reload();
  await expect(page.locator("#field-email")).toHaveValue("office@ngo2.example.org");
  await expect(page.locator("#kinds-proposal_comment")).not.toBeChecked();
  await expect(page.locator("#kinds-proposal_moved")).toBeChecked();
  await expectAccessible(page);
});

test("the admin reads the email outbox; others cannot", async ({ page, browser }) => {
  await signIn(page, "admin");
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "صندوق رایانامه‌های خروجی" }).click();
  await expect(page.locator("h1")).toHaveText("صندوق رایانامه‌های خروجی");
  // The demo's notifications queued emails; no SMTP server is configured, so they wait.
  await expect(page.locator(".hint")).toContainText("TAVANA_SMTP_URL");
  // Other tests running meanwhile may queue newer messages: look for a demo account's.
  const first = page.locator(".outbox li", { hasText: "@demo.tavana.ir" }).first();
  await expect(first).toBeVisible();
  await expect(first.locator(".badge")).toHaveText("در انتظار");
  await hydrated(page);
  await expectAccessible(page);

  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const member = await context.newPage();
  await signIn(member, "member");
  await member.goto("/admin/outbox");
  await expect(member.locator("main .notice")).toBeVisible();
  await expect(member.locator(".outbox")).toHaveCount(0);
});
