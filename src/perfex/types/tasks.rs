//! A project's tasks, and the inputs that create and change them.

use tsify::Tsify;

use super::{count, id_opt, money, named, opt, IdInput, Named, ProjectMember};
use crate::core::error::Result;
use crate::core::fields::{Fields, Input};
use crate::perfex::wire;

code_enum! {
    /// Where a task stands.
    TaskStatus { NotStarted = "1", AwaitingFeedback = "2", Testing = "3", InProgress = "4", Complete = "5" }
}

code_enum! {
    /// How urgent a task is.
    TaskPriority { Low = "1", Medium = "2", High = "3", Urgent = "4" }
}

record! {
    /// A staff member assigned to a task.
    pub struct TaskAssignee {
        /// The staff member's id.
        pub staff_id: String,
        /// Their name.
        pub name: String,
        /// Whether a customer contact made this assignment.
        pub assigned_by_contact: bool,
    }
}

record! {
    /// A task of a project.
    pub struct Task {
        /// The task's id.
        pub id: String,
        /// Its name.
        pub name: String,
        /// Its description, as HTML: untrusted, sanitize before display.
        pub description?: String,
        /// How urgent it is (absent for a priority code this client does not know).
        pub priority?: TaskPriority,
        /// Where it stands (absent for a status code this client does not know).
        pub status?: TaskStatus,
        /// The status as the installation names it, e.g. "In Progress".
        pub status_name?: String,
        /// When work starts ("2023-05-12").
        pub start_date: String,
        /// When it is due.
        pub due_date?: String,
        /// When it was finished.
        pub finished_at?: String,
        /// When it was created.
        pub created_at: String,
        /// Whether a customer contact created it (contacts may edit only the tasks they created).
        pub created_by_contact: bool,
        /// The id of its creator: a contact's id when `createdByContact`, else a staff member's.
        pub created_by_id?: String,
        /// Its creator's name.
        pub created_by?: String,
        /// Whether its time is billable.
        pub billable: bool,
        /// Whether it has been billed.
        pub billed: bool,
        /// The hourly rate, as a decimal string.
        pub hourly_rate: String,
        /// The milestone it belongs to, if one.
        pub milestone?: Named,
        /// Time logged on it, in seconds.
        pub logged_seconds?: f64,
        /// Whether it repeats.
        pub recurring: bool,
        /// Who works on it.
        pub assignees: Vec<TaskAssignee>,
    }
}

record! {
    /// A priority a new task may have, with the installation's name for it.
    pub struct TaskPriorityOption {
        /// The value `createTask` takes.
        pub priority: TaskPriority,
        /// Its display name, e.g. "Medium".
        pub name: String,
    }
}

record! {
    /// What a new task in a project may refer to.
    pub struct NewTaskOptions {
        /// The priorities to choose from.
        pub priorities: Vec<TaskPriorityOption>,
        /// The project's milestones.
        pub milestones: Vec<Named>,
        /// The staff who may be assigned (`assignees` takes their `staffId`).
        pub members: Vec<ProjectMember>,
    }
}

record! {
    input
    /// A new task, for `createTask`.
    #[allow(dead_code)] // declares the TypeScript type: read as a `TaskChanges` with a name and a start date
    pub struct NewTask {
        /// Its name.
        pub name: String,
        /// When work starts, as "YYYY-MM-DD".
        pub start_date: String,
        /// When it is due, as "YYYY-MM-DD".
        pub due_date?: String,
        /// How urgent it is (the server's default when left out).
        pub priority?: TaskPriority,
        /// Its description.
        pub description?: String,
        /// Staff to assign (their `staffId`, from `getNewTaskOptions` or `getProject`); the
        /// server ignores people who are not members of the project.
        #[tsify(type = "(string | number)[]")]
        pub assignees?: Vec<IdInput>,
    }
}

record! {
    input
    /// Changes to a task, for `updateTask`; fields left out stay as they are.
    pub struct TaskChanges {
        /// A new name.
        pub name?: String,
        /// A new start date, as "YYYY-MM-DD".
        pub start_date?: String,
        /// A new due date, as "YYYY-MM-DD"; `""` removes it.
        pub due_date?: String,
        /// A new priority.
        pub priority?: TaskPriority,
        /// A new description.
        pub description?: String,
        /// The staff to assign instead of the current ones (at least one `staffId`).
        #[tsify(type = "(string | number)[]")]
        pub assignees?: Vec<IdInput>,
    }
}

impl Input for TaskChanges {
    const FIELDS: &'static [&'static str] = &["name", "startDate", "dueDate", "priority", "description", "assignees"];

    fn read(f: &Fields) -> Result<Self> {
        let mut t = super::texts(f, &Self::FIELDS[..3], &[super::Kind::OptionalText; 3])?;
        Ok(TaskChanges {
            name: super::next(&mut t),
            start_date: super::next(&mut t),
            due_date: super::next(&mut t),
            priority: TaskPriority::from_field(f, "priority")?,
            description: f.optional_string("description")?,
            assignees: f.optional_record_ids("assignees")?.map(|ids| ids.into_iter().map(IdInput).collect()),
        })
    }
}

/// A list of tasks.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct Tasks(pub Vec<Task>);

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
    use crate::perfex::types::ToJson;
    use crate::core::lenient::List;
    use crate::perfex::wire::sample;
    #[test]
    fn tasks_convert_with_assignees() {
        let rows: List<wire::Task> = sample(include_str!("../../../tests/fixtures/perfex/project_tasks.json"));
        let mut tasks: Vec<Task> = rows.0.iter().map(Task::from).collect();
        assert_eq!((tasks[0].status, tasks[0].priority), (Some(TaskStatus::InProgress), Some(TaskPriority::Medium)));
        assert!(tasks[0].billable && !tasks[0].created_by_contact && tasks[0].milestone.is_none());
        assert_eq!(tasks[1].assignees.len(), 2);
        assert_eq!((tasks[1].assignees[1].staff_id.as_str(), tasks[1].assignees[1].assigned_by_contact), ("4", true));
        assert_eq!((tasks[1].created_by_contact, tasks[1].created_by_id.as_deref()), (true, Some("3")));
        let v = tasks.swap_remove(1).to_json();
        assert_eq!(v["priority"], "medium");
        assert_eq!(v["status"], "not_started");
    }

    #[test]
    fn the_task_form_options_map_priorities() {
        let w: wire::CreateTaskData = wire::parse(
            r#"{"priorities":[{"id":"1","name":"Low"},{"id":"4","name":"Urgent"},{"id":"9","name":"Custom"}],
                "milestones":[{"id":"1","name":"Design"}],"project_members":[{"staff_id":"2","staff_name":"Rita Okafor"}]}"#,
        )
        .unwrap();
        let o = NewTaskOptions::from(&w);
        assert_eq!(o.priorities.iter().map(|p| p.priority).collect::<Vec<_>>(), vec![TaskPriority::Low, TaskPriority::Urgent]);
        assert_eq!((o.milestones.len(), o.members[0].staff_id.as_str()), (1, "2"));
    }
}
