//! A project's tasks, and the inputs that create and change them.

use tsify::Tsify;

use super::{IdInput, Named, ProjectMember};
use crate::core::error::Result;
use crate::core::fields::{Fields, Input};
use crate::perfex::table::{table, Shape, Table};

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
        pub staff_id: String = "assigneeid" Text,
        /// Their name.
        pub name: String = "full_name" NameOr("firstname lastname"),
        /// Whether a customer contact made this assignment.
        pub assigned_by_contact: bool = "is_assigned_from_contact" Flag,
    }
}

record! {
    /// A task of a project.
    pub struct Task {
        /// The task's id.
        pub id: String = "id" Text,
        /// Its name.
        pub name: String = "name" Text,
        /// Its description, as HTML: untrusted, sanitize before display.
        pub description?: String = "description" Given,
        /// How urgent it is (absent for a priority code this client does not know).
        pub priority?: TaskPriority = "priority" Code(TaskPriority::WORDS),
        /// Where it stands (absent for a status code this client does not know).
        pub status?: TaskStatus = "status" Code(TaskStatus::WORDS),
        /// The status as the installation names it, e.g. "In Progress".
        pub status_name?: String = "status_name" Given,
        /// When work starts ("2023-05-12").
        pub start_date: String = "startdate" Text,
        /// When it is due.
        pub due_date?: String = "duedate" Given,
        /// When it was finished.
        pub finished_at?: String = "datefinished" Given,
        /// When it was created.
        pub created_at: String = "dateadded" Text,
        /// Whether a customer contact created it (contacts may edit only the tasks they created).
        pub created_by_contact: bool = "is_added_from_contact" Flag,
        /// The id of its creator: a contact's id when `createdByContact`, else a staff member's.
        pub created_by_id?: String = "addedfrom" Id,
        /// Its creator's name.
        pub created_by?: String = "addedfrom_name" Given,
        /// Whether its time is billable.
        pub billable: bool = "billable" Flag,
        /// Whether it has been billed.
        pub billed: bool = "billed" Flag,
        /// The hourly rate, as a decimal string.
        pub hourly_rate: String = "hourly_rate" Trimmed,
        /// The milestone it belongs to, if one.
        pub milestone?: Named = "milestone" Named("milestone_name"),
        /// Time logged on it, in seconds.
        pub logged_seconds?: f64 = "total_logged_time" Count,
        /// Whether it repeats.
        pub recurring: bool = "recurring" Flag,
        /// Who works on it.
        pub assignees: Vec<TaskAssignee> = "assignees" List(TaskAssignee::COLUMNS, 0),
    }
}

record! {
    /// A priority a new task may have, with the installation's name for it.
    pub struct TaskPriorityOption {
        /// The value `createTask` takes.
        pub priority: TaskPriority = "id departmentid serviceid priorityid" Code(TaskPriority::WORDS),
        /// Its display name, e.g. "Medium".
        pub name: String = "name" Text,
    }
}

/// A project's milestone a new task may belong to: its id and name (those without an id are
/// left out).
const MILESTONES: &Table = table![("id", "id departmentid serviceid priorityid", Shape::Id), ("name", "name", Shape::GivenTrimmed)];

record! {
    /// What a new task in a project may refer to.
    pub struct NewTaskOptions {
        /// The priorities to choose from.
        pub priorities: Vec<TaskPriorityOption> = "priorities" List(TaskPriorityOption::COLUMNS, 1),
        /// The project's milestones.
        pub milestones: Vec<Named> = "milestones" List(MILESTONES, 1),
        /// The staff who may be assigned (`assignees` takes their `staffId`).
        pub members: Vec<ProjectMember> = "project_members" List(ProjectMember::COLUMNS, 0),
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



#[cfg(test)]
mod tests {
    use super::*;
    use crate::perfex::table::{parse, sample_rows};

    #[test]
    fn tasks_convert_with_assignees() {
        let tasks = sample_rows(include_str!("../../../tests/fixtures/perfex/project_tasks.json"), Task::COLUMNS);
        assert_eq!((&tasks[0]["status"], &tasks[0]["priority"]), (&"in_progress".into(), &"medium".into()));
        assert_eq!((&tasks[0]["billable"], &tasks[0]["createdByContact"], tasks[0].get("milestone")), (&true.into(), &false.into(), None));
        assert_eq!(tasks[1]["assignees"].as_array().unwrap().len(), 2);
        assert_eq!((&tasks[1]["assignees"][1]["staffId"], &tasks[1]["assignees"][1]["assignedByContact"]), (&"4".into(), &true.into()));
        assert_eq!((&tasks[1]["createdByContact"], &tasks[1]["createdById"]), (&true.into(), &"3".into()));
        assert_eq!((&tasks[1]["priority"], &tasks[1]["status"]), (&"medium".into(), &"not_started".into()));
    }

    #[test]
    fn the_task_form_options_map_priorities() {
        let o = parse(
            r#"{"priorities":[{"id":"1","name":"Low"},{"id":"4","name":"Urgent"},{"id":"9","name":"Custom"}],
                "milestones":[{"id":"1","name":"Design"},{"id":"0","name":"None"}],"project_members":[{"staff_id":"2","staff_name":"Rita Okafor"}]}"#,
            NewTaskOptions::COLUMNS,
        );
        let priorities: Vec<_> = o["priorities"].as_array().unwrap().iter().map(|p| p["priority"].as_str().unwrap()).collect();
        assert_eq!(priorities, ["low", "urgent"]);
        assert_eq!((o["milestones"].as_array().unwrap().len(), &o["members"][0]["staffId"]), (1, &"2".into()));
    }

    #[test]
    fn an_assignee_without_a_full_name_is_named_by_their_first_and_last_names() {
        let a = parse(r#"{"assigneeid":"4","full_name":" ","firstname":"Ada","lastname":null}"#, TaskAssignee::COLUMNS);
        assert_eq!(a, crate::core::json::json!({"staffId": "4", "name": "Ada", "assignedByContact": false}));
    }
}
