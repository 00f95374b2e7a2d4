//! Projects: the list, one project with its team and settings.

use tsify::Tsify;

use crate::perfex::table::{table, Shape, Table};

code_enum! {
    /// Where a project stands.
    ProjectStatus { NotStarted = "1", InProgress = "2", OnHold = "3", Finished = "4", Cancelled = "5" }
}

code_enum! {
    /// How a project is billed: a fixed price, the project's hours, or the tasks' hours.
    BillingType { FixedRate = "1", ProjectHours = "2", TaskHours = "3" }
}

record! {
    /// A project, as listed.
    pub struct Project {
        /// The project's id.
        pub id: String = "id" Text,
        /// Its name.
        pub name: String = "name" Text,
        /// Its description, as HTML: untrusted, sanitize before display.
        pub description: String = "description" Text,
        /// Where it stands (absent for a status code this client does not know).
        pub status?: ProjectStatus = "status" Code(ProjectStatus::WORDS),
        /// The status as the installation names it, e.g. "In Progress".
        pub status_name?: String = "status_name" Given,
        /// How it is billed.
        pub billing_type?: BillingType = "billing_type" Code(BillingType::WORDS),
        /// When it starts ("2023-05-12").
        pub start_date: String = "start_date" Text,
        /// When it is due.
        pub deadline?: String = "deadline" Given,
        /// When it was finished.
        pub finished_at?: String = "date_finished" Given,
        /// When it was created.
        pub created_at: String = "project_created" Text,
        /// How far along it is, in percent (0–100).
        pub progress: f64 = "progress" CountOrZero,
        /// Whether the progress is computed from its tasks.
        pub progress_from_tasks: bool = "progress_from_tasks" Flag,
        /// The fixed price, as a decimal string (fixed-rate projects).
        pub cost?: String = "project_cost" Given,
        /// The hourly rate, as a decimal string (projects billed by project hours).
        pub rate_per_hour?: String = "project_rate_per_hour" Given,
        /// The estimated hours, as a decimal string.
        pub estimated_hours?: String = "estimated_hours" Given,
        /// Who created it (a staff member's name).
        pub created_by?: String = "addedfrom_name" Given,
    }
}

record! {
    /// A staff member working on a project.
    pub struct ProjectMember {
        /// The staff member's id (what `createTask` takes in `assignees`).
        pub staff_id: String = "staff_id" Text,
        /// Their name.
        pub name: String = "staff_name" Text,
        /// Their e-mail address.
        pub email?: String = "email" Given,
    }
}

record! {
    /// Which parts of a project its customer can open (each is one `listProject…` method).
    pub struct ProjectFeatures {
        /// The overview page.
        pub overview: bool = "project_overview" Flag,
        /// Tasks (`listProjectTasks`).
        pub tasks: bool = "project_tasks" Flag,
        /// Timesheets (`listProjectTimesheets`).
        pub timesheets: bool = "project_timesheets" Flag,
        /// Milestones (`listProjectMilestones`).
        pub milestones: bool = "project_milestones" Flag,
        /// Files (`listProjectFiles`).
        pub files: bool = "project_files" Flag,
        /// Discussions (`listProjectDiscussions`).
        pub discussions: bool = "project_discussions" Flag,
        /// The Gantt chart.
        pub gantt: bool = "project_gantt" Flag,
        /// Tickets (`listProjectTickets`).
        pub tickets: bool = "project_tickets" Flag,
        /// Contracts (`listProjectContracts`).
        pub contracts: bool = "project_contracts" Flag,
        /// Proposals (`listProjectProposals`).
        pub proposals: bool = "project_proposals" Flag,
        /// Estimates (`listProjectEstimates`).
        pub estimates: bool = "project_estimates" Flag,
        /// Invoices (`listProjectInvoices`).
        pub invoices: bool = "project_invoices" Flag,
        /// Subscriptions (`listProjectSubscriptions`).
        pub subscriptions: bool = "project_subscriptions" Flag,
        /// Expenses (`listProjectExpenses`).
        pub expenses: bool = "project_expenses" Flag,
        /// Credit notes (`listProjectCreditNotes`).
        pub credit_notes: bool = "project_credit_notes" Flag,
        /// Notes.
        pub notes: bool = "project_notes" Flag,
        /// The activity log.
        pub activity: bool = "project_activity" Flag,
    }
}

record! {
    /// What a project lets its customer do.
    pub struct ProjectPermissions {
        /// See its tasks.
        pub view_tasks: bool = "view_tasks" Flag,
        /// Create tasks (`createTask`).
        pub create_tasks: bool = "create_tasks" Flag,
        /// Edit the tasks they created (`updateTask`).
        pub edit_tasks: bool = "edit_tasks" Flag,
        /// Comment on tasks.
        pub comment_on_tasks: bool = "comment_on_tasks" Flag,
        /// See task comments.
        pub view_task_comments: bool = "view_task_comments" Flag,
        /// See task attachments.
        pub view_task_attachments: bool = "view_task_attachments" Flag,
        /// See task checklists.
        pub view_task_checklist_items: bool = "view_task_checklist_items" Flag,
        /// Upload files to tasks.
        pub upload_on_tasks: bool = "upload_on_tasks" Flag,
        /// See the time logged on tasks.
        pub view_task_total_logged_time: bool = "view_task_total_logged_time" Flag,
        /// See the finance overview.
        pub view_finance_overview: bool = "view_finance_overview" Flag,
        /// Upload project files.
        pub upload_files: bool = "upload_files" Flag,
        /// Open discussions.
        pub open_discussions: bool = "open_discussions" Flag,
        /// See milestones.
        pub view_milestones: bool = "view_milestones" Flag,
        /// See the Gantt chart.
        pub view_gantt: bool = "view_gantt" Flag,
        /// See timesheets.
        pub view_timesheets: bool = "view_timesheets" Flag,
        /// See the activity log.
        pub view_activity_log: bool = "view_activity_log" Flag,
        /// See the team members.
        pub view_team_members: bool = "view_team_members" Flag,
    }
}

record! {
    /// A project with its team and what its customer may see and do.
    pub struct ProjectDetail {
        /// The project itself.
        #[serde(flatten)]
        pub project: Project = "" Flatten(Project::COLUMNS),
        /// The staff working on it.
        pub members: Vec<ProjectMember> = "project_members" List(ProjectMember::COLUMNS, 0),
        /// Which parts the customer can open (absent when the server does not say).
        pub features?: ProjectFeatures = "settings.available_features" Nested(ProjectFeatures::COLUMNS),
        /// What the customer may do (absent when the server does not say).
        pub permissions?: ProjectPermissions = "settings" Nested(ProjectPermissions::COLUMNS),
    }
}

/// A list of projects.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct Projects(pub Vec<Project>);

/// A listed project's row: its team is not listed, but a team of the wrong shape fails the
/// answer as it does in `getProject`.
pub const PROJECT_ROWS: &Table = table![
    ("", "", Shape::Flatten(Project::COLUMNS)),
    ("", "project_members", Shape::Checked(ProjectMember::COLUMNS)),
];






#[cfg(test)]
mod tests {
    use super::*;
    use crate::perfex::table::{sample, sample_rows};

    #[test]
    fn a_project_converts_with_its_settings() {
        let p = &sample_rows(include_str!("../../../tests/fixtures/perfex/projects.json"), PROJECT_ROWS)[0];
        assert_eq!((&p["status"], &p["billingType"], &p["progress"]), (&"in_progress".into(), &"task_hours".into(), &0.0.into()));
        assert_eq!((&p["cost"], p.get("estimatedHours")), (&"0.00".into(), None));
        let d = sample(include_str!("../../../tests/fixtures/perfex/project.json"), ProjectDetail::COLUMNS);
        assert_eq!(d["members"].as_array().unwrap().len(), 2);
        assert_eq!(d["members"][0]["name"], "Coty Wehner");
        assert_eq!((&d["features"]["creditNotes"], &d["features"]["gantt"]), (&true.into(), &true.into()));
        assert_eq!((&d["permissions"]["createTasks"], &d["permissions"]["viewTimesheets"]), (&true.into(), &true.into()));
        assert_eq!(d["status"], "in_progress");
    }
}
