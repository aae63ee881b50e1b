import { expect } from "@playwright/test";
import { expectAccessible, registerAccount, signIn, test, uniqueName } from "./helpers";

/**
 * The signed-in home brings each person their work: counted from the data, most overdue first,
 * each item a link to where to act.
 */
test("an NGO sees the revision the committee asked for, with its reason, and lands on the edit form", async ({ page }) => {
  await signIn(page, "ngo");
  await page.goto("/");
  const revise = page.locator("#work-revise_proposal").locator("xpath=..");
  // (Other tests may send a proposal back meanwhile: the count is checked against the database
  // in server/tests/it/my_work.rs.)
  await expect(revise.locator(".badge.count")).toHaveText(/^[۱-۹][۰-۹]*$/);
  await expect(revise).toContainText("بودجه را به تفکیک فعالیت بنویسید");
  await expect(page.locator("#work-submit_draft")).toBeVisible();
  await expectAccessible(page);
  await revise.locator(".work-item a").first().click();
  await expect(page).toHaveURL(/\/proposals\/\d+\/edit$/);
});

test("a committee chair sees proposals to review, meetings and overdue decisions, overdue first", async ({ page }) => {
  await signIn(page, "chair");
  await page.goto("/");
  for (const group of ["recommend_proposal", "prepare_meeting", "decision_overdue", "board_task"]) {
    await expect(page.locator(`#work-${group}`), group).toBeVisible();
  }
  await expect(page.locator("#work-decision_overdue").locator("xpath=..").locator(".badge.danger")).toContainText("عقب‌افتاده");
  await expectAccessible(page);
});

test("an official sees organisations to verify and proposals to decide, in English too", async ({ page }) => {
  await signIn(page, "official");
  await page.goto("/");
  await expect(page.locator("#work-decide_proposal")).toBeVisible();
  await expect(page.locator("#work-verify_organisation")).toBeVisible();
  await page.context().addCookies([{ name: "i18n_pref_locale", value: "en", url: page.url() }]);
  await page.goto("/");
  await expect(page.locator("#work-decide_proposal")).toContainText("Proposals awaiting your decision");
  await page.locator("#work-verify_organisation").locator("xpath=..").locator(".work-item a").first().click();
  await expect(page).toHaveURL(/\/organisations\/\d+$/);
});

test("meetings people can find: upcoming, mine, past, and scheduling starts with the committee", async ({ page }) => {
  await signIn(page, "chair");
  await page.goto("/");
  await expect(page.locator("#next-meeting-heading")).toBeVisible();
  await page.goto("/meetings");
  await expect(page.locator('.tabs a[aria-current="page"]')).toHaveText("پیش رو");
  await expect(page.locator("ul.cards li.card").first()).toBeVisible();
  await expectAccessible(page);
  await page.locator(".tabs a").nth(2).click();
  await expect(page).toHaveURL(/show=past/);
  await expect(page.locator("ul.cards li.card").first()).toBeVisible();
  await page.goto("/meetings/new");
  const choice = page.locator("ul.cards li.card a").first();
  await expect(choice).toBeVisible();
  await choice.click();
  await expect(page).toHaveURL(/\/meetings\/new\?committee=\d+$/);
  await expect(page.locator("main form")).toHaveCount(1);
});

test("someone without a committee seat is told who schedules meetings", async ({ page }) => {
  // A new account: the demo accounts' seats change as other tests run.
  await registerAccount(page, uniqueName("seatless"), "بی‌کرسی");
  const answer = await page.goto("/meetings/new");
  expect(answer?.status()).toBe(403);
  await expect(page.locator("h1")).toBeVisible();
});
