// The page's entry: settings, the clients, signing in and out, keeping the session for the tab.
import * as switchboard from "/pkg/index.js";
import { init, PerfexClient } from "/pkg/index.js";
import { busy, byId, field, showDone, showError } from "./ui.js";
import { perfexView } from "./perfex.js";

/** @typedef {"perfex"} Backend */
/** @typedef {{ perfex: string, erp: string }} BaseUrls */

const LABEL = { perfex: "Perfex CRM", erp: "Cal4care ERP" };
const URLS_KEY = "switchboard.baseUrls"; // localStorage: base URLs only, never credentials
/** @param {Backend} backend */
const tokenKey = (backend) => `switchboard.token.${backend}`; // sessionStorage: only the token

await init();

// ---- Settings: each back end's base URL, the emulator's by default -------------------------

/** @returns {BaseUrls} */
function defaultUrls() {
  return { perfex: `${location.origin}/perfex`, erp: `${location.origin}/erp` };
}

/** @returns {BaseUrls} */
function loadUrls() {
  try {
    const saved = JSON.parse(localStorage.getItem(URLS_KEY) ?? "{}");
    const pick = (/** @type {keyof BaseUrls} */ b) => (typeof saved?.[b] === "string" && saved[b]) || defaultUrls()[b];
    return { perfex: pick("perfex"), erp: pick("erp") };
  } catch {
    return defaultUrls();
  }
}

const settingsForm = byId("settings-form", HTMLFormElement);
const settingsStatus = byId("settings-status", HTMLElement);

// ---- The clients -----------------------------------------------------------------------------

/** @type {{ perfex?: PerfexClient }} */
const clients = {};

/** (Re)creates the clients for the saved URLs; a URL the client refuses is reported.
 * @returns {boolean} whether every client could be created */
function connect() {
  let ok = true;
  const urls = loadUrls();
  for (const input of settingsForm.querySelectorAll("input")) input.value = urls[/** @type {keyof BaseUrls} */ (input.name)];
  signedOut();
  clients.perfex?.free();
  delete clients.perfex;
  try {
    clients.perfex = new PerfexClient({ baseUrl: urls.perfex });
    clients.perfex.onSessionExpired((reason) => sessionLost("perfex", reason));
  } catch (error) {
    ok = false;
    byId("settings", HTMLDetailsElement).open = true;
    showError(settingsStatus, `The ${LABEL.perfex} URL cannot be used`, error);
  }
  window.switchboard = { ...switchboard, ...clients };
  return ok;
}

/** @param {Backend} backend */
function client(backend) {
  const live = clients[backend];
  if (!live) throw new Error(`No ${LABEL[backend]} client: fix its URL under Settings.`);
  return live;
}

const views = { perfex: perfexView(() => client("perfex")) };

// ---- Signing in and out ------------------------------------------------------------------------

const loginSection = byId("login", HTMLElement);
const loginForm = byId("login-form", HTMLFormElement);
const loginButton = byId("login-submit", HTMLButtonElement);
const loginStatus = byId("login-status", HTMLElement);
const keep = byId("login-keep", HTMLInputElement);
const who = byId("who", HTMLElement);
const signOutButton = byId("sign-out", HTMLButtonElement);
/** @type {Backend | undefined} */
let active;

loginForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  const backend = /** @type {Backend} */ (field(loginForm, "backend"));
  const user = field(loginForm, "user").trim();
  const password = field(loginForm, "password");
  await busy({ button: loginButton, status: loginStatus, doing: `Signing in to ${LABEL[backend]}…`, failed: "Could not sign in" }, async () => {
    if (backend === "perfex") {
      await client("perfex").login({ email: user, password });
      signedIn("perfex", user);
    }
  });
});

/** Shows the signed-in state and the back end's section; keeps the token if asked to.
 * @param {Backend} backend @param {string} name */
function signedIn(backend, name) {
  active = backend;
  const token = client(backend).sessionToken();
  if (keep.checked && token) sessionStorage.setItem(tokenKey(backend), token);
  loginForm.reset();
  loginSection.hidden = true;
  who.hidden = false;
  byId("who-name", HTMLElement).textContent = name;
  byId("who-backend", HTMLElement).textContent = LABEL[backend];
  void views[backend].open();
}

/** Back to the sign-in form. */
function signedOut() {
  if (active) {
    sessionStorage.removeItem(tokenKey(active));
    views[active].close();
  }
  active = undefined;
  who.hidden = true;
  loginSection.hidden = false;
}

/** @param {Backend} backend @param {import("/pkg/index.js").SessionEndReason} reason */
function sessionLost(backend, reason) {
  if (active !== backend) return;
  signedOut();
  loginStatus.className = "status error";
  loginStatus.textContent = reason === "expired"
    ? "Your session has expired. Please sign in again."
    : "The server ended your session (signed in elsewhere, or signed out). Please sign in again.";
}

signOutButton.addEventListener("click", async () => {
  const backend = active;
  if (!backend) return;
  let failure;
  await busy({ button: signOutButton, status: loginStatus, doing: "Signing out…", failed: "Signed out here" }, async () => {
    try {
      await client(backend).logout();
    } catch (error) {
      failure = error; // the client has forgotten the token anyway
    }
  });
  signedOut();
  if (failure) showError(loginStatus, "Signed out here, but the server could not be told", failure);
});

// ---- Settings form ------------------------------------------------------------------------------

settingsForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const urls = { perfex: field(settingsForm, "perfex").trim(), erp: field(settingsForm, "erp").trim() };
  localStorage.setItem(URLS_KEY, JSON.stringify(urls));
  if (connect()) showDone(settingsStatus, "Saved. Sign in again to use the new addresses.");
});
byId("settings-reset", HTMLButtonElement).addEventListener("click", () => {
  localStorage.removeItem(URLS_KEY);
  if (connect()) showDone(settingsStatus, "Back to the emulator's addresses.");
});

// ---- Start: connect, and resume a session kept for this tab -------------------------------------

connect();
for (const backend of /** @type {Backend[]} */ (["perfex"])) {
  const token = sessionStorage.getItem(tokenKey(backend));
  const live = clients[backend];
  if (!token || !live) continue;
  try {
    const session = live.restoreSession(token);
    keep.checked = true;
    signedIn(backend, `contact #${session.contactId}`);
    break;
  } catch (error) {
    sessionStorage.removeItem(tokenKey(backend));
    showError(loginStatus, "Could not resume the session", error);
  }
}
byId("booting", HTMLElement).hidden = true;
document.querySelector("main")?.removeAttribute("hidden");
document.body.dataset.ready = "true";
