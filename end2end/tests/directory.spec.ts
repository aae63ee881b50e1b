import { expect } from "@playwright/test";
import { expectAccessible, hydrated, screenshots, signIn, test } from "./helpers";

test("a visitor browses committees, a committee and an organisation in Persian", async ({ page }, testInfo) => {
  await page.goto("/committees");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  // The four committees of the demo province (other tests may add more).
  for (const name of ["اجتماعی و فرهنگی", "اقتصادی و اشتغال", "کالبدی و مسکن", "محیط زیست و سلامت"]) {
    await expect(page.locator(".card h2", { hasText: name })).toHaveCount(1);
  }
  await expectAccessible(page);
  await screenshots(page, testInfo, "committees");

  await page.getByRole("link", { name: "کمیته تخصصی اجتماعی و فرهنگی" }).click();
  await expect(page.locator("h1")).toHaveText("کمیته تخصصی اجتماعی و فرهنگی");
  await expect(page.locator("section[aria-labelledby=members-h] .member-group h3")).toHaveText([
    "دستگاه‌های اجرایی",
    "سازمان‌های مردم‌نهاد و سایر سازمان‌ها",
    "کارشناسان",
  ]);
  // The chair, with Persian digits in the Jalali date of their seat.
  const chair = page.locator(".member", { hasText: "علی رضایی" }).first();
  await expect(chair.locator(".badge")).toHaveText("رئیس");
  await expect(chair).toContainText("۱۴۰۲/۰۷/۰۱");
  await expect(page.getByRole("heading", { name: "اعضای پیشین" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "سابقهٔ تغییرات" })).toHaveCount(0);
  await expectAccessible(page);
  await screenshots(page, testInfo, "committee");

  await page.getByRole("link", { name: "انجمن حامیان کودکان کار" }).first().click();
  await expect(page.locator("h1")).toHaveText("انجمن حامیان کودکان کار");
  await expect(page.locator(".badge.ok")).toHaveText("تأییدشده");
  await expect(page.getByRole("table")).toContainText("داوطلب");
  await expectAccessible(page);
  await screenshots(page, testInfo, "organisation");
});

test("committees filter by dimension and sort without JavaScript too", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/committees");
  await page.locator("#f-dimension").selectOption("physical");
  await page.getByRole("button", { name: "اعمال" }).click();
  await expect(page).toHaveURL(/dimension=physical/);
  await expect(page.locator(".card h2", { hasText: "کمیته تخصصی کالبدی و مسکن" })).toHaveCount(1);
  await expect(page.locator(".card h2", { hasText: "اجتماعی" })).toHaveCount(0);
  await context.close();
});

test("a search typed with Arabic letters finds the Persian-spelled committee", async ({ page }, testInfo) => {
  await page.goto("/search?q=" + encodeURIComponent("كميته اجتماعي"));
  const committees = page.locator("section", { has: page.getByRole("heading", { name: /کمیته‌ها/ }) });
  await expect(committees.getByRole("link")).toHaveText("کمیته تخصصی اجتماعی و فرهنگی");
  await expect(committees.locator("mark")).toHaveText(["کمیته", "اجتماعی"]);
  await expectAccessible(page);
  await screenshots(page, testInfo, "search");

  // Typed in the form, with ZWNJ replaced by a space, it still finds the neighbourhood.
  await hydrated(page);
  await page.locator("#f-q").fill("اسلام آباد");
  await page.getByRole("button", { name: "جست‌وجو" }).last().click();
  await expect(page.getByRole("link", { name: "اسلام‌آباد" }).first()).toBeVisible();
});

test("neighbourhoods are plotted and each has its page", async ({ page }, testInfo) => {
  await page.goto("/neighbourhoods");
  // Other tests may add neighbourhoods; the twelve of the demo set are always plotted.
  await expect(page.locator("svg .map-dot").nth(11)).toBeAttached();
  await expectAccessible(page);
  await screenshots(page, testInfo, "neighbourhoods");
  await page.getByRole("row", { name: /خاک سفید/ }).getByRole("link").click();
  await expect(page.locator("h1")).toHaveText("خاک سفید");
  await expect(page.getByText("۲۱٬۳۰۰")).toBeVisible();
  await expect(page.getByRole("link", { name: "دفتر تسهیلگری خاک سفید" }).first()).toBeVisible();
  await expectAccessible(page);
});

test("contact details are shown only to those who share a committee", async ({ page }) => {
  await page.goto("/committees");
  await page.getByRole("link", { name: "کمیته تخصصی اجتماعی و فرهنگی" }).click();
  const expert = page.getByRole("link", { name: "دکتر هدی سلطانی" });
  const href = await expert.getAttribute("href");
  await page.goto(href!);
  await expect(page.getByText("فقط به اعضای کمیته‌های مشترک")).toBeVisible();
  await expectAccessible(page);

  await signIn(page, "member");
  await page.goto(href!);
  await expect(page.locator("dd[dir=ltr]").first()).toContainText("۰۹۱۲");
});

test("pending organisations are hidden from visitors and listed for officials", async ({ page }) => {
  await page.goto("/organisations?q=" + encodeURIComponent("همسایگان"));
  await expect(page.locator(".card")).toHaveCount(0);
  await expect(page.locator(".empty-state")).toBeVisible();

  await signIn(page, "official");
  await page.goto("/organisations?status=pending");
  // Other tests may register organisations that are pending for a moment.
  await expect(page.locator(".card h2", { hasText: "انجمن همسایگان نیکوکار" })).toHaveCount(1);
  await expect(page.locator(".card .badge", { hasText: "تأییدشده" })).toHaveCount(0);
  await expectAccessible(page);
});

test("an unknown committee answers 404 with a localised page", async ({ page }) => {
  const response = await page.goto("/committees/99999");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText("صفحه پیدا نشد");
});
