//! Support tickets: counts, open/closed lists, the osTicket-like detail, creation and replies.

use serde_json::{json, Value};

use crate::dates::{datetime, DAY};
use super::util::{self, field, field_any};
use super::{fail, no_rows, page, Attachment, Call, Entry, Erp, Ticket};

/// (dept_id, department, help topic).
const DEPARTMENTS: [(u32, &str, &str); 5] = [
    (1, "Sales", "Sales Enquiry"),
    (2, "Accounts", "Accounts"),
    (3, "Technical Support", "Report a Problem"),
    (4, "Billing", "Billing Enquiry"),
    (5, "Support", "General Support"),
];
const STAFF_AVATAR: &str = "https://avatars.example.com/staff/default.png";
const USER_AVATAR: &str = "https://avatars.example.com/user/default.png";

fn dept(id: u32) -> (&'static str, &'static str) {
    DEPARTMENTS
        .iter()
        .find(|d| d.0 == id)
        .map(|d| (d.1, d.2))
        .unwrap_or(("Support", "General Support"))
}

fn last_updated(t: &Ticket) -> i64 {
    t.entries
        .iter()
        .map(|e| e.created)
        .max()
        .unwrap_or(t.created)
}

/// `ticket_count`.
pub fn ticket_count(erp: &mut Erp, call: &Call) -> Value {
    let Some(c) = erp.own_customer(call) else {
        return no_rows();
    };
    let open = c.tickets.iter().filter(|t| t.open).count();
    json!({
        "status": "true",
        "List": {
            "open_ticket_cnt": open.to_string(),
            "closed_ticket_cnt": (c.tickets.len() - open).to_string(),
            "total_ticket_cnt": c.tickets.len().to_string(),
        },
    })
}

/// `open_ticket` / `closed_ticket`, newest first.
pub fn list(erp: &mut Erp, call: &Call, open: bool) -> Value {
    let Some(c) = erp.own_customer(call) else {
        return no_rows();
    };
    let mut tickets: Vec<&Ticket> = c.tickets.iter().filter(|t| t.open == open).collect();
    tickets.sort_by(|a, b| b.created.cmp(&a.created).then(b.id.cmp(&a.id)));
    let rows = tickets
        .into_iter()
        .map(|t| {
            json!({
                "ticket_id": t.id.to_string(),
                "ticketnumber": t.number,
                "subject": t.subject,
                "dept": dept(t.dept_id).0,
                "dates": datetime(t.created),
                "status": if t.open { "Open" } else { "Closed" },
                "priority": t.priority,
                "last_updated": datetime(last_updated(t)),
            })
        })
        .collect();
    page(rows, if open { "open" } else { "closed" }, call.ed)
}

fn find<'a>(tickets: &'a mut [Ticket], key: &str) -> Option<&'a mut Ticket> {
    let key = key.trim();
    tickets
        .iter_mut()
        .find(|t| t.number == key || t.id.to_string() == key)
}

fn entry_json(t: &Ticket, e: &Entry) -> Value {
    json!({"model": {
        "id": e.id.to_string(),
        "pid": "0",
        "thread_id": t.id.to_string(),
        "type": if e.staff { "R" } else { "M" },
        "poster": e.poster,
        "user_id": if e.staff { "0".to_string() } else { t.id.to_string() },
        "staff_id": if e.staff { t.assigned.as_ref().map(|a| a.0).unwrap_or(12).to_string() } else { "0".to_string() },
        "title": e.title,
        "body": e.body,
        "format": "html",
        "created": datetime(e.created),
        "updated": datetime(e.created),
        "attachments": e.attachments.iter().map(|a| json!({
            "id": a.id.to_string(), "name": a.name, "size": a.size.to_string(), "type": a.content_type,
        })).collect::<Vec<_>>(),
    }})
}

/// `getTicketInfo` (wrapped answer).
pub fn ticket_info(erp: &mut Erp, call: &Call) -> Value {
    let not_found = || json!({"result": {"status": false, "data": {"result_state": "failed", "message": "Ticket not found"}}});
    let Some(key) = field_any(call.ed, &["ticket_id", "ticket_number"]) else {
        return not_found();
    };
    let Some(c) = erp.customers.get_mut(&call.cust) else {
        return not_found();
    };
    let Some(t) = find(&mut c.tickets, &key) else {
        return not_found();
    };
    let t: &Ticket = t;
    let (department, topic) = dept(t.dept_id);
    let last_message = t
        .entries
        .iter()
        .filter(|e| !e.staff)
        .map(|e| e.created)
        .max();
    let last_response = t
        .entries
        .iter()
        .filter(|e| e.staff)
        .map(|e| e.created)
        .max();
    let ts = |v: Option<i64>| v.map(datetime).unwrap_or_default();
    json!({"result": {"status": true, "data": {
        "result_state": "success",
        "staff_avatar": STAFF_AVATAR,
        "user_avatar": USER_AVATAR,
        "ticket": {
            "ticket_id": t.id.to_string(),
            "ticket_number": t.number,
            "subject": t.subject,
            "ticket_status": if t.open { "Open" } else { "Closed" },
            "priority": t.priority,
            "department": department,
            "create_timestamp": datetime(t.created),
            "user_name": t.user_name,
            "user_email": {"name": t.user_name, "address": t.user_email},
            "source": t.source,
            "assigned_to": t.assigned.iter().map(|(id, name)| json!({"id": id.to_string(), "name": name})).collect::<Vec<_>>(),
            "due_timestamp": ts(t.due),
            "close_timestamp": ts(t.closed),
            "help_topic": topic,
            "last_message_timestamp": ts(last_message),
            "last_response_timestamp": ts(last_response),
            "thread_entries": t.entries.iter().map(|e| entry_json(t, e)).collect::<Vec<_>>(),
        },
    }}})
}

fn attachments(erp: &mut Erp, call: &Call) -> Vec<Attachment> {
    call.files
        .iter()
        .map(|f| Attachment {
            id: erp.next_id(),
            name: f.name.clone(),
            size: f.size,
            content_type: f.content_type.clone(),
        })
        .collect()
}

/// `create_ticket` (JSON or multipart with `attachment[i]` files).
pub fn create_ticket(erp: &mut Erp, call: &Call) -> Value {
    if let Some(who) = field(call.ed, "custs_id") {
        if util::customer_id(&who) != Some(call.cust) {
            return fail("Invalid customer");
        }
    }
    let Some(subject) = field_any(call.ed, &["ss", "subject"]) else {
        return fail("Subject is required");
    };
    let Some(message) = field(call.ed, "message") else {
        return fail("Message is required");
    };
    let dept_id = match field(call.ed, "dept_id") {
        None => 5,
        Some(d) => match d
            .parse::<u32>()
            .ok()
            .filter(|d| DEPARTMENTS.iter().any(|x| x.0 == *d))
        {
            Some(d) => d,
            None => return fail("Invalid department"),
        },
    };
    let id = erp.next_id();
    let entry_id = erp.next_id();
    let files = attachments(erp, call);
    let count = files.len();
    let Some(c) = erp.customers.get_mut(&call.cust) else {
        return fail("Invalid customer");
    };
    let user_name = field(call.ed, "name").unwrap_or_else(|| c.name.clone());
    let user_email = field(call.ed, "email").unwrap_or_else(|| c.email.clone());
    let number = (480_000 + id).to_string();
    c.tickets.push(Ticket {
        id,
        number: number.clone(),
        subject: subject.clone(),
        dept_id,
        open: true,
        priority: "Normal".into(),
        source: "Web".into(),
        created: call.now,
        due: Some(call.now.saturating_add(3 * DAY)),
        closed: None,
        assigned: None,
        user_name: user_name.clone(),
        user_email,
        entries: vec![Entry {
            id: entry_id,
            staff: false,
            poster: user_name,
            created: call.now,
            title: subject,
            body: message,
            attachments: files,
        }],
    });
    json!({
        "status": "true",
        "message": "Ticket created",
        "ticket_id": id.to_string(),
        "ticketnumber": number,
        "attachments": count.to_string(),
    })
}

/// `reply_ticket`: adds a user message (and reopens a closed ticket).
pub fn reply_ticket(erp: &mut Erp, call: &Call) -> Value {
    let Some(key) = field_any(call.ed, &["ticket_number", "ticket_id"]) else {
        return fail("ticket_number is required");
    };
    let Some(message) = field(call.ed, "message") else {
        return fail("Message is required");
    };
    let entry_id = erp.next_id();
    let files = attachments(erp, call);
    let Some(c) = erp.customers.get_mut(&call.cust) else {
        return fail("Ticket not found");
    };
    let default_name = c.name.clone();
    let Some(t) = find(&mut c.tickets, &key) else {
        return fail("Ticket not found");
    };
    t.open = true;
    t.closed = None;
    let title = format!("Re: {}", t.subject);
    t.entries.push(Entry {
        id: entry_id,
        staff: false,
        poster: field(call.ed, "name").unwrap_or(default_name),
        created: call.now,
        title,
        body: message,
        attachments: files,
    });
    json!({"status": "true", "message": "Reply posted", "entry_id": entry_id.to_string()})
}
