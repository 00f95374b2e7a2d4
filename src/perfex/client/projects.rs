//! Projects, each project group (one typed method per group, all through
//! `fetch_project_group`), and
//! the task writes.

use crate::core::transport::Method;
use tsify::Ts;
use wasm_bindgen::prelude::*;

use crate::core::js::input;
use super::{record_path, PerfexClient, API};
use crate::core::body::Body;
use crate::core::js::record_id;
use crate::core::transport::{Call, Repeat};
use crate::core::url::segment;
use crate::perfex::types::*;
use crate::perfex::wire::{self, group};

/// The path of a group of the caller's project.
fn project_group(project_id: &JsValue, group: &str) -> crate::core::error::Result<String> {
    Ok(format!("{API}/projects/id/{}/group/{group}", segment(&record_id("projectId", project_id)?)))
}

#[wasm_bindgen]
impl PerfexClient {
    /// The customer's projects; `[]` when there are none.
    #[wasm_bindgen(js_name = listProjects)]
    pub async fn list_projects(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<Projects>, JsValue> {
        self.fetch_list::<wire::Project, _, _>("listProjects", || Ok(format!("{API}/projects")), Projects, options).await
    }

    /// One project with its team and what the customer may see and do in it; a
    /// `not_found` error for an unknown id.
    #[wasm_bindgen(js_name = getProject)]
    pub async fn get_project(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | number")] id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<ProjectDetail>, JsValue> {
        self.fetch_one::<wire::Project, _>("getProject", || record_path("projects", &id), options).await
    }

    /// The project's tasks that its customer may see; `[]` when there are none. A `forbidden` error when the project hides its tasks.
    #[wasm_bindgen(js_name = listProjectTasks)]
    pub async fn list_project_tasks(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<Tasks>, JsValue> {
        self.fetch_project_group::<wire::Task, _, _>("listProjectTasks", project_id, group::TASKS, Tasks, options).await
    }

    /// Time logged on the project's tasks; `[]` when there is none. A `forbidden` error when the project hides its timesheets.
    #[wasm_bindgen(js_name = listProjectTimesheets)]
    pub async fn list_project_timesheets(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<Timesheets>, JsValue> {
        self.fetch_project_group::<wire::Timesheet, _, _>("listProjectTimesheets", project_id, group::TIMESHEETS, Timesheets, options).await
    }

    /// The project's milestones; `[]` when there are none. A `forbidden` error when the project hides them.
    #[wasm_bindgen(js_name = listProjectMilestones)]
    pub async fn list_project_milestones(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<Milestones>, JsValue> {
        self.fetch_project_group::<wire::Milestone, _, _>("listProjectMilestones", project_id, group::MILESTONES, Milestones, options).await
    }

    /// The files shared with the customer in the project; `[]` when there are none.
    #[wasm_bindgen(js_name = listProjectFiles)]
    pub async fn list_project_files(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<ProjectFiles>, JsValue> {
        self.fetch_project_group::<wire::ProjectFile, _, _>("listProjectFiles", project_id, group::FILES, ProjectFiles, options).await
    }

    /// The project's discussions open to the customer; `[]` when there are none. A `forbidden` error when the project hides them.
    #[wasm_bindgen(js_name = listProjectDiscussions)]
    pub async fn list_project_discussions(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<ProjectDiscussions>, JsValue> {
        self.fetch_project_group::<wire::Discussion, _, _>("listProjectDiscussions", project_id, group::DISCUSSIONS, ProjectDiscussions, options).await
    }

    /// The project's proposals; `[]` when there are none.
    #[wasm_bindgen(js_name = listProjectProposals)]
    pub async fn list_project_proposals(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<Proposals>, JsValue> {
        self.fetch_project_group::<wire::Proposal, _, _>("listProjectProposals", project_id, group::PROPOSALS, Proposals, options).await
    }

    /// The project's estimates; `[]` when there are none.
    #[wasm_bindgen(js_name = listProjectEstimates)]
    pub async fn list_project_estimates(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<Estimates>, JsValue> {
        self.fetch_project_group::<wire::Estimate, _, _>("listProjectEstimates", project_id, group::ESTIMATES, Estimates, options).await
    }

    /// The project's invoices; `[]` when there are none. A `forbidden` error when the project hides them.
    #[wasm_bindgen(js_name = listProjectInvoices)]
    pub async fn list_project_invoices(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<Invoices>, JsValue> {
        self.fetch_project_group::<wire::Invoice, _, _>("listProjectInvoices", project_id, group::INVOICES, Invoices, options).await
    }

    /// The project's subscriptions; `[]` when there are none.
    #[wasm_bindgen(js_name = listProjectSubscriptions)]
    pub async fn list_project_subscriptions(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<Subscriptions>, JsValue> {
        self.fetch_project_group::<wire::Subscription, _, _>("listProjectSubscriptions", project_id, group::SUBSCRIPTIONS, Subscriptions, options).await
    }

    /// The expenses recorded against the project; `[]` when there are none.
    #[wasm_bindgen(js_name = listProjectExpenses)]
    pub async fn list_project_expenses(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<Expenses>, JsValue> {
        self.fetch_project_group::<wire::Expense, _, _>("listProjectExpenses", project_id, group::EXPENSES, Expenses, options).await
    }

    /// The project's credit notes; `[]` when there are none.
    #[wasm_bindgen(js_name = listProjectCreditNotes)]
    pub async fn list_project_credit_notes(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<CreditNotes>, JsValue> {
        self.fetch_project_group::<wire::CreditNote, _, _>("listProjectCreditNotes", project_id, group::CREDIT_NOTES, CreditNotes, options).await
    }

    /// The project's support tickets; `[]` when there are none.
    #[wasm_bindgen(js_name = listProjectTickets)]
    pub async fn list_project_tickets(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<Tickets>, JsValue> {
        self.fetch_project_group::<wire::Ticket, _, _>("listProjectTickets", project_id, group::TICKETS, Tickets, options).await
    }

    /// The project's contracts; `[]` when there are none.
    #[wasm_bindgen(js_name = listProjectContracts)]
    pub async fn list_project_contracts(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<Contracts>, JsValue> {
        self.fetch_project_group::<wire::Contract, _, _>("listProjectContracts", project_id, group::CONTRACTS, Contracts, options).await
    }

    /// What a new task in the project may refer to: priorities, milestones, and the staff
    /// who can be assigned. A `forbidden` error when the customer may not create tasks there.
    #[wasm_bindgen(js_name = getNewTaskOptions)]
    pub async fn get_new_task_options(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<Ts<NewTaskOptions>, JsValue> {
        self.fetch_one::<wire::CreateTaskData, _>("getNewTaskOptions", || project_group(&project_id, group::CREATE_TASK_DATA), options)
            .await
    }

    /// Adds a task to the project. The server does not say the new task's id (it shows in
    /// `listProjectTasks`). A `forbidden` error when the project does not let its customer
    /// create tasks; sent once, never retried.
    #[wasm_bindgen(js_name = createTask)]
    pub async fn create_task(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        task: Ts<NewTask>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<(), JsValue> {
        let build = || {
            let path = project_group(&project_id, group::TASKS)?;
            let form = wire::new_task_form(&input::<NewTask>("task", task.into())?)?;
            Ok(Call::new(Method::POST, path, Repeat::Never).body(Body::Form(form)))
        };
        self.submit("createTask", build, options).await
    }

    /// Changes a task of the project; fields left out stay as they are, `assignees`
    /// replaces the current ones. A contact may change only the tasks it created
    /// (`createdByContact`), else a `forbidden` error; sent once, never retried.
    #[wasm_bindgen(js_name = updateTask)]
    pub async fn update_task(
        &self,
        #[wasm_bindgen(js_name = "projectId", unchecked_param_type = "string | number")] project_id: JsValue,
        #[wasm_bindgen(js_name = "taskId", unchecked_param_type = "string | number")] task_id: JsValue,
        changes: Ts<TaskChanges>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Result<(), JsValue> {
        let build = || {
            let path = project_group(&project_id, group::TASKS)?;
            let task_id = record_id("taskId", &task_id)?;
            let form = wire::task_changes_form(&task_id, &input::<TaskChanges>("changes", changes.into())?)?;
            Ok(Call::new(Method::PUT, path, Repeat::Never).body(Body::Form(form)))
        };
        self.submit("updateTask", build, options).await
    }
}
