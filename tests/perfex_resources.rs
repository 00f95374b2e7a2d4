//! PerfexClient against the emulator, every method's happy path (Node and headless Chromium):
//! what a user sees from estimates, proposals, invoices, contracts, projects and their groups,
//! tasks, tickets (with attachments that must arrive intact), the knowledge base and the
//! installation's lists.
#![cfg(target_arch = "wasm32")]

mod common;
mod perfex_support;

use common::*;
use perfex_support::*;
use tsify::Ts;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::wasm_bindgen_test;

/// The `id`s of a list, in order.
fn ids(list: &JsValue) -> Vec<String> {
    js_sys::Array::from(list).iter().map(|row| text(&row, "id")).collect()
}

/// The row of a list whose `id` is `id`.
fn row(list: &JsValue, id: &str) -> JsValue {
    js_sys::Array::from(list).iter().find(|r| text(r, "id") == id).unwrap_or_else(|| panic!("no row {id} in {}", json(list)))
}

/// Decoded body of the last logged request.
async fn last_request(scope: &Scope) -> (JsValue, Vec<u8>) {
    let log = scope.requests().await;
    let last = js_sys::Array::from(&log).pop();
    let body = text(&last, "bodyBase64");
    let atob: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &"atob".into()).unwrap().unchecked_into();
    let binary = atob.call1(&JsValue::UNDEFINED, &body.into()).unwrap().as_string().unwrap();
    (last, binary.chars().map(|c| c as u8).collect())
}

/// The bytes of a ticket attachment, fetched the way a portal page would (with the token).
async fn download(scope: &Scope, token: &str, attachment_id: &str) -> Vec<u8> {
    let init = web_sys::RequestInit::new();
    init.set_headers(&js(&format!(r#"{{"Authorization":"{token}"}}"#)));
    let url = format!("{}/download/file/ticket/{attachment_id}", scope.base("perfex"));
    let fetch: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &"fetch".into()).unwrap().unchecked_into();
    let promise: js_sys::Promise = fetch.call2(&JsValue::UNDEFINED, &url.into(), &init).unwrap().unchecked_into();
    let response: web_sys::Response = JsFuture::from(promise).await.unwrap().unchecked_into();
    assert_eq!(response.status(), 200, "download of attachment {attachment_id}");
    let buffer = JsFuture::from(response.array_buffer().unwrap()).await.unwrap();
    js_sys::Uint8Array::new(&buffer).to_vec()
}

fn parts(bytes: &[u8]) -> js_sys::Array {
    js_sys::Array::of1(&js_sys::Uint8Array::from(bytes))
}

#[wasm_bindgen_test]
async fn estimates_are_listed_and_read_with_money_as_text() {
    let scope = Scope::new("perfex-estimates");
    let c = signed_in(&scope, "ada@example.com").await;
    let list: JsValue = c.list_estimates(None).await.expect("estimates").into();
    assert_eq!(ids(&list), ["1", "2"], "the draft stays hidden");
    let first = row(&list, "1");
    assert_eq!(text(&first, "status"), "sent");
    assert_eq!(text(&first, "total"), "1200.00");
    assert_eq!(text(&first, "currency"), "USD");
    assert_eq!(get(&first, "sent").as_bool(), Some(true));
    assert_eq!(text(&first, "project.name"), "Website Relaunch");
    assert!(get(&first, "project_id").is_undefined() && get(&first, "datecreated").is_undefined());

    let detail: JsValue = c.get_estimate("2".into(), None).await.expect("estimate").into();
    assert_eq!((text(&detail, "id"), text(&detail, "status")), ("2".into(), "accepted".into()));
    assert_eq!(len(&detail, "items"), 2);
    assert_eq!((text(&detail, "items.0.quantity"), text(&detail, "items.0.rate")), ("5.00".into(), "50.00".into()));
    assert!(get(&detail, "project").is_undefined(), "estimate 2 has no project");
}

#[wasm_bindgen_test]
async fn proposals_take_comments_where_they_allow_them() {
    let scope = Scope::new("perfex-proposals");
    let c = signed_in(&scope, "ada@example.com").await;
    let list: JsValue = c.list_proposals(None).await.expect("proposals").into();
    assert_eq!(ids(&list), ["1", "2"]);
    assert_eq!(get(&row(&list, "1"), "allowComments").as_bool(), Some(true));
    assert_eq!(get(&row(&list, "2"), "allowComments").as_bool(), Some(false));

    let detail: JsValue = c.get_proposal(1.into(), None).await.expect("proposal").into();
    assert_eq!(text(&detail, "status"), "sent");
    assert_eq!(len(&detail, "comments"), 2);
    assert_eq!(get(&detail, "comments.1.fromStaff").as_bool(), Some(true));
    assert_eq!(len(&detail, "items"), 1);

    c.add_proposal_comment(1.into(), "Could we start in June?".into(), None).await.expect("comment");
    let (request, body) = last_request(&scope).await;
    assert_eq!(text(&request, "method"), "POST");
    assert!(text(&request, "path").ends_with("/proposals/id/1/group/proposals_comment"));
    assert_eq!(String::from_utf8_lossy(&body), "content=Could%20we%20start%20in%20June%3F");
    let detail: JsValue = c.get_proposal(1.into(), None).await.expect("proposal").into();
    assert_eq!(len(&detail, "comments"), 3);
    assert_eq!(text(&detail, "comments.2.content"), "Could we start in June?");
    assert_eq!(get(&detail, "comments.2.fromStaff").as_bool(), Some(false));
}

#[wasm_bindgen_test]
async fn invoices_show_payments_and_what_is_left_to_pay() {
    let scope = Scope::new("perfex-invoices");
    let c = signed_in(&scope, "ada@example.com").await;
    let list: JsValue = c.list_invoices(None).await.expect("invoices").into();
    assert_eq!(ids(&list), ["1", "2"]);
    assert_eq!(text(&row(&list, "1"), "status"), "unpaid");
    assert_eq!(text(&row(&list, "1"), "dueDate"), "2025-04-09");
    let paid: JsValue = c.get_invoice(2.into(), None).await.expect("invoice").into();
    assert_eq!((text(&paid, "status"), text(&paid, "amountDue")), ("paid".into(), "0.00".into()));
    assert_eq!(len(&paid, "payments"), 1);
    assert_eq!((text(&paid, "payments.0.amount"), text(&paid, "payments.0.mode")), ("350.00".into(), "Bank transfer".into()));
    let unpaid: JsValue = c.get_invoice("1".into(), None).await.expect("invoice").into();
    assert_eq!(text(&unpaid, "amountDue"), "600.00");
    assert_eq!(text(&unpaid, "billingAddress.city"), "Springfield");
}

#[wasm_bindgen_test]
async fn contracts_are_read_and_commented() {
    let scope = Scope::new("perfex-contracts");
    let c = signed_in(&scope, "ada@example.com").await;
    let list: JsValue = c.list_contracts(None).await.expect("contracts").into();
    assert_eq!(ids(&list), ["1", "2"], "the trashed one stays hidden");
    let sla = row(&list, "2");
    assert_eq!(get(&sla, "signed").as_bool(), Some(true));
    assert_eq!(text(&sla, "acceptance.firstName"), "Ada");
    assert_eq!(text(&sla, "contractType.name"), "Service Level Agreement");
    assert_eq!(text(&sla, "value"), "350.00");

    let detail: JsValue = c.get_contract(1.into(), None).await.expect("contract").into();
    assert_eq!(len(&detail, "comments"), 2);
    c.add_contract_comment(2.into(), "Renewal terms look fine.".into(), None).await.expect("comment");
    let detail: JsValue = c.get_contract(2.into(), None).await.expect("contract").into();
    assert_eq!(len(&detail, "comments"), 1);
    assert_eq!(text(&detail, "comments.0.content"), "Renewal terms look fine.");
}

#[wasm_bindgen_test]
async fn projects_show_their_team_features_and_permissions() {
    let scope = Scope::new("perfex-projects");
    let c = signed_in(&scope, "ada@example.com").await;
    let list: JsValue = c.list_projects(None).await.expect("projects").into();
    assert_eq!(ids(&list), ["1", "2"]);
    let relaunch = row(&list, "1");
    assert_eq!((text(&relaunch, "status"), text(&relaunch, "billingType")), ("in_progress".into(), "fixed_rate".into()));
    assert_eq!(get(&relaunch, "progress").as_f64(), Some(40.0));
    assert_eq!(text(&relaunch, "cost"), "1200.00");
    assert!(get(&row(&list, "2"), "deadline").is_undefined());

    let full: JsValue = c.get_project(1.into(), None).await.expect("project").into();
    assert_eq!(len(&full, "members"), 2);
    assert_eq!(text(&full, "members.0.name"), "Rita Okafor");
    assert_eq!(get(&full, "features.creditNotes").as_bool(), Some(true));
    assert_eq!(get(&full, "permissions.createTasks").as_bool(), Some(true));
    let limited: JsValue = c.get_project(2.into(), None).await.expect("project").into();
    assert_eq!(get(&limited, "features.milestones").as_bool(), Some(false));
    assert_eq!(get(&limited, "permissions.editTasks").as_bool(), Some(false));
}

#[wasm_bindgen_test]
async fn every_project_group_lists_its_rows() {
    let scope = Scope::new("perfex-groups");
    let c = signed_in(&scope, "ada@example.com").await;
    let p = || JsValue::from(1);

    let tasks: JsValue = c.list_project_tasks(p(), None).await.expect("tasks").into();
    assert_eq!(ids(&tasks), ["1", "2", "3"], "the hidden task stays hidden");
    assert_eq!((text(&row(&tasks, "1"), "status"), text(&row(&tasks, "1"), "priority")), ("complete".into(), "medium".into()));
    assert_eq!(text(&row(&tasks, "1"), "milestone.name"), "Design");
    assert_eq!(get(&row(&tasks, "1"), "loggedSeconds").as_f64(), Some(10_800.0));
    assert_eq!(len(&row(&tasks, "2"), "assignees"), 2);
    assert_eq!(get(&row(&tasks, "3"), "createdByContact").as_bool(), Some(true));

    let timesheets: JsValue = c.list_project_timesheets(p(), None).await.expect("timesheets").into();
    assert_eq!(ids(&timesheets), ["1", "2"]);
    assert_eq!(get(&row(&timesheets, "1"), "durationSeconds").as_f64(), Some(10_800.0));
    assert_eq!(text(&row(&timesheets, "1"), "task.name"), "Design homepage mockups");
    assert_eq!(text(&row(&timesheets, "1"), "staff.name"), "Rita Okafor");

    let milestones: JsValue = c.list_project_milestones(p(), None).await.expect("milestones").into();
    assert_eq!(ids(&milestones), ["1", "2"]);
    assert_eq!(get(&row(&milestones, "1"), "finishedTaskCount").as_f64(), Some(1.0));
    assert!(get(&row(&milestones, "2"), "description").is_undefined());

    let files: JsValue = c.list_project_files(p(), None).await.expect("files").into();
    assert_eq!(ids(&files), ["1"]);
    assert_eq!(text(&row(&files, "1"), "fileType"), "application/pdf");

    let discussions: JsValue = c.list_project_discussions(p(), None).await.expect("discussions").into();
    assert_eq!(ids(&discussions), ["1"]);
    assert_eq!(text(&row(&discussions, "1"), "subject"), "Homepage copy review");

    let proposals: JsValue = c.list_project_proposals(p(), None).await.expect("proposals").into();
    assert_eq!(ids(&proposals), ["1"]);
    let estimates: JsValue = c.list_project_estimates(p(), None).await.expect("estimates").into();
    assert_eq!(ids(&estimates), ["1"]);
    let invoices: JsValue = c.list_project_invoices(p(), None).await.expect("invoices").into();
    assert_eq!(ids(&invoices), ["1"]);
    assert_eq!(text(&row(&invoices, "1"), "total"), "600.00");

    let subscriptions: JsValue = c.list_project_subscriptions(p(), None).await.expect("subscriptions").into();
    assert_eq!(ids(&subscriptions), ["1"]);
    assert_eq!(text(&row(&subscriptions, "1"), "status"), "active");
    assert_eq!(get(&row(&subscriptions, "1"), "quantity").as_f64(), Some(1.0));

    let expenses: JsValue = c.list_project_expenses(p(), None).await.expect("expenses").into();
    assert_eq!(ids(&expenses), ["1"]);
    assert_eq!((text(&row(&expenses, "1"), "amount"), text(&row(&expenses, "1"), "category.name")), ("89.00".into(), "Design assets".into()));
    assert_eq!(get(&row(&expenses, "1"), "billable").as_bool(), Some(true));

    let credit_notes: JsValue = c.list_project_credit_notes(p(), None).await.expect("credit notes").into();
    assert_eq!(ids(&credit_notes), ["1"]);
    assert_eq!((text(&row(&credit_notes, "1"), "status"), text(&row(&credit_notes, "1"), "total")), ("open".into(), "50.00".into()));

    let tickets: JsValue = c.list_project_tickets(p(), None).await.expect("tickets").into();
    assert_eq!(ids(&tickets), ["1"]);
    let contracts: JsValue = c.list_project_contracts(p(), None).await.expect("contracts").into();
    assert_eq!(ids(&contracts), ["1"]);

    let options: JsValue = c.get_new_task_options(p(), None).await.expect("task options").into();
    assert_eq!(len(&options, "priorities"), 4);
    assert_eq!((text(&options, "priorities.3.priority"), text(&options, "priorities.3.name")), ("urgent".into(), "Urgent".into()));
    assert_eq!(len(&options, "milestones"), 2);
    assert_eq!(text(&options, "members.1.staffId"), "3");

    // The group names go in the path as the server spells them.
    let log = scope.requests().await;
    let paths: Vec<String> = js_sys::Array::from(&log).iter().map(|r| text(&r, "path")).collect();
    for group in ["tasks", "timesheets", "milestones", "files", "discussions", "credit_notes", "create_task_data"] {
        assert!(paths.iter().any(|p| p.ends_with(&format!("/projects/id/1/group/{group}"))), "{group}");
    }
    assert!(js_sys::Array::from(&log).iter().all(|r| text(&r, "query").is_empty()), "never a query parameter");
}

#[wasm_bindgen_test]
async fn a_contact_creates_a_task_then_edits_it() {
    let scope = Scope::new("perfex-tasks");
    let c = signed_in(&scope, "ada@example.com").await;
    let task = js(r#"{"name":"Send the logo files","startDate":"2025-06-02","dueDate":"2025-06-09","priority":"high",
                       "description":"SVG and PNG","assignees":[2,"99"]}"#);
    c.create_task(1.into(), Ts::new_unchecked(task), None).await.expect("create task");
    let (request, body) = last_request(&scope).await;
    assert_eq!(text(&request, "headers.content-type"), "application/x-www-form-urlencoded");
    let body = String::from_utf8_lossy(&body).to_string();
    assert!(body.contains("startdate=2025-06-02") && body.contains("priority=3") && body.contains("assignees%5B%5D=2"), "{body}");

    let tasks: JsValue = c.list_project_tasks(1.into(), None).await.expect("tasks").into();
    assert_eq!(ids(&tasks), ["1", "2", "3", "7"]);
    let created = row(&tasks, "7");
    assert_eq!((text(&created, "name"), text(&created, "priority"), text(&created, "dueDate")), ("Send the logo files".into(), "high".into(), "2025-06-09".into()));
    assert_eq!(get(&created, "createdByContact").as_bool(), Some(true));
    assert_eq!(len(&created, "assignees"), 1, "staff 99 is not a member and is ignored");
    assert_eq!(text(&created, "assignees.0.staffId"), "2");

    let changes = js(r#"{"name":"Send the final logo files","dueDate":"","assignees":["3"]}"#);
    c.update_task(1.into(), "7".into(), Ts::new_unchecked(changes), None).await.expect("update task");
    let (request, _) = last_request(&scope).await;
    assert_eq!(text(&request, "method"), "PUT");
    let tasks: JsValue = c.list_project_tasks(1.into(), None).await.expect("tasks").into();
    let edited = row(&tasks, "7");
    assert_eq!(text(&edited, "name"), "Send the final logo files");
    assert!(get(&edited, "dueDate").is_undefined(), "an empty dueDate removes it");
    assert_eq!(text(&edited, "priority"), "high", "untouched fields stay");
    assert_eq!(text(&edited, "assignees.0.staffId"), "3");
    assert_eq!(len(&edited, "assignees"), 1);
}

#[wasm_bindgen_test]
async fn tickets_are_read_opened_and_answered() {
    let scope = Scope::new("perfex-tickets");
    let c = signed_in(&scope, "ada@example.com").await;
    let list: JsValue = c.list_tickets(None).await.expect("tickets").into();
    assert_eq!(ids(&list), ["1", "2", "3"]);
    let with_file: JsValue = c.get_ticket(2.into(), None).await.expect("ticket").into();
    assert_eq!(len(&with_file, "attachments"), 1);
    assert_eq!(text(&with_file, "attachments.0.fileName"), "invoice-address.png");
    assert_eq!(get(&with_file, "replies.0.fromStaff").as_bool(), Some(true));

    let ticket = js(r#"{"subject":"New VPN account","department":1,"priority":"2","message":"<p>Please set one up.</p>","projectId":1,"service":2}"#);
    c.create_ticket(Ts::new_unchecked(ticket), None).await.expect("create ticket");
    // The module reads `message` and `project_id` (the document says TicketBody and project).
    let (request, body) = last_request(&scope).await;
    assert_eq!(text(&request, "headers.content-type"), "application/x-www-form-urlencoded");
    let body = String::from_utf8_lossy(&body).to_string();
    assert!(body.contains("message=%3Cp%3EPlease") && body.contains("project_id=1") && body.contains("service=2"), "{body}");
    assert!(!body.contains("TicketBody") && !body.contains("project="), "{body}");

    let list: JsValue = c.list_tickets(None).await.expect("tickets").into();
    assert_eq!(ids(&list), ["1", "2", "3", "5"]);
    let created: JsValue = c.get_ticket(5.into(), None).await.expect("new ticket").into();
    assert_eq!(text(&created, "subject"), "New VPN account");
    assert_eq!((text(&created, "project.id"), text(&created, "service.name")), ("1".into(), "Domain names".into()));
    assert_eq!((text(&created, "department.name"), text(&created, "priority.name")), ("Support".into(), "Medium".into()));
    assert_eq!(text(&created, "status.name"), "Open");

    // Ticket 3 is closed; a reply opens it again.
    let closed: JsValue = c.get_ticket(3.into(), None).await.expect("ticket").into();
    assert_eq!(text(&closed, "status.id"), "5");
    c.reply_to_ticket(3.into(), Ts::new_unchecked(js(r#"{"message":"It happened again."}"#)), None).await.expect("reply");
    let (_, body) = last_request(&scope).await;
    assert_eq!(String::from_utf8_lossy(&body), "message=It%20happened%20again.");
    let reopened: JsValue = c.get_ticket(3.into(), None).await.expect("ticket").into();
    assert_eq!(text(&reopened, "status.id"), "1");
    assert_eq!(len(&reopened, "replies"), 1);
    assert_eq!(text(&reopened, "replies.0.message"), "It happened again.");
    assert_eq!(get(&reopened, "replies.0.fromStaff").as_bool(), Some(false));
    assert!(!text(&reopened, "lastReply").is_empty());
}

#[wasm_bindgen_test]
async fn attachments_reach_the_server_intact() {
    let scope = Scope::new("perfex-attachments");
    let c = signed_in(&scope, "ada@example.com").await;
    let token = c.session_token().unwrap();
    // Every byte value, a NUL, CR LF sequences and a fake boundary: nothing may be altered.
    let mut binary: Vec<u8> = (0..=255u8).collect();
    binary.extend_from_slice(b"\r\n--boundary\r\n\x00\xff\xfe");
    let file = web_sys::File::new_with_u8_array_sequence(&parts(&binary), "scan 1.bin").unwrap();
    let text_bytes = "Zeile mit Umlauten: äöü\n".as_bytes().to_vec();
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts(&text_bytes)).unwrap();

    let ticket = js(r#"{"subject":"Scanner output","department":"1","priority":1,"message":"Two files attached."}"#);
    js_sys::Reflect::set(&ticket, &"attachments".into(), &js_sys::Array::of2(&file, &blob)).unwrap();
    c.create_ticket(Ts::new_unchecked(ticket), None).await.expect("create ticket with files");
    let (request, _) = last_request(&scope).await;
    assert!(text(&request, "headers.content-type").starts_with("multipart/form-data; boundary="));

    let created: JsValue = c.get_ticket(5.into(), None).await.expect("new ticket").into();
    assert_eq!(text(&created, "message"), "Two files attached.");
    assert_eq!(len(&created, "attachments"), 2);
    assert_eq!(text(&created, "attachments.0.fileName"), "scan 1.bin");
    assert_eq!(text(&created, "attachments.1.fileName"), "attachment-2");
    assert_eq!(download(&scope, &token, &text(&created, "attachments.0.id")).await, binary);
    assert_eq!(download(&scope, &token, &text(&created, "attachments.1.id")).await, text_bytes);

    // A reply's file belongs to the reply, not to the first message.
    let photo: Vec<u8> = (0..4096u32).map(|i| (i * 31 % 251) as u8).collect();
    let file = web_sys::File::new_with_u8_array_sequence(&parts(&photo), "photo.jpg").unwrap();
    let reply = js(r#"{"message":"And a photo."}"#);
    js_sys::Reflect::set(&reply, &"attachments".into(), &js_sys::Array::of1(&file)).unwrap();
    c.reply_to_ticket(1.into(), Ts::new_unchecked(reply), None).await.expect("reply with a file");
    let thread: JsValue = c.get_ticket(1.into(), None).await.expect("ticket").into();
    assert_eq!(len(&thread, "attachments"), 0);
    let last = js_sys::Array::from(&get(&thread, "replies")).pop();
    assert_eq!(text(&last, "message"), "And a photo.");
    assert_eq!(text(&last, "attachments.0.fileName"), "photo.jpg");
    assert_eq!(download(&scope, &token, &text(&last, "attachments.0.id")).await, photo);
}

#[wasm_bindgen_test]
async fn the_knowledge_base_needs_no_sign_in() {
    let scope = Scope::new("perfex-kb");
    let c = client(&scope, "");
    let groups: JsValue = c.list_knowledge_base_articles(None).await.expect("knowledge base").into();
    assert_eq!(js_sys::Array::from(&groups).iter().map(|g| text(&g, "slug")).collect::<Vec<_>>(), ["getting-started", "billing"]);
    assert_eq!(len(&groups, "0.articles"), 2);
    assert_eq!(text(&groups, "0.articles.0.slug"), "how-to-sign-in");

    let billing: JsValue = c.list_knowledge_base_group_articles("billing".into(), None).await.expect("group").into();
    assert_eq!(js_sys::Array::from(&billing).iter().map(|a| text(&a, "slug")).collect::<Vec<_>>(), ["understanding-your-invoice", "paying-by-bank-transfer"]);
    let article: JsValue = c.get_knowledge_base_article("paying-by-bank-transfer".into(), None).await.expect("article").into();
    assert_eq!(text(&article, "subject"), "Paying by bank transfer");
    assert_eq!(text(&article, "group.name"), "Billing");
    assert!(text(&article, "description").contains("invoice number"));

    // Nothing of the session travels: no Authorization header at all.
    let log = scope.requests().await;
    assert!(js_sys::Array::from(&log).iter().all(|r| get(&r, "headers.authorization").is_undefined()));
    assert!(!c.is_signed_in());
}

#[wasm_bindgen_test]
async fn the_installations_lists_are_read() {
    let scope = Scope::new("perfex-misc");
    let c = signed_in(&scope, "ada@example.com").await;
    let menu: JsValue = c.get_client_menu(None).await.expect("menu").into();
    assert_eq!(ids(&menu), ["1", "2", "3", "4", "5", "6"]);
    assert_eq!((text(&menu, "4.name"), text(&menu, "4.shortName")), ("Support".into(), "support".into()));
    let departments: JsValue = c.list_departments(None).await.expect("departments").into();
    assert_eq!(ids(&departments), ["1", "2", "3"], "the hidden department stays hidden");
    assert_eq!(text(&departments, "1.name"), "Billing");
    let services: JsValue = c.list_services(None).await.expect("services").into();
    assert_eq!(ids(&services), ["1", "2", "3"]);
    let priorities: JsValue = c.list_ticket_priorities(None).await.expect("priorities").into();
    assert_eq!(ids(&priorities), ["1", "2", "3", "4"]);
    assert_eq!(text(&priorities, "3.name"), "Urgent");
}
