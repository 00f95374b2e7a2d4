//! Projects, their groups (`/projects/id/:id/group/:group`) and tasks: the rows the server
//! sends and the fields it reads.

use serde::Deserialize;

use super::{IdName, Maybe};
use crate::core::error::{Error, Result};
use crate::core::lenient::{Count, Flag, List, Text};
use crate::perfex::types::{IdInput, NewTask, TaskChanges};

/// The fields of a task, as `POST`/`PUT …/group/tasks` read them.
pub const TASK_ID: &str = "id";
pub const TASK_NAME: &str = "name";
pub const TASK_PRIORITY: &str = "priority";
pub const TASK_START_DATE: &str = "startdate";
pub const TASK_DUE_DATE: &str = "duedate";
pub const TASK_DESCRIPTION: &str = "description";
pub const TASK_ASSIGNEES: &str = "assignees[]";

/// The form `createTask` sends (checked first: name and a "YYYY-MM-DD" start date required).
pub fn new_task_form(task: &NewTask) -> Result<Vec<(String, String)>> {
    let mut form = vec![
        (TASK_NAME.to_string(), required("name", &task.name)?),
        (TASK_START_DATE.to_string(), date("startDate", &task.start_date)?),
    ];
    if let Some(due) = task.due_date.as_deref().filter(|d| !d.trim().is_empty()) {
        form.push((TASK_DUE_DATE.to_string(), date("dueDate", due)?));
    }
    if let Some(priority) = task.priority {
        form.push((TASK_PRIORITY.to_string(), priority.code().to_string()));
    }
    if let Some(description) = task.description.as_deref().filter(|d| !d.trim().is_empty()) {
        form.push((TASK_DESCRIPTION.to_string(), description.to_string()));
    }
    if let Some(assignees) = &task.assignees {
        push_assignees(&mut form, assignees)?;
    }
    Ok(form)
}

/// The form `updateTask` sends: the task's `id` and only the fields to change.
pub fn task_changes_form(task_id: &str, changes: &TaskChanges) -> Result<Vec<(String, String)>> {
    let mut form = vec![(TASK_ID.to_string(), task_id.to_string())];
    if let Some(name) = &changes.name {
        form.push((TASK_NAME.to_string(), required("name", name)?));
    }
    if let Some(start) = &changes.start_date {
        form.push((TASK_START_DATE.to_string(), date("startDate", start)?));
    }
    if let Some(due) = &changes.due_date {
        let due = if due.trim().is_empty() { String::new() } else { date("dueDate", due)? };
        form.push((TASK_DUE_DATE.to_string(), due));
    }
    if let Some(priority) = changes.priority {
        form.push((TASK_PRIORITY.to_string(), priority.code().to_string()));
    }
    if let Some(description) = &changes.description {
        form.push((TASK_DESCRIPTION.to_string(), description.clone()));
    }
    if let Some(assignees) = &changes.assignees {
        push_assignees(&mut form, assignees)?;
    }
    if form.len() == 1 {
        return Err(Error::invalid_input("changes", "names nothing to change"));
    }
    Ok(form)
}

fn push_assignees(form: &mut Vec<(String, String)>, assignees: &[IdInput]) -> Result<()> {
    if assignees.is_empty() {
        return Err(Error::invalid_input("assignees", "must name at least one staff member (leave it out to assign nobody)"));
    }
    form.extend(assignees.iter().map(|a| (TASK_ASSIGNEES.to_string(), a.0.clone())));
    Ok(())
}

fn required(field: &str, value: &str) -> Result<String> {
    Some(value.trim()).filter(|v| !v.is_empty()).map(str::to_string).ok_or_else(|| Error::invalid_input(field, "is required"))
}

/// A "YYYY-MM-DD" date (what MySQL DATE columns take), checked for shape and range.
fn date(field: &str, value: &str) -> Result<String> {
    let value = value.trim();
    let b = value.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let well_formed = b.len() == 10 && b[4] == b'-' && b[7] == b'-' && digits(0..4) && digits(5..7) && digits(8..10);
    let in_range = well_formed
        && matches!(value[5..7].parse::<u8>(), Ok(1..=12))
        && matches!(value[8..10].parse::<u8>(), Ok(1..=31));
    if !in_range {
        return Err(Error::invalid_input(field, "must be a date written YYYY-MM-DD"));
    }
    Ok(value.to_string())
}

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

/// A project row (list rows carry the client's columns too; detail adds settings and members).
#[derive(Deserialize, Default)]
#[serde(default)]
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

/// What a project lets its customer see and do.
#[derive(Deserialize, Default)]
#[serde(default)]
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

/// The project's tabs that are switched on (`1`/`0` numbers on the wire).
#[derive(Deserialize, Default)]
#[serde(default)]
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

/// A staff member working on a project.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ProjectMember {
    pub staff_id: Text,
    pub staff_name: Text,
    pub email: Text,
}

/// A task row of the `tasks` group.
#[derive(Deserialize, Default)]
#[serde(default)]
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

/// A staff member assigned to a task.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct TaskAssignee {
    pub assigneeid: Text,
    pub full_name: Text,
    pub firstname: Text,
    pub lastname: Text,
    pub is_assigned_from_contact: Flag,
}

/// A time-tracking entry of the `timesheets` group (times are unix seconds).
#[derive(Deserialize, Default)]
#[serde(default)]
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

/// A row of the `milestones` group.
#[derive(Deserialize, Default)]
#[serde(default)]
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

/// A row of the `files` group.
#[derive(Deserialize, Default)]
#[serde(default)]
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

/// A row of the `discussions` group.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Discussion {
    pub id: Text,
    pub subject: Text,
    pub description: Text,
    pub datecreated: Text,
    pub last_activity: Text,
    pub total_comments: Count,
}

/// A row of the `subscriptions` group (`next_billing_cycle` is unix seconds).
#[derive(Deserialize, Default)]
#[serde(default)]
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

/// A row of the `expenses` group.
#[derive(Deserialize, Default)]
#[serde(default)]
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

/// A row of the `credit_notes` group.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CreditNote {
    pub id: Text,
    pub number: Text,
    pub prefix: Text,
    pub date: Text,
    pub status: Text,
    pub status_name: Text,
    #[serde(flatten)]
    pub amounts: super::Amounts,
    pub clientnote: Text,
    pub terms: Text,
    pub reference_no: Text,
    pub datecreated: Text,
}

/// The `create_task_data` group: what a new task may refer to.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CreateTaskData {
    pub priorities: List<IdName>,
    pub milestones: List<IdName>,
    pub project_members: List<ProjectMember>,
}

#[cfg(test)]
mod tests {
    use super::super::Envelope;
    use super::*;
    use crate::core::error::ErrorKind;
    use crate::perfex::types::TaskPriority;

    #[test]
    fn task_forms_use_the_servers_names_and_check_dates() {
        let task = NewTask {
            name: " Brand assets ".into(),
            start_date: "2025-06-01".into(),
            due_date: Some("2025-06-30".into()),
            priority: Some(TaskPriority::High),
            description: None,
            assignees: Some(vec![IdInput("2".into()), IdInput("3".into())]),
        };
        let form = new_task_form(&task).unwrap();
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(
            pairs,
            vec![("name", "Brand assets"), ("startdate", "2025-06-01"), ("duedate", "2025-06-30"), ("priority", "3"), ("assignees[]", "2"), ("assignees[]", "3")]
        );
        for bad in ["2025-6-01", "01/06/2025", "2025-13-01", "2025-06-32", "", "2025-06-0x"] {
            let e = new_task_form(&NewTask { start_date: bad.into(), ..task_like(&task) }).unwrap_err();
            assert_eq!((e.kind, e.details[0].0.as_str()), (ErrorKind::InvalidInput, "startDate"), "{bad}");
        }
        let e = new_task_form(&NewTask { name: "  ".into(), ..task_like(&task) }).unwrap_err();
        assert_eq!(e.details[0].0, "name");
    }

    fn task_like(t: &NewTask) -> NewTask {
        NewTask { name: t.name.clone(), start_date: t.start_date.clone(), due_date: None, priority: None, description: None, assignees: None }
    }

    #[test]
    fn task_changes_send_only_what_changes() {
        let none = TaskChanges { name: None, start_date: None, due_date: None, priority: None, description: None, assignees: None };
        assert_eq!(task_changes_form("3", &none).unwrap_err().details[0].0, "changes");
        let clear_due = TaskChanges { due_date: Some(String::new()), ..none };
        assert_eq!(task_changes_form("3", &clear_due).unwrap(), vec![("id".to_string(), "3".to_string()), ("duedate".to_string(), String::new())]);
        let nobody = TaskChanges { assignees: Some(vec![]), due_date: None, ..clear_due };
        assert_eq!(task_changes_form("3", &nobody).unwrap_err().details[0].0, "assignees");
    }

    fn sample<T: for<'de> Deserialize<'de>>(text: &str) -> T {
        serde_json::from_str::<Envelope<T>>(text).unwrap().data.unwrap()
    }

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
