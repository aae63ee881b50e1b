import { test as base, expect, Page, TestInfo } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/**
 * Playwright's `test`, with every browser context a test opens for a second person closed when
 * it ends: a board left open keeps its live connection, its timers and its session, and a later
 * test in the same worker should not share the machine with them.
 */
export const test = base.extend<{ closeContexts: void }>({
  closeContexts: [
    async ({ browser }, use) => {
      const before = new Set(browser.contexts());
      await use();
      for (const context of browser.contexts()) {
        if (!before.has(context)) await context.close();
      }
    },
    { auto: true },
  ],
});

export const DEMO_PASSWORD = "tavana-demo-1404";

/** What the page said went wrong: uncaught errors and console errors (a WASM panic, a blocked script). */
async function complaints(page: Page): Promise<string[]> {
  const errors = (await page.pageErrors()).map((e) => `error: ${e.message}`);
  const console = (await page.consoleMessages())
    .filter((m) => m.type() === "error")
    .map((m) => `console: ${m.text()}`);
  return [...errors, ...console].map((line) => line.split("\n")[0].slice(0, 200));
}

/**
 * Waits until the page is ready for a person: loaded, and every island on it hydrated (each
 * island's root marks itself `data-hydrated="true"`). A page without an island is ready once
 * loaded: it has no script. A slow CI machine may take longer than the usual ten seconds; when
 * an island never wakes, the failure's first line says what the page complained of.
 */
export async function hydrated(page: Page) {
  await page.waitForLoadState("load");
  const islands = page.locator("leptos-island");
  const n = await islands.count();
  try {
    for (let i = 0; i < n; i++) {
      await expect(islands.nth(i).locator('[data-hydrated="true"]').first()).toBeAttached({ timeout: 30_000 });
    }
  } catch (error) {
    const said = [...new Set(await complaints(page))].slice(0, 5);
    throw new Error(`${page.url()} did not hydrate; the page said: ${said.join(" | ") || "nothing"}\n${error}`);
  }
}

/** The page ran without a WASM panic or an uncaught error. */
export async function expectNoPanics(page: Page) {
  const said = (await complaints(page)).filter((line) => /panicked|^error:/.test(line));
  expect(said).toEqual([]);
}

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await hydrated(page);
  await page.locator("#field-username").fill(username);
  await page.locator("#field-password").fill(password);
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator(".account-link")).toBeVisible();
}

/** No WCAG 2.0/2.1/2.2 A or AA violations. */
export async function expectAccessible(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

/** Full-page screenshots at phone and desktop width, kept as test artifacts. */
export async function screenshots(page: Page, testInfo: TestInfo, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const path = testInfo.outputPath(`${name}-${width}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`${name}-${width}`, { path, contentType: "image/png" });
  }
}

export function uniqueName(prefix: string) {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}

/** A national code that passes the check digit, written in Persian digits. */
export function nationalCode(): string {
  const base = String(100_000_000 + Math.floor(Math.random() * 800_000_000)).padStart(9, "0");
  const sum = [...base].reduce((s, d, i) => s + Number(d) * (10 - i), 0);
  const rest = sum % 11;
  const code = base + String(rest < 2 ? rest : 11 - rest);
  return code.replace(/[0-9]/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]);
}

/** A day `ahead` days from today in Tehran, as a Jalali date: ASCII digits (what is typed) and Persian (what is shown). */
export function jalaliDay(ahead = 0): { typed: string; shown: string } {
  const parts = new Intl.DateTimeFormat("en-u-ca-persian-nu-latn", {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    timeZone: "Asia/Tehran",
  }).formatToParts(new Date(Date.now() + ahead * 86_400_000));
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  const typed = `${part("year")}/${part("month")}/${part("day")}`;
  return { typed, shown: typed.replace(/[0-9]/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]) };
}

/** Registers a new account through /register; the page ends signed in. */
export async function registerAccount(page: Page, username: string, displayName: string) {
  await page.goto("/register");
  await hydrated(page);
  await page.locator("#field-display_name").fill(displayName);
  await page.locator("#field-username").fill(username);
  await page.locator("#field-password").fill("a long password");
  await page.locator("#field-password_confirm").fill("a long password");
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator(".account-link")).toBeVisible();
}

/** Reads Persian (or Latin) digits as a number. */
export function persianNumber(text: string): number {
  return Number(text.replace(/[۰-۹]/g, (d) => String("۰۱۲۳۴۵۶۷۸۹".indexOf(d))).replace(/[^0-9]/g, ""));
}

/** The number of approved proposals in the dashboard's table (the page is opened for it). */
export async function approvedOnDashboard(page: Page): Promise<number> {
  await page.goto("/dashboard");
  const row = page.locator("#proposals-by-status tbody tr", { has: page.locator("th", { hasText: /^مصوب$/ }) });
  await expect(row).toHaveCount(1);
  return persianNumber(await row.locator("td").innerText());
}
