//! Tasks: the form fields `POST`/`PUT …/group/tasks` read, built from the caller's input.

use crate::core::error::{Error, Result};
use crate::perfex::types::{IdInput, TaskChanges};

/// The fields of a task, as `POST`/`PUT …/group/tasks` read them.
pub const TASK_ID: &str = "id";
pub const TASK_NAME: &str = "name";
pub const TASK_PRIORITY: &str = "priority";
pub const TASK_START_DATE: &str = "startdate";
pub const TASK_DUE_DATE: &str = "duedate";
pub const TASK_DESCRIPTION: &str = "description";
pub const TASK_ASSIGNEES: &str = "assignees[]";

/// The form `createTask` (no `task_id`) or `updateTask` sends, one body for both: a change
/// sends the task's `id` and only the fields to change (a blank due date clears it), a new task
/// leaves blank optional fields out. Each given field is checked: a name not blank, dates
/// "YYYY-MM-DD", at least one assignee when `assignees` is given.
#[inline(never)]
pub fn task_form(task_id: Option<&str>, task: &TaskChanges) -> Result<Vec<(String, String)>> {
    let changing = task_id.is_some();
    let blank = |text: &&String| text.trim().is_empty();
    let mut form = Vec::new();
    if let Some(id) = task_id {
        form.push(pair(TASK_ID, id.to_string()));
    }
    if let Some(name) = &task.name {
        form.push(pair(TASK_NAME, required("name", name)?));
    }
    if let Some(start) = &task.start_date {
        form.push(pair(TASK_START_DATE, date("startDate", start)?));
    }
    match &task.due_date {
        Some(due) if !blank(&due) => form.push(pair(TASK_DUE_DATE, date("dueDate", due)?)),
        Some(_) if changing => form.push(pair(TASK_DUE_DATE, String::new())),
        _ => {}
    }
    if let Some(priority) = task.priority {
        form.push(pair(TASK_PRIORITY, priority.code().to_string()));
    }
    if let Some(description) = task.description.as_ref().filter(|d| changing || !blank(d)) {
        form.push(pair(TASK_DESCRIPTION, description.clone()));
    }
    if let Some(assignees) = &task.assignees {
        push_assignees(&mut form, assignees)?;
    }
    if changing && form.len() == 1 {
        return Err(Error::invalid_input("changes", "names nothing to change"));
    }
    Ok(form)
}

/// One form field under the server's `name`.
fn pair(name: &str, value: String) -> (String, String) {
    (name.to_string(), value)
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
    let digit = |b: &u8| b.wrapping_sub(b'0');
    let number = |tens: &u8, ones: &u8| digit(tens) * 10 + digit(ones);
    let in_range = match value.as_bytes() {
        [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] => {
            [y0, y1, y2, y3, m0, m1, d0, d1].iter().all(|b| b.is_ascii_digit())
                && (1..=12).contains(&number(m0, m1))
                && (1..=31).contains(&number(d0, d1))
        }
        _ => false,
    };
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
        let task = TaskChanges {
            name: Some(" Brand assets ".into()),
            start_date: Some("2025-06-01".into()),
            due_date: Some("2025-06-30".into()),
            priority: Some(TaskPriority::High),
            description: None,
            assignees: Some(vec![IdInput("2".into()), IdInput("3".into())]),
        };
        let form = task_form(None, &task).unwrap();
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(
            pairs,
            vec![("name", "Brand assets"), ("startdate", "2025-06-01"), ("duedate", "2025-06-30"), ("priority", "3"), ("assignees[]", "2"), ("assignees[]", "3")]
        );
        for bad in ["2025-6-01", "01/06/2025", "2025-13-01", "2025-06-32", "", "2025-06-0x"] {
            let e = task_form(None, &TaskChanges { start_date: Some(bad.into()), ..task_like(&task) }).unwrap_err();
            assert_eq!((e.kind, e.details[0].0.as_str()), (ErrorKind::InvalidInput, "startDate"), "{bad}");
        }
        let e = task_form(None, &TaskChanges { name: Some("  ".into()), ..task_like(&task) }).unwrap_err();
        assert_eq!(e.details[0].0, "name");
    }

    fn task_like(t: &TaskChanges) -> TaskChanges {
        TaskChanges { name: t.name.clone(), start_date: t.start_date.clone(), due_date: None, priority: None, description: None, assignees: None }
    }

    #[test]
    fn task_changes_send_only_what_changes() {
        let none = TaskChanges { name: None, start_date: None, due_date: None, priority: None, description: None, assignees: None };
        assert_eq!(task_form(Some("3"), &none).unwrap_err().details[0].0, "changes");
        let clear_due = TaskChanges { due_date: Some(String::new()), ..none };
        assert_eq!(task_form(Some("3"), &clear_due).unwrap(), vec![("id".to_string(), "3".to_string()), ("duedate".to_string(), String::new())]);
        let nobody = TaskChanges { assignees: Some(vec![]), due_date: None, ..clear_due };
        assert_eq!(task_form(Some("3"), &nobody).unwrap_err().details[0].0, "assignees");
    }
}
