//! Projects: the names of their groups (`/projects/id/:id/group/:group`).

/// A project group's name in the path; one per kind of row.
pub mod group {
    pub const TASKS: &str = "tasks";
    pub const TIMESHEETS: &str = "timesheets";
    pub const MILESTONES: &str = "milestones";
    pub const FILES: &str = "files";
    pub const DISCUSSIONS: &str = "discussions";
    pub const PROPOSALS: &str = "proposals";
    pub const ESTIMATES: &str = "estimates";
    pub const INVOICES: &str = "invoices";
    pub const SUBSCRIPTIONS: &str = "subscriptions";
    pub const EXPENSES: &str = "expenses";
    pub const CREDIT_NOTES: &str = "credit_notes";
    pub const TICKETS: &str = "tickets";
    pub const CONTRACTS: &str = "contracts";
    pub const CREATE_TASK_DATA: &str = "create_task_data";
}
