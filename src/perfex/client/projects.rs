//! Projects, each project group (one typed method per group, from the `project_groups!`
//! table), and the task writes.

use crate::core::transport::Method;
use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::{path, Convert, PerfexClient, Work, API};
use crate::core::body::Body;
use crate::core::error::{Error, Result};
use crate::core::fields::read_input;
use crate::core::js::record_id;
use crate::core::transport::{Call, Repeat};
use crate::core::url::segment;
use crate::perfex::types::*;
use crate::perfex::wire::{self, group};

/// The path of a group of the caller's project.
fn project_group(project_id: &JsValue, group: &str) -> Result<String> {
    Ok(path(API, &["/projects/id/", &segment(&record_id("projectId", project_id)?), "/group/", group]))
}

/// The call of `createTask` (no `task_id`: a `NewTask`, name and start date required) or
/// `updateTask` (a `TaskChanges`): one body for both.
#[inline(never)]
fn task_call(project_id: &JsValue, task_id: Option<&JsValue>, input: &JsValue) -> Result<Call> {
    let path = project_group(project_id, group::TASKS)?;
    let task_id = task_id.map(|id| record_id("taskId", id)).transpose()?;
    let task = read_input::<TaskChanges>(if task_id.is_some() { "changes" } else { "task" }, input)?;
    if task_id.is_none() {
        for (name, given) in [("name", &task.name), ("startDate", &task.start_date)] {
            if given.is_none() {
                return Err(Error::invalid_input(name, "is required"));
            }
        }
    }
    let method = if task_id.is_some() { Method::PUT } else { Method::POST };
    Ok(Call::new(method, path, Repeat::Never).body(Body::Form(wire::task_form(task_id.as_deref(), &task)?)))
}

#[wasm_bindgen]
impl PerfexClient {
    /// The customer's projects; `[]` when there are none.
    #[wasm_bindgen(js_name = listProjects, unchecked_return_type = "Promise<Projects>")]
    pub fn list_projects(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.read("listProjects", api!("/projects"), Convert::List(PROJECT_ROWS), options)
    }

    /// One project with its team and what the customer may see and do in it; a
    /// `not_found` error for an unknown id.
    #[wasm_bindgen(js_name = getProject, unchecked_return_type = "Promise<ProjectDetail>")]
    pub fn get_project(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | number")] id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.read_record("getProject", "projects", &id, ProjectDetail::COLUMNS, options)
    }

    /// What a new task in the project may refer to: priorities, milestones, and the staff
    /// who can be assigned. A `forbidden` error when the customer may not create tasks there.
    #[wasm_bindgen(js_name = getNewTaskOptions, unchecked_return_type = "Promise<NewTaskOptions>")]
    pub fn get_new_task_options(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.perform("getNewTaskOptions", project_group(&project_id, group::CREATE_TASK_DATA).map(|path| Work::Read(path, Convert::One(NewTaskOptions::COLUMNS))), options)
    }

    /// Adds a task to the project. The server does not say the new task's id (it shows in
    /// `listProjectTasks`). A `forbidden` error when the project does not let its customer
    /// create tasks; sent once, never retried.
    #[wasm_bindgen(js_name = createTask, unchecked_return_type = "Promise<void>")]
    pub fn create_task(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        task: Ts<NewTask>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.submit("createTask", task_call(&project_id, None, &task.into()), options)
    }

    /// Changes a task of the project; fields left out stay as they are, `assignees`
    /// replaces the current ones. A contact may change only the tasks it created
    /// (`createdByContact`), else a `forbidden` error; sent once, never retried.
    #[wasm_bindgen(js_name = updateTask, unchecked_return_type = "Promise<void>")]
    pub fn update_task(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(js_name = "taskId", unchecked_param_type = "string | number")] task_id: JsValue,
        changes: Ts<TaskChanges>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.submit("updateTask", task_call(&project_id, Some(&task_id), &changes.into()), options)
    }
}

/// Every group of a project the customer may list is one method that differs only in names,
/// group and row type. Their docs are written as `#[doc = "…"]` (see `sales_documents!`).
macro_rules! project_groups {
    ($(
        $(#[doc = $doc:literal])* $js:ident / $rust:ident in $ret:literal: $group:path, $rows:expr;
    )*) => {
        #[wasm_bindgen]
        impl PerfexClient {
            $(
                $(#[doc = $doc])*
                #[wasm_bindgen(js_name = $js, unchecked_return_type = $ret)]
                pub fn $rust(
                    &self,
                    #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
                    #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
                ) -> js_sys::Promise {
                    self.read_group(stringify!($js), &project_id, $group, $rows, options)
                }
            )*
        }
    };
}

project_groups! {
    #[doc = " The project's tasks that its customer may see; `[]` when there are none. A `forbidden` error when the project hides its tasks."]
    listProjectTasks / list_project_tasks in "Promise<Tasks>": group::TASKS, Task::COLUMNS;
    #[doc = " Time logged on the project's tasks; `[]` when there is none. A `forbidden` error when the project hides its timesheets."]
    listProjectTimesheets / list_project_timesheets in "Promise<Timesheets>": group::TIMESHEETS, Timesheet::COLUMNS;
    #[doc = " The project's milestones; `[]` when there are none. A `forbidden` error when the project hides them."]
    listProjectMilestones / list_project_milestones in "Promise<Milestones>": group::MILESTONES, Milestone::COLUMNS;
    #[doc = " The files shared with the customer in the project; `[]` when there are none."]
    listProjectFiles / list_project_files in "Promise<ProjectFiles>": group::FILES, ProjectFile::COLUMNS;
    #[doc = " The project's discussions open to the customer; `[]` when there are none. A `forbidden` error when the project hides them."]
    listProjectDiscussions / list_project_discussions in "Promise<ProjectDiscussions>": group::DISCUSSIONS, ProjectDiscussion::COLUMNS;
    #[doc = " The project's proposals; `[]` when there are none."]
    listProjectProposals / list_project_proposals in "Promise<Proposals>": group::PROPOSALS, PROPOSAL_ROWS;
    #[doc = " The project's estimates; `[]` when there are none."]
    listProjectEstimates / list_project_estimates in "Promise<Estimates>": group::ESTIMATES, ESTIMATE_ROWS;
    #[doc = " The project's invoices; `[]` when there are none. A `forbidden` error when the project hides them."]
    listProjectInvoices / list_project_invoices in "Promise<Invoices>": group::INVOICES, INVOICE_ROWS;
    #[doc = " The project's subscriptions; `[]` when there are none."]
    listProjectSubscriptions / list_project_subscriptions in "Promise<Subscriptions>": group::SUBSCRIPTIONS, Subscription::COLUMNS;
    #[doc = " The expenses recorded against the project; `[]` when there are none."]
    listProjectExpenses / list_project_expenses in "Promise<Expenses>": group::EXPENSES, Expense::COLUMNS;
    #[doc = " The project's credit notes; `[]` when there are none."]
    listProjectCreditNotes / list_project_credit_notes in "Promise<CreditNotes>": group::CREDIT_NOTES, CreditNote::COLUMNS;
    #[doc = " The project's support tickets; `[]` when there are none."]
    listProjectTickets / list_project_tickets in "Promise<Tickets>": group::TICKETS, TICKET_ROWS;
    #[doc = " The project's contracts; `[]` when there are none."]
    listProjectContracts / list_project_contracts in "Promise<Contracts>": group::CONTRACTS, CONTRACT_ROWS;
}
