//! The tables of one emulated Perfex installation. Rows are JSON objects with the column names and
//! string-typed values of the real MySQL tables, so answers can be built the way the module's
//! PHP builds them (rows merged with joined rows).

use serde_json::Value;

use super::util::{n, s};

/// A contact permission (Perfex `contact_permissions`); the ids double as client menu ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Perm {
    Invoices,
    Estimates,
    Contracts,
    Proposals,
    Support,
    Projects,
}

impl Perm {
    pub(super) const ALL: [Perm; 6] =
        [Perm::Invoices, Perm::Estimates, Perm::Contracts, Perm::Proposals, Perm::Support, Perm::Projects];

    /// (id, name, short_name) as the client menu lists it.
    pub(super) fn menu(self) -> (u64, &'static str, &'static str) {
        match self {
            Perm::Invoices => (1, "Invoices", "invoices"),
            Perm::Estimates => (2, "Estimates", "estimates"),
            Perm::Contracts => (3, "Contracts", "contracts"),
            Perm::Proposals => (4, "Proposals", "proposals"),
            Perm::Support => (5, "Support", "support"),
            Perm::Projects => (6, "Projects", "projects"),
        }
    }
}

/// A customer contact (tblcontacts) with its login and permissions.
#[derive(Debug, Clone)]
pub(super) struct Contact {
    pub id: u64,
    pub client_id: u64,
    pub email: String,
    pub password: String,
    pub firstname: String,
    pub lastname: String,
    pub title: String,
    pub active: bool,
    pub is_primary: bool,
    pub perms: Vec<Perm>,
}

impl Contact {
    pub(super) fn full_name(&self) -> String {
        format!("{} {}", self.firstname, self.lastname)
    }
}

/// A project (tblprojects) with its customer-facing settings and its members (staff ids).
#[derive(Debug, Clone)]
pub(super) struct Project {
    pub row: Value,
    pub settings: Value,
    pub members: Vec<u64>,
}

/// A ticket attachment (tblticket_attachments) with the uploaded bytes.
#[derive(Debug, Clone)]
pub(super) struct Attachment {
    pub row: Value,
    pub data: Vec<u8>,
}

/// Every table the emulation uses.
#[derive(Debug, Clone, Default)]
pub(super) struct Db {
    pub clients: Vec<Value>,
    pub contacts: Vec<Contact>,
    pub staff: Vec<Value>,
    pub currencies: Vec<Value>,
    pub itemable: Vec<Value>,
    pub estimates: Vec<Value>,
    pub proposals: Vec<Value>,
    pub proposal_comments: Vec<Value>,
    pub invoices: Vec<Value>,
    pub payments: Vec<Value>,
    pub projects: Vec<Project>,
    pub tasks: Vec<Value>,
    pub task_assigned: Vec<Value>,
    pub timers: Vec<Value>,
    pub milestones: Vec<Value>,
    pub project_files: Vec<Value>,
    pub discussions: Vec<Value>,
    pub subscriptions: Vec<Value>,
    pub expenses: Vec<Value>,
    pub credit_notes: Vec<Value>,
    pub contracts: Vec<Value>,
    pub contract_types: Vec<Value>,
    pub contract_comments: Vec<Value>,
    pub tickets: Vec<Value>,
    pub ticket_replies: Vec<Value>,
    pub ticket_attachments: Vec<Attachment>,
    pub ticket_statuses: Vec<Value>,
    pub departments: Vec<Value>,
    pub services: Vec<Value>,
    pub priorities: Vec<Value>,
    pub task_priorities: Vec<Value>,
    pub kb_groups: Vec<Value>,
    pub kb_articles: Vec<Value>,
}

/// The row whose `key` column equals `id`.
pub(super) fn by_id<'a>(rows: &'a [Value], key: &str, id: u64) -> Option<&'a Value> {
    rows.iter().find(|r| n(r, key) == id)
}

/// The next free id of a table (max + 1).
pub(super) fn next_id<'a>(rows: impl Iterator<Item = &'a Value>, key: &str) -> u64 {
    rows.map(|r| n(r, key)).max().unwrap_or(0) + 1
}

impl Db {
    pub(super) fn contact(&self, id: u64) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.id == id)
    }

    pub(super) fn client(&self, id: u64) -> Option<&Value> {
        by_id(&self.clients, "userid", id)
    }

    pub(super) fn project(&self, id: u64) -> Option<&Project> {
        self.projects.iter().find(|p| n(&p.row, "id") == id)
    }

    pub(super) fn staff_row(&self, id: u64) -> Option<&Value> {
        by_id(&self.staff, "staffid", id)
    }

    /// "Firstname Lastname" of a staff member ("" when unknown).
    pub(super) fn staff_name(&self, id: u64) -> String {
        self.staff_row(id)
            .map(|r| format!("{} {}", s(r, "firstname"), s(r, "lastname")))
            .unwrap_or_default()
    }
}
