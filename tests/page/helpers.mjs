// Shared by the page tests: one headless Chromium per test file, a fresh emulator scope per test,
// faults, screenshots. Run through tests/scripts/page-tests.sh (it sets SWITCHBOARD_EMULATOR_URL).
import { after, before } from "node:test";
import { mkdir } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { launchChromium } from "../chromium.mjs";

export const EMU = process.env.SWITCHBOARD_EMULATOR_URL ?? "";
if (!EMU) throw new Error("run me through tests/scripts/with-emulator.sh (SWITCHBOARD_EMULATOR_URL is not set)");
const SHOTS = new URL("../../target/screenshots/", import.meta.url);

/** @type {import("playwright-core").Browser} */
let browser;
before(async () => {
  browser = await launchChromium();
});
after(() => browser?.close());

/**
 * Opens the page in a new browser context whose base URLs point at a fresh emulator scope (set
 * in localStorage before the page's scripts run, as the Settings form would; `scoped: false`
 * leaves the page's defaults).
 */
export async function openPage({ width = 1100, height = 900, scoped = true } = {}) {
  const scope = `page-${randomUUID().slice(0, 8)}`;
  const base = `${EMU}/s/${scope}`;
  const context = await browser.newContext({ viewport: { width, height } });
  if (scoped) {
    await context.addInitScript((urls) => {
      localStorage.setItem("switchboard.baseUrls", JSON.stringify(urls));
    }, { perfex: `${base}/perfex`, erp: `${base}/erp` });
  }
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${EMU}/`);
  await page.waitForSelector("body[data-ready]");
  return { page, context, scope, base, problems };
}

/** Arms a fault in a scope (see tests/emulator/README.md). */
export async function fault(scope, body) {
  const answer = await fetch(`${EMU}/s/${scope}/__emulator/faults`, { method: "POST", body: JSON.stringify(body) });
  if (!answer.ok) throw new Error(`arming ${JSON.stringify(body)}: HTTP ${answer.status}`);
}

/** The scope's request log. */
export async function requests(scope) {
  return (await fetch(`${EMU}/s/${scope}/__emulator/requests`)).json();
}

/** Saves a full-page screenshot under target/screenshots/. */
export async function screenshot(page, name) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname, fullPage: true });
}

/** Signs in to Perfex with the emulator's made-up seed contact. */
export async function perfexSignIn(page, { email = "ada@example.com", password = "perfex-demo-1", keep = false } = {}) {
  await page.getByRole("radio", { name: "Perfex CRM" }).check();
  await page.getByLabel("E-mail or user name").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  if (keep) await page.getByLabel("Keep me signed in for this tab").check();
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in to the ERP with the emulator's made-up seed account, through the one-time code step. */
export async function erpSignIn(page, { password = "erp-demo-1", code = "123456", keep = false } = {}) {
  await page.getByRole("radio", { name: "Cal4care ERP" }).check();
  await page.getByLabel("E-mail or user name").fill("demo@example.com");
  await page.getByLabel("Password", { exact: true }).fill(password);
  if (keep) await page.getByLabel("Keep me signed in for this tab").check();
  await page.getByRole("button", { name: "Sign in" }).click();
  if (code === "") return;
  await page.getByLabel("One-time code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
}

/** The amount in a price text such as "USD 1,234.50". */
export function amount(text) {
  return Number(text.replace(/[^0-9.]/g, ""));
}
