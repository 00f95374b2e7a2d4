//! How rows become answers: the joins the module's PHP does (currency, client, project, staff and
//! status names), and what a contact may see (drafts, trashed, hidden and staff-only rows never).

use serde_json::{json, Value};

use super::db::{by_id, Db, Project};
use super::util::{merge, n, obj, s, set};

pub(super) fn estimate_status(code: &str) -> &'static str {
    match code {
        "1" => "Draft",
        "2" => "Sent",
        "3" => "Declined",
        "4" => "Accepted",
        "5" => "Expired",
        _ => "",
    }
}

pub(super) fn proposal_status(code: &str) -> &'static str {
    match code {
        "1" => "Open",
        "2" => "Declined",
        "3" => "Accepted",
        "4" => "Sent",
        "5" => "Revised",
        "6" => "Draft",
        _ => "",
    }
}

pub(super) fn project_status(code: &str) -> &'static str {
    match code {
        "1" => "Not Started",
        "2" => "In Progress",
        "3" => "On Hold",
        "4" => "Finished",
        "5" => "Cancelled",
        _ => "",
    }
}

pub(super) fn invoice_status(code: &str) -> &'static str {
    match code {
        "1" => "Unpaid",
        "2" => "Paid",
        "3" => "Partially Paid",
        "4" => "Overdue",
        "5" => "Cancelled",
        "6" => "Draft",
        _ => "",
    }
}

pub(super) fn task_status(code: &str) -> &'static str {
    match code {
        "1" => "Not Started",
        "2" => "Awaiting Feedback",
        "3" => "Testing",
        "4" => "In Progress",
        "5" => "Complete",
        _ => "",
    }
}

fn null_or(text: String) -> Value {
    if text.is_empty() {
        Value::Null
    } else {
        Value::String(text)
    }
}

impl Db {
    // -------------------------------------------------------------------------------------
    // Visibility
    // -------------------------------------------------------------------------------------

    pub(super) fn estimate_visible(&self, row: &Value, client: u64) -> bool {
        n(row, "clientid") == client && s(row, "status") != "1"
    }

    pub(super) fn proposal_visible(&self, row: &Value, client: u64) -> bool {
        s(row, "rel_type") == "customer" && n(row, "rel_id") == client && s(row, "status") != "6"
    }

    pub(super) fn invoice_visible(&self, row: &Value, client: u64) -> bool {
        n(row, "clientid") == client && s(row, "status") != "6"
    }

    pub(super) fn contract_visible(&self, row: &Value, client: u64) -> bool {
        n(row, "client") == client && s(row, "trash") == "0" && s(row, "not_visible_to_client") == "0"
    }

    pub(super) fn ticket_visible(&self, row: &Value, client: u64) -> bool {
        n(row, "userid") == client && row.get("merged_ticket_id").unwrap_or(&Value::Null).is_null()
    }

    /// The client's project with this id.
    pub(super) fn client_project(&self, id: u64, client: u64) -> Option<&Project> {
        self.project(id).filter(|p| n(&p.row, "clientid") == client)
    }

    pub(super) fn visible_tasks(&self, project: u64) -> impl Iterator<Item = &Value> {
        self.tasks.iter().filter(move |t| {
            s(t, "rel_type") == "project" && n(t, "rel_id") == project && s(t, "visible_to_client") == "1"
        })
    }

    // -------------------------------------------------------------------------------------
    // Joined pieces
    // -------------------------------------------------------------------------------------

    /// The currency columns (symbol, name, ..., currencyid, currency_name) of a row's currency.
    fn currency_columns(&self, currency: u64) -> Value {
        let cur = by_id(&self.currencies, "id", currency).or_else(|| self.currencies.first());
        match cur {
            Some(c) => json!({
                "symbol": s(c, "symbol"), "name": s(c, "name"),
                "decimal_separator": s(c, "decimal_separator"),
                "thousand_separator": s(c, "thousand_separator"), "placement": s(c, "placement"),
                "isdefault": s(c, "isdefault"), "currencyid": s(c, "id"), "currency_name": s(c, "name")
            }),
            None => json!({}),
        }
    }

    /// The whole tblclients row (Value::Null when unknown).
    pub(super) fn client_data(&self, id: u64) -> Value {
        self.client(id).cloned().unwrap_or(Value::Null)
    }

    fn client_company(&self, id: u64) -> Value {
        self.client(id).map(|c| Value::from(s(c, "company"))).unwrap_or(Value::Null)
    }

    fn project_name(&self, id: u64) -> Value {
        self.project(id).map(|p| Value::from(s(&p.row, "name"))).unwrap_or(Value::Null)
    }

    /// `project_data` as estimates, proposals and invoices embed it (null without a project).
    pub(super) fn project_data(&self, id: u64) -> Value {
        let Some(p) = self.project(id) else {
            return Value::Null;
        };
        let mut v = p.row.clone();
        set(&mut v, "shared_vault_entries", json!([]));
        set(&mut v, "settings", p.settings.clone());
        set(&mut v, "client_data", self.client_data(n(&p.row, "clientid")));
        v
    }

    fn items(&self, rel_type: &str, rel_id: u64) -> Value {
        Value::Array(
            self.itemable
                .iter()
                .filter(|i| s(i, "rel_type") == rel_type && n(i, "rel_id") == rel_id)
                .cloned()
                .collect(),
        )
    }

    // -------------------------------------------------------------------------------------
    // Estimates, proposals, invoices
    // -------------------------------------------------------------------------------------

    pub(super) fn estimate_list_item(&self, row: &Value) -> Value {
        let mut v = row.clone();
        merge(&mut v, &self.currency_columns(n(row, "currency")));
        set(&mut v, "client_name", self.client_company(n(row, "clientid")));
        set(&mut v, "project_name", self.project_name(n(row, "project_id")));
        set(&mut v, "addedfrom_name", Value::from(self.staff_name(n(row, "addedfrom"))));
        set(&mut v, "status_name", Value::from(estimate_status(s(row, "status"))));
        v
    }

    pub(super) fn estimate_detail(&self, row: &Value) -> Value {
        let id = n(row, "id");
        let mut v = row.clone();
        merge(&mut v, &self.currency_columns(n(row, "currency")));
        set(&mut v, "attachments", json!([]));
        set(&mut v, "visible_attachments_to_customer_found", Value::Bool(false));
        set(&mut v, "items", self.items("estimate", id));
        set(&mut v, "project_data", self.project_data(n(row, "project_id")));
        set(&mut v, "client", self.client_data(n(row, "clientid")));
        set(&mut v, "scheduled_email", Value::Null);
        set(&mut v, "addedfrom_name", Value::from(self.staff_name(n(row, "addedfrom"))));
        set(&mut v, "status_name", Value::from(estimate_status(s(row, "status"))));
        v
    }

    pub(super) fn proposal_list_item(&self, row: &Value) -> Value {
        let mut v = row.clone();
        merge(&mut v, &self.currency_columns(n(row, "currency")));
        set(&mut v, "client_name", self.client_company(n(row, "rel_id")));
        set(&mut v, "project_name", self.project_name(n(row, "project_id")));
        set(&mut v, "addedfrom_name", Value::from(self.staff_name(n(row, "addedfrom"))));
        set(&mut v, "status_name", Value::from(proposal_status(s(row, "status"))));
        v
    }

    pub(super) fn proposal_detail(&self, row: &Value) -> Value {
        let id = n(row, "id");
        let mut v = row.clone();
        merge(&mut v, &self.currency_columns(n(row, "currency")));
        set(&mut v, "attachments", json!([]));
        set(&mut v, "items", self.items("proposal", id));
        set(&mut v, "visible_attachments_to_customer_found", Value::Bool(false));
        set(&mut v, "project_data", self.project_data(n(row, "project_id")));
        set(&mut v, "addedfrom_name", Value::from(self.staff_name(n(row, "addedfrom"))));
        set(&mut v, "status_name", Value::from(proposal_status(s(row, "status"))));
        let comments: Vec<Value> =
            self.proposal_comments.iter().filter(|c| n(c, "proposalid") == id).cloned().collect();
        set(&mut v, "comments", Value::Array(comments));
        v
    }

    pub(super) fn invoice_list_item(&self, row: &Value) -> Value {
        let mut v = row.clone();
        merge(&mut v, &self.currency_columns(n(row, "currency")));
        set(&mut v, "client_name", self.client_company(n(row, "clientid")));
        set(&mut v, "project_name", self.project_name(n(row, "project_id")));
        set(&mut v, "addedfrom_name", Value::from(self.staff_name(n(row, "addedfrom"))));
        set(&mut v, "status_name", Value::from(invoice_status(s(row, "status"))));
        v
    }

    pub(super) fn invoice_detail(&self, row: &Value) -> Value {
        let id = n(row, "id");
        let payments: Vec<Value> = self.payments.iter().filter(|p| n(p, "invoiceid") == id).cloned().collect();
        let total: f64 = s(row, "total").parse().unwrap_or(0.0);
        let paid: f64 = payments.iter().map(|p| s(p, "amount").parse::<f64>().unwrap_or(0.0)).sum();
        let mut v = row.clone();
        merge(&mut v, &self.currency_columns(n(row, "currency")));
        set(&mut v, "total_left_to_pay", Value::from(format!("{:.2}", (total - paid).max(0.0))));
        set(&mut v, "items", self.items("invoice", id));
        set(&mut v, "attachments", json!([]));
        set(&mut v, "project_data", self.project_data(n(row, "project_id")));
        set(&mut v, "visible_attachments_to_customer_found", Value::Bool(false));
        set(&mut v, "client", self.client_data(n(row, "clientid")));
        set(&mut v, "payments", Value::Array(payments));
        set(&mut v, "scheduled_email", Value::Null);
        set(&mut v, "addedfrom_name", Value::from(self.staff_name(n(row, "addedfrom"))));
        set(&mut v, "status_name", Value::from(invoice_status(s(row, "status"))));
        v
    }

    // -------------------------------------------------------------------------------------
    // Projects
    // -------------------------------------------------------------------------------------

    /// A project in the list: its row merged with the client's row.
    pub(super) fn project_list_item(&self, p: &Project) -> Value {
        let mut v = p.row.clone();
        if let Some(c) = self.client(n(&p.row, "clientid")) {
            let mut c = c.clone();
            if let Some(m) = c.as_object_mut() {
                m.remove("addedfrom");
            }
            merge(&mut v, &c);
        }
        set(&mut v, "status_name", Value::from(project_status(s(&p.row, "status"))));
        set(&mut v, "addedfrom_name", Value::from(self.staff_name(n(&p.row, "addedfrom"))));
        v
    }

    pub(super) fn project_members(&self, p: &Project) -> Value {
        let pid = s(&p.row, "id");
        Value::Array(
            p.members
                .iter()
                .filter_map(|m| self.staff_row(*m))
                .map(|st| {
                    json!({"email": s(st, "email"), "project_id": pid, "staff_id": s(st, "staffid"),
                           "staff_name": format!("{} {}", s(st, "firstname"), s(st, "lastname"))})
                })
                .collect(),
        )
    }

    pub(super) fn project_detail(&self, p: &Project) -> Value {
        let mut v = self.project_data(n(&p.row, "id"));
        set(&mut v, "project_members", self.project_members(p));
        set(&mut v, "status_name", Value::from(project_status(s(&p.row, "status"))));
        set(&mut v, "addedfrom_name", Value::from(self.staff_name(n(&p.row, "addedfrom"))));
        v
    }

    fn task_logged_seconds(&self, task: u64) -> i64 {
        self.timers
            .iter()
            .filter(|t| n(t, "task_id") == task)
            .map(|t| {
                let start: i64 = s(t, "start_time").parse().unwrap_or(0);
                let end: i64 = s(t, "end_time").parse().unwrap_or(start);
                (end - start).max(0)
            })
            .sum()
    }

    /// A task as the project's `tasks` group lists it.
    pub(super) fn task_view(&self, row: &Value) -> Value {
        let id = n(row, "id");
        let mut v = row.clone();
        let milestone = by_id(&self.milestones, "id", n(row, "milestone")).map(|m| Value::from(s(m, "name")));
        set(&mut v, "milestone_name", milestone.unwrap_or(Value::Null));
        let logged = self.task_logged_seconds(id);
        set(&mut v, "total_logged_time", if logged > 0 { Value::from(logged.to_string()) } else { Value::Null });
        let rows: Vec<&Value> = self.task_assigned.iter().filter(|a| n(a, "taskid") == id).collect();
        let ids: Vec<&str> = rows.iter().map(|a| s(a, "staffid")).collect();
        set(&mut v, "assignees_ids", if ids.is_empty() { Value::Null } else { Value::from(ids.join(", ")) });
        set(&mut v, "status_name", Value::from(task_status(s(row, "status"))));
        let added_by = n(row, "addedfrom");
        let added_name = if s(row, "is_added_from_contact") == "1" {
            self.contact(added_by).map(|c| c.full_name()).unwrap_or_default()
        } else {
            self.staff_name(added_by)
        };
        set(&mut v, "addedfrom_name", Value::from(added_name));
        let assignees: Vec<Value> = rows
            .iter()
            .map(|a| {
                let st = self.staff_row(n(a, "staffid"));
                let first = st.map(|x| s(x, "firstname")).unwrap_or("");
                let last = st.map(|x| s(x, "lastname")).unwrap_or("");
                json!({"id": s(a, "id"), "assigneeid": s(a, "staffid"), "assigned_from": s(a, "assigned_from"),
                       "firstname": first, "lastname": last, "full_name": format!("{first} {last}"),
                       "is_assigned_from_contact": s(a, "is_assigned_from_contact")})
            })
            .collect();
        set(&mut v, "assignees", Value::Array(assignees));
        set(&mut v, "followers_ids", json!([]));
        v
    }

    pub(super) fn timesheet_view(&self, row: &Value) -> Value {
        let mut v = row.clone();
        let task = by_id(&self.tasks, "id", n(row, "task_id"));
        set(&mut v, "task_name", task.map(|t| Value::from(s(t, "name"))).unwrap_or(Value::Null));
        set(&mut v, "staff_name", Value::from(self.staff_name(n(row, "staff_id"))));
        let start: i64 = s(row, "start_time").parse().unwrap_or(0);
        let end: i64 = s(row, "end_time").parse().unwrap_or(start);
        set(&mut v, "total_spent", Value::from((end - start).max(0).to_string()));
        v
    }

    pub(super) fn milestone_view(&self, row: &Value) -> Value {
        let id = n(row, "id");
        let tasks: Vec<&Value> = self.tasks.iter().filter(|t| n(t, "milestone") == id).collect();
        let finished = tasks.iter().filter(|t| s(t, "status") == "5").count();
        let mut v = row.clone();
        set(&mut v, "total_tasks", Value::from(tasks.len().to_string()));
        set(&mut v, "total_finished_tasks", Value::from(finished.to_string()));
        v
    }

    /// The data the customer area needs to create a task in this project.
    pub(super) fn create_task_data(&self, p: &Project) -> Value {
        let pid = n(&p.row, "id");
        let milestones: Vec<Value> = self
            .milestones
            .iter()
            .filter(|m| n(m, "project_id") == pid && s(m, "hide_from_customer") == "0")
            .map(|m| json!({"id": s(m, "id"), "name": s(m, "name")}))
            .collect();
        obj(vec![
            ("priorities", Value::Array(self.task_priorities.clone())),
            ("milestones", Value::Array(milestones)),
            ("project_members", self.project_members(p)),
        ])
    }

    // -------------------------------------------------------------------------------------
    // Contracts
    // -------------------------------------------------------------------------------------

    pub(super) fn contract_list_item(&self, row: &Value) -> Value {
        let mut v = row.clone();
        let kind = by_id(&self.contract_types, "id", n(row, "contract_type")).map(|t| s(t, "name").to_string());
        set(&mut v, "name", kind.clone().map(Value::from).unwrap_or(Value::Null));
        if let Some(c) = self.client(n(row, "client")) {
            let mut c = c.clone();
            if let Some(m) = c.as_object_mut() {
                m.remove("addedfrom");
            }
            merge(&mut v, &c);
        }
        set(&mut v, "type_name", kind.map(Value::from).unwrap_or(Value::Null));
        set(&mut v, "attachments", json!([]));
        set(&mut v, "project_name", self.project_name(n(row, "project_id")));
        set(&mut v, "addedfrom_name", Value::from(self.staff_name(n(row, "addedfrom"))));
        v
    }

    pub(super) fn contract_detail(&self, row: &Value) -> Value {
        let id = n(row, "id");
        let mut v = self.contract_list_item(row);
        let comments: Vec<Value> =
            self.contract_comments.iter().filter(|c| n(c, "contract_id") == id).cloned().collect();
        set(&mut v, "comments", Value::Array(comments));
        v
    }

    // -------------------------------------------------------------------------------------
    // Tickets
    // -------------------------------------------------------------------------------------

    /// A ticket joined with its department, status, service, client, contact, staff and priority
    /// (list form; `detail` adds submitter, opened_by, attachments and replies).
    pub(super) fn ticket_view(&self, row: &Value, detail: bool) -> Value {
        let id = n(row, "ticketid");
        let dept = by_id(&self.departments, "departmentid", n(row, "department"));
        let status = by_id(&self.ticket_statuses, "ticketstatusid", n(row, "status"));
        let service = by_id(&self.services, "serviceid", n(row, "service"));
        let priority = by_id(&self.priorities, "priorityid", n(row, "priority"));
        let contact = self.contact(n(row, "contactid"));
        let admin = n(row, "admin");
        let staff = self.staff_row(admin);

        let mut v = row.clone();
        // tbldepartments (its name column is overwritten by the priority join below).
        let dept_cols = json!({
            "departmentid": dept.map(|d| Value::from(s(d, "departmentid"))).unwrap_or(Value::Null),
            "imap_username": "", "email_from_header": "0", "host": "", "password": "",
            "encryption": "", "folder": "INBOX", "delete_after_import": "0", "calendar_id": null,
            "hidefromclient": dept.map(|d| s(d, "hidefromclient")).unwrap_or("0")
        });
        merge(&mut v, &dept_cols);
        let status_cols = json!({
            "ticketstatusid": status.map(|x| Value::from(s(x, "ticketstatusid"))).unwrap_or(Value::Null),
            "isdefault": status.map(|x| Value::from(s(x, "isdefault"))).unwrap_or(Value::Null),
            "statuscolor": status.map(|x| Value::from(s(x, "statuscolor"))).unwrap_or(Value::Null),
            "statusorder": status.map(|x| Value::from(s(x, "statusorder"))).unwrap_or(Value::Null)
        });
        merge(&mut v, &status_cols);
        set(&mut v, "serviceid", service.map(|x| Value::from(s(x, "serviceid"))).unwrap_or(Value::Null));
        if let Some(c) = self.client(n(row, "userid")) {
            let mut c = c.clone();
            if let Some(m) = c.as_object_mut() {
                m.remove("userid");
            }
            merge(&mut v, &c);
        }
        let contact_cols = match contact {
            Some(c) => json!({
                "id": c.id.to_string(), "is_primary": if c.is_primary { "1" } else { "0" },
                "firstname": c.firstname, "lastname": c.lastname, "title": c.title,
                "email": c.email, "new_pass_key": null, "new_pass_key_requested": null,
                "email_verified_at": "2025-01-06 09:15:00", "email_verification_key": null,
                "email_verification_sent_at": null, "last_ip": "192.0.2.10",
                "last_login": "2025-05-02 08:00:00", "last_password_change": null,
                "profile_image": null, "direction": null, "invoice_emails": "1",
                "estimate_emails": "1", "credit_note_emails": "1", "contract_emails": "1",
                "task_emails": "1", "project_emails": "1", "ticket_emails": "1"
            }),
            None => json!({}),
        };
        let staff_cols = json!({
            "staffid": staff.map(|x| Value::from(s(x, "staffid"))).unwrap_or(Value::Null),
            "firstname": staff.map(|x| Value::from(s(x, "firstname"))).unwrap_or(Value::Null),
            "lastname": staff.map(|x| Value::from(s(x, "lastname"))).unwrap_or(Value::Null),
            "facebook": null, "linkedin": null, "skype": null,
            "last_activity": staff.map(|x| Value::from(s(x, "last_activity"))).unwrap_or(Value::Null),
            "role": null, "media_path_slug": null, "is_not_staff": "0", "hourly_rate": "0.00",
            "two_factor_auth_enabled": "0", "two_factor_auth_code": null,
            "two_factor_auth_code_requested": null, "email_signature": null, "google_auth_secret": null
        });
        // The list joins the contact first and staff last; the detail the other way round.
        if detail {
            merge(&mut v, &staff_cols);
            merge(&mut v, &contact_cols);
        } else {
            merge(&mut v, &contact_cols);
            merge(&mut v, &staff_cols);
        }
        if staff.is_none() && !detail {
            // No opening staff member: the contact's own names stay.
            if let Some(c) = contact {
                set(&mut v, "firstname", Value::from(c.firstname.clone()));
                set(&mut v, "lastname", Value::from(c.lastname.clone()));
            }
        }
        let priority_name = priority.map(|p| Value::from(s(p, "name"))).unwrap_or(Value::Null);
        set(&mut v, "name", priority_name.clone());
        set(&mut v, "priorityid", priority.map(|p| Value::from(s(p, "priorityid"))).unwrap_or(Value::Null));
        set(&mut v, "from_name", Value::Null);
        set(&mut v, "ticket_email", Value::Null);
        set(&mut v, "department_name", dept.map(|d| Value::from(s(d, "name"))).unwrap_or(Value::Null));
        set(&mut v, "priority_name", priority_name);
        set(&mut v, "service_name", service.map(|x| Value::from(s(x, "name"))).unwrap_or(Value::Null));
        set(&mut v, "status_name", status.map(|x| Value::from(s(x, "name"))).unwrap_or(Value::Null));
        let contact_name = contact.map(|c| c.full_name()).unwrap_or_default();
        set(&mut v, "user_firstname", contact.map(|c| Value::from(c.firstname.clone())).unwrap_or(Value::Null));
        set(&mut v, "user_lastname", contact.map(|c| Value::from(c.lastname.clone())).unwrap_or(Value::Null));
        set(&mut v, "staff_firstname", staff.map(|x| Value::from(s(x, "firstname"))).unwrap_or(Value::Null));
        set(&mut v, "staff_lastname", staff.map(|x| Value::from(s(x, "lastname"))).unwrap_or(Value::Null));
        let opened_by = if staff.is_some() { self.staff_name(admin) } else { contact_name.clone() };
        if detail {
            set(&mut v, "submitter", Value::from(contact_name));
            set(&mut v, "opened_by", Value::from(opened_by.clone()));
            let attachments: Vec<Value> = self
                .ticket_attachments
                .iter()
                .filter(|a| n(&a.row, "ticketid") == id && a.row.get("replyid").unwrap_or(&Value::Null).is_null())
                .map(|a| a.row.clone())
                .collect();
            set(&mut v, "attachments", Value::Array(attachments));
            let replies: Vec<Value> = self
                .ticket_replies
                .iter()
                .filter(|r| n(r, "ticketid") == id)
                .map(|r| self.reply_view(r))
                .collect();
            set(&mut v, "ticket_replies", Value::Array(replies));
        }
        set(&mut v, "addedfrom_name", null_or(opened_by));
        set(&mut v, "project_name", self.project_name(n(row, "project_id")));
        v
    }

    fn reply_view(&self, row: &Value) -> Value {
        let id = n(row, "id");
        let mut v = row.clone();
        let admin = n(row, "admin");
        let (name, email) = if admin > 0 {
            let st = self.staff_row(admin);
            (self.staff_name(admin), st.map(|x| s(x, "email").to_string()).unwrap_or_default())
        } else {
            let c = self.contact(n(row, "contactid"));
            (c.map(|c| c.full_name()).unwrap_or_default(), c.map(|c| c.email.clone()).unwrap_or_default())
        };
        set(&mut v, "name", null_or(name.clone()));
        set(&mut v, "email", null_or(email));
        set(&mut v, "submitter", Value::from(name));
        let attachments: Vec<Value> = self
            .ticket_attachments
            .iter()
            .filter(|a| n(&a.row, "replyid") == id && id > 0)
            .map(|a| a.row.clone())
            .collect();
        set(&mut v, "attachments", Value::Array(attachments));
        v
    }

    // -------------------------------------------------------------------------------------
    // Knowledge base
    // -------------------------------------------------------------------------------------

    fn kb_group_visible(&self, g: &Value) -> bool {
        s(g, "active") == "1"
    }

    fn kb_articles_of(&self, group: u64) -> Vec<Value> {
        self.kb_articles
            .iter()
            .filter(|a| n(a, "articlegroup") == group && s(a, "active_article") == "1" && s(a, "staff_article") == "0")
            .map(|a| {
                json!({"slug": s(a, "slug"), "subject": s(a, "subject"), "description": s(a, "description"),
                       "active_article": s(a, "active_article"), "articlegroup": s(a, "articlegroup"),
                       "articleid": s(a, "articleid"), "staff_article": s(a, "staff_article"),
                       "datecreated": s(a, "datecreated")})
            })
            .collect()
    }

    /// Active groups that have at least one visible article, each with its articles.
    pub(super) fn kb_groups_with_articles(&self, slug: Option<&str>) -> Vec<Value> {
        self.kb_groups
            .iter()
            .filter(|g| self.kb_group_visible(g) && match slug { Some(sl) => s(g, "group_slug") == sl, None => true })
            .filter_map(|g| {
                let articles = self.kb_articles_of(n(g, "groupid"));
                if articles.is_empty() {
                    return None;
                }
                let mut v = g.clone();
                set(&mut v, "articles", Value::Array(articles));
                Some(v)
            })
            .collect()
    }

    /// One visible article by slug.
    pub(super) fn kb_article(&self, slug: &str) -> Option<Value> {
        let a = self
            .kb_articles
            .iter()
            .find(|a| s(a, "slug") == slug && s(a, "active_article") == "1" && s(a, "staff_article") == "0")?;
        let g = by_id(&self.kb_groups, "groupid", n(a, "articlegroup")).filter(|g| self.kb_group_visible(g))?;
        Some(json!({
            "slug": s(a, "slug"), "articleid": s(a, "articleid"), "articlegroup": s(a, "articlegroup"),
            "subject": s(a, "subject"), "description": s(a, "description"),
            "active_article": s(a, "active_article"), "active_group": s(g, "active"),
            "group_name": s(g, "name"), "staff_article": s(a, "staff_article")
        }))
    }
}
