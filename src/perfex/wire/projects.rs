//! Projects, their groups (`/projects/id/:id/group/:group`) and tasks: the rows the server
//! sends and the fields it reads.


use super::wire_row;
use super::{IdName, Maybe};
use crate::core::lenient::{Count, Flag, List, Text};

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

wire_row! {
    /// A project row (list rows carry the client's columns too; detail adds settings and members).
    pub struct Project {
        pub id: Text,
        pub name: Text,
        pub description: Text,
        pub status: Text,
        pub status_name: Text,
        pub billing_type: Text,
        pub start_date: Text,
        pub deadline: Text,
        pub project_created: Text,
        pub date_finished: Text,
        pub progress: Count,
        pub progress_from_tasks: Flag,
        pub project_cost: Text,
        pub project_rate_per_hour: Text,
        pub estimated_hours: Text,
        pub addedfrom_name: Text,
        pub settings: Maybe<ProjectSettings>,
        pub project_members: List<ProjectMember>,
    }
}

wire_row! {
    /// What a project lets its customer see and do.
    pub struct ProjectSettings {
        pub available_features: Maybe<ProjectFeatures>,
        pub view_tasks: Flag,
        pub create_tasks: Flag,
        pub edit_tasks: Flag,
        pub comment_on_tasks: Flag,
        pub view_task_comments: Flag,
        pub view_task_attachments: Flag,
        pub view_task_checklist_items: Flag,
        pub upload_on_tasks: Flag,
        pub view_task_total_logged_time: Flag,
        pub view_finance_overview: Flag,
        pub upload_files: Flag,
        pub open_discussions: Flag,
        pub view_milestones: Flag,
        pub view_gantt: Flag,
        pub view_timesheets: Flag,
        pub view_activity_log: Flag,
        pub view_team_members: Flag,
    }
}

wire_row! {
    /// The project's tabs that are switched on (`1`/`0` numbers on the wire).
    pub struct ProjectFeatures {
        pub project_overview: Flag,
        pub project_tasks: Flag,
        pub project_timesheets: Flag,
        pub project_milestones: Flag,
        pub project_files: Flag,
        pub project_discussions: Flag,
        pub project_gantt: Flag,
        pub project_tickets: Flag,
        pub project_contracts: Flag,
        pub project_proposals: Flag,
        pub project_estimates: Flag,
        pub project_invoices: Flag,
        pub project_subscriptions: Flag,
        pub project_expenses: Flag,
        pub project_credit_notes: Flag,
        pub project_notes: Flag,
        pub project_activity: Flag,
    }
}

wire_row! {
    /// A staff member working on a project.
    pub struct ProjectMember {
        pub staff_id: Text,
        pub staff_name: Text,
        pub email: Text,
    }
}

wire_row! {
    /// A task row of the `tasks` group.
    pub struct Task {
        pub id: Text,
        pub name: Text,
        pub description: Text,
        pub priority: Text,
        pub status: Text,
        pub status_name: Text,
        pub dateadded: Text,
        pub startdate: Text,
        pub duedate: Text,
        pub datefinished: Text,
        pub addedfrom: Text,
        pub is_added_from_contact: Flag,
        pub addedfrom_name: Text,
        pub billable: Flag,
        pub billed: Flag,
        pub hourly_rate: Text,
        pub milestone: Text,
        pub milestone_name: Text,
        pub total_logged_time: Count,
        pub recurring: Flag,
        pub assignees: List<TaskAssignee>,
    }
}

wire_row! {
    /// A staff member assigned to a task.
    pub struct TaskAssignee {
        pub assigneeid: Text,
        pub full_name: Text,
        pub firstname: Text,
        pub lastname: Text,
        pub is_assigned_from_contact: Flag,
    }
}

wire_row! {
    /// A time-tracking entry of the `timesheets` group (times are unix seconds).
    pub struct Timesheet {
        pub id: Text,
        pub task_id: Text,
        pub task_name: Text,
        pub staff_id: Text,
        pub staff_name: Text,
        pub start_time: Count,
        pub end_time: Count,
        pub total_spent: Count,
        pub hourly_rate: Text,
        pub note: Text,
    }
}

wire_row! {
    /// A row of the `milestones` group.
    pub struct Milestone {
        pub id: Text,
        pub name: Text,
        pub description: Text,
        pub description_visible_to_customer: Flag,
        pub start_date: Text,
        pub due_date: Text,
        pub color: Text,
        pub milestone_order: Count,
        pub total_tasks: Count,
        pub total_finished_tasks: Count,
    }
}

wire_row! {
    /// A row of the `files` group.
    pub struct ProjectFile {
        pub id: Text,
        pub file_name: Text,
        pub original_file_name: Text,
        pub subject: Text,
        pub description: Text,
        pub filetype: Text,
        pub dateadded: Text,
        pub last_activity: Text,
        pub external_link: Text,
    }
}

wire_row! {
    /// A row of the `discussions` group.
    pub struct Discussion {
        pub id: Text,
        pub subject: Text,
        pub description: Text,
        pub datecreated: Text,
        pub last_activity: Text,
        pub total_comments: Count,
    }
}

wire_row! {
    /// A row of the `subscriptions` group (`next_billing_cycle` is unix seconds).
    pub struct Subscription {
        pub id: Text,
        pub name: Text,
        pub description: Text,
        pub date: Text,
        pub status: Text,
        pub quantity: Count,
        pub next_billing_cycle: Count,
        pub ends_at: Count,
        pub created: Text,
        pub date_subscribed: Text,
    }
}

wire_row! {
    /// A row of the `expenses` group.
    pub struct Expense {
        pub id: Text,
        pub expense_name: Text,
        pub category: Text,
        pub category_name: Text,
        pub amount: Text,
        pub date: Text,
        pub note: Text,
        pub reference_no: Text,
        pub billable: Flag,
        pub invoiceid: Text,
        pub dateadded: Text,
    }
}

wire_row! {
    /// A row of the `credit_notes` group.
    pub struct CreditNote {
        pub id: Text,
        pub number: Text,
        pub prefix: Text,
        pub date: Text,
        pub status: Text,
        pub status_name: Text,
        pub amounts: super::Amounts = flatten,
        pub clientnote: Text,
        pub terms: Text,
        pub reference_no: Text,
        pub datecreated: Text,
    }
}

wire_row! {
    /// The `create_task_data` group: what a new task may refer to.
    pub struct CreateTaskData {
        pub priorities: List<IdName>,
        pub milestones: List<IdName>,
        pub project_members: List<ProjectMember>,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use super::super::sample;

    #[test]
    fn the_project_samples_decode() {
        let rows: List<Project> = sample(include_str!("../../../tests/fixtures/perfex/projects.json"));
        assert_eq!((rows.0[0].status_name.or_empty(), rows.0[0].progress.0), ("In Progress".into(), Some(0)));
        let p: Project = sample(include_str!("../../../tests/fixtures/perfex/project.json"));
        assert_eq!(p.project_members.0.len(), 2);
        let settings = p.settings.0.unwrap();
        assert_eq!(settings.view_milestones.0, Some(true));
        assert_eq!(settings.available_features.0.unwrap().project_credit_notes.0, Some(true));
    }

    #[test]
    fn the_project_tasks_sample_decodes() {
        let rows: List<Task> = sample(include_str!("../../../tests/fixtures/perfex/project_tasks.json"));
        assert_eq!(rows.0.len(), 2);
        let t = &rows.0[1];
        assert_eq!((t.is_added_from_contact.0, t.assignees.0.len()), (Some(true), 2));
        assert_eq!(t.assignees.0[0].full_name.or_empty(), "Alford Jakubowski");
        assert_eq!(rows.0[0].hourly_rate.or_empty(), "25.00");
        assert_eq!(rows.0[0].total_logged_time.0, None);
    }
}
