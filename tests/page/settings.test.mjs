// The settings: each back end's base URL, the emulator by default, kept in localStorage.
import { test } from "node:test";
import assert from "node:assert/strict";
import { EMU, openPage, perfexSignIn, screenshot } from "./helpers.mjs";

test("Settings: the emulator's own addresses by default", async () => {
  const { page } = await openPage({ scoped: false });
  await page.getByText("Settings").click();
  assert.equal(await page.getByLabel("Perfex CRM base URL").inputValue(), `${EMU}/perfex`);
  assert.equal(await page.getByLabel("Cal4care ERP base URL").inputValue(), `${EMU}/erp`);
});

test("Settings: an insecure or unreachable address is explained; back to the emulator works", async () => {
  const { page, base } = await openPage();
  await page.getByText("Settings").click();
  const perfexUrl = page.getByLabel("Perfex CRM base URL");
  assert.equal(await perfexUrl.inputValue(), `${base}/perfex`);

  await perfexUrl.fill("http://crm.example.com");
  await page.getByRole("button", { name: "Save" }).click();
  const status = page.locator("#settings-status");
  await status.getByText("The Perfex CRM URL cannot be used").waitFor();
  assert.match(await status.innerText(), /error kind: insecure_url/);
  assert.match(await page.evaluate(() => localStorage.getItem("switchboard.baseUrls") ?? ""), /crm\.example\.com/);

  // Nothing listens on port 9 of this machine.
  await perfexUrl.fill("http://127.0.0.1:9/perfex");
  await page.getByRole("button", { name: "Save" }).click();
  await status.getByText("Saved.").waitFor();
  await perfexSignIn(page);
  const login = page.locator("#login-status.error");
  await login.waitFor();
  assert.match(await login.innerText(), /could not be reached[\s\S]*error kind: network/);
  await screenshot(page, "settings-unreachable");

  await page.getByRole("button", { name: "Use the emulator" }).click();
  assert.equal(await perfexUrl.inputValue(), `${EMU}/perfex`);
  assert.equal(await page.evaluate(() => localStorage.getItem("switchboard.baseUrls")), null);
});
