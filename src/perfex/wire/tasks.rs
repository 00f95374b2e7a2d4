//! Tasks: the form fields `POST`/`PUT …/group/tasks` read, built from the caller's input.

use crate::core::search::cut;
use crate::core::error::{Error, Result};
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
        && matches!(cut(value, 5..7).parse::<u8>(), Ok(1..=12))
        && matches!(cut(value, 8..10).parse::<u8>(), Ok(1..=31));
    if !in_range {
        return Err(Error::invalid_input(field, "must be a date written YYYY-MM-DD"));
    }
    Ok(value.to_string())
}

#[cfg(test)]
mod tests {
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
}
