//! The deterministic seed data of a fresh installation. All names, addresses and amounts are
//! made up; none comes from the API document.
//!
//! | client | contact (login) | data |
//! | --- | --- | --- |
//! | 1 Lakeside Robotics Ltd | 1 `ada@example.com` (all permissions) | estimates 1, 2 (3 is a hidden draft); proposals 1, 2 (3 hidden draft); projects 1, 2; invoices 1, 2 (3 hidden draft); tickets 1, 2, 3; contracts 1, 2 (3 trashed, hidden) |
//! | 2 Northgate Supplies | 2 `noperm@example.com` (no permissions) | estimate 4, proposal 4, project 3, invoice 4, ticket 4, contract 4 (all unreachable: 403) |
//! | 3 Dormant Holdings | 3 `inactive@example.com` (inactive) | nothing |
//! | 4 Blank Slate Inc | 4 `empty@example.com` (all permissions) | nothing (lists → 404) |
//!
//! Every password is `perfex-demo-1`.

#![allow(clippy::too_many_arguments)]

use serde_json::{json, Value};

use super::db::{Attachment, Contact, Db, Perm, Project};

const PASSWORD: &str = "perfex-demo-1";

fn client(id: u64, company: &str, phone: &str, city: &str, zip: &str, state: &str, address: &str, website: &str, created: &str) -> Value {
    super::util::join(vec![json!({
        "userid": id.to_string(), "company": company, "vat": "", "phonenumber": phone,
        "country": "236", "city": city, "zip": zip, "state": state, "address": address,
        "website": website, "datecreated": created, "active": "1", "leadid": null,
        "billing_street": address, "billing_city": city, "billing_state": state, "billing_zip": zip,
    }), json!({
        "billing_country": "236", "shipping_street": "", "shipping_city": "", "shipping_state": "",
        "shipping_zip": "", "shipping_country": "0", "longitude": null, "latitude": null,
        "default_language": "", "default_currency": "1", "show_primary_contact": "0",
        "stripe_id": null, "registration_confirmed": "1", "addedfrom": "1"
    })])
}

fn contact(id: u64, client_id: u64, email: &str, first: &str, last: &str, title: &str, active: bool, perms: &[Perm]) -> Contact {
    Contact {
        id,
        client_id,
        email: email.into(),
        password: PASSWORD.into(),
        firstname: first.into(),
        lastname: last.into(),
        title: title.into(),
        active,
        is_primary: true,
        perms: perms.to_vec(),
    }
}

fn staff(id: u64, first: &str, last: &str, email: &str) -> Value {
    json!({"staffid": id.to_string(), "firstname": first, "lastname": last, "email": email,
           "last_activity": "2025-05-02 17:40:11"})
}

fn item(id: u64, rel_type: &str, rel_id: u64, description: &str, long: &str, qty: &str, rate: &str, order: u64) -> Value {
    json!({"id": id.to_string(), "rel_id": rel_id.to_string(), "rel_type": rel_type,
           "description": description, "long_description": long, "qty": qty, "rate": rate,
           "unit": "", "item_order": order.to_string()})
}

fn estimate(id: u64, client: u64, project: u64, status: &str, date: &str, expiry: &str, total: &str, created: &str) -> Value {
    let sent = status != "1";
    super::util::join(vec![json!({
        "id": id.to_string(), "sent": if sent { "1" } else { "0" },
        "datesend": if sent { Value::from(format!("{date} 10:00:00")) } else { Value::Null },
        "clientid": client.to_string(), "deleted_customer_name": null, "project_id": project.to_string(),
        "number": id.to_string(), "prefix": "EST-", "number_format": "1",
        "hash": super::util::hash32(&format!("estimate-{id}")), "datecreated": created,
        }),
        json!({"date": date, "expirydate": expiry, "currency": "1", "subtotal": total, "total_tax": "0.00",
        "total": total, "adjustment": "0.00", "addedfrom": "1", "status": status,
        "clientnote": "Prices are valid until the expiry date.", "adminnote": "",
        "discount_percent": "0.00", "discount_total": "0.00", "discount_type": "",
        "invoiceid": null, "invoiced_date": null, "terms": "Payment within 30 days.",
        "reference_no": "", "sale_agent": "0",
        }),
        json!({"billing_street": "12 Harbour Road", "billing_city": "Springfield", "billing_state": "MA",
        "billing_zip": "01101", "billing_country": "236",
        "shipping_street": null, "shipping_city": null, "shipping_state": null, "shipping_zip": null,
        "shipping_country": null, "include_shipping": "0", "show_shipping_on_estimate": "1",
        "show_quantity_as": "1", "pipeline_order": "1", "is_expiry_notified": "0",
        "acceptance_firstname": null, "acceptance_lastname": null, "acceptance_email": null,
        "acceptance_date": null, "acceptance_ip": null, "signature": null, "short_link": null
    })])
}

fn proposal(id: u64, client: u64, project: u64, subject: &str, status: &str, allow_comments: bool, total: &str, date: &str, to: &str, email: &str) -> Value {
    super::util::join(vec![json!({
        "id": id.to_string(), "subject": subject, "content": "{proposal_items}", "addedfrom": "1",
        "datecreated": format!("{date} 09:15:00"), "total": total, "subtotal": total,
        "total_tax": "0.00", "adjustment": "0.00", "discount_percent": "0.00",
        "discount_total": "0.00", "discount_type": "", "show_quantity_as": "1", "currency": "1",
    }), json!({
        "open_till": "2025-12-31", "date": date, "rel_id": client.to_string(), "rel_type": "customer",
        "assigned": "2", "hash": super::util::hash32(&format!("proposal-{id}")), "proposal_to": to,
        "project_id": project.to_string(), "country": "236", "zip": "01101", "state": "MA",
        "city": "Springfield", "address": "12 Harbour Road", "email": email, "phone": "",
    }), json!({
        "allow_comments": if allow_comments { "1" } else { "0" }, "status": status,
        "estimate_id": null, "invoice_id": null, "date_converted": null, "pipeline_order": "1",
        "is_expiry_notified": "0", "acceptance_firstname": null, "acceptance_lastname": null,
        "acceptance_email": null, "acceptance_date": null, "acceptance_ip": null,
        "signature": null, "short_link": null
    })])
}

fn comment(id: u64, key: &str, parent: u64, content: &str, staff: u64, added: &str) -> Value {
    json!({"id": id.to_string(), "content": content, key: parent.to_string(),
           "staffid": staff.to_string(), "dateadded": added})
}

fn invoice(id: u64, client: u64, project: u64, status: &str, date: &str, due: &str, total: &str, created: &str) -> Value {
    super::util::join(vec![json!({
        "id": id.to_string(), "sent": if status == "6" { "0" } else { "1" },
        "datesend": if status == "6" { Value::Null } else { Value::from(format!("{date} 10:30:00")) },
        "clientid": client.to_string(), "deleted_customer_name": null, "number": id.to_string(),
        "prefix": "INV-", "number_format": "1", "datecreated": created, "date": date,
        "duedate": due, "currency": "1", "subtotal": total, "total_tax": "0.00", "total": total,
    }), json!({
        "adjustment": "0.00", "addedfrom": "1", "hash": super::util::hash32(&format!("invoice-{id}")),
        "status": status, "clientnote": "Thank you for your business.", "adminnote": "",
        "last_overdue_reminder": null, "last_due_reminder": null, "cancel_overdue_reminders": "0",
        "allowed_payment_modes": "a:1:{i:0;s:1:\"1\";}", "token": null, "discount_percent": "0.00",
    }), json!({
        "discount_total": "0.00", "discount_type": "", "recurring": "0", "recurring_type": null,
        "custom_recurring": "0", "cycles": "0", "total_cycles": "0", "is_recurring_from": null,
        "last_recurring_date": null, "terms": "Payment within 30 days.", "sale_agent": "0",
        "billing_street": "12 Harbour Road", "billing_city": "Springfield", "billing_state": "MA",
    }), json!({
        "billing_zip": "01101", "billing_country": "236", "shipping_street": null,
        "shipping_city": null, "shipping_state": null, "shipping_zip": null, "shipping_country": null,
        "include_shipping": "0", "show_shipping_on_invoice": "1", "show_quantity_as": "1",
        "project_id": project.to_string(), "subscription_id": "0", "short_link": null
    })])
}

fn settings(full: bool) -> Value {
    let flag = |on: bool| if on { "1" } else { "0" };
    let feature = |on: bool| if on { 1 } else { 0 };
    let features = json!({
        "project_overview": 1, "project_tasks": 1, "project_timesheets": feature(full),
            "project_milestones": feature(full), "project_files": 1, "project_discussions": feature(full),
            "project_gantt": 1, "project_tickets": 1, "project_contracts": 1, "project_proposals": 1,
            "project_estimates": 1, "project_invoices": feature(full), "project_subscriptions": 1,
            "project_expenses": 1, "project_credit_notes": 1, "project_notes": 1, "project_activity": 1
    });
    json!({
        "available_features": features,
        "view_tasks": "1", "create_tasks": flag(full), "edit_tasks": flag(full),
        "comment_on_tasks": "1", "view_task_comments": "1", "view_task_attachments": "1",
        "view_task_checklist_items": "1", "upload_on_tasks": flag(full),
        "view_task_total_logged_time": "1", "view_finance_overview": "1", "upload_files": flag(full),
        "open_discussions": flag(full), "view_milestones": flag(full), "view_gantt": "1",
        "view_timesheets": flag(full), "view_activity_log": "1", "view_team_members": "1",
        "hide_tasks_on_main_tasks_table": "0"
    })
}

fn project(id: u64, client: u64, name: &str, description: &str, status: &str, billing: &str, start: &str, deadline: Option<&str>, progress: &str, cost: &str) -> Value {
    json!({
        "id": id.to_string(), "name": name, "description": description, "status": status,
        "clientid": client.to_string(), "billing_type": billing, "start_date": start,
        "deadline": deadline, "project_created": start, "date_finished": null,
        "progress": progress, "progress_from_tasks": "1", "project_cost": cost,
        "project_rate_per_hour": "0.00", "estimated_hours": null, "addedfrom": "1",
        "contact_notification": "1", "notify_contacts": "a:0:{}"
    })
}

/// A task; `added_by_contact` is (contact id) when a contact created it, else staff 1 did.
fn task(id: u64, project: u64, name: &str, priority: &str, status: &str, start: &str, due: Option<&str>, milestone: u64, visible: bool, added_by_contact: Option<u64>) -> Value {
    super::util::join(vec![json!({
        "id": id.to_string(), "name": name, "description": "", "priority": priority,
        "dateadded": format!("{start} 09:00:00"), "startdate": start, "duedate": due,
        "datefinished": if status == "5" { Value::from(format!("{start} 17:00:00")) } else { Value::Null },
        "addedfrom": added_by_contact.unwrap_or(1).to_string(),
        "is_added_from_contact": if added_by_contact.is_some() { "1" } else { "0" },
    }), json!({
        "status": status, "recurring_type": null, "repeat_every": null, "recurring": "0",
        "is_recurring_from": null, "cycles": "0", "total_cycles": "0", "custom_recurring": "0",
        "last_recurring_date": null, "rel_id": project.to_string(), "rel_type": "project",
        "is_public": "0", "billable": "1", "billed": "0", "invoice_id": "0", "hourly_rate": "0.00",
        "milestone": milestone.to_string(), "kanban_order": "1", "milestone_order": "0",
        "visible_to_client": if visible { "1" } else { "0" }, "deadline_notified": "0"
    })])
}

fn assigned(id: u64, task: u64, staff: u64, from: u64, from_contact: bool) -> Value {
    json!({"id": id.to_string(), "taskid": task.to_string(), "staffid": staff.to_string(),
           "assigned_from": from.to_string(), "is_assigned_from_contact": if from_contact { "1" } else { "0" }})
}

fn timer(id: u64, task: u64, staff: u64, start: i64, hours: i64, note: &str) -> Value {
    json!({"id": id.to_string(), "task_id": task.to_string(), "start_time": start.to_string(),
           "end_time": (start + hours * 3600).to_string(), "staff_id": staff.to_string(),
           "hourly_rate": "40.00", "note": note})
}

fn ticket(id: u64, client: u64, contact: u64, subject: &str, message: &str, department: u64, priority: u64, status: u64, service: u64, project: u64, admin: Option<u64>, date: &str, lastreply: Option<&str>) -> Value {
    super::util::join(vec![json!({
        "ticketid": id.to_string(), "adminreplying": "0", "userid": client.to_string(),
        "contactid": contact.to_string(), "merged_ticket_id": null, "email": null, "name": null,
        "department": department.to_string(), "priority": priority.to_string(),
        "status": status.to_string(), "service": service.to_string(),
        "ticketkey": super::util::hash32(&format!("ticket-{id}")), "subject": subject,
    }), json!({
        "message": message, "admin": admin.map(|a| a.to_string()), "date": date,
        "project_id": project.to_string(), "lastreply": lastreply, "clientread": "1",
        "adminread": "1", "assigned": "2", "staff_id_replying": null, "cc": null
    })])
}

/// `count` made-up tickets of customer 1 (contact `ada@example.com`) with ids from `first_id`, for
/// benchmarks that need a long list (`POST /__emulator/seed`). Subjects, messages, statuses,
/// priorities, departments, services, projects and dates vary from row to row as real ones do.
pub(super) fn bulk_tickets(first_id: u64, count: u64) -> Vec<Value> {
    const TOPICS: [&str; 6] = ["Mailbox quota", "VPN drops", "Invoice question", "Printer offline", "New user", "Backup failed"];
    (first_id..first_id + count)
        .map(|id| {
            let topic = TOPICS[(id % 6) as usize];
            let day = 1 + id % 28;
            let date = format!("2025-0{}-{day:02} {:02}:{:02}:00", 1 + id % 9, 8 + id % 10, id % 60);
            let last_reply = (id % 3 != 0).then(|| format!("2025-0{}-{day:02} 17:{:02}:00", 1 + id % 9, id % 60));
            let message = format!("<p>{topic}: reported by the office (case {id}). It started after the update last week and affects two colleagues.</p>");
            ticket(id, 1, 1, &format!("{topic} #{id}"), &message, 1 + id % 2, 1 + id % 4, 1 + id % 5, id % 4, id % 3, (id % 2 == 0).then_some(1 + id % 2), &date, last_reply.as_deref())
        })
        .collect()
}

/// A ticket reply: by staff (`admin` = staff id) or by the ticket's contact.
fn reply(id: u64, ticket: u64, client: u64, contact: u64, admin: Option<u64>, date: &str, message: &str) -> Value {
    json!({
        "id": id.to_string(), "ticketid": ticket.to_string(),
        "userid": if admin.is_some() { "0".to_string() } else { client.to_string() },
        "contactid": if admin.is_some() { "0".to_string() } else { contact.to_string() },
        "name": null, "email": null, "date": date, "message": message,
        "admin": admin.map(|a| a.to_string())
    })
}

fn contract(id: u64, client: u64, project: u64, subject: &str, kind: u64, start: &str, end: Option<&str>, value: &str, signed: bool, trash: bool) -> Value {
    super::util::join(vec![json!({
        "id": id.to_string(), "content": "<p>The parties agree to the terms below.</p>",
        "description": "Scope, fees and service levels.", "subject": subject,
        "client": client.to_string(), "datestart": start, "dateend": end,
        "contract_type": kind.to_string(), "project_id": project.to_string(), "addedfrom": "1",
        "dateadded": format!("{start} 08:45:00"), "isexpirynotified": "0", "contract_value": value,
        "trash": if trash { "1" } else { "0" }, "not_visible_to_client": "0",
        "hash": super::util::hash32(&format!("contract-{id}")), "signed": if signed { "1" } else { "0" },
        "signature": if signed { Value::from(format!("signature_contract_{id}.png")) } else { Value::Null },
    }), json!({
        "marked_as_signed": "0",
        "acceptance_firstname": if signed { Value::from("Ada") } else { Value::Null },
        "acceptance_lastname": if signed { Value::from("Lindqvist") } else { Value::Null },
        "acceptance_email": if signed { Value::from("ada@example.com") } else { Value::Null },
        "acceptance_date": if signed { Value::from(format!("{start} 12:00:00")) } else { Value::Null },
        "acceptance_ip": if signed { Value::from("192.0.2.10") } else { Value::Null },
        "short_link": null
    })])
}

fn kb_group(id: u64, name: &str, slug: &str, description: &str, active: bool, color: &str) -> Value {
    json!({"groupid": id.to_string(), "name": name, "group_slug": slug, "description": description,
           "active": if active { "1" } else { "0" }, "color": color, "group_order": id.to_string()})
}

fn kb_article(id: u64, group: u64, subject: &str, slug: &str, description: &str, active: bool, staff: bool, created: &str) -> Value {
    json!({"articleid": id.to_string(), "articlegroup": group.to_string(), "subject": subject,
           "slug": slug, "description": description, "active_article": if active { "1" } else { "0" },
           "staff_article": if staff { "1" } else { "0" }, "datecreated": created})
}

fn named(id_key: &str, id: u64, name: &str) -> Value {
    json!({id_key: id.to_string(), "name": name})
}

/// A fresh installation.
pub(super) fn seed() -> Db {
    let all = Perm::ALL;
    let mut db = Db {
        clients: vec![
            client(1, "Lakeside Robotics Ltd", "+1 555 0100", "Springfield", "01101", "MA", "12 Harbour Road", "lakeside-robotics.example", "2025-01-06 09:12:00"),
            client(2, "Northgate Supplies", "+1 555 0142", "Riverton", "84065", "UT", "48 Mill Lane", "northgate.example", "2025-01-20 14:02:10"),
            client(3, "Dormant Holdings", "+1 555 0177", "Fairview", "97024", "OR", "3 Quiet Street", "", "2024-11-02 08:30:00"),
            client(4, "Blank Slate Inc", "+1 555 0199", "Lakewood", "80226", "CO", "900 Empty Avenue", "", "2025-04-28 16:45:00"),
        ],
        contacts: vec![
            contact(1, 1, "ada@example.com", "Ada", "Lindqvist", "Operations Manager", true, &all),
            contact(2, 2, "noperm@example.com", "Nils", "Oberg", "Clerk", true, &[]),
            contact(3, 3, "inactive@example.com", "Ines", "Varga", "Director", false, &all),
            contact(4, 4, "empty@example.com", "Emil", "Tran", "Founder", true, &all),
        ],
        staff: vec![
            staff(1, "Sam", "Porter", "sam.porter@example.org"),
            staff(2, "Rita", "Okafor", "rita.okafor@example.org"),
            staff(3, "Jon", "Weller", "jon.weller@example.org"),
        ],
        currencies: vec![json!({
            "id": "1", "symbol": "$", "name": "USD", "decimal_separator": ".",
            "thousand_separator": ",", "placement": "before", "isdefault": "1"
        })],
        ..Db::default()
    };

    // Estimates (1 Draft, 2 Sent, 3 Declined, 4 Accepted, 5 Expired; drafts are hidden from contacts).
    db.estimates = vec![
        estimate(1, 1, 1, "2", "2025-03-03", "2025-03-17", "1200.00", "2025-03-03 09:20:00"),
        estimate(2, 1, 0, "4", "2025-03-24", "2025-04-07", "350.00", "2025-03-24 11:05:00"),
        estimate(3, 1, 0, "1", "2025-05-01", "2025-05-15", "90.00", "2025-05-01 15:40:00"),
        estimate(4, 2, 3, "2", "2025-02-10", "2025-02-24", "75.00", "2025-02-10 10:00:00"),
    ];
    // Proposals (1 Open, 2 Declined, 3 Accepted, 4 Sent, 5 Revised, 6 Draft; drafts hidden).
    db.proposals = vec![
        proposal(1, 1, 1, "Website relaunch proposal", "4", true, "1200.00", "2025-02-24", "Lakeside Robotics Ltd", "ada@example.com"),
        proposal(2, 1, 0, "Managed hosting", "3", false, "350.00", "2025-03-20", "Lakeside Robotics Ltd", "ada@example.com"),
        proposal(3, 1, 0, "Draft: extended support", "6", true, "90.00", "2025-05-01", "Lakeside Robotics Ltd", "ada@example.com"),
        proposal(4, 2, 3, "Inventory scanner rollout", "4", true, "75.00", "2025-02-05", "Northgate Supplies", "noperm@example.com"),
    ];
    db.proposal_comments = vec![
        comment(1, "proposalid", 1, "Could the second phase start in April?", 0, "2025-02-25 10:12:00"),
        comment(2, "proposalid", 1, "Yes, April works for us.", 2, "2025-02-25 14:30:00"),
    ];
    // Invoices (1 Unpaid, 2 Paid, 3 Partially paid, 4 Overdue, 5 Cancelled, 6 Draft; drafts hidden).
    db.invoices = vec![
        invoice(1, 1, 1, "1", "2025-03-10", "2025-04-09", "600.00", "2025-03-10 08:55:00"),
        invoice(2, 1, 0, "2", "2025-03-25", "2025-04-24", "350.00", "2025-03-25 09:10:00"),
        invoice(3, 1, 0, "6", "2025-05-02", "2025-06-01", "90.00", "2025-05-02 12:00:00"),
        invoice(4, 2, 3, "1", "2025-02-12", "2025-03-14", "75.00", "2025-02-12 09:00:00"),
    ];
    db.payments = vec![json!({
        "id": "1", "invoiceid": "2", "amount": "350.00", "paymentmode": "1", "paymentmethod": "",
        "date": "2025-04-02", "daterecorded": "2025-04-02 10:15:00", "note": "",
        "transactionid": "TX-0001", "name": "Bank transfer"
    })];
    db.itemable = vec![
        item(1, "estimate", 1, "Website relaunch", "Design, build and launch of the new website.", "1.00", "1200.00", 1),
        item(2, "estimate", 2, "Support retainer", "Hours of support per month.", "5.00", "50.00", 1),
        item(3, "estimate", 2, "Hosting setup", "One-off setup fee.", "1.00", "100.00", 2),
        item(4, "estimate", 3, "Extended support", "", "1.00", "90.00", 1),
        item(5, "estimate", 4, "Scanner configuration", "", "1.00", "75.00", 1),
        item(6, "proposal", 1, "Website relaunch", "Design, build and launch of the new website.", "1.00", "1200.00", 1),
        item(7, "proposal", 2, "Managed hosting", "Twelve months of managed hosting.", "1.00", "350.00", 1),
        item(8, "proposal", 3, "Extended support", "", "1.00", "90.00", 1),
        item(9, "proposal", 4, "Scanner configuration", "", "1.00", "75.00", 1),
        item(10, "invoice", 1, "Website relaunch - deposit", "50% deposit.", "1.00", "600.00", 1),
        item(11, "invoice", 2, "Managed hosting", "Twelve months of managed hosting.", "1.00", "350.00", 1),
        item(12, "invoice", 3, "Extended support", "", "1.00", "90.00", 1),
        item(13, "invoice", 4, "Scanner configuration", "", "1.00", "75.00", 1),
    ];

    // Projects (1 Not Started, 2 In Progress, 3 On Hold, 4 Finished, 5 Cancelled).
    db.projects = vec![
        Project {
            row: project(1, 1, "Website Relaunch", "<p>New public website with a customer portal.</p>", "2", "1", "2025-03-10", Some("2025-06-30"), "40", "1200.00"),
            settings: settings(true),
            members: vec![2, 3],
        },
        Project {
            row: project(2, 1, "Network Audit", "<p>Review of the office network.</p>", "1", "2", "2025-05-05", None, "0", "0.00"),
            settings: settings(false),
            members: vec![3],
        },
        Project {
            row: project(3, 2, "Scanner Rollout", "", "2", "1", "2025-02-12", Some("2025-03-31"), "10", "75.00"),
            settings: settings(true),
            members: vec![2],
        },
    ];
    // Tasks (1 Not Started, 2 Awaiting Feedback, 3 Testing, 4 In Progress, 5 Complete).
    db.tasks = vec![
        task(1, 1, "Design homepage mockups", "2", "5", "2025-03-10", Some("2025-03-21"), 1, true, None),
        task(2, 1, "Migrate blog content", "3", "4", "2025-03-24", Some("2025-05-15"), 2, true, None),
        task(3, 1, "Provide brand assets", "2", "1", "2025-03-12", None, 0, true, Some(1)),
        task(4, 1, "Internal QA checklist", "1", "1", "2025-03-12", None, 0, false, None),
        task(5, 2, "Collect network diagrams", "2", "1", "2025-05-05", None, 0, true, None),
        task(6, 3, "Configure scanners", "2", "4", "2025-02-12", None, 0, true, None),
    ];
    db.task_assigned = vec![
        assigned(1, 1, 2, 1, false),
        assigned(2, 2, 2, 1, false),
        assigned(3, 2, 3, 1, false),
        assigned(4, 3, 3, 1, true),
        assigned(5, 5, 3, 1, false),
    ];
    db.timers = vec![
        timer(1, 1, 2, 1_741_600_800, 3, "First round of mockups"),
        timer(2, 2, 3, 1_742_810_400, 2, "Exported posts"),
        timer(3, 4, 3, 1_742_814_000, 1, "Internal only"),
    ];
    db.milestones = vec![
        json!({"id": "1", "name": "Design", "description": "Mockups approved.", "description_visible_to_customer": "1",
               "start_date": "2025-03-10", "due_date": "2025-03-24", "project_id": "1", "color": "#28b8da",
               "milestone_order": "1", "datecreated": "2025-03-10", "hide_from_customer": "0"}),
        json!({"id": "2", "name": "Content migration", "description": "", "description_visible_to_customer": "0",
               "start_date": "2025-03-24", "due_date": "2025-05-15", "project_id": "1", "color": "#84c529",
               "milestone_order": "2", "datecreated": "2025-03-10", "hide_from_customer": "0"}),
        json!({"id": "3", "name": "Internal review", "description": "", "description_visible_to_customer": "0",
               "start_date": "2025-05-15", "due_date": "2025-05-30", "project_id": "1", "color": "#ff6f00",
               "milestone_order": "3", "datecreated": "2025-03-10", "hide_from_customer": "1"}),
    ];
    db.project_files = vec![
        json!({"id": "1", "file_name": "sitemap.pdf", "original_file_name": "sitemap.pdf", "subject": "Sitemap",
               "description": "Agreed page structure.", "filetype": "application/pdf", "dateadded": "2025-03-11 10:00:00",
               "last_activity": null, "project_id": "1", "visible_to_customer": "1", "staffid": "2",
               "contact_id": "0", "external": null, "external_link": null, "thumbnail_link": null}),
        json!({"id": "2", "file_name": "internal-notes.txt", "original_file_name": "internal-notes.txt", "subject": "Notes",
               "description": "", "filetype": "text/plain", "dateadded": "2025-03-12 10:00:00",
               "last_activity": null, "project_id": "1", "visible_to_customer": "0", "staffid": "3",
               "contact_id": "0", "external": null, "external_link": null, "thumbnail_link": null}),
    ];
    db.discussions = vec![
        json!({"id": "1", "project_id": "1", "subject": "Homepage copy review", "description": "Please review the new copy.",
               "show_to_customer": "1", "datecreated": "2025-03-18 13:00:00", "last_activity": "2025-03-19 09:30:00",
               "staff_id": "2", "contact_id": "0", "total_comments": "3"}),
        json!({"id": "2", "project_id": "1", "subject": "Internal estimate check", "description": "",
               "show_to_customer": "0", "datecreated": "2025-03-18 13:05:00", "last_activity": null,
               "staff_id": "3", "contact_id": "0", "total_comments": "0"}),
    ];
    db.subscriptions = vec![json!({
        "id": "1", "name": "Website maintenance", "description": "Monthly updates and backups.",
        "description_in_item": "0", "clientid": "1", "date": "2025-04-01", "terms": "",
        "currency": "1", "tax_id": "0", "stripe_tax_id": null, "tax_id_2": "0", "stripe_tax_id_2": null,
        "stripe_plan_id": "plan_demo_maintenance", "stripe_subscription_id": "", "next_billing_cycle": null,
        "ends_at": null, "status": "active", "quantity": "1", "project_id": "1",
        "hash": super::util::hash32("subscription-1"), "created": "2025-03-28 10:00:00", "created_from": "1",
        "date_subscribed": "2025-04-01 09:00:00", "in_test_environment": "1", "last_sent_at": null
    })];
    db.expenses = vec![json!({
        "id": "1", "category": "1", "currency": "1", "amount": "89.00", "tax": "0", "tax2": "0",
        "reference_no": "PH-2291", "note": "Licensed photos for the homepage.", "expense_name": "Stock photography",
        "clientid": "1", "project_id": "1", "billable": "1", "invoiceid": null, "paymentmode": "1",
        "date": "2025-03-14", "recurring_type": null, "repeat_every": null, "recurring": "0", "cycles": "0",
        "total_cycles": "0", "custom_recurring": "0", "last_recurring_date": null, "create_invoice_billable": "0",
        "send_invoice_to_customer": "0", "recurring_from": null, "dateadded": "2025-03-14 16:20:00",
        "addedfrom": "2", "category_name": "Design assets"
    })];
    db.credit_notes = vec![json!({
        "id": "1", "clientid": "1", "deleted_customer_name": null, "number": "1", "prefix": "CN-",
        "number_format": "1", "datecreated": "2025-04-15 11:00:00", "date": "2025-04-15",
        "adminnote": "", "terms": "", "clientnote": "Goodwill credit for the delayed launch.", "currency": "1",
        "subtotal": "50.00", "total_tax": "0.00", "total": "50.00", "adjustment": "0.00", "addedfrom": "1",
        "status": "1", "project_id": "1", "discount_percent": "0.00", "discount_total": "0.00",
        "discount_type": "", "reference_no": "", "status_name": "Open"
    })];

    // Contracts (the trashed one is hidden from contacts).
    db.contract_types = vec![named("id", 1, "Service Agreement"), named("id", 2, "Service Level Agreement")];
    db.contracts = vec![
        contract(1, 1, 1, "Website relaunch agreement", 1, "2025-03-05", Some("2025-12-31"), "1200.00", false, false),
        contract(2, 1, 0, "Hosting SLA", 2, "2025-04-01", Some("2026-03-31"), "350.00", true, false),
        contract(3, 1, 0, "Superseded agreement", 1, "2024-06-01", Some("2024-12-31"), "0.00", false, true),
        contract(4, 2, 3, "Scanner rollout terms", 1, "2025-02-12", None, "75.00", false, false),
    ];
    db.contract_comments = vec![
        comment(1, "contract_id", 1, "Can clause 4 mention the launch date?", 0, "2025-03-06 09:40:00"),
        comment(2, "contract_id", 1, "Updated, please review.", 1, "2025-03-06 15:10:00"),
    ];

    // Support.
    db.ticket_statuses = vec![
        json!({"ticketstatusid": "1", "name": "Open", "isdefault": "1", "statuscolor": "#ff2d42", "statusorder": "1"}),
        json!({"ticketstatusid": "2", "name": "In progress", "isdefault": "1", "statuscolor": "#84c529", "statusorder": "2"}),
        json!({"ticketstatusid": "3", "name": "Answered", "isdefault": "1", "statuscolor": "#0000ff", "statusorder": "3"}),
        json!({"ticketstatusid": "4", "name": "On Hold", "isdefault": "1", "statuscolor": "#c0c0c0", "statusorder": "4"}),
        json!({"ticketstatusid": "5", "name": "Closed", "isdefault": "1", "statuscolor": "#03a9f4", "statusorder": "5"}),
    ];
    db.departments = vec![
        json!({"departmentid": "1", "name": "Support", "hidefromclient": "0"}),
        json!({"departmentid": "2", "name": "Billing", "hidefromclient": "0"}),
        json!({"departmentid": "3", "name": "Sales", "hidefromclient": "0"}),
        json!({"departmentid": "4", "name": "Internal IT", "hidefromclient": "1"}),
    ];
    db.services = vec![named("serviceid", 1, "Web hosting"), named("serviceid", 2, "Domain names"), named("serviceid", 3, "E-mail")];
    db.priorities = vec![
        named("priorityid", 1, "Low"),
        named("priorityid", 2, "Medium"),
        named("priorityid", 3, "High"),
        named("priorityid", 4, "Urgent"),
    ];
    db.task_priorities = vec![named("id", 1, "Low"), named("id", 2, "Medium"), named("id", 3, "High"), named("id", 4, "Urgent")];
    db.tickets = vec![
        ticket(1, 1, 1, "Cannot sign in to the portal", "<p>Since this morning the portal rejects my password.</p>", 1, 2, 1, 1, 1, None, "2025-04-10 09:30:00", Some("2025-04-10 11:05:00")),
        ticket(2, 1, 1, "Invoice INV-000002 shows the wrong address", "<p>The billing address on the invoice is outdated.</p>", 2, 1, 3, 0, 0, Some(1), "2025-04-03 14:20:00", Some("2025-04-03 16:00:00")),
        ticket(3, 1, 1, "Request for a new mailbox", "<p>Please create a mailbox for our new colleague.</p>", 1, 3, 5, 3, 0, None, "2025-03-15 08:05:00", None),
        ticket(4, 2, 2, "Scanner firmware", "<p>Which firmware version should we install?</p>", 1, 2, 1, 0, 3, None, "2025-02-20 10:00:00", None),
    ];
    db.ticket_replies = vec![
        reply(1, 1, 1, 1, Some(2), "2025-04-10 10:15:00", "<p>We reset your session, please try again.</p>"),
        reply(2, 1, 1, 1, None, "2025-04-10 11:05:00", "<p>Works now, thank you.</p>"),
        reply(3, 2, 1, 1, Some(1), "2025-04-03 16:00:00", "<p>We corrected the address and re-sent the invoice.</p>"),
    ];
    db.ticket_attachments = vec![Attachment {
        row: json!({"id": "1", "ticketid": "2", "replyid": null, "file_name": "invoice-address.png",
                    "filetype": "image/png", "dateadded": "2025-04-03 14:20:00"}),
        data: b"\x89PNG\r\n\x1a\nemulator-sample-image".to_vec(),
    }];

    // Knowledge base: inactive groups, inactive articles and staff articles are never shown;
    // "announcements" has no article, so it answers data null.
    db.kb_groups = vec![
        kb_group(1, "Getting Started", "getting-started", "First steps with the customer portal.", true, "#28b8da"),
        kb_group(2, "Billing", "billing", "Invoices and payments.", true, "#84c529"),
        kb_group(3, "Announcements", "announcements", "", true, "#ff6f00"),
        kb_group(4, "Internal", "internal", "", false, "#000000"),
    ];
    db.kb_articles = vec![
        kb_article(1, 1, "How to sign in", "how-to-sign-in", "<p>Use the e-mail address we have on file.</p>", true, false, "2025-01-10 09:00:00"),
        kb_article(2, 1, "Resetting your password", "resetting-your-password", "<p>Use the forgotten password link.</p>", true, false, "2025-01-10 09:30:00"),
        kb_article(3, 2, "Understanding your invoice", "understanding-your-invoice", "<p>Each line shows quantity and rate.</p>", true, false, "2025-01-12 11:00:00"),
        kb_article(4, 2, "Paying by bank transfer", "paying-by-bank-transfer", "<p>Quote the invoice number as reference.</p>", true, false, "2025-01-12 11:20:00"),
        kb_article(5, 1, "Staff escalation guide", "staff-escalation-guide", "<p>Internal.</p>", true, true, "2025-01-13 08:00:00"),
        kb_article(6, 4, "Internal runbook", "internal-runbook", "<p>Internal.</p>", true, false, "2025-01-13 08:10:00"),
        kb_article(7, 2, "Old payment methods", "old-payment-methods", "<p>Retired.</p>", false, false, "2024-06-01 08:00:00"),
    ];
    db
}
