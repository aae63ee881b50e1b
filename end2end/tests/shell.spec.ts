import { expect } from "@playwright/test";
import { expectAccessible, hydrated, screenshots, signIn, test } from "./helpers";

test("home page is Persian and right-to-left, and switches to English", async ({ page }, testInfo) => {
  await page.goto("/");
  const html = page.locator("html");
  await expect(html).toHaveAttribute("lang", "fa");
  await expect(html).toHaveAttribute("dir", "rtl");
  await expect(page.locator("h1")).toContainText("محله");
  await expect(page.getByRole("navigation").getByRole("link", { name: "کمیته‌ها" })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, testInfo, "home-fa");

  await page.getByRole("button", { name: "English" }).click();
  await expect(html).toHaveAttribute("lang", "en");
  await expect(html).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("navigation").getByRole("link", { name: "Committees" })).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, testInfo, "home-en");

  await page.getByRole("button", { name: "فارسی" }).click();
  await expect(html).toHaveAttribute("lang", "fa");
});

test("dates and numbers use Persian digits in Persian and ASCII in English", async ({ page }) => {
  await signIn(page, "member");
  await page.goto("/account");
  const since = page.locator(".facts dd").nth(3);
  await expect(since).toHaveText(/^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}$/);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator(".facts dd").nth(3)).toHaveText(/^1[34]\d\d\/\d\d\/\d\d$/);
});

test("on a phone the sections are one row of links, reachable without any script", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/");
  await hydrated(page);
  const nav = page.locator("#site-nav");
  await expect(nav).toBeVisible();
  // One row: every section link sits on the first link's line; the row scrolls sideways.
  const links = nav.getByRole("link");
  const first = await links.first().boundingBox();
  for (const box of await Promise.all((await links.all()).map((l) => l.boundingBox()))) {
    expect(Math.abs(box!.y - first!.y)).toBeLessThan(2);
  }
  // The last section is reached by scrolling the row, and it opens its page.
  const last = links.last();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  await last.click();
  await expect(page).toHaveURL(/\/campaigns$/);
  // The page is not wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("unknown pages answer 404 with a localised page", async ({ page }, testInfo) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("صفحه پیدا نشد");
  await expectAccessible(page);
  await screenshots(page, testInfo, "not-found");
});

test("sections a visitor may not open ask them to sign in", async ({ page }, testInfo) => {
  await page.goto("/proposals");
  await expect(page.getByRole("link", { name: "ورود" }).last()).toBeVisible();
  await page.goto("/committees");
  await expect(page.locator("h1")).toHaveText("کمیته‌ها");
  await expectAccessible(page);
  await screenshots(page, testInfo, "coming-soon");
});
