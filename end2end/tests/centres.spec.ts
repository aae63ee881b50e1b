import { expect } from "@playwright/test";
import { expectAccessible, signIn, test } from "./helpers";

/**
 * Centres: the public list, a manager publishing a request, the intermediary proposing a
 * volunteer from the suggestions, and the centre answering. The demo's centres were created
 * first, so centre N is managed by the account `centreN`.
 */
test("a visitor sees the centres and their requests, also on a neighbourhood's page", async ({ page }) => {
  await page.goto("/centres");
  await expect(page.locator("main h1")).toHaveText("مراکز");
  const first = page.locator("main li.card").first();
  await expect(first).toContainText("درخواست‌های باز");
  await expectAccessible(page);
  await first.locator("h2 a").click();
  await expect(page.locator("#requests-h")).toBeVisible();
  await expect(page.locator("#new-request-h")).toHaveCount(0);
  await expect(page.locator("#placements-h")).toHaveCount(0);
  await expectAccessible(page);
  await page.locator("main p a[href^='/neighbourhoods/']").first().click();
  await expect(page.locator("#centres-h")).toBeVisible();
  // Each centre's card shows the requests open today: the role and the places left.
  const request = page.locator("section:has(#centres-h) li.card .request").first();
  await expect(request).toBeVisible();
  await expect(request.locator(".badge")).toBeVisible();
  // The portal's search finds a centre by a word of its name, written with an Arabic yeh.
  await page.goto(`/search?q=${encodeURIComponent("\u0634\u064a\u0631\u062e\u0648\u0627\u0631\u06af\u0627\u0647")}`);
  const found = page.locator("main section", { has: page.locator("h2", { hasText: "مراکز" }) });
  await expect(found.locator("a[href^='/centres/']", { hasText: "آمنه" })).toBeVisible();
});

test("a centre's manager publishes a request, refused beside the fields first", async ({ page }) => {
  await signIn(page, "centre2");
  await page.goto("/centres/2");
  await expect(page.locator("#new-request-h")).toBeVisible();
  await page.locator("#field-role").selectOption({ index: 1 });
  await page.locator("#field-places").fill("۰");
  await page.locator("#needed-2-1").check();
  await page.locator('form:has(#field-places) button[type="submit"]').click();
  await expect(page.locator("#field-places-error")).toBeVisible();
  await expect(page.locator("#field-starts_on-error")).toBeVisible();
  await expect(page.locator("#needed-2-1")).toBeChecked();
  await expectAccessible(page);
  await page.locator("#field-places").fill("۳");
  await page.locator("#field-starts_on").fill("۱۴۰۵/۰۱/۰۱");
  await page.locator("#field-note").fill("آزمون انتشار درخواست");
  await page.locator('form:has(#field-places) button[type="submit"]').click();
  await expect(page.locator("#requests-h").locator("xpath=..")).toContainText("آزمون انتشار درخواست");
});

test("the intermediary proposes a suggested volunteer; the centre declines with a reason or accepts", async ({ page, browser }) => {
  await signIn(page, "ngo");
  await page.goto("/volunteers");
  const first = page.locator("li.card", { has: page.locator("details summary", { hasText: "درخواست‌های پیشنهادی" }) }).first();
  const cardId = await first.getAttribute("id");
  const volunteerId = cardId!.replace("volunteer-", "");
  const card = page.locator(`#${cardId}`);
  await card.locator("details summary", { hasText: "درخواست‌های پیشنهادی" }).click();
  const suggestion = card.locator("details ol li").first();
  await expect(suggestion).toContainText("نقش جور است");
  const centreHref = await suggestion.locator("a").first().getAttribute("href");
  const centreId = centreHref!.split("/").pop();
  await suggestion.locator("button", { hasText: "معرفی" }).click();
  await expect(page.locator(`#${cardId}`)).toContainText("معرفی‌شده");

  const centre = await (await browser.newContext()).newPage();
  await signIn(centre, `centre${centreId}`);
  await centre.goto(`/centres/${centreId}`);
  const proposed = `li.card[data-volunteer="${volunteerId}"]:has-text("معرفی‌شده")`;
  const proposal = centre.locator(proposed);
  await expect(proposal).toContainText("معرفی‌شده");
  await expect(proposal.locator("a[href^='tel:']")).toHaveCount(0);
  await expectAccessible(centre);
  await proposal.locator("summary", { hasText: "نپذیرفتن" }).click();
  await proposal.locator("button.danger").click();
  const again = centre.locator(proposed);
  await expect(again.locator("details")).toHaveAttribute("open", "");
  await expect(again.locator(".error")).toBeVisible();
  await again.getByRole("button", { name: "پذیرفتن", exact: true }).click();
  const placed = centre.locator(`li.card[data-volunteer="${volunteerId}"]`).first();
  await expect(placed).toContainText("به کار گرفته");
  await expect(placed.locator("a[href^='tel:']")).toHaveCount(1);
});

test("an official manages a centre but sees its volunteers masked, without numbers", async ({ page }) => {
  await signIn(page, "official");
  await page.goto("/centres/3");
  const placed = page.locator("section:has(#placements-h) li.card");
  await expect(placed.first()).toBeVisible();
  await expect(page.locator("section:has(#placements-h) a[href^='tel:']")).toHaveCount(0);
  await expect(page.locator("section:has(#placements-h) a[href^='/export/']")).toHaveCount(0);
  // Names as initials: every word cut to its first letter and a dot.
  for (const name of await placed.locator("h3").allInnerTexts()) {
    expect(name.trim()).toMatch(/^(\S\.\s?)+$/);
  }
  // The centre decides about its people: no answer, approval or attendance forms here.
  await expect(page.locator("main")).toContainText("با خود مرکز است");
  await expect(page.locator("section:has(#placements-h) form")).toHaveCount(0);
  await expect(page.locator("section:has(#hours-h) form")).toHaveCount(0);
  await expectAccessible(page);
});
