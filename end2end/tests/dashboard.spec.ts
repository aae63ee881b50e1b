import { expect } from "@playwright/test";
import { expectAccessible, hydrated, persianNumber, screenshots, signIn, test } from "./helpers";

test("an official reads the dashboard: figures, charts drawn on the server with their tables, exports", async ({ page }, testInfo) => {
  await signIn(page, "official");
  await page.goto("/dashboard");
  // Complete from the server: four charts of proposals and projects and four of volunteers,
  // each an SVG with a table of the same numbers.
  await expect(page.locator("figure.chart svg[role=img]")).toHaveCount(8);
  await expect(page.locator("figure.chart table")).toHaveCount(8);
  const bars = page.locator("#projects-by-status svg rect");
  await expect(bars).toHaveCount(5);
  // In Persian the bars grow from the right: the longest one ends where the labels begin
  // (positions are percentages of the width, so the text keeps its size on a phone).
  const ends = await bars.evaluateAll((rects) =>
    rects.map((r) => parseFloat(r.getAttribute("x")!) + parseFloat(r.getAttribute("width")!)),
  );
  expect(Math.max(...ends)).toBeCloseTo(64, 1);
  expect(Math.min(...ends)).toBeCloseTo(64, 1);
  // The demo has stalled projects, and the figure leads to the follow-up list.
  const stalled = page.locator(".figure.alert .figure-value a");
  expect(persianNumber(await stalled.innerText())).toBeGreaterThan(0);
  await hydrated(page);
  await expectAccessible(page);
  await screenshots(page, testInfo, "dashboard");
  // Each bar's table row leads to its list.
  await page.locator("#projects-by-status tbody tr", { hasText: "متوقف" }).getByRole("link").click();
  await expect(page).toHaveURL(/\/projects\?status=suspended/);

  // The exports: CSV with a byte-order mark and Jalali dates, Excel as a workbook.
  const csv = await page.request.get("/export/projects.csv");
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain("درصد پیشرفت");
  expect(text).toMatch(/14\d\d\/\d\d\/\d\d/);
  const xlsx = await page.request.get("/export/follow-up.xlsx");
  expect(xlsx.status()).toBe(200);
  expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
  expect((await page.request.get("/export/proposals.csv")).status()).toBe(200);
});

test("the dashboard in English reads left to right", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await context.addCookies([{ name: "i18n_pref_locale", value: "en", url: test.info().project.use.baseURL! }]);
  const page = await context.newPage();
  await signIn(page, "official");
  await page.goto("/dashboard");
  await expect(page.locator("h1")).toHaveText("Dashboard");
  const first = page.locator("#proposals-by-status svg rect").first();
  // Bars start after the labels on the left.
  expect(await first.getAttribute("x")).toBe("36.00%");
  await expectAccessible(page);
});

test("visitors and members get no dashboard and no exports", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page.locator("main")).toContainText("وارد شوید");
  expect((await page.request.get("/export/proposals.csv")).status()).toBe(401);
  await signIn(page, "member");
  await page.goto("/dashboard");
  await expect(page.locator("main .notice")).toBeVisible();
  await expect(page.locator("figure.chart")).toHaveCount(0);
  expect((await page.request.get("/export/follow-up.csv")).status()).toBe(403);
});
