//! Projects: the list, one project with its team and settings.

use tsify::Tsify;

use super::{count, opt};
use crate::perfex::wire;

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
        pub id: String,
        /// Its name.
        pub name: String,
        /// Its description, as HTML: untrusted, sanitize before display.
        pub description: String,
        /// Where it stands (absent for a status code this client does not know).
        pub status?: ProjectStatus,
        /// The status as the installation names it, e.g. "In Progress".
        pub status_name?: String,
        /// How it is billed.
        pub billing_type?: BillingType,
        /// When it starts ("2023-05-12").
        pub start_date: String,
        /// When it is due.
        pub deadline?: String,
        /// When it was finished.
        pub finished_at?: String,
        /// When it was created.
        pub created_at: String,
        /// How far along it is, in percent (0–100).
        pub progress: f64,
        /// Whether the progress is computed from its tasks.
        pub progress_from_tasks: bool,
        /// The fixed price, as a decimal string (fixed-rate projects).
        pub cost?: String,
        /// The hourly rate, as a decimal string (projects billed by project hours).
        pub rate_per_hour?: String,
        /// The estimated hours, as a decimal string.
        pub estimated_hours?: String,
        /// Who created it (a staff member's name).
        pub created_by?: String,
    }
}

record! {
    /// A staff member working on a project.
    pub struct ProjectMember {
        /// The staff member's id (what `createTask` takes in `assignees`).
        pub staff_id: String,
        /// Their name.
        pub name: String,
        /// Their e-mail address.
        pub email?: String,
    }
}

record! {
    /// Which parts of a project its customer can open (each is one `listProject…` method).
    pub struct ProjectFeatures {
        /// The overview page.
        pub overview: bool,
        /// Tasks (`listProjectTasks`).
        pub tasks: bool,
        /// Timesheets (`listProjectTimesheets`).
        pub timesheets: bool,
        /// Milestones (`listProjectMilestones`).
        pub milestones: bool,
        /// Files (`listProjectFiles`).
        pub files: bool,
        /// Discussions (`listProjectDiscussions`).
        pub discussions: bool,
        /// The Gantt chart.
        pub gantt: bool,
        /// Tickets (`listProjectTickets`).
        pub tickets: bool,
        /// Contracts (`listProjectContracts`).
        pub contracts: bool,
        /// Proposals (`listProjectProposals`).
        pub proposals: bool,
        /// Estimates (`listProjectEstimates`).
        pub estimates: bool,
        /// Invoices (`listProjectInvoices`).
        pub invoices: bool,
        /// Subscriptions (`listProjectSubscriptions`).
        pub subscriptions: bool,
        /// Expenses (`listProjectExpenses`).
        pub expenses: bool,
        /// Credit notes (`listProjectCreditNotes`).
        pub credit_notes: bool,
        /// Notes.
        pub notes: bool,
        /// The activity log.
        pub activity: bool,
    }
}

record! {
    /// What a project lets its customer do.
    pub struct ProjectPermissions {
        /// See its tasks.
        pub view_tasks: bool,
        /// Create tasks (`createTask`).
        pub create_tasks: bool,
        /// Edit the tasks they created (`updateTask`).
        pub edit_tasks: bool,
        /// Comment on tasks.
        pub comment_on_tasks: bool,
        /// See task comments.
        pub view_task_comments: bool,
        /// See task attachments.
        pub view_task_attachments: bool,
        /// See task checklists.
        pub view_task_checklist_items: bool,
        /// Upload files to tasks.
        pub upload_on_tasks: bool,
        /// See the time logged on tasks.
        pub view_task_total_logged_time: bool,
        /// See the finance overview.
        pub view_finance_overview: bool,
        /// Upload project files.
        pub upload_files: bool,
        /// Open discussions.
        pub open_discussions: bool,
        /// See milestones.
        pub view_milestones: bool,
        /// See the Gantt chart.
        pub view_gantt: bool,
        /// See timesheets.
        pub view_timesheets: bool,
        /// See the activity log.
        pub view_activity_log: bool,
        /// See the team members.
        pub view_team_members: bool,
    }
}

record! {
    /// A project with its team and what its customer may see and do.
    pub struct ProjectDetail {
        /// The project itself.
        #[serde(flatten)]
        pub project: Project,
        /// The staff working on it.
        pub members: Vec<ProjectMember>,
        /// Which parts the customer can open (absent when the server does not say).
        pub features?: ProjectFeatures,
        /// What the customer may do (absent when the server does not say).
        pub permissions?: ProjectPermissions,
    }
}

/// A list of projects.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct Projects(pub Vec<Project>);

impl From<&wire::Project> for Project {
    fn from(w: &wire::Project) -> Project {
        Project {
            id: w.id.or_empty(),
            name: w.name.or_empty(),
            description: w.description.or_empty(),
            status: ProjectStatus::from_code(&w.status),
            status_name: opt(&w.status_name),
            billing_type: BillingType::from_code(&w.billing_type),
            start_date: w.start_date.or_empty(),
            deadline: opt(&w.deadline),
            finished_at: opt(&w.date_finished),
            created_at: w.project_created.or_empty(),
            progress: count(&w.progress).unwrap_or(0.0),
            progress_from_tasks: w.progress_from_tasks.or_false(),
            cost: opt(&w.project_cost),
            rate_per_hour: opt(&w.project_rate_per_hour),
            estimated_hours: opt(&w.estimated_hours),
            created_by: opt(&w.addedfrom_name),
        }
    }
}

impl From<&wire::ProjectMember> for ProjectMember {
    fn from(w: &wire::ProjectMember) -> ProjectMember {
        ProjectMember { staff_id: w.staff_id.or_empty(), name: w.staff_name.or_empty(), email: opt(&w.email) }
    }
}

impl From<&wire::ProjectFeatures> for ProjectFeatures {
    fn from(w: &wire::ProjectFeatures) -> ProjectFeatures {
        ProjectFeatures {
            overview: w.project_overview.or_false(),
            tasks: w.project_tasks.or_false(),
            timesheets: w.project_timesheets.or_false(),
            milestones: w.project_milestones.or_false(),
            files: w.project_files.or_false(),
            discussions: w.project_discussions.or_false(),
            gantt: w.project_gantt.or_false(),
            tickets: w.project_tickets.or_false(),
            contracts: w.project_contracts.or_false(),
            proposals: w.project_proposals.or_false(),
            estimates: w.project_estimates.or_false(),
            invoices: w.project_invoices.or_false(),
            subscriptions: w.project_subscriptions.or_false(),
            expenses: w.project_expenses.or_false(),
            credit_notes: w.project_credit_notes.or_false(),
            notes: w.project_notes.or_false(),
            activity: w.project_activity.or_false(),
        }
    }
}

impl From<&wire::ProjectSettings> for ProjectPermissions {
    fn from(w: &wire::ProjectSettings) -> ProjectPermissions {
        ProjectPermissions {
            view_tasks: w.view_tasks.or_false(),
            create_tasks: w.create_tasks.or_false(),
            edit_tasks: w.edit_tasks.or_false(),
            comment_on_tasks: w.comment_on_tasks.or_false(),
            view_task_comments: w.view_task_comments.or_false(),
            view_task_attachments: w.view_task_attachments.or_false(),
            view_task_checklist_items: w.view_task_checklist_items.or_false(),
            upload_on_tasks: w.upload_on_tasks.or_false(),
            view_task_total_logged_time: w.view_task_total_logged_time.or_false(),
            view_finance_overview: w.view_finance_overview.or_false(),
            upload_files: w.upload_files.or_false(),
            open_discussions: w.open_discussions.or_false(),
            view_milestones: w.view_milestones.or_false(),
            view_gantt: w.view_gantt.or_false(),
            view_timesheets: w.view_timesheets.or_false(),
            view_activity_log: w.view_activity_log.or_false(),
            view_team_members: w.view_team_members.or_false(),
        }
    }
}

impl From<&wire::Project> for ProjectDetail {
    fn from(w: &wire::Project) -> ProjectDetail {
        let settings = w.settings.0.as_ref();
        ProjectDetail {
            project: Project::from(w),
            members: w.project_members.0.iter().map(ProjectMember::from).collect(),
            features: settings.and_then(|s| s.available_features.0.as_ref()).map(ProjectFeatures::from),
            permissions: settings.map(ProjectPermissions::from),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perfex::types::ToJson;
    use crate::core::lenient::List;
    use crate::perfex::wire::sample;
    #[test]
    fn a_project_converts_with_its_settings() {
        let rows: List<wire::Project> = sample(include_str!("../../../tests/fixtures/perfex/projects.json"));
        let p = Project::from(&rows.0[0]);
        assert_eq!((p.status, p.billing_type, p.progress), (Some(ProjectStatus::InProgress), Some(BillingType::TaskHours), 0.0));
        assert_eq!((p.cost.as_deref(), p.estimated_hours.as_deref()), (Some("0.00"), None));
        let d = ProjectDetail::from(&sample::<wire::Project>(include_str!("../../../tests/fixtures/perfex/project.json")));
        assert_eq!(d.members.len(), 2);
        assert_eq!(d.members[0].name, "Coty Wehner");
        assert!(d.features.as_ref().is_some_and(|f| f.credit_notes && f.gantt));
        assert!(d.permissions.as_ref().is_some_and(|p| p.create_tasks && p.view_timesheets));
        let v = d.to_json();
        assert_eq!(v["features"]["creditNotes"], true);
        assert_eq!(v["status"], "in_progress");
    }
}
