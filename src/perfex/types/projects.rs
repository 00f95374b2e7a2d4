//! Projects, what each project groups (tasks, timesheets, milestones, files, ...), and the
//! task inputs, as the caller sees them.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::{id_opt, money, named, opt, Amounts, IdInput, Named};
use crate::perfex::wire;

code_enum! {
    /// Where a project stands.
    ProjectStatus { NotStarted = "1", InProgress = "2", OnHold = "3", Finished = "4", Cancelled = "5" }
}

code_enum! {
    /// How a project is billed: a fixed price, the project's hours, or the tasks' hours.
    BillingType { FixedRate = "1", ProjectHours = "2", TaskHours = "3" }
}

code_enum! {
    /// Where a task stands.
    TaskStatus { NotStarted = "1", AwaitingFeedback = "2", Testing = "3", InProgress = "4", Complete = "5" }
}

code_enum! {
    /// How urgent a task is.
    TaskPriority { Low = "1", Medium = "2", High = "3", Urgent = "4" }
}

code_enum! {
    /// Where a credit note stands.
    CreditNoteStatus { Open = "1", Closed = "2", Void = "3" }
}

/// A project, as listed.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Project {
    /// The project's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its description, as HTML: untrusted, sanitize before display.
    pub description: String,
    /// Where it stands (absent for a status code this client does not know).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub status: Option<ProjectStatus>,
    /// The status as the installation names it, e.g. "In Progress".
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub status_name: Option<String>,
    /// How it is billed.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub billing_type: Option<BillingType>,
    /// When it starts ("2023-05-12").
    pub start_date: String,
    /// When it is due.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub deadline: Option<String>,
    /// When it was finished.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub finished_at: Option<String>,
    /// When it was created.
    pub created_at: String,
    /// How far along it is, in percent (0–100).
    pub progress: f64,
    /// Whether the progress is computed from its tasks.
    pub progress_from_tasks: bool,
    /// The fixed price, as a decimal string (fixed-rate projects).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub cost: Option<String>,
    /// The hourly rate, as a decimal string (projects billed by project hours).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub rate_per_hour: Option<String>,
    /// The estimated hours, as a decimal string.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub estimated_hours: Option<String>,
    /// Who created it (a staff member's name).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub created_by: Option<String>,
}

/// A staff member working on a project.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectMember {
    /// The staff member's id (what `createTask` takes in `assignees`).
    pub staff_id: String,
    /// Their name.
    pub name: String,
    /// Their e-mail address.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub email: Option<String>,
}

/// Which parts of a project its customer can open (each is one `listProject…` method).
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
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

/// What a project lets its customer do.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
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

/// A project with its team and what its customer may see and do.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectDetail {
    /// The project itself.
    #[serde(flatten)]
    pub project: Project,
    /// The staff working on it.
    pub members: Vec<ProjectMember>,
    /// Which parts the customer can open (absent when the server does not say).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub features: Option<ProjectFeatures>,
    /// What the customer may do (absent when the server does not say).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub permissions: Option<ProjectPermissions>,
}

/// A staff member assigned to a task.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskAssignee {
    /// The staff member's id.
    pub staff_id: String,
    /// Their name.
    pub name: String,
    /// Whether a customer contact made this assignment.
    pub assigned_by_contact: bool,
}

/// A task of a project.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Task {
    /// The task's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its description, as HTML: untrusted, sanitize before display.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub description: Option<String>,
    /// How urgent it is (absent for a priority code this client does not know).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub priority: Option<TaskPriority>,
    /// Where it stands (absent for a status code this client does not know).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub status: Option<TaskStatus>,
    /// The status as the installation names it, e.g. "In Progress".
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub status_name: Option<String>,
    /// When work starts ("2023-05-12").
    pub start_date: String,
    /// When it is due.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub due_date: Option<String>,
    /// When it was finished.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub finished_at: Option<String>,
    /// When it was created.
    pub created_at: String,
    /// Whether a customer contact created it (contacts may edit only the tasks they created).
    pub created_by_contact: bool,
    /// The id of its creator: a contact's id when `createdByContact`, else a staff member's.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub created_by_id: Option<String>,
    /// Its creator's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub created_by: Option<String>,
    /// Whether its time is billable.
    pub billable: bool,
    /// Whether it has been billed.
    pub billed: bool,
    /// The hourly rate, as a decimal string.
    pub hourly_rate: String,
    /// The milestone it belongs to, if one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub milestone: Option<Named>,
    /// Time logged on it, in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub logged_seconds: Option<f64>,
    /// Whether it repeats.
    pub recurring: bool,
    /// Who works on it.
    pub assignees: Vec<TaskAssignee>,
}

/// Time someone spent on a task of the project.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Timesheet {
    /// The entry's id.
    pub id: String,
    /// The task the time was spent on.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub task: Option<Named>,
    /// Who spent it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub staff: Option<Named>,
    /// When the timer started (unix time in seconds, as the server keeps it).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub start_time: Option<f64>,
    /// When it stopped (unix seconds); absent while it runs.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub end_time: Option<f64>,
    /// How long it ran, in seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub duration_seconds: Option<f64>,
    /// The hourly rate, as a decimal string.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub hourly_rate: Option<String>,
    /// What was done.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub note: Option<String>,
}

/// A milestone of a project.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Milestone {
    /// The milestone's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its description (only when staff made it visible to customers).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub description: Option<String>,
    /// When it starts.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub start_date: Option<String>,
    /// When it is due.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub due_date: Option<String>,
    /// The colour the portal shows it in, e.g. "#28b8da".
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub color: Option<String>,
    /// Its position among the milestones.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub order: Option<f64>,
    /// How many tasks it has.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub task_count: Option<f64>,
    /// How many of them are complete.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub finished_task_count: Option<f64>,
}

/// A file shared in a project.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectFile {
    /// The file's id.
    pub id: String,
    /// Its stored name.
    pub file_name: String,
    /// The name it was uploaded with.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub original_file_name: Option<String>,
    /// Its subject.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub subject: Option<String>,
    /// Its description.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub description: Option<String>,
    /// Its MIME type.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub file_type: Option<String>,
    /// When it was added.
    pub uploaded_at: String,
    /// When it last saw activity.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub last_activity: Option<String>,
    /// Where it lives, for a file linked from outside (e.g. a cloud drive).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub external_link: Option<String>,
}

/// A discussion in a project.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectDiscussion {
    /// The discussion's id.
    pub id: String,
    /// Its subject.
    pub subject: String,
    /// Its opening text.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub description: Option<String>,
    /// When it was opened.
    pub created_at: String,
    /// When it last saw activity.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub last_activity: Option<String>,
    /// How many comments it has, when the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub comment_count: Option<f64>,
}

/// A subscription billed within a project.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Subscription {
    /// The subscription's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its description.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub description: Option<String>,
    /// Its first billing date.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub date: Option<String>,
    /// The payment provider's status, e.g. "active" or "past_due".
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub status: Option<String>,
    /// How many units are billed.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub quantity: Option<f64>,
    /// When it is billed next (unix time in seconds).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub next_billing_time: Option<f64>,
    /// When it ends (unix time in seconds), if it does.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub end_time: Option<f64>,
    /// When it was created.
    pub created_at: String,
    /// When the customer subscribed.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub subscribed_at: Option<String>,
}

/// An expense recorded against a project.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Expense {
    /// The expense's id.
    pub id: String,
    /// Its name.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub name: Option<String>,
    /// Its category.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub category: Option<Named>,
    /// The amount, as a decimal string.
    pub amount: String,
    /// When it was spent.
    pub date: String,
    /// A note about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub note: Option<String>,
    /// The receipt's reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub reference: Option<String>,
    /// Whether it is billed to the customer.
    pub billable: bool,
    /// The invoice it was billed on, if it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub invoice_id: Option<String>,
    /// When it was recorded.
    pub created_at: String,
}

/// A credit note of a project.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CreditNote {
    /// The credit note's id.
    pub id: String,
    /// Its number (without prefix).
    pub number: String,
    /// The number's prefix, e.g. "CN-".
    pub prefix: String,
    /// Its date.
    pub date: String,
    /// Where it stands (absent for a status code this client does not know).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub status: Option<CreditNoteStatus>,
    /// The status as the installation names it, e.g. "Open".
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub status_name: Option<String>,
    /// Totals and currency.
    #[serde(flatten)]
    pub amounts: Amounts,
    /// The note written for the customer.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub client_note: Option<String>,
    /// Terms and conditions.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub terms: Option<String>,
    /// The customer's reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub reference: Option<String>,
    /// When it was created.
    pub created_at: String,
}

/// A priority a new task may have, with the installation's name for it.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskPriorityOption {
    /// The value `createTask` takes.
    pub priority: TaskPriority,
    /// Its display name, e.g. "Medium".
    pub name: String,
}

/// What a new task in a project may refer to.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewTaskOptions {
    /// The priorities to choose from.
    pub priorities: Vec<TaskPriorityOption>,
    /// The project's milestones.
    pub milestones: Vec<Named>,
    /// The staff who may be assigned (`assignees` takes their `staffId`).
    pub members: Vec<ProjectMember>,
}

/// A new task, for `createTask`.
#[derive(Tsify, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewTask {
    /// Its name.
    pub name: String,
    /// When work starts, as "YYYY-MM-DD".
    pub start_date: String,
    /// When it is due, as "YYYY-MM-DD".
    #[serde(default)]
    #[tsify(optional)]
    pub due_date: Option<String>,
    /// How urgent it is (the server's default when left out).
    #[serde(default)]
    #[tsify(optional)]
    pub priority: Option<TaskPriority>,
    /// Its description.
    #[serde(default)]
    #[tsify(optional)]
    pub description: Option<String>,
    /// Staff to assign (their `staffId`, from `getNewTaskOptions` or `getProject`); the
    /// server ignores people who are not members of the project.
    #[serde(default)]
    #[tsify(optional, type = "(string | number)[]")]
    pub assignees: Option<Vec<IdInput>>,
}

/// Changes to a task, for `updateTask`; fields left out stay as they are.
#[derive(Tsify, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TaskChanges {
    /// A new name.
    #[serde(default)]
    #[tsify(optional)]
    pub name: Option<String>,
    /// A new start date, as "YYYY-MM-DD".
    #[serde(default)]
    #[tsify(optional)]
    pub start_date: Option<String>,
    /// A new due date, as "YYYY-MM-DD"; `""` removes it.
    #[serde(default)]
    #[tsify(optional)]
    pub due_date: Option<String>,
    /// A new priority.
    #[serde(default)]
    #[tsify(optional)]
    pub priority: Option<TaskPriority>,
    /// A new description.
    #[serde(default)]
    #[tsify(optional)]
    pub description: Option<String>,
    /// The staff to assign instead of the current ones (at least one `staffId`).
    #[serde(default)]
    #[tsify(optional, type = "(string | number)[]")]
    pub assignees: Option<Vec<IdInput>>,
}

/// A list of projects.
#[derive(Tsify, Serialize)]
pub struct Projects(pub Vec<Project>);

/// A list of tasks.
#[derive(Tsify, Serialize)]
pub struct Tasks(pub Vec<Task>);

/// A list of timesheet entries.
#[derive(Tsify, Serialize)]
pub struct Timesheets(pub Vec<Timesheet>);

/// A list of milestones.
#[derive(Tsify, Serialize)]
pub struct Milestones(pub Vec<Milestone>);

/// A list of project files.
#[derive(Tsify, Serialize)]
pub struct ProjectFiles(pub Vec<ProjectFile>);

/// A list of project discussions.
#[derive(Tsify, Serialize)]
pub struct ProjectDiscussions(pub Vec<ProjectDiscussion>);

/// A list of subscriptions.
#[derive(Tsify, Serialize)]
pub struct Subscriptions(pub Vec<Subscription>);

/// A list of expenses.
#[derive(Tsify, Serialize)]
pub struct Expenses(pub Vec<Expense>);

/// A list of credit notes.
#[derive(Tsify, Serialize)]
pub struct CreditNotes(pub Vec<CreditNote>);

fn count(c: &crate::core::lenient::Count) -> Option<f64> {
    c.0.map(|n| n as f64)
}

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

impl From<&wire::Task> for Task {
    fn from(w: &wire::Task) -> Task {
        Task {
            id: w.id.or_empty(),
            name: w.name.or_empty(),
            description: opt(&w.description),
            priority: TaskPriority::from_code(&w.priority),
            status: TaskStatus::from_code(&w.status),
            status_name: opt(&w.status_name),
            start_date: w.startdate.or_empty(),
            due_date: opt(&w.duedate),
            finished_at: opt(&w.datefinished),
            created_at: w.dateadded.or_empty(),
            created_by_contact: w.is_added_from_contact.or_false(),
            created_by_id: id_opt(&w.addedfrom),
            created_by: opt(&w.addedfrom_name),
            billable: w.billable.or_false(),
            billed: w.billed.or_false(),
            hourly_rate: money(&w.hourly_rate),
            milestone: named(&w.milestone, &w.milestone_name),
            logged_seconds: count(&w.total_logged_time),
            recurring: w.recurring.or_false(),
            assignees: w
                .assignees
                .0
                .iter()
                .map(|a| TaskAssignee {
                    staff_id: a.assigneeid.or_empty(),
                    name: opt(&a.full_name)
                        .unwrap_or_else(|| format!("{} {}", a.firstname.or_empty(), a.lastname.or_empty()).trim().to_string()),
                    assigned_by_contact: a.is_assigned_from_contact.or_false(),
                })
                .collect(),
        }
    }
}

impl From<&wire::Timesheet> for Timesheet {
    fn from(w: &wire::Timesheet) -> Timesheet {
        Timesheet {
            id: w.id.or_empty(),
            task: named(&w.task_id, &w.task_name),
            staff: named(&w.staff_id, &w.staff_name),
            start_time: count(&w.start_time),
            end_time: count(&w.end_time),
            duration_seconds: count(&w.total_spent),
            hourly_rate: opt(&w.hourly_rate),
            note: opt(&w.note),
        }
    }
}

impl From<&wire::Milestone> for Milestone {
    fn from(w: &wire::Milestone) -> Milestone {
        Milestone {
            id: w.id.or_empty(),
            name: w.name.or_empty(),
            description: opt(&w.description).filter(|_| w.description_visible_to_customer.0 != Some(false)),
            start_date: opt(&w.start_date),
            due_date: opt(&w.due_date),
            color: opt(&w.color),
            order: count(&w.milestone_order),
            task_count: count(&w.total_tasks),
            finished_task_count: count(&w.total_finished_tasks),
        }
    }
}

impl From<&wire::ProjectFile> for ProjectFile {
    fn from(w: &wire::ProjectFile) -> ProjectFile {
        ProjectFile {
            id: w.id.or_empty(),
            file_name: w.file_name.or_empty(),
            original_file_name: opt(&w.original_file_name),
            subject: opt(&w.subject),
            description: opt(&w.description),
            file_type: opt(&w.filetype),
            uploaded_at: w.dateadded.or_empty(),
            last_activity: opt(&w.last_activity),
            external_link: opt(&w.external_link),
        }
    }
}

impl From<&wire::Discussion> for ProjectDiscussion {
    fn from(w: &wire::Discussion) -> ProjectDiscussion {
        ProjectDiscussion {
            id: w.id.or_empty(),
            subject: w.subject.or_empty(),
            description: opt(&w.description),
            created_at: w.datecreated.or_empty(),
            last_activity: opt(&w.last_activity),
            comment_count: count(&w.total_comments),
        }
    }
}

impl From<&wire::Subscription> for Subscription {
    fn from(w: &wire::Subscription) -> Subscription {
        Subscription {
            id: w.id.or_empty(),
            name: w.name.or_empty(),
            description: opt(&w.description),
            date: opt(&w.date),
            status: opt(&w.status),
            quantity: count(&w.quantity),
            next_billing_time: count(&w.next_billing_cycle).filter(|t| *t > 0.0),
            end_time: count(&w.ends_at).filter(|t| *t > 0.0),
            created_at: w.created.or_empty(),
            subscribed_at: opt(&w.date_subscribed),
        }
    }
}

impl From<&wire::Expense> for Expense {
    fn from(w: &wire::Expense) -> Expense {
        Expense {
            id: w.id.or_empty(),
            name: opt(&w.expense_name),
            category: named(&w.category, &w.category_name),
            amount: money(&w.amount),
            date: w.date.or_empty(),
            note: opt(&w.note),
            reference: opt(&w.reference_no),
            billable: w.billable.or_false(),
            invoice_id: id_opt(&w.invoiceid),
            created_at: w.dateadded.or_empty(),
        }
    }
}

impl From<&wire::CreditNote> for CreditNote {
    fn from(w: &wire::CreditNote) -> CreditNote {
        CreditNote {
            id: w.id.or_empty(),
            number: w.number.or_empty(),
            prefix: w.prefix.or_empty(),
            date: w.date.or_empty(),
            status: CreditNoteStatus::from_code(&w.status),
            status_name: opt(&w.status_name),
            amounts: Amounts::from(&w.amounts),
            client_note: opt(&w.clientnote),
            terms: opt(&w.terms),
            reference: opt(&w.reference_no),
            created_at: w.datecreated.or_empty(),
        }
    }
}

impl From<&wire::CreateTaskData> for NewTaskOptions {
    fn from(w: &wire::CreateTaskData) -> NewTaskOptions {
        NewTaskOptions {
            priorities: w
                .priorities
                .0
                .iter()
                .filter_map(|p| TaskPriority::from_code(&p.id).map(|priority| TaskPriorityOption { priority, name: p.name.or_empty() }))
                .collect(),
            milestones: w.milestones.0.iter().filter_map(|m| named(&m.id, &m.name)).collect(),
            members: w.project_members.0.iter().map(ProjectMember::from).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::lenient::List;
    use crate::perfex::wire::Envelope;

    fn sample<W: for<'de> serde::Deserialize<'de>>(text: &str) -> W {
        serde_json::from_str::<Envelope<W>>(text).unwrap().data.unwrap()
    }

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
        let v = serde_json::to_value(&d).unwrap();
        assert_eq!(v["features"]["creditNotes"], true);
        assert_eq!(v["status"], "in_progress");
    }

    #[test]
    fn tasks_convert_with_assignees() {
        let rows: List<wire::Task> = sample(include_str!("../../../tests/fixtures/perfex/project_tasks.json"));
        let tasks: Vec<Task> = rows.0.iter().map(Task::from).collect();
        assert_eq!((tasks[0].status, tasks[0].priority), (Some(TaskStatus::InProgress), Some(TaskPriority::Medium)));
        assert!(tasks[0].billable && !tasks[0].created_by_contact && tasks[0].milestone.is_none());
        assert_eq!(tasks[1].assignees.len(), 2);
        assert_eq!((tasks[1].assignees[1].staff_id.as_str(), tasks[1].assignees[1].assigned_by_contact), ("4", true));
        assert_eq!((tasks[1].created_by_contact, tasks[1].created_by_id.as_deref()), (true, Some("3")));
        let v = serde_json::to_value(&tasks[1]).unwrap();
        assert_eq!(v["priority"], "medium");
        assert_eq!(v["status"], "not_started");
    }

    #[test]
    fn the_task_form_options_map_priorities() {
        let w: wire::CreateTaskData = serde_json::from_str(
            r#"{"priorities":[{"id":"1","name":"Low"},{"id":"4","name":"Urgent"},{"id":"9","name":"Custom"}],
                "milestones":[{"id":"1","name":"Design"}],"project_members":[{"staff_id":"2","staff_name":"Rita Okafor"}]}"#,
        )
        .unwrap();
        let o = NewTaskOptions::from(&w);
        assert_eq!(o.priorities.iter().map(|p| p.priority).collect::<Vec<_>>(), vec![TaskPriority::Low, TaskPriority::Urgent]);
        assert_eq!((o.milestones.len(), o.members[0].staff_id.as_str()), (1, "2"));
    }
}
