// The page's entry: settings, the clients, signing in (with the ERP's one-time code) and out,
// keeping the session for the tab, and `window.switchboard` for the console.
import * as switchboard from "/pkg/index.js";
import { init, PerfexClient, ErpClient } from "/pkg/index.js";
import { busy, byId, field, showDone, showError } from "./ui.js";
import { perfexView } from "./perfex.js";
import { erpCartView } from "./erp-cart.js";
import { erpTicketsView } from "./erp-tickets.js";

/** @typedef {"perfex" | "erp"} Backend */
/** @typedef {{ perfex?: PerfexClient, erp?: ErpClient }} Clients */

const BACKENDS = /** @type {const} */ (["perfex", "erp"]);
const LABEL = { perfex: "Perfex CRM", erp: "Cal4care ERP" };
const URLS_KEY = "switchboard.baseUrls"; // localStorage: base URLs only, never credentials
// sessionStorage, only with "keep me signed in": the token (and, for the ERP, the customer id
// its restoreSession needs besides the token; an id, not a credential).
/** @param {Backend} backend */
const tokenKey = (backend) => `switchboard.token.${backend}`;
const ERP_CUSTOMER_KEY = "switchboard.customer.erp";

await init();

// ---- Settings: each back end's base URL, the emulator's by default -------------------------

/** @returns {Record<Backend, string>} */
function loadUrls() {
  const urls = { perfex: `${location.origin}/perfex`, erp: `${location.origin}/erp` };
  try {
    const saved = JSON.parse(localStorage.getItem(URLS_KEY) ?? "{}");
    for (const b of BACKENDS) if (typeof saved?.[b] === "string" && saved[b]) urls[b] = saved[b];
  } catch {
    // unreadable settings: the defaults
  }
  return urls;
}

const settingsForm = byId("settings-form", HTMLFormElement);
const settingsStatus = byId("settings-status", HTMLElement);

// ---- The clients -----------------------------------------------------------------------------

/** @type {Clients} */
const clients = {};

/** (Re)creates the clients for the saved URLs; a URL a client refuses is reported.
 * @returns {boolean} whether every client could be created */
function connect() {
  const urls = loadUrls();
  for (const b of BACKENDS) byId(`set-${b}`, HTMLInputElement).value = urls[b];
  if (active) signedOut();
  let ok = true;
  for (const b of BACKENDS) {
    clients[b]?.free();
    delete clients[b];
    try {
      const live = b === "perfex" ? new PerfexClient({ baseUrl: urls.perfex }) : new ErpClient({ baseUrl: urls.erp });
      live.onSessionExpired((reason) => sessionLost(b, reason));
      if (live instanceof PerfexClient) clients.perfex = live;
      else clients.erp = live;
    } catch (error) {
      if (ok) showError(settingsStatus, `The ${LABEL[b]} URL cannot be used`, error);
      byId("settings", HTMLDetailsElement).open = true;
      ok = false;
    }
  }
  window.switchboard = { ...switchboard, ...clients };
  return ok;
}

/**
 * The live client of a back end (it changes when the settings do).
 * @template {Backend} B
 * @param {B} backend
 * @returns {NonNullable<Clients[B]>}
 */
function client(backend) {
  const live = clients[backend];
  if (!live) throw new Error(`No ${LABEL[backend]} client: fix its URL under Settings.`);
  return live;
}

const erpCart = erpCartView(() => client("erp"));
const erpTickets = erpTicketsView(() => client("erp"));
const views = {
  perfex: perfexView(() => client("perfex")),
  erp: { open: () => Promise.all([erpCart.open(), erpTickets.open()]), close: () => { erpCart.close(); erpTickets.close(); } },
};

// ---- Signing in and out ------------------------------------------------------------------------

const loginSection = byId("login", HTMLElement);
const loginForm = byId("login-form", HTMLFormElement);
const loginButton = byId("login-submit", HTMLButtonElement);
const loginStatus = byId("login-status", HTMLElement);
const keep = byId("login-keep", HTMLInputElement);
const otpForm = byId("otp-form", HTMLFormElement);
const otpButton = byId("otp-submit", HTMLButtonElement);
const who = byId("who", HTMLElement);
const whoName = byId("who-name", HTMLElement);
const whoStatus = byId("who-status", HTMLElement);
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
      return;
    }
    const result = await client("erp").login({ username: user, password });
    if (result.step === "signed_in") return signedIn("erp", result.session.name);
    // The client keeps the credentials until the code is checked; the form need not.
    byId("login-password", HTMLInputElement).value = "";
    loginForm.hidden = true;
    otpForm.hidden = false;
    showDone(loginStatus, result.message || "Enter the one-time code the portal sent you.");
    byId("otp-code", HTMLInputElement).focus();
  });
});

otpForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  await busy({ button: otpButton, status: loginStatus, doing: "Checking the code…", failed: "Could not check the code" }, async () => {
    const session = await client("erp").verifyOtp({ code: field(otpForm, "code") });
    signedIn("erp", session.name);
  });
});

byId("otp-cancel", HTMLButtonElement).addEventListener("click", () => {
  client("erp").logout(); // drops the credentials kept for the code
  signedOut();
  loginStatus.replaceChildren();
});

/** Shows the signed-in state and the back end's sections; keeps the session if asked to.
 * @param {Backend} backend @param {string} name */
function signedIn(backend, name) {
  active = backend;
  const live = client(backend);
  const token = live.sessionToken();
  if (keep.checked && token) {
    sessionStorage.setItem(tokenKey(backend), token);
    if (live instanceof ErpClient) sessionStorage.setItem(ERP_CUSTOMER_KEY, live.customerId ?? "");
  }
  loginForm.reset();
  otpForm.reset();
  loginStatus.replaceChildren();
  loginSection.hidden = true;
  who.hidden = false;
  whoName.textContent = name;
  byId("who-backend", HTMLElement).textContent = LABEL[backend];
  void views[backend].open();
}

/** Back to the sign-in form. */
function signedOut() {
  for (const b of BACKENDS) sessionStorage.removeItem(tokenKey(b));
  sessionStorage.removeItem(ERP_CUSTOMER_KEY);
  if (active) views[active].close();
  active = undefined;
  who.hidden = true;
  whoStatus.replaceChildren();
  loginSection.hidden = false;
  loginForm.hidden = false;
  otpForm.hidden = true;
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
  /** @type {unknown} */
  let failure;
  await busy({ button: signOutButton, status: whoStatus, doing: "Signing out…", failed: "Could not sign out" }, async () => {
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

/** Resumes a kept session, if there is one; the ERP's customer name is fetched again. */
async function resume() {
  const perfexToken = sessionStorage.getItem(tokenKey("perfex"));
  const erpToken = sessionStorage.getItem(tokenKey("erp"));
  if (perfexToken && clients.perfex) {
    const session = clients.perfex.restoreSession(perfexToken);
    keep.checked = true;
    signedIn("perfex", `contact #${session.contactId}`);
  } else if (erpToken && clients.erp) {
    const session = clients.erp.restoreSession({ token: erpToken, customerId: sessionStorage.getItem(ERP_CUSTOMER_KEY) ?? "" });
    keep.checked = true;
    signedIn("erp", `customer #${session.customerId}`);
    await busy({ button: signOutButton, status: whoStatus, doing: "Loading your name…", failed: "Could not load your name" }, async () => {
      whoName.textContent = (await client("erp").getCustomer()).name;
    });
  }
}

connect();
byId("booting", HTMLElement).hidden = true;
document.querySelector("main")?.removeAttribute("hidden");
resume().catch((error) => {
  signedOut();
  showError(loginStatus, "Could not resume the session", error);
});
document.body.dataset.ready = "true";
