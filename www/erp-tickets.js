// Cal4care ERP tickets: the counts, the open and closed lists a page at a time, a ticket's
// thread, a reply.
import { busy, byId, field, h, showDone, showHtml } from "./ui.js";

/** @typedef {import("/pkg/index.js").ErpClient} ErpClient */
/** @typedef {import("/pkg/index.js").ErpTicketSummary} ErpTicketSummary */
/** @typedef {import("/pkg/index.js").ErpTicketDetail} ErpTicketDetail */

const PAGE_SIZE = 10;

/**
 * Wires the ERP tickets section of the page to a client.
 * @param {() => ErpClient} client the live client
 */
export function erpTicketsView(client) {
  const section = byId("erp-support", HTMLElement);
  const which = byId("erp-which", HTMLFieldSetElement);
  const list = byId("erp-ticket-list", HTMLUListElement);
  const listStatus = byId("erp-list-status", HTMLElement);
  const prev = byId("erp-prev", HTMLButtonElement);
  const next = byId("erp-next", HTMLButtonElement);
  const pageText = byId("erp-page", HTMLElement);
  const detail = byId("erp-detail", HTMLElement);
  const detailStatus = byId("erp-detail-status", HTMLElement);
  const replyForm = byId("erp-reply-form", HTMLFormElement);
  const replyStatus = byId("erp-reply-status", HTMLElement);
  let offset = 0;
  /** The number of the ticket on show. */
  let current = "";

  const closedShown = () => which.querySelector("input:checked")?.getAttribute("value") === "closed";

  async function loadCounts() {
    const counts = await client().ticketCounts();
    byId("erp-counts", HTMLElement).textContent = `Open: ${counts.open} · Closed: ${counts.closed} · All: ${counts.total}`;
  }

  /** Loads a page of the chosen list.
   * @param {number} at the offset @param {HTMLButtonElement | HTMLFieldSetElement} button what to disable meanwhile */
  async function loadPage(at, button) {
    const closed = closedShown();
    await busy({ button, status: listStatus, doing: `Loading ${closed ? "closed" : "open"} tickets…`, failed: "Could not load the tickets" }, async () => {
      const paging = { limit: PAGE_SIZE, offset: at };
      const page = await (closed ? client().listClosedTickets(paging) : client().listOpenTickets(paging));
      offset = at;
      list.replaceChildren(...page.items.map(listItem));
      const total = page.total ?? at + page.items.length;
      pageText.textContent = page.items.length ? `${at + 1}–${at + page.items.length} of ${total}` : "No tickets here.";
      prev.hidden = at === 0;
      next.hidden = at + page.items.length >= total;
      await loadCounts(); // they change as tickets do
    });
  }

  /** @param {ErpTicketSummary} t */
  function listItem(t) {
    const open = h("button", { type: "button", className: "ticket" },
      h("span", { className: "subject" }, t.subject || "(no subject)"),
      h("span", { className: "meta" }, [`#${t.number}`, t.department, t.createdAt].filter(Boolean).join(" · ")),
      ...(t.status ? [h("span", { className: "badge" }, t.status)] : []));
    if (t.number === current) open.setAttribute("aria-current", "true");
    open.addEventListener("click", () => showTicket(t.number, open));
    return h("li", {}, open);
  }

  /** @param {string} number @param {HTMLButtonElement} button */
  async function showTicket(number, button) {
    await busy({ button, status: detailStatus, doing: `Loading ticket #${number}…`, failed: `Could not load ticket #${number}` }, async () => {
      render(await client().getTicket(number));
      current = number;
      for (const other of list.querySelectorAll("button")) other.removeAttribute("aria-current");
      button.setAttribute("aria-current", "true");
      detail.hidden = false;
      byId("erp-subject", HTMLElement).focus();
    });
  }

  /** @param {ErpTicketDetail} t */
  function render(t) {
    byId("erp-subject", HTMLElement).textContent = t.subject;
    byId("erp-meta", HTMLElement).replaceChildren(h("span", { className: "badge" }, t.status),
      ` #${t.number}`, ...[t.department, t.priority && `priority ${t.priority}`, t.createdAt && `opened ${t.createdAt}`]
        .filter(Boolean).map((part) => ` · ${part}`));
    byId("erp-thread", HTMLOListElement).replaceChildren(...t.messages.map((m) => {
      const body = h("div", { className: "message" });
      showHtml(body, m.body);
      return h("li", { className: m.fromStaff ? "reply staff" : "reply" },
        h("p", { className: "meta" }, [m.poster, m.createdAt].filter(Boolean).join(" · ")),
        body, ...m.attachments.map((a) => h("p", { className: "meta" }, `Attached: ${a.name}`)));
    }));
  }

  which.addEventListener("change", async () => {
    detail.hidden = true;
    await loadPage(0, which);
    const checked = which.querySelector("input:checked");
    if (checked instanceof HTMLInputElement) checked.focus(); // disabling the fieldset took the focus
  });
  prev.addEventListener("click", () => loadPage(Math.max(0, offset - PAGE_SIZE), prev));
  next.addEventListener("click", () => loadPage(offset + PAGE_SIZE, next));

  replyForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const number = current;
    const button = byId("erp-reply-send", HTMLButtonElement);
    const sent = await busy({ button, status: replyStatus, doing: "Sending the reply…", failed: "Could not send the reply" }, async () => {
      await client().replyToTicket(number, { message: field(replyForm, "message") });
      replyForm.reset();
      render(await client().getTicket(number));
      showDone(replyStatus, "Reply sent.");
    });
    if (sent) await loadPage(offset, button); // a reply opens a closed ticket again: the lists and counts change
  });

  return {
    /** Shows the section with the first page of open tickets. */
    async open() {
      section.hidden = false;
      await loadPage(0, next);
    },
    /** Hides the section and forgets what it showed. */
    close() {
      section.hidden = true;
      detail.hidden = true;
      current = "";
      offset = 0;
      const first = which.querySelector("input");
      if (first instanceof HTMLInputElement) first.checked = true;
      for (const node of [list, listStatus, detailStatus, replyStatus, pageText]) node.replaceChildren();
    },
  };
}
