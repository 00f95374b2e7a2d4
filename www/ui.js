// What every flow of the page shares: finding elements, running a call with a busy button and a
// loading line, errors in plain words, and server HTML made safe with DOMPurify.
import DOMPurify from "/vendor/purify.es.mjs";
import { isSwitchboardError } from "/pkg/index.js";

/**
 * The element with this id, checked to be of this type.
 * @template {HTMLElement} T
 * @param {string} id
 * @param {{ new (): T }} type e.g. HTMLButtonElement
 * @returns {T}
 */
export function byId(id, type) {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`the page has no #${id} of type ${type.name}`);
  return element;
}

/**
 * A new element with properties and children.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Partial<HTMLElementTagNameMap[K]>} [props]
 * @param {(Node | string)[]} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, props = {}, ...children) {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children);
  return element;
}

/** Replaces `target`'s content with server-supplied HTML, sanitized (scripts, handlers, etc. removed).
 * @param {HTMLElement} target
 * @param {string} html */
export function showHtml(target, html) {
  target.replaceChildren(DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true }));
}

/** What each error kind means, in plain words.
 * @type {Record<import("/pkg/index.js").ErrorKind, string>} */
const PLAIN = {
  network: "The server could not be reached: check its URL under Settings, and your connection.",
  timeout: "The server took too long to answer. Try again.",
  aborted: "The request was cancelled.",
  http: "The server had a problem answering. Try again in a moment.",
  auth: "The sign-in was refused, or the session has ended.",
  forbidden: "This account is not allowed to do that.",
  not_found: "The server does not know that record.",
  validation: "The server refused some of the fields.",
  api: "The server refused the request.",
  decode: "The server's answer could not be read.",
  too_large: "The server's answer was too large.",
  invalid_input: "Something is missing or wrong in the form.",
  insecure_url: "That address is not secure: use https:// (plain http:// works only for this computer).",
};

/**
 * Shows a failure in `status`: what failed, the server's own words, what it means, the kind.
 * @param {HTMLElement} status
 * @param {string} what e.g. "Could not sign in"
 * @param {unknown} error
 */
export function showError(status, what, error) {
  status.className = "status error";
  status.setAttribute("role", "alert");
  if (!isSwitchboardError(error)) {
    status.replaceChildren(h("strong", {}, `${what}:`), ` ${String(error)}`);
    return;
  }
  // The message starts with "<backend> <operation>: "; the rest is the server's (or client's) words.
  const words = error.message.replace(/^[a-z]+ [A-Za-z]+: /, "");
  const fields = Object.entries(error.details ?? {}).map(([field, problem]) => h("li", {}, `${field}: ${problem}`));
  const kind = [`error kind: ${error.kind}`, error.status ? `HTTP ${error.status}` : ""].filter(Boolean).join(", ");
  status.replaceChildren(
    h("strong", {}, `${what}:`), ` ${words}`,
    ...(fields.length ? [h("ul", {}, ...fields)] : []),
    h("span", { className: "explain" }, `${PLAIN[error.kind]} (${kind})`),
  );
}

/**
 * Runs one call (and what follows it) on behalf of a button: the button is disabled and `status`
 * shows `doing` with a spinner while it runs; a failure is shown in `status`.
 * @param {{ button: HTMLButtonElement | HTMLFieldSetElement, status: HTMLElement, doing: string, failed: string }} how
 * @param {() => Promise<void>} work
 * @returns {Promise<boolean>} whether it succeeded
 */
export async function busy({ button, status, doing, failed }, work) {
  button.disabled = true;
  status.className = "status busy";
  status.setAttribute("role", "status");
  status.textContent = doing;
  try {
    await work();
    if (status.classList.contains("busy")) {
      status.className = "status";
      status.textContent = "";
    }
    return true;
  } catch (error) {
    showError(status, failed, error);
    return false;
  } finally {
    button.disabled = false;
  }
}

/** Shows a short success note in `status`.
 * @param {HTMLElement} status
 * @param {string} text */
export function showDone(status, text) {
  status.className = "status done";
  status.setAttribute("role", "status");
  status.textContent = text;
}

/** A form's field value as text.
 * @param {HTMLFormElement} form
 * @param {string} name
 * @returns {string} */
export function field(form, name) {
  const value = new FormData(form).get(name);
  return typeof value === "string" ? value : "";
}
