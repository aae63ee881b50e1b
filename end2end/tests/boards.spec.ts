import { Browser, expect, Page } from "@playwright/test";
import { DEMO_PASSWORD, expectAccessible, expectNoPanics, hydrated, screenshots, signIn, test, uniqueName } from "./helpers";

// The social committee's first working group: `chair` and `member` sit on its committee.
const BOARD = "/working-groups/1/board";

async function signedIn(browser: Browser, username: string, touch = false): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, hasTouch: touch });
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

function column(page: Page, code: string) {
  return page.locator(`[data-column="${code}"]`);
}

function card(page: Page, title: string) {
  return page.locator("li.board-card", { hasText: title });
}

/** Adds a task through the board's form and returns its title. */
async function addTask(page: Page, prefix: string): Promise<string> {
  const title = uniqueName(prefix);
  // A live reload (of a change just made) may redraw the board as the panel opens: open it
  // again until it stays open (an open panel holds further reloads back).
  const field = page.locator("#field-title");
  await expect(async () => {
    if (!(await field.isVisible())) await page.locator("summary", { hasText: "کار تازه" }).click();
    await expect(field).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await field.fill(title);
  await page.locator("#field-due_on").fill("۱۴۰۵/۱۲/۱۰");
  // A plain form: the board comes back with the task on it, and its island wakes again.
  await page.getByRole("button", { name: "افزودن کار" }).click();
  await expect(card(column(page, "todo"), title)).toBeVisible();
  await hydrated(page);
  return title;
}

test("a member adds a task and moves it with the keyboard through Move to…", async ({ page }, testInfo) => {
  await signIn(page, "member");
  await page.goto(BOARD);
  await hydrated(page);
  await expect(page.locator("main h1")).toContainText("تابلو");
  await expect(column(page, "in_review").locator("h2 .count")).not.toHaveText("");
  await expectAccessible(page);
  const title = await addTask(page, "بازدید ");
  // Keyboard only: focus the card's menu, open it, choose the column.
  const menu = card(page, title).locator("summary");
  await menu.focus();
  await page.keyboard.press("Enter");
  await card(page, title).getByRole("button", { name: "در دست انجام" }).focus();
  await page.keyboard.press("Enter");
  await expect(card(column(page, "doing"), title)).toBeVisible();
  await expect(card(column(page, "todo"), title)).toHaveCount(0);
  await screenshots(page, testInfo, "board");
});

/** The middle of what the locator shows. */
async function middle(page: Page, selector: ReturnType<Page["locator"]>) {
  const box = await selector.boundingBox();
  if (!box) throw new Error("not on screen");
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 40) };
}

/** Scrolls the board so that both the card and the column are in view, as a person would. */
async function bringIntoView(page: Page, title: string, code: string) {
  await column(page, code).scrollIntoViewIfNeeded();
  await card(page, title).locator(".card-grip").scrollIntoViewIfNeeded();
}

/** Drags a card by its grip with the mouse onto a column. */
async function dragWithMouse(page: Page, title: string, code: string) {
  await bringIntoView(page, title, code);
  const from = await middle(page, card(page, title).locator(".card-grip"));
  // Straight across, along the card's own row: below a short column still counts as that column.
  const to = { x: (await middle(page, column(page, code))).x, y: from.y };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/** Drags a card by its grip with a finger (real touch input, as a phone sends it). */
async function dragWithFinger(page: Page, title: string, code: string) {
  await bringIntoView(page, title, code);
  const from = await middle(page, card(page, title).locator(".card-grip"));
  const to = { x: (await middle(page, column(page, code))).x, y: from.y };
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [from] });
  for (let i = 1; i <= 8; i++) {
    const point = { x: from.x + ((to.x - from.x) * i) / 8, y: from.y + ((to.y - from.y) * i) / 8 };
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [point] });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

test("a task moves by dragging with the mouse, by dragging with a finger, and with the arrow keys", async ({ browser }, testInfo) => {
  const page = await signedIn(browser, "member", true);
  await page.goto(BOARD);
  await hydrated(page);
  await expect(page.locator(".board.draggable")).toHaveCount(1);
  const mouse = await addTask(page, "موس ");
  await dragWithMouse(page, mouse, "doing");
  await expect(card(column(page, "doing"), mouse)).toBeVisible();
  await expect(card(column(page, "todo"), mouse)).toHaveCount(0);

  const finger = await addTask(page, "لمس ");
  await dragWithFinger(page, finger, "done");
  await expect(card(column(page, "done"), finger)).toBeVisible();

  // Keys: in Persian the left arrow goes to the next column; the card keeps the focus.
  const keys = await addTask(page, "کلید ");
  await card(page, keys).focus();
  await page.keyboard.press("ArrowLeft");
  await expect(card(column(page, "doing"), keys)).toBeVisible();
  await expect(card(page, keys)).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(card(column(page, "todo"), keys)).toBeVisible();
  await expectAccessible(page);
  await expectNoPanics(page);
  await screenshots(page, testInfo, "board-dragged");
});

test("a card's detail opens as a dialog over the board: comments, checklist, Escape, and its own page", async ({ page }, testInfo) => {
  await signIn(page, "chair");
  await page.goto(BOARD);
  await hydrated(page);
  const title = await addTask(page, "گفت‌وگو ");
  await card(page, title).getByRole("link", { name: title }).click();
  await expect(page.getByRole("dialog", { name: title })).toBeVisible();
  const dialog = page.locator("dialog.card-dialog");
  await expect(page).toHaveURL(new RegExp(`${BOARD}$`));
  await expect(dialog.locator(".badge", { hasText: "برای انجام" })).toBeVisible();
  // A comment: empty is refused beside its field; one with a mention is posted, and the board
  // behind counts it.
  await dialog.getByRole("button", { name: "ثبت نظر" }).click();
  await expect(dialog.locator("#dlg-field-body-error")).toBeVisible();
  await dialog.locator("#dlg-field-body").fill("@member لطفاً گزارش بازدید را بفرستید");
  await dialog.getByRole("button", { name: "ثبت نظر" }).click();
  await expect(dialog.locator(".comments li", { hasText: "گزارش بازدید" })).toBeVisible();
  await expect(dialog.locator("#dlg-field-body")).toHaveValue("");
  await expect(card(page, title).locator(".card-foot .comments")).toHaveText("۱ نظر");
  // An edit renames the card in the dialog, in its form and on the board behind.
  const renamed = `${title} (بازبینی)`;
  await dialog.locator("summary", { hasText: "ویرایش کارت" }).click();
  await dialog.locator("#dlg-field-title").fill(renamed);
  await dialog.getByRole("button", { name: "ذخیره" }).first().click();
  await expect(page.getByRole("dialog", { name: renamed })).toBeVisible();
  await expect(card(page, renamed)).toBeVisible();
  await dialog.locator("summary", { hasText: "ویرایش کارت" }).click();
  await expect(dialog.locator("#dlg-field-title")).toHaveValue(renamed);
  await dialog.locator("summary", { hasText: "ویرایش کارت" }).click();
  // The checklist: an empty item is refused beside its field, an item is added and ticked.
  await dialog.getByRole("button", { name: "افزودن به فهرست" }).click();
  await expect(dialog.locator("#dlg-field-item-error")).toBeVisible();
  await dialog.locator("#dlg-field-item").fill("خرید کتاب");
  await dialog.getByRole("button", { name: "افزودن به فهرست" }).click();
  await expect(dialog.locator(".checklist li", { hasText: "خرید کتاب" })).toBeVisible();
  await expect(dialog.locator("#dlg-field-item")).toHaveValue("");
  await dialog.locator(".checklist li", { hasText: "خرید کتاب" }).getByRole("button", { name: /انجام شد/ }).click();
  await expect(dialog.locator(".checklist li.done", { hasText: "خرید کتاب" })).toBeVisible();
  await expect(dialog.locator("section[aria-labelledby='dlg-checklist-h'] .muted")).toContainText("۱ از ۱");
  await expectAccessible(page);
  await screenshots(page, testInfo, "card-dialog");
  // Escape closes it, and the focus is back on the card's title.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(card(page, renamed).getByRole("link", { name: renamed })).toBeFocused();
  // Another card's dialog is that card's.
  const other = column(page, "doing").locator("li.board-card").first();
  const otherTitle = (await other.locator("h3").innerText()).trim();
  await other.locator("h3 a").click();
  await expect(page.getByRole("dialog", { name: otherTitle })).toBeVisible();
  await expect(dialog.locator(".card-page .badge", { hasText: "در دست انجام" })).toBeVisible();
  await expect(dialog.locator(".comments li", { hasText: "گزارش بازدید" })).toHaveCount(0);
  await dialog.getByRole("button", { name: "بستن" }).click();
  await expect(dialog).toBeHidden();
  await expect(other.getByRole("link", { name: otherTitle })).toBeFocused();
  // Opened with the keyboard, its link leads to the card's own page.
  await card(page, renamed).getByRole("link", { name: renamed }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: renamed })).toBeVisible();
  await dialog.getByRole("link", { name: "باز کردن در صفحهٔ خودش" }).click();
  await expect(page).toHaveURL(/\/working-groups\/1\/board\/cards\/\d+$/);
  await expect(page.locator("main h1")).toHaveText(renamed);
  await expect(page.locator(".checklist li.done", { hasText: "خرید کتاب" })).toBeVisible();
  await expectNoPanics(page);
});

test("a member may not review a proposal: the menu says so, and the server refuses the move", async ({ browser }) => {
  const member = await signedIn(browser, "member");
  await member.goto(BOARD);
  await hydrated(member);
  const proposal = column(member, "in_review").locator("li.board-card").first();
  // Dragged onto "recommended" it snaps back, and the board says why.
  const name = (await proposal.locator("h3").innerText()).trim();
  await dragWithMouse(member, name, "recommended");
  await expect(member.locator(".move-notice .notice")).toContainText("نمی‌تواند");
  await expect(card(column(member, "in_review"), name)).toBeVisible();
  await expect(card(column(member, "in_review"), name)).not.toHaveClass(/dragging/);
  await proposal.locator("summary").click();
  await expect(proposal.locator(".move-form .muted")).toContainText("نقش شما اجازه");
  // The chair's menu offers the review moves; recommending without a reason is refused.
  const chair = await signedIn(browser, "chair");
  await chair.goto(BOARD);
  await hydrated(chair);
  const same = column(chair, "in_review").locator("li.board-card").first();
  await same.locator("summary").click();
  await same.getByRole("button", { name: "توصیه‌شده" }).click();
  await expect(same.locator(".move-form .error")).toBeVisible();
  await expect(same).toBeVisible();
});

test("two members edit one card: the second sees the conflict, keeps their text and can reapply it", async ({ browser }) => {
  const chair = await signedIn(browser, "chair");
  await chair.goto(BOARD);
  await hydrated(chair);
  const title = await addTask(chair, "گزارش ");
  // The card's own page (its title on the board opens the dialog).
  await chair.goto((await card(chair, title).getByRole("link", { name: title }).getAttribute("href"))!);
  await expect(chair.locator("main h1")).toHaveText(title);
  const url = chair.url();
  const member = await signedIn(browser, "member");
  await member.goto(url);
  await hydrated(member);
  await hydrated(chair);
  await expectAccessible(member);
  for (const page of [chair, member]) {
    await page.locator("summary", { hasText: "ویرایش کارت" }).click();
  }
  await chair.locator("#field-description").fill("نسخه رئیس کمیته");
  await chair.getByRole("button", { name: "ذخیره" }).first().click();
  await expect(chair.locator(".card-page .prose").first()).toHaveText("نسخه رئیس کمیته");
  await member.locator("#field-description").fill("نسخه عضو کمیته");
  await member.getByRole("button", { name: "ذخیره" }).first().click();
  await expect(member.locator(".conflict")).toContainText("نسخه رئیس کمیته");
  await expect(member.locator("#field-description")).toHaveValue("نسخه عضو کمیته");
  await member.getByRole("button", { name: "ذخیره" }).first().click();
  await expect(member.locator(".card-page .prose").first()).toHaveText("نسخه عضو کمیته");
});

test("without JavaScript, Move to… leads to the card's page, whose plain form moves the card", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/login");
  await page.locator("#field-username").fill("chair");
  await page.locator("#field-password").fill(DEMO_PASSWORD);
  await page.locator('main form button[type="submit"]').click();
  await page.goto(BOARD);
  const task = column(page, "todo").locator("li.board-card").first();
  const title = (await task.locator("h3").innerText()).trim();
  await task.locator("summary").click();
  await task.getByRole("link", { name: "برای جابه‌جایی، کارت را باز کنید" }).click();
  await expect(page.locator("main h1")).toHaveText(title);
  await page.locator("#move-h").getByRole("button", { name: "انجام‌شده" }).click();
  await expect(page).toHaveURL(/\/working-groups\/1\/board\/cards\/\d+/);
  await page.goto(BOARD);
  await expect(card(column(page, "done"), title)).toBeVisible();
  await context.close();
});

test("the board is its committee's: a visitor must sign in and an outsider is refused", async ({ browser, page }) => {
  await page.goto(BOARD);
  await expect(page.locator("main")).toContainText("وارد");
  const agency = await signedIn(browser, "agency");
  await agency.goto(BOARD);
  await expect(agency.locator("main .notice")).toContainText("اجازه");
  await expect(agency.locator(".board")).toHaveCount(0);
});

test("live: a move by one member appears on the other's open board within a second, marked with who made it", async ({ browser }) => {
  const chair = await signedIn(browser, "chair");
  const member = await signedIn(browser, "member");
  await chair.goto(BOARD);
  await hydrated(chair);
  const title = await addTask(chair, "زنده ");
  await member.goto(BOARD);
  await hydrated(member);
  await expect(card(column(member, "todo"), title)).toBeVisible();
  // Each sees the other viewing.
  await expect(member.locator(".viewers abbr[title='علی رضایی']")).toBeVisible();
  await expect(chair.locator(".viewers abbr[title='زهرا کریمی']")).toBeVisible();
  await expect(chair.locator(".viewers abbr[title='علی رضایی']")).toHaveCount(0);
  await card(chair, title).locator("summary").click();
  await card(chair, title).getByRole("button", { name: "در دست انجام" }).click();
  // Delivery within a second is asserted over HTTP (server/tests/live.rs); here the browser
  // also reloads and redraws the board on a busy two-worker machine, so it gets two.
  await expect(card(column(member, "doing"), title)).toBeVisible({ timeout: 2_000 });
  await expect(card(member, title).locator(".changed-by")).toContainText("علی رضایی");
  // The redrawn board keeps listening: its once-a-second check still has what it reads.
  await member.waitForTimeout(1_500);
  await expectNoPanics(member);
  await expectNoPanics(chair);
});
