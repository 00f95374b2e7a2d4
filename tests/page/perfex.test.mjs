// The Perfex flows of the sample page, clicked through as a person would, against the emulator.
import { test } from "node:test";
import assert from "node:assert/strict";
import { EMU, fault, openPage, perfexSignIn, screenshot } from "./helpers.mjs";

test("Perfex: sign in with the keyboard, see the name, the tickets and a thread; sign out", async () => {
  const { page, problems } = await openPage();
  // Keyboard only: the back end is Perfex by default; type, Tab, type, Enter.
  await page.getByLabel("E-mail or user name").focus();
  await page.keyboard.type("ada@example.com");
  await page.keyboard.press("Tab");
  await page.keyboard.type("perfex-demo-1");
  await page.keyboard.press("Enter");

  await assert.doesNotReject(page.getByText("Signed in to Perfex CRM as ada@example.com").waitFor());
  const list = page.getByRole("list", { name: "Your tickets" });
  await list.getByRole("button", { name: /Cannot sign in to the portal/ }).click();
  const thread = page.locator("#px-replies");
  await thread.getByText("We reset your session, please try again.").waitFor();
  assert.equal(await thread.locator("li").count(), 2);
  assert.match(await page.locator("#px-meta").innerText(), /Open.*Support.*priority Medium/);
  await screenshot(page, "perfex-thread");

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("heading", { name: "Sign in", exact: true }).waitFor();
  assert.equal(await page.locator("#perfex").isHidden(), true);
  assert.equal(await list.locator("li").count(), 0, "the signed-out page forgets the tickets");
  assert.deepEqual(problems, []);
});

test("Perfex: a wrong password is explained in plain words with its kind; the right one works", async () => {
  const { page } = await openPage();
  await perfexSignIn(page, { password: "not-the-password" });
  const status = page.locator("#login-status");
  await status.getByText("Could not sign in:").waitFor();
  const text = await status.innerText();
  assert.match(text, /Invalid email or password/);
  assert.match(text, /error kind: auth, HTTP 400/);
  assert.equal(await page.getByLabel("Password", { exact: true }).inputValue(), "not-the-password", "the form keeps what was typed");
  await screenshot(page, "perfex-wrong-password");

  await page.getByLabel("Password", { exact: true }).fill("perfex-demo-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByText("Signed in to Perfex CRM as ada@example.com").waitFor();
  assert.equal(await status.isHidden(), true, "the error is gone once it worked");
});

test("Perfex: while a call runs its button is disabled with a loading line; a failure then a retry", async () => {
  const { page, scope } = await openPage();
  await perfexSignIn(page);
  await page.getByRole("button", { name: /Cannot sign in to the portal/ }).waitFor();

  await fault(scope, { match: "/tickets", kind: "delay", delayMs: 1500 });
  const refresh = page.getByRole("button", { name: "Refresh" });
  await refresh.click();
  await page.locator("#px-list-status.busy").getByText("Loading tickets…").waitFor();
  assert.equal(await refresh.isDisabled(), true);
  await page.locator("#px-list-status.busy").waitFor({ state: "detached" });
  assert.equal(await refresh.isEnabled(), true);

  // A read is tried 3 times (2 retries): fail all of them.
  await fault(scope, { match: "/tickets", kind: "status", status: 503, times: 3 });
  await refresh.click();
  const status = page.locator("#px-list-status.error");
  await status.waitFor();
  assert.match(await status.innerText(), /Could not load the tickets:[\s\S]*error kind: http, HTTP 503/);
  await screenshot(page, "perfex-error");

  await refresh.click();
  await status.waitFor({ state: "detached" });
  assert.equal(await page.locator("#px-list li").count(), 3);
});

test("Perfex: 'keep me signed in' keeps only the token for the tab and resumes on reload", async () => {
  const { page } = await openPage();
  await perfexSignIn(page, { keep: true });
  await page.getByText("Signed in to Perfex CRM as ada@example.com").waitFor();
  const stored = await page.evaluate(() => ({ session: { ...sessionStorage }, local: { ...localStorage } }));
  assert.deepEqual(Object.keys(stored.session), ["switchboard.token.perfex"]);
  assert.deepEqual(Object.keys(stored.local), ["switchboard.baseUrls"]);
  assert.doesNotMatch(JSON.stringify(stored), /perfex-demo-1|ada@example\.com/, "no password or e-mail is stored");

  await page.reload();
  await page.waitForSelector("body[data-ready]");
  await page.getByText(/Signed in to Perfex CRM as contact #\d+/).waitFor();
  await page.getByRole("button", { name: /Cannot sign in to the portal/ }).waitFor();

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("heading", { name: "Sign in", exact: true }).waitFor();
  assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), []);
  await page.reload();
  await page.waitForSelector("body[data-ready]");
  assert.equal(await page.locator("#login").isVisible(), true, "signed out stays signed out");
});

test("Perfex: without 'keep me signed in' a reload signs out", async () => {
  const { page } = await openPage();
  await perfexSignIn(page);
  await page.getByText("Signed in to Perfex CRM as ada@example.com").waitFor();
  assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), []);
  await page.reload();
  await page.waitForSelector("body[data-ready]");
  assert.equal(await page.locator("#login").isVisible(), true);
});

test("Perfex: ticket HTML from the server is sanitized before display", async () => {
  const { page, base } = await openPage();
  // Set up a hostile ticket straight through the emulator's API (the made-up seed contact).
  const api = `${base}/perfex/customers_api/v1`;
  const login = await (await fetch(`${api}/authentication`, {
    method: "POST",
    body: new URLSearchParams({ email: "ada@example.com", password: "perfex-demo-1" }),
  })).json();
  const created = await fetch(`${api}/tickets`, {
    method: "POST",
    headers: { Authorization: login.data.token },
    body: new URLSearchParams({
      subject: "Hostile HTML", department: "1", priority: "2",
      message: `<p>Hello <b>bold</b></p><img src="x" onerror="window.pwned=1"><script>window.pwned=2</script>`
        + `<a href="javascript:window.pwned=3">link</a>`,
    }),
  });
  assert.equal(created.status, 200, await created.text());

  await perfexSignIn(page);
  await page.getByRole("button", { name: /Hostile HTML/ }).click();
  const message = page.locator("#px-message");
  await message.getByText("bold").waitFor();
  assert.equal(await message.locator("b").count(), 1, "harmless markup stays");
  const html = await message.innerHTML();
  assert.doesNotMatch(html, /onerror|<script|javascript:/);
  await message.getByText("link").click();
  assert.equal(await page.evaluate(() => /** @type {any} */ (window).pwned), undefined);
});

test("Perfex: readable at phone width, and the console hint is true", async () => {
  const { page } = await openPage({ width: 390, height: 844 });
  await perfexSignIn(page);
  await page.getByRole("button", { name: /Cannot sign in to the portal/ }).click();
  await page.locator("#px-replies li").first().waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, "no sideways scrolling at 390 px");
  await screenshot(page, "perfex-phone");

  assert.match(await page.locator("footer").innerText(), /window\.switchboard/);
  const consoleWorks = await page.evaluate(async () => {
    const sb = window.switchboard;
    const tickets = await sb.perfex?.listTickets();
    return { tickets: tickets?.length, guard: typeof sb.isSwitchboardError, ctor: typeof sb.PerfexClient };
  });
  assert.deepEqual(consoleWorks, { tickets: 3, guard: "function", ctor: "function" });
  assert.ok(EMU);
});

test("Perfex: create a ticket (department, priority, project, attachment); it shows in the list", async () => {
  const { page, scope } = await openPage();
  await perfexSignIn(page);
  await page.getByRole("button", { name: /Cannot sign in to the portal/ }).waitFor();
  await page.getByText("New ticket").click();
  const department = page.getByLabel("Department");
  await department.locator("option").first().waitFor({ state: "attached" });
  await page.getByLabel("Subject").fill("Phones ring twice");
  await department.selectOption({ label: "Support" });
  await page.getByLabel("Priority").selectOption({ label: "High" });
  await page.getByLabel("Project (optional)").selectOption({ label: "Website Relaunch" });
  await page.getByLabel("Message").fill("Every incoming call rings twice before it connects.");
  await page.getByLabel("Attachment (optional)").setInputFiles({ name: "trace.txt", mimeType: "text/plain", buffer: Buffer.from("SIP trace") });

  // The first try fails (a write is never repeated by the client); the page says so.
  await fault(scope, { match: "/tickets", kind: "status", status: 500 });
  const create = page.getByRole("button", { name: "Create ticket" });
  await create.click();
  const status = page.locator("#px-create-status");
  await status.locator("text=Could not create the ticket").waitFor();
  assert.match(await status.innerText(), /error kind: http, HTTP 500/);
  assert.equal(await page.getByLabel("Subject").inputValue(), "Phones ring twice", "the form keeps its input");

  await create.click();
  await status.getByText("Ticket “Phones ring twice” created.").waitFor();
  const fresh = page.getByRole("list", { name: "Your tickets" }).getByRole("button", { name: /Phones ring twice/ });
  await fresh.waitFor();
  await fresh.click();
  await page.locator("#px-meta").getByText(/priority High · project Website Relaunch/).waitFor();
  await page.locator("#px-attachments").getByText("trace.txt").waitFor();
  assert.match(await page.locator("#px-message").innerText(), /rings twice before it connects/);
  await screenshot(page, "perfex-created");
});

test("Perfex: reply to a ticket; the reply shows in the thread", async () => {
  const { page, scope } = await openPage();
  await perfexSignIn(page);
  await page.getByRole("button", { name: /Invoice INV-000002/ }).click();
  const thread = page.locator("#px-replies");
  await page.locator("#px-detail").waitFor();
  const before = await thread.locator("li").count();

  await fault(scope, { match: "/tickets/add_reply", kind: "status", status: 502 });
  const detail = page.locator("#px-detail");
  await detail.getByLabel("Your reply").fill("The address should be <b>12 Harbour Road</b>.");
  const send = detail.getByRole("button", { name: "Send reply" });
  await send.click();
  const status = page.locator("#px-reply-status");
  await status.locator("text=Could not send the reply").waitFor();
  assert.match(await status.innerText(), /error kind: http, HTTP 502/);

  await send.click();
  await status.getByText("Reply sent.").waitFor();
  assert.equal(await thread.locator("li").count(), before + 1);
  const last = thread.locator("li").last();
  assert.match(await last.innerText(), /12 Harbour Road/);
  assert.equal(await last.locator("b").count(), 1, "the reply's own markup is shown, sanitized");
  assert.equal(await detail.getByLabel("Your reply").inputValue(), "");
  await screenshot(page, "perfex-reply");
});

test("Perfex: when the server ends the session (signed in elsewhere), the page says so and asks to sign in", async () => {
  const { page, base } = await openPage();
  await perfexSignIn(page, { keep: true });
  await page.getByRole("button", { name: /Cannot sign in to the portal/ }).waitFor();
  // The server keeps one session per contact: signing in elsewhere ends this one.
  const elsewhere = await fetch(`${base}/perfex/customers_api/v1/authentication`, {
    method: "POST", body: new URLSearchParams({ email: "ada@example.com", password: "perfex-demo-1" }),
  });
  assert.equal(elsewhere.status, 200);
  await page.getByRole("button", { name: "Refresh" }).click();
  await page.locator("#login-status").getByText(/The server ended your session/).waitFor();
  assert.equal(await page.locator("#perfex").isHidden(), true);
  assert.deepEqual(await page.evaluate(() => Object.keys(sessionStorage)), [], "the dead token is not kept");
  await screenshot(page, "perfex-session-ended");
});
