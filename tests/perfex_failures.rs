//! PerfexClient against the emulator, every method's failures (Node and headless Chromium):
//! empty lists, unknown ids, expired tokens, permissions, the server's validation failures,
//! input refused before sending, a disabled registration, and writes that are never repeated.
#![cfg(target_arch = "wasm32")]

mod common;
mod perfex_support;

use std::cell::RefCell;
use std::rc::Rc;

use common::*;
use perfex_support::*;
use serde_json::json;
use switchboard::perfex::PerfexClient;
use tsify::Ts;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

/// Caller input from JSON text.
fn ts<T: tsify::Tsify>(text: &str) -> Ts<T> {
    Ts::new_unchecked(js(text))
}

/// Every method that needs a token.
const TOKEN_METHODS: &[&str] = &[
    "listEstimates", "getEstimate", "listProposals", "getProposal", "addProposalComment", "listInvoices", "getInvoice",
    "listContracts", "getContract", "addContractComment", "listProjects", "getProject", "listProjectTasks",
    "listProjectTimesheets", "listProjectMilestones", "listProjectFiles", "listProjectDiscussions", "listProjectProposals",
    "listProjectEstimates", "listProjectInvoices", "listProjectSubscriptions", "listProjectExpenses",
    "listProjectCreditNotes", "listProjectTickets", "listProjectContracts", "getNewTaskOptions", "createTask", "updateTask",
    "listTickets", "getTicket", "createTicket", "replyToTicket", "getClientMenu", "listDepartments", "listServices",
    "listTicketPriorities",
];

/// The methods that take a record id (for `updateTask`, the task's, in project 1).
const ID_METHODS: &[&str] = &[
    "getEstimate", "getProposal", "addProposalComment", "getInvoice", "getContract", "addContractComment", "getProject",
    "listProjectTasks", "listProjectTimesheets", "listProjectMilestones", "listProjectFiles", "listProjectDiscussions",
    "listProjectProposals", "listProjectEstimates", "listProjectInvoices", "listProjectSubscriptions",
    "listProjectExpenses", "listProjectCreditNotes", "listProjectTickets", "listProjectContracts", "getNewTaskOptions",
    "createTask", "updateTask", "getTicket", "replyToTicket",
];

/// Calls `method` with `id` as its record id and valid input otherwise.
async fn call(c: &PerfexClient, method: &str, id: &str) -> Result<JsValue, JsValue> {
    let id = || JsValue::from_str(id);
    Ok(match method {
        "listEstimates" => c.list_estimates(None).await?.into(),
        "getEstimate" => c.get_estimate(id(), None).await?.into(),
        "listProposals" => c.list_proposals(None).await?.into(),
        "getProposal" => c.get_proposal(id(), None).await?.into(),
        "addProposalComment" => c.add_proposal_comment(id(), "A question.".into(), None).await.map(|_| JsValue::UNDEFINED)?,
        "listInvoices" => c.list_invoices(None).await?.into(),
        "getInvoice" => c.get_invoice(id(), None).await?.into(),
        "listContracts" => c.list_contracts(None).await?.into(),
        "getContract" => c.get_contract(id(), None).await?.into(),
        "addContractComment" => c.add_contract_comment(id(), "A question.".into(), None).await.map(|_| JsValue::UNDEFINED)?,
        "listProjects" => c.list_projects(None).await?.into(),
        "getProject" => c.get_project(id(), None).await?.into(),
        "listProjectTasks" => c.list_project_tasks(id(), None).await?.into(),
        "listProjectTimesheets" => c.list_project_timesheets(id(), None).await?.into(),
        "listProjectMilestones" => c.list_project_milestones(id(), None).await?.into(),
        "listProjectFiles" => c.list_project_files(id(), None).await?.into(),
        "listProjectDiscussions" => c.list_project_discussions(id(), None).await?.into(),
        "listProjectProposals" => c.list_project_proposals(id(), None).await?.into(),
        "listProjectEstimates" => c.list_project_estimates(id(), None).await?.into(),
        "listProjectInvoices" => c.list_project_invoices(id(), None).await?.into(),
        "listProjectSubscriptions" => c.list_project_subscriptions(id(), None).await?.into(),
        "listProjectExpenses" => c.list_project_expenses(id(), None).await?.into(),
        "listProjectCreditNotes" => c.list_project_credit_notes(id(), None).await?.into(),
        "listProjectTickets" => c.list_project_tickets(id(), None).await?.into(),
        "listProjectContracts" => c.list_project_contracts(id(), None).await?.into(),
        "getNewTaskOptions" => c.get_new_task_options(id(), None).await?.into(),
        "createTask" => c
            .create_task(id(), ts(r#"{"name":"Check the forms","startDate":"2025-06-01"}"#), None)
            .await
            .map(|_| JsValue::UNDEFINED)?,
        "updateTask" => c.update_task(1.into(), id(), ts(r#"{"name":"Renamed"}"#), None).await.map(|_| JsValue::UNDEFINED)?,
        "listTickets" => c.list_tickets(None).await?.into(),
        "getTicket" => c.get_ticket(id(), None).await?.into(),
        "createTicket" => c
            .create_ticket(ts(r#"{"subject":"Help","department":1,"priority":1,"message":"Please call me."}"#), None)
            .await
            .map(|_| JsValue::UNDEFINED)?,
        "replyToTicket" => c.reply_to_ticket(id(), ts(r#"{"message":"Any news?"}"#), None).await.map(|_| JsValue::UNDEFINED)?,
        "getClientMenu" => c.get_client_menu(None).await?.into(),
        "listDepartments" => c.list_departments(None).await?.into(),
        "listServices" => c.list_services(None).await?.into(),
        "listTicketPriorities" => c.list_ticket_priorities(None).await?.into(),
        other => panic!("no such method in this test: {other}"),
    })
}

/// Asserts a call failed with this kind and status, named for its method.
fn assert_failed(result: Result<JsValue, JsValue>, method: &str, expected_kind: &str, status: Option<f64>) -> JsValue {
    let err = match result {
        Ok(v) => panic!("{method} succeeded: {}", json(&v)),
        Err(e) => e,
    };
    assert_eq!(kind(&err), expected_kind, "{method}: {}", message(&err));
    assert_eq!(get(&err, "status").as_f64(), status, "{method}: {}", message(&err));
    assert_eq!(text(&err, "operation"), method);
    assert_eq!(text(&err, "backend"), "perfex");
    err
}

#[wasm_bindgen_test]
async fn an_empty_list_is_an_empty_array() {
    let scope = Scope::new("perfex-f-empty");
    let empty = signed_in(&scope, "empty@example.com").await;
    for method in ["listEstimates", "listProposals", "listInvoices", "listContracts", "listProjects", "listTickets"] {
        let list = call(&empty, method, "").await.unwrap_or_else(|e| panic!("{method}: {}", message(&e)));
        assert!(list.is_array() && len(&list, "") == 0, "{method}: {}", json(&list));
    }
    // Project 2 has nothing in these groups (and they are switched on).
    let ada = signed_in(&scope, "ada@example.com").await;
    for method in [
        "listProjectFiles", "listProjectProposals", "listProjectEstimates", "listProjectSubscriptions", "listProjectExpenses",
        "listProjectCreditNotes", "listProjectTickets", "listProjectContracts",
    ] {
        let list = call(&ada, method, "2").await.unwrap_or_else(|e| panic!("{method}: {}", message(&e)));
        assert!(list.is_array() && len(&list, "") == 0, "{method}: {}", json(&list));
    }
    // A contact without permissions has an empty menu.
    let noperm = signed_in(&scope, "noperm@example.com").await;
    let menu: JsValue = noperm.get_client_menu(None).await.expect("menu").into();
    assert_eq!(len(&menu, ""), 0);
    // The knowledge base answers `data: null` for a group without articles.
    for slug in ["announcements", "no-such-group"] {
        let articles: JsValue = ada.list_knowledge_base_group_articles(slug.into(), None).await.expect("group").into();
        assert!(articles.is_array() && len(&articles, "") == 0, "{slug}");
    }
    // Never a query parameter (the server answers those with 500).
    let log = scope.requests().await;
    assert!(js_sys::Array::from(&log).iter().all(|r| text(&r, "query").is_empty()));
}

#[wasm_bindgen_test]
async fn an_unknown_id_is_not_found() {
    let scope = Scope::new("perfex-f-404");
    let c = signed_in(&scope, "ada@example.com").await;
    for method in ID_METHODS {
        let err = assert_failed(call(&c, method, "999").await, method, "not_found", Some(404.0));
        assert_eq!(message(&err), format!("perfex {method}: No data found"));
    }
    // Not a number, or another customer's record: the same 404.
    assert_failed(call(&c, "getInvoice", "abc").await, "getInvoice", "not_found", Some(404.0));
    assert_failed(call(&c, "getTicket", "4").await, "getTicket", "not_found", Some(404.0));
    assert_failed(call(&c, "listProjectTasks", "3").await, "listProjectTasks", "not_found", Some(404.0));
    // The knowledge base answers an unknown article with 200 and `data: null`.
    let err = c.get_knowledge_base_article("no-such-article".into(), None).await.map(JsValue::from);
    assert_failed(err, "getKnowledgeBaseArticle", "not_found", None);
    // Nothing was lost: the session still works.
    assert!(c.is_signed_in());
}

#[wasm_bindgen_test]
async fn an_expired_token_is_an_auth_error_for_every_method() {
    let scope = Scope::new("perfex-f-expired");
    for method in TOKEN_METHODS {
        let c = signed_in(&scope, "ada@example.com").await;
        let lost = Rc::new(RefCell::new(String::new()));
        let seen = lost.clone();
        let listener = Closure::<dyn FnMut(String)>::new(move |why: String| *seen.borrow_mut() = why);
        c.on_session_expired(Some(listener.as_ref().clone().into()));
        scope.advance_clock(8 * 24 * 3600).await;
        let err = assert_failed(call(&c, method, "1").await, method, "auth", Some(401.0));
        assert!(message(&err).contains("Token Time Expire"), "{method}: {}", message(&err));
        assert!(!c.is_signed_in(), "{method}");
        assert_eq!(*lost.borrow(), "rejected", "{method}");
        // The next call is refused before anything is sent.
        let before = len(&scope.requests().await, "");
        assert_failed(call(&c, method, "1").await, method, "auth", None);
        assert_eq!(len(&scope.requests().await, ""), before, "{method}");
    }
}

#[wasm_bindgen_test]
async fn permission_is_denied_where_the_contact_lacks_it() {
    let scope = Scope::new("perfex-f-403");
    let noperm = signed_in(&scope, "noperm@example.com").await;
    // Its own records: estimate, proposal, invoice, contract and ticket 4, project 3, task 6.
    for method in TOKEN_METHODS {
        let id = match *method {
            "getProject" | "getNewTaskOptions" | "createTask" => "3",
            m if m.starts_with("listProject") && m != "listProjects" => "3",
            "updateTask" => "6",
            _ => "4",
        };
        let result = call(&noperm, method, id).await;
        if ["getClientMenu", "listDepartments", "listServices", "listTicketPriorities"].contains(method) {
            assert!(result.is_ok(), "{method} needs no permission");
            continue;
        }
        let err = assert_failed(result, method, "forbidden", Some(403.0));
        assert!(message(&err).ends_with("You do not have permission to perform this action"), "{}", message(&err));
    }
    // Ada may do everything, but project 2 hides some groups and does not let her create or
    // edit tasks, a contact edits only the tasks it created, and proposal 2 takes no comments.
    let ada = signed_in(&scope, "ada@example.com").await;
    for method in ["listProjectTimesheets", "listProjectMilestones", "listProjectDiscussions", "listProjectInvoices", "getNewTaskOptions", "createTask"] {
        assert_failed(call(&ada, method, "2").await, method, "forbidden", Some(403.0));
    }
    let err = ada.update_task(2.into(), 5.into(), Ts::new_unchecked(js(r#"{"name":"x"}"#)), None).await.map(|_| JsValue::UNDEFINED);
    assert_failed(err, "updateTask", "forbidden", Some(403.0));
    assert_failed(call(&ada, "updateTask", "1").await, "updateTask", "forbidden", Some(403.0));
    assert_failed(call(&ada, "addProposalComment", "2").await, "addProposalComment", "forbidden", Some(403.0));
    assert!(ada.is_signed_in(), "a 403 keeps the session");
}

#[wasm_bindgen_test]
async fn the_servers_validation_failures_reach_the_caller_as_plain_text() {
    let scope = Scope::new("perfex-f-422");
    let c = signed_in(&scope, "ada@example.com").await;
    // The emulator checks numeric ids the client passes through as text.
    let ticket = js(r#"{"subject":"Help","department":"sales","priority":"high","message":"Call me."}"#);
    let err = c.create_ticket(Ts::new_unchecked(ticket), None).await.map(|_| JsValue::UNDEFINED);
    let err = assert_failed(err, "createTicket", "validation", Some(422.0));
    assert_eq!(text(&err, "details.department"), "The Department field must contain only numbers.");
    assert_eq!(text(&err, "details.priority"), "The Priority field must contain only numbers.");
    assert!(!message(&err).contains('<'), "{}", message(&err));

    // The same classification for every write, with the module's `<p>` answers.
    for (method, path) in [
        ("addProposalComment", "/proposals/id/1/group/proposals_comment"),
        ("addContractComment", "/contracts/id/1/group/contract_comment"),
        ("createTask", "/projects/id/1/group/tasks"),
        ("updateTask", "/projects/id/1/group/tasks"),
        ("createTicket", "/customers_api/v1/tickets"),
        ("replyToTicket", "/tickets/add_reply/1"),
    ] {
        let body = json!({"status": false, "error": {"name": "<p>The Name field is required.</p>\n"}, "message": "<p>The Name field is required.</p>\n"});
        scope.fault(&json!({"match": path, "kind": "status", "status": 422, "body": body.to_string()}).to_string()).await;
        let id = if method == "updateTask" { "3" } else { "1" };
        let err = assert_failed(call(&c, method, id).await, method, "validation", Some(422.0));
        assert_eq!(text(&err, "details.name"), "The Name field is required.", "{method}");
        assert_eq!(message(&err), format!("perfex {method}: The Name field is required."));
    }
    // Sign-in too: the module refuses an empty password with 422.
    let fresh = client(&scope, "");
    let err = fresh.login(Ts::new_unchecked(js(r#"{"email":"ada@example.com","password":""}"#)), None).await.map(JsValue::from);
    let err = assert_failed(err, "login", "validation", Some(422.0));
    assert_eq!(text(&err, "details.password"), "The Password field is required.");
}

#[wasm_bindgen_test]
async fn bad_input_is_refused_before_anything_is_sent() {
    let scope = Scope::new("perfex-f-input");
    let c = signed_in(&scope, "ada@example.com").await;
    let before = len(&scope.requests().await, "");
    let refused = |result: Result<JsValue, JsValue>, method: &str, field: &str| {
        let err = assert_failed(result, method, "invalid_input", None);
        assert!(message(&err).contains(field), "{method}: {} should name {field}", message(&err));
    };
    refused(c.create_task(1.into(), ts(r#"{"name":"No start"}"#), None).await, "createTask", "startDate");
    refused(c.create_task(1.into(), ts(r#"{"name":"x","startDate":"01/06/2025"}"#), None).await, "createTask", "startDate");
    refused(c.create_task(1.into(), ts(r#"{"name":" ","startDate":"2025-06-01"}"#), None).await, "createTask", "name");
    refused(c.create_task(1.into(), ts(r#"{"name":"x","startDate":"2025-06-01","priority":"critical"}"#), None).await, "createTask", "priority");
    refused(c.create_task(1.into(), ts(r#"{"name":"x","startDate":"2025-06-01","assignees":[1.5]}"#), None).await, "createTask", "assignees");
    refused(c.create_task(1.5.into(), ts(r#"{"name":"x","startDate":"2025-06-01"}"#), None).await, "createTask", "projectId");
    refused(c.update_task(1.into(), 3.into(), ts("{}"), None).await, "updateTask", "changes");
    refused(c.update_task(1.into(), 3.into(), ts(r#"{"assignees":[]}"#), None).await, "updateTask", "assignees");
    refused(c.update_task(1.into(), JsValue::NULL, ts(r#"{"name":"x"}"#), None).await, "updateTask", "taskId");
    refused(c.create_ticket(ts(r#"{"department":1,"priority":1,"message":"m"}"#), None).await, "createTicket", "subject");
    refused(c.create_ticket(ts(r#"{"subject":"s","department":true,"priority":1,"message":"m"}"#), None).await, "createTicket", "department");
    // The document's field names are not the ones the module reads: refused, not dropped.
    refused(c.create_ticket(ts(r#"{"subject":"s","department":1,"priority":1,"TicketBody":"m"}"#), None).await, "createTicket", "TicketBody");
    refused(c.create_ticket(ts(r#"{"subject":"s","department":1,"priority":1,"message":"m","project":1}"#), None).await, "createTicket", "project");
    refused(c.create_ticket(ts(r#"{"subject":"s","department":1,"priority":1,"message":"m","attachments":"file.txt"}"#), None).await, "createTicket", "attachments");
    refused(c.create_ticket(ts(r#"{"subject":"s","department":1,"priority":1,"message":"m","attachments":[42]}"#), None).await, "createTicket", "attachments.0");
    refused(c.reply_to_ticket(1.into(), ts(r#"{"Message":"m"}"#), None).await, "replyToTicket", "Message");
    refused(c.reply_to_ticket(1.into(), ts(r#"{"message":"  "}"#), None).await, "replyToTicket", "message");
    refused(c.add_proposal_comment(1.into(), "".into(), None).await, "addProposalComment", "content");
    refused(c.add_contract_comment(1.into(), JsValue::from(7), None).await, "addContractComment", "content");
    refused(c.register(Ts::new_unchecked(js(r#"{"company":"c","firstName":"f","lastName":"l","password":"p"}"#)), None).await.map(|_| JsValue::UNDEFINED), "register", "email");
    assert_eq!(len(&scope.requests().await, ""), before, "nothing was sent");
    assert!(c.list_tickets(None).await.is_ok(), "the client still works");
}

#[wasm_bindgen_test]
async fn a_registration_that_is_not_enabled_is_an_api_error() {
    let scope = Scope::new("perfex-f-register");
    let c = client(&scope, "");
    let registration = js(r#"{"company":"Harbour Cafe","firstName":"Mia","lastName":"Holm","email":"mia@example.com",
                              "password":"a-new-password-7","country":236,"city":"Springfield"}"#);
    let err = c.register(Ts::new_unchecked(registration), None).await.map(|_| JsValue::UNDEFINED);
    let err = assert_failed(err, "register", "api", Some(200.0));
    assert!(message(&err).contains("Registration is not enabled"), "{}", message(&err));
    assert!(!json(&err).contains("a-new-password-7") && !message(&err).contains("a-new-password-7"));
    assert!(!c.is_signed_in());
    let log = scope.requests().await;
    let last = js_sys::Array::from(&log).pop();
    assert_eq!(text(&last, "method"), "POST");
    assert!(text(&last, "path").ends_with("/customers_api/v1/register"));
    // A 400 "Registration not allowed" (what the document shows) is an api error too.
    scope
        .fault(&json!({"match": "/register", "kind": "status", "status": 400, "body": r#"{"status":false,"message":"Registration not allowed"}"#}).to_string())
        .await;
    let registration = js(r#"{"company":"c","firstName":"f","lastName":"l","email":"f@example.com","password":"pw-123456"}"#);
    let err = c.register(Ts::new_unchecked(registration), None).await.map(|_| JsValue::UNDEFINED);
    let err = assert_failed(err, "register", "api", Some(400.0));
    assert!(message(&err).ends_with("Registration not allowed"));
}

#[wasm_bindgen_test]
async fn writes_are_sent_once_reads_are_retried() {
    let scope = Scope::new("perfex-f-retry");
    let c = client(&scope, r#""retries": 2"#);
    c.login(Ts::new_unchecked(js(&format!(r#"{{"email":"ada@example.com","password":"{PASSWORD}"}}"#))), None)
        .await
        .expect("login");
    let count = |log: &JsValue, method: &str, suffix: &str| {
        js_sys::Array::from(log).iter().filter(|r| text(r, "method") == method && text(r, "path").ends_with(suffix)).count()
    };
    for (method, suffix, http) in [
        ("createTicket", "/customers_api/v1/tickets", "POST"),
        ("replyToTicket", "/tickets/add_reply/1", "POST"),
        ("createTask", "/projects/id/1/group/tasks", "POST"),
        ("updateTask", "/projects/id/1/group/tasks", "PUT"),
        ("addProposalComment", "/group/proposals_comment", "POST"),
        ("addContractComment", "/group/contract_comment", "POST"),
    ] {
        scope.fault(&json!({"match": suffix, "kind": "status", "status": 503, "times": 3}).to_string()).await;
        let before = count(&scope.requests().await, http, suffix);
        let id = if method == "updateTask" { "3" } else { "1" };
        assert_failed(call(&c, method, id).await, method, "http", Some(503.0));
        assert_eq!(count(&scope.requests().await, http, suffix), before + 1, "{method} was sent more than once");
        // Use up what is left of the fault.
        scope.control("POST", "reset", None).await;
        c.login(Ts::new_unchecked(js(&format!(r#"{{"email":"ada@example.com","password":"{PASSWORD}"}}"#))), None)
            .await
            .expect("login");
    }
    scope.fault(r#"{"match": "/customers_api/v1/estimates", "kind": "status", "status": 503}"#).await;
    let list: JsValue = c.list_estimates(None).await.expect("a read survives one 503").into();
    assert_eq!(len(&list, ""), 2);
    assert_eq!(count(&scope.requests().await, "GET", "/customers_api/v1/estimates"), 2);
}
