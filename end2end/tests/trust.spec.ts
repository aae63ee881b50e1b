import { expect, Page } from "@playwright/test";
import { hydrated, registerAccount, signIn, test, uniqueName } from "./helpers";

/** Records the page's Content-Security-Policy violations (injected before any page script). */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as any).__violations ?? []);
}

const HOSTILE_NAME = 'Org </title><meta http-equiv="refresh" content="1;url=/?navigated"><b id=inj1>T</b>';
const HOSTILE_TEXT = '</textarea><b id=inj2>x</b><img id=inj3 src=x>';

test("a hostile organisation name stays text: the page neither changes nor navigates", async ({ page }) => {
  await registerAccount(page, uniqueName("hostile"), "آزمون امنیت");
  await page.goto("/organisations/new");
  await hydrated(page);
  await page.locator("#field-name").fill(HOSTILE_NAME);
  await page.locator("#field-description").fill(HOSTILE_TEXT);
  await page.getByLabel("اجتماعی").check();
  await page.locator('main form button[type="submit"]').click();
  await expect(page.locator("h1")).toHaveText(HOSTILE_NAME);
  const url = page.url();

  // A fresh load, as every later visitor gets it: the title holds the name as text.
  await page.goto(url);
  await page.waitForTimeout(2500);
  expect(page.url()).toBe(url);
  await expect(page.locator("#inj1, #inj2, #inj3")).toHaveCount(0);
  await expect(page.locator("meta[http-equiv]")).toHaveCount(0);
  expect(await page.title()).toContain("</title>");

  // The edit form's textarea holds the description as its value, nothing breaks out.
  await page.goto(url + "/edit");
  await hydrated(page);
  await expect(page.locator("#field-description")).toHaveValue(HOSTILE_TEXT);
  await expect(page.locator("#inj1, #inj2, #inj3")).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a failed sign-in comes back without the username in the address", async ({ page }) => {
    await page.goto("/login");
    await page.locator("#field-username").fill("chair");
    await page.locator("#field-password").fill("not the password at all");
    await page.locator('main form button[type="submit"]').click();
    await expect(page).toHaveURL(/\/login\?form=[0-9a-f]+$/);
    expect(page.url()).not.toContain("chair");
    expect(page.url()).not.toContain("__err");
    await expect(page.locator("#field-username")).toHaveValue("chair");
    await expect(page.locator(".form-alert, .error:not([hidden])").first()).toBeVisible();
  });
});

test("no page breaks the site's own Content-Security-Policy, and the minutes print", async ({ page }) => {
  await recordViolations(page);
  await page.addInitScript(() => {
    (window as any).print = () => {
      (window as any).__printed = true;
    };
  });
  await signIn(page, "official");
  const pages = [
    "/",
    "/committees",
    "/committees/1",
    "/organisations",
    "/organisations/1",
    "/organisations/1/edit",
    "/neighbourhoods",
    "/neighbourhoods/1",
    "/people/1",
    "/working-groups/1",
    "/working-groups/1/board",
    "/proposals",
    "/proposals/1",
    "/proposals/new",
    "/projects",
    "/projects/1",
    "/projects/1/assign",
    "/follow-up",
    "/dashboard",
    "/capacities",
    "/search?q=%D8%A7%D9%86%D8%AC%D9%85%D9%86",
    "/boards",
    "/notifications",
    "/account",
    "/meetings/1",
    "/no/such/page",
  ];
  for (const path of pages) {
    await page.goto(path);
    await hydrated(page);
    expect(await violations(page), path).toEqual([]);
    const errors = (await page.consoleMessages()).filter((m) => m.type() === "error").map((m) => m.text());
    // A 401/403/404 answer is logged by the browser as a failed load: that is the page's own status.
    expect(errors.filter((e) => !/status of 40[134]/.test(e)), path).toEqual([]);
  }

  await page.goto("/meetings/1");
  await hydrated(page);
  const print = page.getByRole("button", { name: "چاپ صورت‌جلسه" });
  await expect(print).toBeVisible();
  await print.click();
  expect(await page.evaluate(() => (window as any).__printed)).toBe(true);
  expect(await violations(page)).toEqual([]);
});
