//! The route handlers. Each returns `Err(answer)` for an early refusal (401/403/404/422), so the
//! checks read top to bottom in the order the module makes them: token, permission, record,
//! project setting, validation.

use serde_json::{json, Value};

use super::db::{next_id, Attachment, Perm, Project};
use super::token::{self, LIFETIME_SECS};
use super::util::{
    self, fail, forbidden, n, not_found, numeric, ok_data, ok_message, parse_id, required, s, set,
    validation, Fields,
};
use super::Perfex;
use crate::dates::datetime;
use crate::forms::Upload;
use crate::http::{Request, Response};

type Answer = Result<Response, Response>;

const RETRIEVED: &str = "Data retrieved successfully";

/// The contact a valid token belongs to.
#[derive(Debug, Clone, Copy)]
pub(super) struct Session {
    pub client_id: u64,
    pub contact_id: u64,
}

fn list_or_404(rows: Vec<Value>, message: &str) -> Answer {
    if rows.is_empty() {
        Err(not_found())
    } else {
        Ok(ok_data(Value::Array(rows), message))
    }
}

/// A list route (`id` None: the rows the contact sees, 404 when none) or its `/id/:id` form (the
/// detail of one such row by its `id_key` column; 404 when the id is malformed, unknown or not
/// visible to the contact).
fn list_or_one(
    rows: &[Value],
    id_key: &str,
    id: Option<&str>,
    visible: impl Fn(&Value) -> bool,
    list_item: impl Fn(&Value) -> Value,
    detail: impl Fn(&Value) -> Value,
) -> Answer {
    let mut seen = rows.iter().filter(|r| visible(r));
    match id {
        None => list_or_404(seen.map(list_item).collect(), RETRIEVED),
        Some(raw) => {
            let id = id_or_404(raw)?;
            let row = seen.find(|r| n(r, id_key) == id).ok_or_else(not_found)?;
            Ok(ok_data(detail(row), RETRIEVED))
        }
    }
}

fn id_or_404(raw: &str) -> Result<u64, Response> {
    parse_id(raw).ok_or_else(not_found)
}

fn feature(p: &Project, name: &str) -> bool {
    match p.settings.get("available_features").and_then(|f| f.get(name)) {
        Some(Value::Number(x)) => x.as_i64() == Some(1),
        Some(Value::String(t)) => t == "1",
        Some(Value::Bool(b)) => *b,
        _ => false,
    }
}

fn setting(p: &Project, name: &str) -> bool {
    s(&p.settings, name) == "1"
}

fn check(ok: bool) -> Result<(), Response> {
    if ok {
        Ok(())
    } else {
        Err(forbidden())
    }
}

impl Perfex {
    // -----------------------------------------------------------------------------------------
    // Authentication
    // -----------------------------------------------------------------------------------------

    /// The session a request's `Authorization` header (a raw JWT, no scheme) belongs to.
    pub(super) fn authenticate(&self, req: &Request) -> Result<Session, Response> {
        let raw = req.header("authorization").unwrap_or("").trim();
        if raw.is_empty() {
            return Err(fail(401, "Token is not defined."));
        }
        let claims = token::decode(raw).map_err(|m| fail(401, m))?;
        if !self.issued.contains(raw) {
            return Err(fail(401, "Signature verification failed"));
        }
        if req.now.saturating_sub(claims.api_time) >= LIFETIME_SECS {
            return Err(fail(401, "Token Time Expire."));
        }
        let live = self.sessions.get(&claims.contact_id).map(String::as_str) == Some(raw);
        let contact = self.db.contact(claims.contact_id).filter(|c| c.client_id == claims.client_id && c.active);
        match contact {
            Some(c) if live => Ok(Session { client_id: c.client_id, contact_id: c.id }),
            _ => Err(fail(401, "You've been logged out. Login in to continue.")),
        }
    }

    /// A session whose contact holds `perm` (403 otherwise).
    fn guard(&self, req: &Request, perm: Perm) -> Result<Session, Response> {
        let session = self.authenticate(req)?;
        let has = self.db.contact(session.contact_id).is_some_and(|c| c.perms.contains(&perm));
        check(has)?;
        Ok(session)
    }

    fn has_perm(&self, session: Session, perm: Perm) -> bool {
        self.db.contact(session.contact_id).is_some_and(|c| c.perms.contains(&perm))
    }

    pub(super) fn login(&mut self, req: &Request) -> Answer {
        let f = Fields::from_request(req);
        let email = f.text("email");
        let password = f.get("password").unwrap_or("").to_string();
        let mut errors = Vec::new();
        if email.is_empty() {
            errors.push(("email", required("Email")));
        }
        if password.trim().is_empty() {
            errors.push(("password", required("Password")));
        }
        if !errors.is_empty() {
            return Err(validation(&errors));
        }
        let contact = self
            .db
            .contacts
            .iter()
            .find(|c| c.email.eq_ignore_ascii_case(&email) && c.password == password)
            .cloned();
        let Some(contact) = contact else {
            return Err(fail(400, "Invalid email or password"));
        };
        if !contact.active {
            return Err(fail(400, "Inactive Account"));
        }
        self.serial += 1;
        let tok = token::issue(contact.client_id, contact.id, req.now, self.serial);
        self.issued.insert(tok.clone());
        self.sessions.insert(contact.id, tok.clone());
        let data = json!({
            "client_id": contact.client_id.to_string(), "contact_id": contact.id.to_string(),
            "client_logged_in": true, "API_TIME": req.now, "token": tok
        });
        Ok(ok_data(data, "You've logged in successfully"))
    }

    pub(super) fn logout(&mut self, req: &Request) -> Answer {
        let session = self.authenticate(req)?;
        self.sessions.remove(&session.contact_id);
        Ok(ok_message("You've logged out successfully"))
    }

    // -----------------------------------------------------------------------------------------
    // Estimates, proposals, invoices
    // -----------------------------------------------------------------------------------------

    pub(super) fn estimates(&self, req: &Request, id: Option<&str>) -> Answer {
        let session = self.guard(req, Perm::Estimates)?;
        let db = &self.db;
        let visible = |r: &Value| db.estimate_visible(r, session.client_id);
        list_or_one(&db.estimates, "id", id, visible, |r| db.estimate_list_item(r), |r| db.estimate_detail(r))
    }

    pub(super) fn proposals(&self, req: &Request, id: Option<&str>) -> Answer {
        let session = self.guard(req, Perm::Proposals)?;
        let db = &self.db;
        let visible = |r: &Value| db.proposal_visible(r, session.client_id);
        list_or_one(&db.proposals, "id", id, visible, |r| db.proposal_list_item(r), |r| db.proposal_detail(r))
    }

    pub(super) fn proposal_comment(&mut self, req: &Request, id: &str, group: &str) -> Answer {
        let session = self.guard(req, Perm::Proposals)?;
        if group != "proposals_comment" {
            return Err(not_found());
        }
        let id = id_or_404(id)?;
        let row = self
            .db
            .proposals
            .iter()
            .find(|r| n(r, "id") == id && self.db.proposal_visible(r, session.client_id))
            .ok_or_else(not_found)?;
        check(s(row, "allow_comments") == "1")?;
        let f = Fields::from_request(req);
        let content = f.text("content");
        if content.is_empty() {
            return Err(validation(&[("content", required("Content"))]));
        }
        let comment_id = next_id(self.db.proposal_comments.iter(), "id");
        self.db.proposal_comments.push(json!({
            "id": comment_id.to_string(), "content": content, "proposalid": id.to_string(),
            "staffid": "0", "dateadded": datetime(req.now)
        }));
        Ok(ok_message("Proposal comments added successfully."))
    }

    pub(super) fn invoices(&self, req: &Request, id: Option<&str>) -> Answer {
        let session = self.guard(req, Perm::Invoices)?;
        let db = &self.db;
        let visible = |r: &Value| db.invoice_visible(r, session.client_id);
        list_or_one(&db.invoices, "id", id, visible, |r| db.invoice_list_item(r), |r| db.invoice_detail(r))
    }

    // -----------------------------------------------------------------------------------------
    // Projects and tasks
    // -----------------------------------------------------------------------------------------

    pub(super) fn projects(&self, req: &Request, id: Option<&str>) -> Answer {
        let session = self.guard(req, Perm::Projects)?;
        let db = &self.db;
        match id {
            None => list_or_404(
                db.projects
                    .iter()
                    .filter(|p| n(&p.row, "clientid") == session.client_id)
                    .map(|p| db.project_list_item(p))
                    .collect(),
                "Projects retrieved successfully",
            ),
            Some(raw) => {
                let p = db.client_project(id_or_404(raw)?, session.client_id).ok_or_else(not_found)?;
                Ok(ok_data(db.project_detail(p), RETRIEVED))
            }
        }
    }

    pub(super) fn project_group(&self, req: &Request, id: &str, group: &str) -> Answer {
        let session = self.guard(req, Perm::Projects)?;
        let db = &self.db;
        let p = db.client_project(id_or_404(id)?, session.client_id).ok_or_else(not_found)?;
        let pid = n(&p.row, "id");
        let client = session.client_id;
        let rows: Vec<Value> = match group {
            "tasks" => {
                check(feature(p, "project_tasks") && setting(p, "view_tasks"))?;
                db.visible_tasks(pid).map(|t| db.task_view(t)).collect()
            }
            "timesheets" => {
                check(feature(p, "project_timesheets") && setting(p, "view_timesheets"))?;
                let tasks: Vec<u64> = db.visible_tasks(pid).map(|t| n(t, "id")).collect();
                db.timers.iter().filter(|t| tasks.contains(&n(t, "task_id"))).map(|t| db.timesheet_view(t)).collect()
            }
            "milestones" => {
                check(feature(p, "project_milestones") && setting(p, "view_milestones"))?;
                db.milestones
                    .iter()
                    .filter(|m| n(m, "project_id") == pid && s(m, "hide_from_customer") == "0")
                    .map(|m| db.milestone_view(m))
                    .collect()
            }
            "files" => {
                check(feature(p, "project_files"))?;
                db.project_files
                    .iter()
                    .filter(|f| n(f, "project_id") == pid && s(f, "visible_to_customer") == "1")
                    .cloned()
                    .collect()
            }
            "discussions" | "discusssions" => {
                check(feature(p, "project_discussions") && setting(p, "open_discussions"))?;
                db.discussions
                    .iter()
                    .filter(|d| n(d, "project_id") == pid && s(d, "show_to_customer") == "1")
                    .cloned()
                    .collect()
            }
            "proposals" => {
                check(feature(p, "project_proposals") && self.has_perm(session, Perm::Proposals))?;
                db.proposals
                    .iter()
                    .filter(|r| db.proposal_visible(r, client) && n(r, "project_id") == pid)
                    .map(|r| db.proposal_list_item(r))
                    .collect()
            }
            "estimates" => {
                check(feature(p, "project_estimates") && self.has_perm(session, Perm::Estimates))?;
                db.estimates
                    .iter()
                    .filter(|r| db.estimate_visible(r, client) && n(r, "project_id") == pid)
                    .map(|r| db.estimate_list_item(r))
                    .collect()
            }
            "invoices" => {
                check(feature(p, "project_invoices") && self.has_perm(session, Perm::Invoices))?;
                db.invoices
                    .iter()
                    .filter(|r| db.invoice_visible(r, client) && n(r, "project_id") == pid)
                    .map(|r| db.invoice_list_item(r))
                    .collect()
            }
            "subscriptions" => {
                check(feature(p, "project_subscriptions") && self.has_perm(session, Perm::Invoices))?;
                db.subscriptions
                    .iter()
                    .filter(|r| n(r, "project_id") == pid && n(r, "clientid") == client)
                    .cloned()
                    .collect()
            }
            "expenses" => {
                check(feature(p, "project_expenses"))?;
                db.expenses
                    .iter()
                    .filter(|r| n(r, "project_id") == pid && n(r, "clientid") == client)
                    .cloned()
                    .collect()
            }
            "credit_notes" => {
                check(feature(p, "project_credit_notes") && self.has_perm(session, Perm::Invoices))?;
                db.credit_notes
                    .iter()
                    .filter(|r| n(r, "project_id") == pid && n(r, "clientid") == client)
                    .cloned()
                    .collect()
            }
            "tickets" => {
                check(feature(p, "project_tickets") && self.has_perm(session, Perm::Support))?;
                db.tickets
                    .iter()
                    .filter(|r| db.ticket_visible(r, client) && n(r, "project_id") == pid)
                    .map(|r| db.ticket_view(r, false))
                    .collect()
            }
            "contracts" => {
                check(feature(p, "project_contracts") && self.has_perm(session, Perm::Contracts))?;
                db.contracts
                    .iter()
                    .filter(|r| db.contract_visible(r, client) && n(r, "project_id") == pid)
                    .map(|r| db.contract_list_item(r))
                    .collect()
            }
            "create_task_data" => {
                check(feature(p, "project_tasks") && setting(p, "create_tasks"))?;
                return Ok(ok_data(db.create_task_data(p), "Data retrived successfully"));
            }
            _ => return Err(not_found()),
        };
        list_or_404(rows, "Data retrived successfully")
    }

    /// Task fields shared by create and update: 422 errors for what is sent but invalid.
    fn task_field_errors(f: &Fields, creating: bool) -> Vec<(&'static str, String)> {
        let mut errors = Vec::new();
        if (creating || f.has("name")) && f.text("name").is_empty() {
            errors.push(("name", required("Name")));
        }
        if (creating || f.has("startdate")) && f.text("startdate").is_empty() {
            errors.push(("startdate", required("Start Date")));
        }
        let priority = f.text("priority");
        if !priority.is_empty() && parse_id(&priority).is_none() {
            errors.push(("priority", numeric("Priority")));
        }
        errors
    }

    /// Assigns the listed staff members (project members only; others are ignored).
    fn assign(&mut self, task: u64, project_members: &[u64], ids: &[String], contact: u64) {
        let mut done: Vec<u64> = Vec::new();
        for staff in ids.iter().filter_map(|x| parse_id(x)) {
            if !project_members.contains(&staff) || done.contains(&staff) {
                continue;
            }
            done.push(staff);
            let id = next_id(self.db.task_assigned.iter(), "id");
            self.db.task_assigned.push(json!({
                "id": id.to_string(), "taskid": task.to_string(), "staffid": staff.to_string(),
                "assigned_from": contact.to_string(), "is_assigned_from_contact": "1"
            }));
        }
    }

    pub(super) fn task_create(&mut self, req: &Request, project: &str) -> Answer {
        let session = self.guard(req, Perm::Projects)?;
        let p = self.db.client_project(id_or_404(project)?, session.client_id).ok_or_else(not_found)?.clone();
        check(feature(&p, "project_tasks") && setting(&p, "create_tasks"))?;
        let f = Fields::from_request(req);
        let errors = Self::task_field_errors(&f, true);
        if !errors.is_empty() {
            return Err(validation(&errors));
        }
        let id = next_id(self.db.tasks.iter(), "id");
        let priority = Some(f.text("priority")).filter(|x| !x.is_empty()).unwrap_or_else(|| "2".into());
        let duedate = Some(f.text("duedate")).filter(|x| !x.is_empty());
        self.db.tasks.push(json!({
            "id": id.to_string(), "name": f.text("name"), "description": f.text("description"),
            "priority": priority, "dateadded": datetime(req.now), "startdate": f.text("startdate"),
            "duedate": duedate, "datefinished": null, "addedfrom": session.contact_id.to_string(),
            "is_added_from_contact": "1", "status": "1", "recurring_type": null, "repeat_every": null,
            "recurring": "0", "is_recurring_from": null, "cycles": "0", "total_cycles": "0",
            "custom_recurring": "0", "last_recurring_date": null, "rel_id": s(&p.row, "id"),
            "rel_type": "project", "is_public": "0", "billable": "0", "billed": "0", "invoice_id": "0",
            "hourly_rate": "0.00", "milestone": "0", "kanban_order": "1", "milestone_order": "0",
            "visible_to_client": "1", "deadline_notified": "0"
        }));
        if let Some(ids) = f.list("assignees") {
            self.assign(id, &p.members, &ids, session.contact_id);
        }
        Ok(ok_message("Task added successfully."))
    }

    pub(super) fn task_update(&mut self, req: &Request, project: &str) -> Answer {
        let session = self.guard(req, Perm::Projects)?;
        let p = self.db.client_project(id_or_404(project)?, session.client_id).ok_or_else(not_found)?.clone();
        let pid = n(&p.row, "id");
        check(feature(&p, "project_tasks") && setting(&p, "edit_tasks"))?;
        let f = Fields::from_request(req);
        let raw_id = f.text("id");
        if raw_id.is_empty() {
            return Err(validation(&[("id", required("Id"))]));
        }
        let task_id = id_or_404(&raw_id)?;
        let task = self.db.visible_tasks(pid).find(|t| n(t, "id") == task_id).ok_or_else(not_found)?;
        // Contacts may edit only the tasks they created themselves.
        check(s(task, "is_added_from_contact") == "1" && n(task, "addedfrom") == session.contact_id)?;
        let errors = Self::task_field_errors(&f, false);
        if !errors.is_empty() {
            return Err(validation(&errors));
        }
        if let Some(row) = self.db.tasks.iter_mut().find(|t| n(t, "id") == task_id) {
            for key in ["name", "description", "priority", "startdate"] {
                if f.has(key) {
                    set(row, key, Value::from(f.text(key)));
                }
            }
            if f.has("duedate") {
                let due = f.text("duedate");
                set(row, "duedate", if due.is_empty() { Value::Null } else { Value::from(due) });
            }
        }
        if let Some(ids) = f.list("assignees") {
            self.db.task_assigned.retain(|a| n(a, "taskid") != task_id);
            self.assign(task_id, &p.members, &ids, session.contact_id);
        }
        Ok(ok_message("Task updated successfully."))
    }

    // -----------------------------------------------------------------------------------------
    // Tickets
    // -----------------------------------------------------------------------------------------

    pub(super) fn tickets(&self, req: &Request, id: Option<&str>) -> Answer {
        let session = self.guard(req, Perm::Support)?;
        let db = &self.db;
        let visible = |r: &Value| db.ticket_visible(r, session.client_id);
        list_or_one(&db.tickets, "ticketid", id, visible, |r| db.ticket_view(r, false), |r| db.ticket_view(r, true))
    }

    fn store_attachments(&mut self, ticket: u64, reply: Option<u64>, files: Vec<Upload>, now: i64) {
        for file in files {
            let id = next_id(self.db.ticket_attachments.iter().map(|a| &a.row), "id");
            self.db.ticket_attachments.push(Attachment {
                row: json!({
                    "id": id.to_string(), "ticketid": ticket.to_string(),
                    "replyid": reply.map(|r| r.to_string()), "file_name": file.file_name,
                    "filetype": file.content_type, "dateadded": datetime(now)
                }),
                data: file.data,
            });
        }
    }

    pub(super) fn ticket_create(&mut self, req: &Request) -> Answer {
        let session = self.guard(req, Perm::Support)?;
        let f = Fields::from_request(req);
        let mut errors = Vec::new();
        for (field, label) in [("subject", "Subject"), ("department", "Department"), ("priority", "Priority")] {
            if f.text(field).is_empty() {
                errors.push((field, required(label)));
            }
        }
        if f.text("message").is_empty() {
            errors.push(("message", required("Message")));
        }
        for (field, label) in [("department", "Department"), ("priority", "Priority"), ("service", "Service"), ("project_id", "Project")] {
            let v = f.text(field);
            if !v.is_empty() && parse_id(&v).is_none() {
                errors.push((field, numeric(label)));
            }
        }
        if !errors.is_empty() {
            return Err(validation(&errors));
        }
        let num = |field: &str| parse_id(&f.text(field)).unwrap_or(0).to_string();
        let id = next_id(self.db.tickets.iter(), "ticketid");
        self.db.tickets.push(json!({
            "ticketid": id.to_string(), "adminreplying": "0", "userid": session.client_id.to_string(),
            "contactid": session.contact_id.to_string(), "merged_ticket_id": null, "email": null,
            "name": null, "department": num("department"), "priority": num("priority"), "status": "1",
            "service": num("service"), "ticketkey": util::hash32(&format!("ticket-{id}-{}", req.now)),
            "subject": f.text("subject"), "message": f.get("message").unwrap_or("").to_string(),
            "admin": null, "date": datetime(req.now), "project_id": num("project_id"), "lastreply": null,
            "clientread": "1", "adminread": "0", "assigned": "0", "staff_id_replying": null, "cc": null
        }));
        self.store_attachments(id, None, f.files, req.now);
        Ok(ok_message("Ticket added successfully."))
    }

    pub(super) fn ticket_reply(&mut self, req: &Request, id: &str) -> Answer {
        let session = self.guard(req, Perm::Support)?;
        let id = id_or_404(id)?;
        let exists = self.db.tickets.iter().any(|r| n(r, "ticketid") == id && self.db.ticket_visible(r, session.client_id));
        if !exists {
            return Err(not_found());
        }
        let f = Fields::from_request(req);
        if f.text("message").is_empty() {
            return Err(validation(&[("message", required("Message"))]));
        }
        let reply_id = next_id(self.db.ticket_replies.iter(), "id");
        let now = datetime(req.now);
        self.db.ticket_replies.push(json!({
            "id": reply_id.to_string(), "ticketid": id.to_string(),
            "userid": session.client_id.to_string(), "contactid": session.contact_id.to_string(),
            "name": null, "email": null, "date": now, "message": f.get("message").unwrap_or("").to_string(),
            "admin": null
        }));
        if let Some(t) = self.db.tickets.iter_mut().find(|r| n(r, "ticketid") == id) {
            set(t, "lastreply", Value::from(now));
            set(t, "status", Value::from("1"));
            set(t, "clientread", Value::from("1"));
            set(t, "adminread", Value::from("0"));
        }
        self.store_attachments(id, Some(reply_id), f.files, req.now);
        Ok(ok_message("Reply added successfully"))
    }

    /// The bytes of a ticket attachment (Perfex's `download/file/ticket/:id`).
    pub(super) fn download(&self, req: &Request, id: &str) -> Answer {
        let session = self.guard(req, Perm::Support)?;
        let id = parse_id(id).ok_or_else(Response::unknown_path)?;
        let a = self
            .db
            .ticket_attachments
            .iter()
            .find(|a| n(&a.row, "id") == id)
            .filter(|a| {
                let ticket = n(&a.row, "ticketid");
                self.db.tickets.iter().any(|t| n(t, "ticketid") == ticket && self.db.ticket_visible(t, session.client_id))
            })
            .ok_or_else(Response::unknown_path)?;
        let name: String = s(&a.row, "file_name").chars().filter(|c| *c != '"' && !c.is_control()).collect();
        let ctype = Some(s(&a.row, "filetype")).filter(|t| !t.is_empty()).unwrap_or("application/octet-stream");
        let mut r = Response::text(200, ctype, a.data.clone());
        r.headers.push(("Content-Disposition".into(), format!("attachment; filename=\"{name}\"")));
        Ok(r)
    }

    // -----------------------------------------------------------------------------------------
    // Contracts
    // -----------------------------------------------------------------------------------------

    pub(super) fn contracts(&self, req: &Request, id: Option<&str>) -> Answer {
        let session = self.guard(req, Perm::Contracts)?;
        let db = &self.db;
        let visible = |r: &Value| db.contract_visible(r, session.client_id);
        list_or_one(&db.contracts, "id", id, visible, |r| db.contract_list_item(r), |r| db.contract_detail(r))
    }

    pub(super) fn contract_comment(&mut self, req: &Request, id: &str, group: &str) -> Answer {
        let session = self.guard(req, Perm::Contracts)?;
        if group != "contract_comment" {
            return Err(not_found());
        }
        let id = id_or_404(id)?;
        let exists = self.db.contracts.iter().any(|r| n(r, "id") == id && self.db.contract_visible(r, session.client_id));
        if !exists {
            return Err(not_found());
        }
        let f = Fields::from_request(req);
        let content = f.text("content");
        if content.is_empty() {
            return Err(validation(&[("content", required("Content"))]));
        }
        let comment_id = next_id(self.db.contract_comments.iter(), "id");
        self.db.contract_comments.push(json!({
            "id": comment_id.to_string(), "content": content, "contract_id": id.to_string(),
            "staffid": "0", "dateadded": datetime(req.now)
        }));
        Ok(ok_message("Contract comments added successfully."))
    }

    // -----------------------------------------------------------------------------------------
    // Knowledge base (no token) and miscellaneous
    // -----------------------------------------------------------------------------------------

    pub(super) fn knowledge_base(&self, slug: Option<&str>) -> Response {
        let groups = self.db.kb_groups_with_articles(slug);
        let data = if groups.is_empty() { Value::Null } else { Value::Array(groups) };
        ok_data(data, "Articles retrived successfully")
    }

    pub(super) fn knowledge_base_article(&self, slug: &str) -> Response {
        ok_data(self.db.kb_article(slug).unwrap_or(Value::Null), "Articles retrived successfully")
    }

    pub(super) fn miscellaneous(&self, req: &Request, group: &str) -> Answer {
        let session = self.authenticate(req)?;
        let db = &self.db;
        let rows: Vec<Value> = match group {
            "client_menu" => {
                let perms = db.contact(session.contact_id).map(|c| c.perms.clone()).unwrap_or_default();
                Perm::ALL
                    .iter()
                    .filter(|p| perms.contains(p))
                    .map(|p| {
                        let (id, name, short) = p.menu();
                        json!({"id": id, "name": name, "short_name": short})
                    })
                    .collect()
            }
            "departments" => db
                .departments
                .iter()
                .filter(|d| s(d, "hidefromclient") == "0")
                .map(|d| json!({"departmentid": s(d, "departmentid"), "name": s(d, "name")}))
                .collect(),
            "get_services" => db.services.clone(),
            "get_ticket_priorities" => db.priorities.clone(),
            _ => Vec::new(),
        };
        list_or_404(rows, RETRIEVED)
    }
}
