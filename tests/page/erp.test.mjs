// The Cal4care ERP flows of the sample page, clicked through as a person would, against the emulator.
import { test } from "node:test";
import assert from "node:assert/strict";
import { amount, erpSignIn, fault, openPage, screenshot } from "./helpers.mjs";

const NAME = "Emu Networks Pte Ltd";

test("ERP: a wrong password, then a wrong code, are explained; the right code signs in; sign out", async () => {
  const { page, problems } = await openPage();
  const status = page.locator("#login-status");
  await erpSignIn(page, { password: "wrong-password", code: "" });
  await status.getByText("Could not sign in:").waitFor();
  assert.match(await status.innerText(), /error kind: auth/);

  await page.getByLabel("Password", { exact: true }).fill("erp-demo-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  const code = page.getByLabel("One-time code");
  await code.waitFor();
  assert.equal(await page.locator("#login-form").isHidden(), true, "the password form gives way to the code");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "otp-code", "the cursor is in the code field");

  await code.fill("000000");
  await page.getByRole("button", { name: "Verify" }).click();
  await status.getByText("Could not check the code:").waitFor();
  assert.match(await status.innerText(), /one-time code[\s\S]*error kind: auth/);
  await screenshot(page, "erp-wrong-code");

  await code.fill("123456");
  await page.getByRole("button", { name: "Verify" }).click();
  await page.getByText(`Signed in to Cal4care ERP as ${NAME}`).waitFor();
  await page.getByText("Open: 23 · Closed: 9 · All: 32").waitFor();

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("heading", { name: "Sign in", exact: true }).waitFor();
  assert.equal(await page.locator("#erp-shop").isHidden(), true);
  assert.equal(await page.locator("#erp-support").isHidden(), true);
  assert.deepEqual(problems, []);
});

test("ERP: cancelling the code step goes back to the password form", async () => {
  const { page } = await openPage();
  await erpSignIn(page, { code: "" });
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("button", { name: "Sign in" }).waitFor();
  assert.equal(await page.locator("#otp-form").isHidden(), true);
  assert.equal(await page.evaluate(() => window.switchboard.erp?.isSignedIn), false);
});

/** The cart as the person sees it: line descriptions and the grand total. */
async function cart(page) {
  const lines = await page.locator("#erp-cart-lines tr td:first-child .subject").allInnerTexts();
  const total = await page.locator("#erp-grand-total").innerText();
  return { lines, total };
}

test("ERP: buy a new license, upgrade and renew by key, see the cart and its total, remove a line", async () => {
  const { page, scope } = await openPage();
  await erpSignIn(page);
  await page.getByText(`Signed in to Cal4care ERP as ${NAME}`).waitFor();
  await page.getByText("The cart is empty.").waitFor();

  // New license: edition → simultaneous calls (with prices) → maintenance → add.
  const edition = page.getByLabel("Edition");
  await edition.locator("option:nth-child(2)").waitFor({ state: "attached" });
  await edition.selectOption({ label: "Enterprise" });
  const calls = page.getByLabel("Simultaneous calls");
  await calls.locator("option", { hasText: /^16 calls — / }).waitFor({ state: "attached" });
  const sixteen = await calls.locator("option", { hasText: /^16 calls — / }).innerText();
  assert.match(sixteen, /^16 calls — \S+.*\d/, "each size shows its price");
  await calls.selectOption({ label: sixteen });
  const quote = page.locator("#erp-new-quote");
  await quote.waitFor();
  assert.match(await quote.innerText(), /Enterprise, 16 calls: .* with the first year of maintenance/);
  await page.getByLabel("Extra years of maintenance").selectOption("1");

  // The first try fails (the server answers an HTML error page); the page says so, the next try works.
  await fault(scope, { match: "/erp/", kind: "html" });
  const add = page.getByRole("button", { name: "Add to cart", exact: true });
  await add.click();
  const newStatus = page.locator("#erp-new-status");
  await newStatus.getByText("Could not add the license:").waitFor();
  assert.match(await newStatus.innerText(), /error kind: decode/);
  await screenshot(page, "erp-add-error");
  await add.click();
  await newStatus.getByText("Added to the cart.").waitFor();
  await page.locator("#erp-cart-lines tr").first().waitFor();
  let seen = await cart(page);
  assert.deepEqual(seen.lines, ["New license: Enterprise, 16 calls"]);
  const server = await page.evaluate(() => window.switchboard.erp?.viewCart());
  assert.ok(server && amount(server.grandTotal) > 0);
  assert.equal(amount(seen.total), amount(server.grandTotal), "the page shows the server's grand total");
  const afterNew = amount(seen.total);

  // Upgrade by license key (the key field offers the customer's licenses).
  const key = page.getByLabel("License key");
  assert.ok(await page.locator("#erp-license-keys option[value='EM01-PR08-4481-A1B2']").count());
  await key.fill("EM01-PR08-4481-A1B2");
  await page.getByRole("button", { name: "Show upgrades" }).click();
  await page.getByText("EM01-PR08-4481-A1B2 is now Professional, 8 calls.").waitFor();
  const tier = page.getByLabel("Upgrade to");
  await tier.selectOption({ index: 1 });
  await page.getByRole("button", { name: "Add upgrade to cart" }).click();
  await page.getByText("Upgrade added to the cart.").waitFor();
  await page.locator("#erp-cart-lines tr").nth(1).waitFor();

  // Renew the same license's maintenance.
  await page.getByRole("button", { name: "Quote a renewal" }).click();
  await page.locator("#erp-renew-quote").getByText(/One year: .*\d/).waitFor();
  await page.getByRole("button", { name: "Add renewal to cart" }).click();
  await page.getByText("Renewal added to the cart.").waitFor();
  await page.locator("#erp-cart-lines tr").nth(2).waitFor();
  seen = await cart(page);
  assert.equal(seen.lines.length, 3);
  assert.match(seen.lines[1], /^Upgrade: /);
  assert.equal(seen.lines[2], "Maintenance renewal: Professional, 8 calls");
  const afterThree = amount(seen.total);
  assert.ok(afterThree > afterNew, "the total grows with each line");

  // Remove the new license: its line goes, and the total is the server's new one.
  await page.getByRole("button", { name: "Remove New license: Enterprise, 16 calls" }).click();
  await page.getByText("Removed New license: Enterprise, 16 calls.").waitFor();
  seen = await cart(page);
  assert.equal(seen.lines.length, 2);
  const after = await page.evaluate(() => window.switchboard.erp?.viewCart());
  assert.equal(amount(seen.total), amount(after?.grandTotal ?? "x"));
  assert.ok(amount(seen.total) < afterThree);
  await screenshot(page, "erp-cart");
});

test("ERP: ticket counts, open and closed lists a page at a time, a thread, a reply", async () => {
  const { page, scope } = await openPage();
  await erpSignIn(page);
  await page.getByText("Open: 23 · Closed: 9 · All: 32").waitFor();
  const list = page.getByRole("list", { name: "ERP tickets" });
  const pageText = page.locator("#erp-page");
  await pageText.getByText("1–10 of 23").waitFor();
  assert.equal(await list.locator("li").count(), 10);
  assert.equal(await page.getByRole("button", { name: "Previous" }).isHidden(), true);

  const next = page.getByRole("button", { name: "Next" });
  await next.click();
  await pageText.getByText("11–20 of 23").waitFor();

  // A failing page (a read is tried 3 times) is explained; the next try works.
  await fault(scope, { match: "/erp/", kind: "status", status: 503, times: 3 });
  await next.click();
  const listStatus = page.locator("#erp-list-status.error");
  await listStatus.waitFor();
  assert.match(await listStatus.innerText(), /Could not load the tickets:[\s\S]*error kind: http, HTTP 503/);
  await next.click();
  await pageText.getByText("21–23 of 23").waitFor();
  assert.equal(await list.locator("li").count(), 3);
  assert.equal(await next.isHidden(), true, "no page after the last");
  await page.getByRole("button", { name: "Previous" }).click();
  await pageText.getByText("11–20 of 23").waitFor();

  await page.getByRole("radio", { name: "Closed tickets" }).check();
  await pageText.getByText("1–9 of 9").waitFor();
  assert.equal(await list.getByText("Closed").count(), 9);

  // A thread, and a reply to it (a closed ticket opens again).
  await list.locator("button").first().click();
  const thread = page.locator("#erp-thread");
  await thread.locator("li").first().waitFor();
  const before = await thread.locator("li").count();
  assert.ok(before >= 3);
  assert.match(await thread.locator("li").first().innerText(), /Hello team/);
  const support = page.locator("#erp-support");
  await support.getByLabel("Your reply").fill("Still happening after the update.");
  await support.getByRole("button", { name: "Send reply" }).click();
  await page.locator("#erp-reply-status").getByText("Reply sent.").waitFor();
  assert.equal(await thread.locator("li").count(), before + 1);
  assert.match(await thread.locator("li").last().innerText(), /Still happening after the update\./);
  await page.getByText("Open: 24 · Closed: 8 · All: 32").waitFor(); // the reply opened it again
  await pageText.getByText("1–8 of 8").waitFor();
  await screenshot(page, "erp-tickets");
});

test("ERP: 'keep me signed in' keeps the token (and customer id) for the tab; reload resumes with the name", async () => {
  const { page } = await openPage();
  await erpSignIn(page, { keep: true });
  await page.getByText(`Signed in to Cal4care ERP as ${NAME}`).waitFor();
  const stored = await page.evaluate(() => ({ ...sessionStorage }));
  assert.deepEqual(Object.keys(stored).sort(), ["switchboard.customer.erp", "switchboard.token.erp"]);
  assert.equal(stored["switchboard.customer.erp"], "4481");
  assert.doesNotMatch(JSON.stringify(stored), /erp-demo-1|123456|demo@example/);

  await page.reload();
  await page.waitForSelector("body[data-ready]");
  await page.getByText(`Signed in to Cal4care ERP as ${NAME}`).waitFor();
  await page.getByText("Open: 23 · Closed: 9 · All: 32").waitFor();
});

test("ERP: readable at phone width with a cart", async () => {
  const { page } = await openPage({ width: 390, height: 844 });
  await erpSignIn(page);
  await page.getByText("The cart is empty.").waitFor();
  await page.getByLabel("License key").fill("EM04-EN16-4481-G7H8");
  await page.getByRole("button", { name: "Quote a renewal" }).click();
  await page.getByRole("button", { name: "Add renewal to cart" }).click();
  await page.locator("#erp-cart-lines tr").first().waitFor();
  await screenshot(page, "erp-phone");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, "no sideways scrolling at 390 px");
});
