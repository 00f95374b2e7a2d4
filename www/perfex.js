// Perfex CRM tickets: the list, one ticket with its replies, a reply.
import { busy, byId, h, showDone, showHtml, field } from "./ui.js";

/** @typedef {import("/pkg/index.js").PerfexClient} PerfexClient */
/** @typedef {import("/pkg/index.js").Ticket} Ticket */
/** @typedef {import("/pkg/index.js").TicketDetail} TicketDetail */

/**
 * Wires the Perfex section of the page to a client.
 * @param {() => PerfexClient} client the live client (it changes when the settings do)
 */
export function perfexView(client) {
  const section = byId("perfex", HTMLElement);
  const refresh = byId("px-refresh", HTMLButtonElement);
  const listStatus = byId("px-list-status", HTMLElement);
  const list = byId("px-list", HTMLUListElement);
  const detail = byId("px-detail", HTMLElement);
  const detailStatus = byId("px-detail-status", HTMLElement);
  const replyForm = byId("px-reply-form", HTMLFormElement);
  const replyButton = byId("px-reply-send", HTMLButtonElement);
  const replyStatus = byId("px-reply-status", HTMLElement);
  /** The ticket on show. */
  let current = "";

  async function loadList() {
    await busy({ button: refresh, status: listStatus, doing: "Loading tickets…", failed: "Could not load the tickets" }, async () => {
      const tickets = await client().listTickets();
      list.replaceChildren(...tickets.map(listItem));
      if (tickets.length === 0) showDone(listStatus, "No tickets yet.");
    });
  }

  /** @param {Ticket} ticket */
  function listItem(ticket) {
    const open = h("button", { type: "button", className: "ticket" },
      h("span", { className: "subject" }, ticket.subject || "(no subject)"),
      h("span", { className: "meta" }, `#${ticket.id} · ${ticket.department.name ?? "?"} · ${ticket.date}`),
      statusBadge(ticket.status.name ?? ticket.status.id, ticket.status.color));
    open.addEventListener("click", () => showTicket(ticket.id, open));
    return h("li", {}, open);
  }

  /** @param {string} id @param {HTMLButtonElement} button */
  async function showTicket(id, button) {
    await busy({ button, status: detailStatus, doing: `Loading ticket #${id}…`, failed: `Could not load ticket #${id}` }, async () => {
      renderTicket(await client().getTicket(id));
      current = id;
      for (const other of list.querySelectorAll("button")) other.removeAttribute("aria-current");
      button.setAttribute("aria-current", "true");
      detail.hidden = false;
      byId("px-subject", HTMLElement).focus();
    });
  }

  /** @param {TicketDetail} t */
  function renderTicket(t) {
    byId("px-subject", HTMLElement).textContent = t.subject;
    byId("px-meta", HTMLElement).replaceChildren(
      statusBadge(t.status.name ?? t.status.id, t.status.color),
      ` #${t.id} · ${t.department.name ?? "?"} · priority ${t.priority.name ?? t.priority.id}`,
      t.project ? ` · project ${t.project.name ?? t.project.id}` : "", ` · opened ${t.date}`);
    showHtml(byId("px-message", HTMLElement), t.message);
    byId("px-attachments", HTMLElement).replaceChildren(...t.attachments.map((a) => h("li", {}, `📎 ${a.fileName}`)));
    byId("px-replies", HTMLOListElement).replaceChildren(...t.replies.map((r) => {
      const body = h("div", { className: "message" });
      showHtml(body, r.message);
      return h("li", { className: r.fromStaff ? "reply staff" : "reply" },
        h("p", { className: "meta" }, `${r.author ?? (r.fromStaff ? "Staff" : "You")} · ${r.date}`),
        body, ...r.attachments.map((a) => h("p", { className: "meta" }, `📎 ${a.fileName}`)));
    }));
  }

  refresh.addEventListener("click", loadList);

  return {
    /** Shows the section and loads the list. */
    async open() {
      section.hidden = false;
      await loadList();
    },
    /** Hides the section and forgets what it showed. */
    close() {
      section.hidden = true;
      detail.hidden = true;
      current = "";
      for (const node of [list, listStatus, detailStatus, replyStatus]) node.replaceChildren();
    },
  };
}

/** A coloured status label.
 * @param {string} name @param {string} [color] */
function statusBadge(name, color) {
  const badge = h("span", { className: "badge" }, name);
  if (color) badge.style.setProperty("--badge", color);
  return badge;
}
