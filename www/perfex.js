// Perfex CRM tickets: the list, one ticket with its replies, a reply, a new ticket.
import { isSwitchboardError } from "/pkg/index.js";
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
  const createBox = byId("px-new", HTMLDetailsElement);
  const createForm = byId("px-create-form", HTMLFormElement);
  const createButton = byId("px-create-send", HTMLButtonElement);
  const createStatus = byId("px-create-status", HTMLElement);
  /** The ticket on show. */
  let current = "";
  /** Whether the new-ticket form has its departments, priorities and projects. */
  let choicesLoaded = false;

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
    byId("px-attachments", HTMLElement).replaceChildren(...t.attachments.map((a) => h("li", {}, `Attached: ${a.fileName}`)));
    const replies = t.replies.length ? t.replies : null;
    byId("px-replies", HTMLOListElement).replaceChildren(...(replies ?? []).map((r) => {
      const body = h("div", { className: "message" });
      showHtml(body, r.message);
      return h("li", { className: r.fromStaff ? "reply staff" : "reply" },
        h("p", { className: "meta" }, `${r.author ?? (r.fromStaff ? "Staff" : "You")} · ${r.date}`),
        body, ...r.attachments.map((a) => h("p", { className: "meta" }, `Attached: ${a.fileName}`)));
    }));
    byId("px-no-replies", HTMLElement).hidden = replies !== null;
  }

  refresh.addEventListener("click", loadList);

  replyForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const id = current;
    await busy({ button: replyButton, status: replyStatus, doing: "Sending the reply…", failed: "Could not send the reply" }, async () => {
      await client().replyToTicket(id, { message: field(replyForm, "message") });
      replyForm.reset();
      renderTicket(await client().getTicket(id));
      showDone(replyStatus, "Reply sent.");
    });
  });

  /** Fills the new-ticket form's lists (once per sign-in), when it is first opened. */
  async function loadChoices() {
    if (choicesLoaded || !createBox.open) return;
    await busy({ button: createButton, status: createStatus, doing: "Loading departments, priorities and projects…", failed: "Could not load the form's choices" }, async () => {
      const c = client();
      // A contact without the projects permission (403) can still open a ticket without one.
      const projects = c.listProjects().catch((e) => (isSwitchboardError(e) && e.kind === "forbidden" ? [] : Promise.reject(e)));
      const [departments, priorities, projectList] = await Promise.all([c.listDepartments(), c.listTicketPriorities(), projects]);
      fillSelect("px-new-department", departments);
      fillSelect("px-new-priority", priorities);
      fillSelect("px-new-project", projectList, "— none —");
      choicesLoaded = true;
    });
  }
  createBox.addEventListener("toggle", loadChoices);

  createForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!choicesLoaded) return void loadChoices();
    const files = byId("px-new-file", HTMLInputElement).files;
    const projectId = field(createForm, "project");
    await busy({ button: createButton, status: createStatus, doing: "Creating the ticket…", failed: "Could not create the ticket" }, async () => {
      await client().createTicket({
        subject: field(createForm, "subject"),
        department: field(createForm, "department"),
        priority: field(createForm, "priority"),
        message: field(createForm, "message"),
        ...(projectId ? { projectId } : {}),
        ...(files?.length ? { attachments: [...files] } : {}),
      });
      const subject = field(createForm, "subject");
      createForm.reset();
      showDone(createStatus, `Ticket “${subject}” created.`);
      void loadList();
    });
  });

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
      choicesLoaded = false;
      createBox.open = false;
      createForm.reset();
      for (const node of [list, listStatus, detailStatus, replyStatus, createStatus]) node.replaceChildren();
    },
  };
}

/** Replaces a select's options with `{ id, name }` items.
 * @param {string} id @param {{ id: string, name?: string }[]} items @param {string} [none] an empty first choice */
function fillSelect(id, items, none) {
  const select = byId(id, HTMLSelectElement);
  select.replaceChildren(...(none === undefined ? [] : [h("option", { value: "" }, none)]),
    ...items.map((item) => h("option", { value: item.id }, item.name ?? `#${item.id}`)));
}

/** A coloured status label.
 * @param {string} name @param {string} [color] */
function statusBadge(name, color) {
  const badge = h("span", { className: "badge" }, name);
  if (color) badge.style.setProperty("--badge", color);
  return badge;
}
