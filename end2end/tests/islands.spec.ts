import { expect, Page } from "@playwright/test";
import { hydrated, signIn, test } from "./helpers";

/** The JS and WASM a page downloads: how many requests, and their bytes as sent (brotli). */
async function codeOf(page: Page, path: string) {
  const sizes: Promise<number>[] = [];
  const listener = (response: import("@playwright/test").Response) => {
    const url = response.url();
    if (/\.(js|wasm)(\?|$)/.test(url)) {
      sizes.push(response.request().sizes().then((s) => s.responseBodySize));
    }
  };
  page.on("response", listener);
  await page.goto(path);
  await hydrated(page);
  await page.waitForLoadState("networkidle");
  page.off("response", listener);
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  return { requests: sizes.length, bytes };
}

test("a visitor's pages have no island and download no script at all", async ({ page }) => {
  for (const path of ["/", "/committees", "/organisations", "/neighbourhoods", "/projects", "/projects/1", "/neighbourhoods/1"]) {
    const code = await codeOf(page, path);
    expect(code, path).toEqual({ requests: 0, bytes: 0 });
    await expect(page.locator("leptos-island"), path).toHaveCount(0);
    await expect(page.locator("script[type=module], link[rel=modulepreload]"), path).toHaveCount(0);
  }
});

test("the board and the proposal form load only their islands, within their budgets", async ({ browser }) => {
  const chair = await (await browser.newContext()).newPage();
  const problems: string[] = [];
  chair.on("pageerror", (e) => problems.push(e.message));
  await signIn(chair, "chair");
  const board = await codeOf(chair, "/working-groups/1/board");
  expect(board.bytes).toBeGreaterThan(0);
  // Issue 14's budget: the server draws the cards; the island only wakes them.
  expect(board.bytes).toBeLessThanOrEqual(250_000);
  await expect(chair.locator("leptos-island")).toHaveCount(1);
  // The card dialog's code comes only when a card is opened.
  const later: string[] = [];
  chair.on("request", (r) => {
    if (/\.wasm(\?|$)/.test(r.url())) later.push(r.url());
  });
  await chair.locator("#card-28-t a").click();
  await expect(chair.locator("dialog.card-dialog").getByRole("button", { name: "ثبت نظر" })).toBeVisible();
  expect(later.length).toBeGreaterThan(0);
  // The board's own pages around it are plain server pages.
  const group = await codeOf(chair, "/working-groups/1");
  expect(group.requests).toBe(0);

  const ngo = await (await browser.newContext()).newPage();
  ngo.on("pageerror", (e) => problems.push(e.message));
  await signIn(ngo, "ngo");
  const form = await codeOf(ngo, "/proposals/new");
  expect(form.bytes).toBeGreaterThan(0);
  expect(form.bytes).toBeLessThanOrEqual(150_000);
  // The loader is written once, however many islands the page has.
  await expect(ngo.locator("script[type=module]")).toHaveCount(1);
  expect(problems).toEqual([]);
});
