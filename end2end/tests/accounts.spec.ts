import { expect } from "@playwright/test";
import { DEMO_PASSWORD, expectAccessible, hydrated, screenshots, signIn, test, uniqueName } from "./helpers";

test("register through the form, sign out, sign in again", async ({ page }, testInfo) => {
  const username = uniqueName("sara");
  await page.goto("/register");
  await hydrated(page);
  await expectAccessible(page);
  await screenshots(page, testInfo, "register");
  await page.locator("#field-display_name").fill("سارا احمدی");
  await page.locator("#field-username").fill(username);
  await page.locator("#field-password").fill("a long password");
  await page.locator("#field-password_confirm").fill("a long password");
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator("h1")).toContainText("سارا احمدی");
  await expect(page.locator(".account-link")).toHaveText("سارا احمدی");

  await page.locator(".account-menu button").click();
  await expect(page.getByRole("link", { name: "ورود" }).first()).toBeVisible();

  await signIn(page, username, "a long password");
  await page.goto("/account");
  await expect(page.locator(".facts dd").nth(1)).toHaveText(username);
  await expectAccessible(page);
  await screenshots(page, testInfo, "account");
});

test("bad input shows messages beside the fields and keeps what was typed", async ({ page }, testInfo) => {
  await page.goto("/register");
  await hydrated(page);
  await page.locator("#field-display_name").fill("علی");
  await page.locator("#field-username").fill("علی");
  await page.locator("#field-password").fill("short");
  await page.locator("#field-password_confirm").fill("different");
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator("#field-username-error")).toContainText("حروف لاتین");
  await expect(page.locator("#field-password-error")).toContainText("۱۰");
  await expect(page.locator("#field-password_confirm-error")).toContainText("یکسان نیستند");
  await expect(page.locator("#field-username")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-username")).toHaveValue("علی");
  await expect(page.locator("#field-display_name")).toHaveValue("علی");
  await expectAccessible(page);
  await screenshots(page, testInfo, "register-errors");
});

test("a wrong password is refused with a clear message", async ({ page }, testInfo) => {
  await page.goto("/login");
  await hydrated(page);
  await page.locator("#field-username").fill("official");
  await page.locator("#field-password").fill("not the password");
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator(".form-alert").first()).toContainText("درست نیست");
  await expect(page.locator("#field-username")).toHaveValue("official");
  await expectAccessible(page);
  await screenshots(page, testInfo, "login-error");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the sign-in form still works", async ({ page }) => {
    await page.goto("/login");
    await page.locator("#field-username").fill("chair");
    await page.locator("#field-password").fill(DEMO_PASSWORD);
    await page.locator('main form button[type="submit"]').click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator(".account-link")).toHaveText("علی رضایی");
  });

  test("a failed registration comes back with its messages and what was typed", async ({ page }) => {
    await page.goto("/register");
    await page.locator("#field-display_name").fill("مریم نوری");
    await page.locator("#field-username").fill("chair");
    await page.locator("#field-password").fill("a long password");
    await page.locator("#field-password_confirm").fill("a long password");
    await page.locator('main form button[type="submit"]').click();
    await expect(page).toHaveURL(/\/register\?/);
    await expect(page.locator("#field-username-error")).toBeVisible();
    await expect(page.locator("#field-username")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#field-username")).toHaveValue("chair");
    await expect(page.locator("#field-display_name")).toHaveValue("مریم نوری");
    await expect(page.locator("#field-password")).toHaveValue("");
  });
});

test("an admin finds accounts with Arabic letters and disables one after confirming", async ({ page, browser }, testInfo) => {
  // A fresh account, signed in elsewhere, to disable.
  const username = uniqueName("temp");
  const other = await browser.newPage();
  await other.goto("/register");
  await hydrated(other);
  await other.locator("#field-display_name").fill("کاربر موقت");
  await other.locator("#field-username").fill(username);
  await other.locator("#field-password").fill("a long password");
  await other.locator("#field-password_confirm").fill("a long password");
  await other.locator('main form button[type="submit"]').click();
  await expect(other.locator(".account-link")).toBeVisible();

  await signIn(page, "admin");
  // Typed with Arabic kaf and yeh: finds «زهرا کریمی».
  await page.goto("/admin/users?q=" + encodeURIComponent("كريمي"));
  await hydrated(page);
  await expect(page.locator("tbody tr")).toHaveCount(1);
  await expect(page.locator("tbody tr th")).toContainText("زهرا کریمی");
  await expectAccessible(page);
  await screenshots(page, testInfo, "admin-users");

  await page.goto("/admin/users?q=" + username);
  await hydrated(page);
  const row = page.locator("tbody tr").first();
  await row.locator("summary").click();
  await row.getByRole("button", { name: "بله، این حساب غیرفعال شود" }).click();
  await expect(row.locator(".badge")).toHaveText("غیرفعال");

  await other.reload();
  await expect(other.getByRole("link", { name: "ورود" }).first()).toBeVisible();
  await other.close();
});

test("members do not see or open the admin pages", async ({ page }) => {
  await signIn(page, "member");
  await expect(page.getByRole("navigation").getByRole("link", { name: "مدیریت حساب‌ها" })).toHaveCount(0);
  await page.goto("/admin/users");
  await expect(page.locator(".notice")).toContainText("اجازه");
});
