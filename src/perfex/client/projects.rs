//! Projects, each project group (one typed method per group, all through
//! `fetch_project_group`), and
//! the task writes.

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

    /// The project's tasks that its customer may see; `[]` when there are none. A `forbidden` error when the project hides its tasks.
    #[wasm_bindgen(js_name = listProjectTasks, unchecked_return_type = "Promise<Tasks>")]
    pub fn list_project_tasks(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.read_group("listProjectTasks", &project_id, group::TASKS, Task::COLUMNS, options)
    }

    /// Time logged on the project's tasks; `[]` when there is none. A `forbidden` error when the project hides its timesheets.
    #[wasm_bindgen(js_name = listProjectTimesheets, unchecked_return_type = "Promise<Timesheets>")]
    pub fn list_project_timesheets(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.read_group("listProjectTimesheets", &project_id, group::TIMESHEETS, Timesheet::COLUMNS, options)
    }

    /// The project's milestones; `[]` when there are none. A `forbidden` error when the project hides them.
    #[wasm_bindgen(js_name = listProjectMilestones, unchecked_return_type = "Promise<Milestones>")]
    pub fn list_project_milestones(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.read_group("listProjectMilestones", &project_id, group::MILESTONES, Milestone::COLUMNS, options)
    }

    /// The files shared with the customer in the project; `[]` when there are none.
    #[wasm_bindgen(js_name = listProjectFiles, unchecked_return_type = "Promise<ProjectFiles>")]
    pub fn list_project_files(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.read_group("listProjectFiles", &project_id, group::FILES, ProjectFile::COLUMNS, options)
    }

    /// The project's discussions open to the customer; `[]` when there are none. A `forbidden` error when the project hides them.
    #[wasm_bindgen(js_name = listProjectDiscussions, unchecked_return_type = "Promise<ProjectDiscussions>")]
    pub fn list_project_discussions(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.read_group("listProjectDiscussions", &project_id, group::DISCUSSIONS, ProjectDiscussion::COLUMNS, options)
    }

    /// The project's proposals; `[]` when there are none.
    #[wasm_bindgen(js_name = listProjectProposals, unchecked_return_type = "Promise<Proposals>")]
    pub fn list_project_proposals(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.read_group("listProjectProposals", &project_id, group::PROPOSALS, PROPOSAL_ROWS, options)
    }

    /// The project's estimates; `[]` when there are none.
    #[wasm_bindgen(js_name = listProjectEstimates, unchecked_return_type = "Promise<Estimates>")]
    pub fn list_project_estimates(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.read_group("listProjectEstimates", &project_id, group::ESTIMATES, ESTIMATE_ROWS, options)
    }

    /// The project's invoices; `[]` when there are none. A `forbidden` error when the project hides them.
    #[wasm_bindgen(js_name = listProjectInvoices, unchecked_return_type = "Promise<Invoices>")]
    pub fn list_project_invoices(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.read_group("listProjectInvoices", &project_id, group::INVOICES, INVOICE_ROWS, options)
    }

    /// The project's subscriptions; `[]` when there are none.
    #[wasm_bindgen(js_name = listProjectSubscriptions, unchecked_return_type = "Promise<Subscriptions>")]
    pub fn list_project_subscriptions(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.read_group("listProjectSubscriptions", &project_id, group::SUBSCRIPTIONS, Subscription::COLUMNS, options)
    }

    /// The expenses recorded against the project; `[]` when there are none.
    #[wasm_bindgen(js_name = listProjectExpenses, unchecked_return_type = "Promise<Expenses>")]
    pub fn list_project_expenses(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.read_group("listProjectExpenses", &project_id, group::EXPENSES, Expense::COLUMNS, options)
    }

    /// The project's credit notes; `[]` when there are none.
    #[wasm_bindgen(js_name = listProjectCreditNotes, unchecked_return_type = "Promise<CreditNotes>")]
    pub fn list_project_credit_notes(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.read_group("listProjectCreditNotes", &project_id, group::CREDIT_NOTES, CreditNote::COLUMNS, options)
    }

    /// The project's support tickets; `[]` when there are none.
    #[wasm_bindgen(js_name = listProjectTickets, unchecked_return_type = "Promise<Tickets>")]
    pub fn list_project_tickets(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.read_group("listProjectTickets", &project_id, group::TICKETS, TICKET_ROWS, options)
    }

    /// The project's contracts; `[]` when there are none.
    #[wasm_bindgen(js_name = listProjectContracts, unchecked_return_type = "Promise<Contracts>")]
    pub fn list_project_contracts(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.read_group("listProjectContracts", &project_id, group::CONTRACTS, CONTRACT_ROWS, options)
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
