//! Unit tests: `Perfex::new().handle(&Request{...})` called directly.

use serde_json::{json, Value};

use super::Perfex;
use crate::codec::{base64url, base64url_decode};
use crate::dates::datetime;
use crate::http::{Request, Response};
use crate::test_support::{self, multipart};

const T0: i64 = 1_746_000_000;
const API: &str = "/customers_api/v1";

fn request(method: &str, path: &str, token: Option<&str>, content_type: Option<&str>, body: &[u8], now: i64) -> Request {
    let mut headers = Vec::new();
    if let Some(t) = token {
        headers.push(("authorization", t));
    }
    if let Some(c) = content_type {
        headers.push(("content-type", c));
    }
    test_support::request(method, path, &headers, body, now)
}

fn body(r: &Response) -> Value {
    serde_json::from_slice(&r.body).unwrap_or(Value::Null)
}

fn call(p: &mut Perfex, req: Request) -> (u16, Value) {
    let r = p.handle(&req);
    let v = body(&r);
    if let Some(status) = v.get("status") {
        assert_eq!(status, &json!(r.status == 200), "status field must be (code == 200): {v}");
    }
    (r.status, v)
}

fn get(p: &mut Perfex, path: &str, token: Option<&str>) -> (u16, Value) {
    call(p, request("GET", &format!("{API}{path}"), token, None, b"", T0 + 10))
}

fn form(fields: &[(&str, &str)]) -> Vec<u8> {
    test_support::urlencoded(fields).into_bytes()
}

fn post(p: &mut Perfex, path: &str, token: Option<&str>, fields: &[(&str, &str)]) -> (u16, Value) {
    call(
        p,
        request("POST", &format!("{API}{path}"), token, Some("application/x-www-form-urlencoded"), &form(fields), T0 + 20),
    )
}

fn login_at(p: &mut Perfex, email: &str, now: i64) -> String {
    let (code, v) = call(
        p,
        request(
            "POST",
            &format!("{API}/authentication"),
            None,
            Some("application/x-www-form-urlencoded"),
            &form(&[("email", email), ("password", "perfex-demo-1")]),
            now,
        ),
    );
    assert_eq!(code, 200, "{v}");
    v["data"]["token"].as_str().unwrap_or_default().to_string()
}

fn login(p: &mut Perfex, email: &str) -> String {
    login_at(p, email, T0)
}

const LISTS: [&str; 6] = ["/estimates", "/proposals", "/projects", "/invoices", "/tickets", "/contracts"];

// -------------------------------------------------------------------------------------------------
// Helpers
// -------------------------------------------------------------------------------------------------

#[test]
fn perfex_helpers_base64url_and_dates() {
    for data in [&b""[..], b"f", b"fo", b"foo", b"foob", b"\xff\xfe\x00"] {
        assert_eq!(base64url_decode(&base64url(data)).as_deref(), Some(data));
    }
    assert_eq!(base64url(br#"{"typ":"JWT","alg":"HS512"}"#), "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzUxMiJ9");
    assert_eq!(base64url_decode("a b"), None);
    assert_eq!(datetime(0), "1970-01-01 00:00:00");
    assert_eq!(datetime(1_684_385_965), "2023-05-18 04:59:25");
    assert_eq!(datetime(951_782_400), "2000-02-29 00:00:00");
}

// -------------------------------------------------------------------------------------------------
// Authentication
// -------------------------------------------------------------------------------------------------

#[test]
fn perfex_login_ok_gives_a_jwt_shaped_token() {
    let mut p = Perfex::new();
    let (code, v) = post(&mut p, "/authentication", None, &[("email", "ada@example.com"), ("password", "perfex-demo-1")]);
    assert_eq!(code, 200);
    assert_eq!(v["message"], "You've logged in successfully");
    let d = &v["data"];
    assert_eq!((d["client_id"].clone(), d["contact_id"].clone()), (json!("1"), json!("1")));
    assert_eq!(d["client_logged_in"], true);
    assert_eq!(d["API_TIME"], T0 + 20);
    let token = d["token"].as_str().unwrap_or_default();
    let parts: Vec<&str> = token.split('.').collect();
    assert_eq!(parts.len(), 3);
    let header: Value = serde_json::from_slice(&base64url_decode(parts[0]).unwrap_or_default()).unwrap_or(Value::Null);
    assert_eq!(header, json!({"typ": "JWT", "alg": "HS512"}));
    let payload: Value = serde_json::from_slice(&base64url_decode(parts[1]).unwrap_or_default()).unwrap_or(Value::Null);
    assert_eq!(payload, json!({"client_id": "1", "contact_id": "1", "client_logged_in": true, "API_TIME": T0 + 20}));
    assert_eq!(base64url_decode(parts[2]).map(|s| s.len()), Some(64));
    // The token works.
    assert_eq!(get(&mut p, "/tickets", Some(token)).0, 200);
}

#[test]
fn perfex_login_accepts_json_and_multipart_bodies() {
    let mut p = Perfex::new();
    let json_body = br#"{"email":"ADA@example.com","password":"perfex-demo-1"}"#;
    let (code, _) = call(&mut p, request("POST", &format!("{API}/authentication"), None, Some("application/json"), json_body, T0));
    assert_eq!(code, 200);
    let mp = multipart("XyZ", &[("email", "ada@example.com"), ("password", "perfex-demo-1")], &[]);
    let (code, _) = call(
        &mut p,
        request("POST", &format!("{API}/authentication"), None, Some("multipart/form-data; boundary=XyZ"), &mp, T0),
    );
    assert_eq!(code, 200);
    // A JSON body without the JSON Content-Type is not read: the fields are missing.
    let (code, _) = call(&mut p, request("POST", &format!("{API}/authentication"), None, Some("text/plain"), json_body, T0));
    assert_eq!(code, 422);
}

#[test]
fn perfex_login_bad_inactive_and_missing() {
    let mut p = Perfex::new();
    let (code, v) = post(&mut p, "/authentication", None, &[("email", "ada@example.com"), ("password", "wrong")]);
    assert_eq!((code, v["status"].clone()), (400, json!(false)));
    assert!(v["message"].is_string());
    let (code, _) = post(&mut p, "/authentication", None, &[("email", "nobody@example.com"), ("password", "perfex-demo-1")]);
    assert_eq!(code, 400);
    let (code, v) = post(&mut p, "/authentication", None, &[("email", "inactive@example.com"), ("password", "perfex-demo-1")]);
    assert_eq!((code, v["message"].clone()), (400, json!("Inactive Account")));
    let (code, v) = post(&mut p, "/authentication", None, &[("email", "ada@example.com")]);
    assert_eq!(code, 422);
    assert_eq!(v["error"]["password"], "<p>The Password field is required.</p>");
    assert_eq!(v["message"], "<p>The Password field is required.</p>\n");
    // GET is not implemented.
    assert_eq!(get(&mut p, "/authentication", None).1, json!({"status": false, "error": "Unknown method"}));
}

#[test]
fn perfex_token_expires_after_seven_days() {
    let mut p = Perfex::new();
    let token = login_at(&mut p, "ada@example.com", T0);
    let at = |now: i64| request("GET", &format!("{API}/tickets"), Some(&token), None, b"", now);
    assert_eq!(call(&mut p, at(T0 + 604_799)).0, 200);
    let (code, v) = call(&mut p, at(T0 + 604_800));
    assert_eq!((code, v), (401, json!({"status": false, "message": "Token Time Expire."})));
}

#[test]
fn perfex_one_session_per_contact() {
    let mut p = Perfex::new();
    let first = login_at(&mut p, "ada@example.com", T0);
    let second = login_at(&mut p, "ada@example.com", T0); // same second: still a new token
    assert_ne!(first, second);
    let (code, v) = get(&mut p, "/tickets", Some(&first));
    assert_eq!((code, v["message"].clone()), (401, json!("You've been logged out. Login in to continue.")));
    assert_eq!(get(&mut p, "/tickets", Some(&second)).0, 200);
    // Another contact's login does not touch ada's session.
    let _other = login(&mut p, "empty@example.com");
    assert_eq!(get(&mut p, "/tickets", Some(&second)).0, 200);
}

#[test]
fn perfex_missing_garbage_and_bearer_tokens_are_401() {
    let mut p = Perfex::new();
    let token = login(&mut p, "ada@example.com");
    let (code, v) = get(&mut p, "/tickets", None);
    assert_eq!((code, v), (401, json!({"status": false, "message": "Token is not defined."})));
    for bad in ["garbage", "a.b.c", &format!("Bearer {token}"), &format!("{token}x"), "...", "\u{0}.\u{1}.\u{2}"] {
        let (code, v) = get(&mut p, "/tickets", Some(bad));
        assert_eq!(code, 401, "{bad}: {v}");
        assert_eq!(v["status"], false);
    }
    // Well-formed but never issued (e.g. another installation's token): refused too.
    let mut other = Perfex::new();
    let foreign = login_at(&mut other, "ada@example.com", T0 + 99);
    assert_eq!(get(&mut p, "/tickets", Some(&foreign)).0, 401);
}

#[test]
fn perfex_logout_get_ok_post_405() {
    let mut p = Perfex::new();
    let token = login(&mut p, "ada@example.com");
    let (code, v) = call(&mut p, request("POST", &format!("{API}/logout"), Some(&token), None, b"", T0));
    assert_eq!((code, v), (405, json!({"status": false, "error": "Unknown method"})));
    assert_eq!(get(&mut p, "/tickets", Some(&token)).0, 200, "a refused POST logout does not log out");
    let (code, v) = get(&mut p, "/logout", Some(&token));
    assert_eq!((code, v), (200, json!({"status": true, "message": "You've logged out successfully"})));
    let (code, v) = get(&mut p, "/tickets", Some(&token));
    assert_eq!((code, v["message"].clone()), (401, json!("You've been logged out. Login in to continue.")));
    assert_eq!(get(&mut p, "/logout", Some(&token)).0, 401);
    assert_eq!(get(&mut p, "/logout", None).0, 401);
}

#[test]
fn perfex_register_is_disabled() {
    let mut p = Perfex::new();
    let (code, v) = post(&mut p, "/register", None, &[("email", "new@example.com"), ("password", "x")]);
    assert_eq!((code, v), (200, json!({"status": true, "message": "Registration is not enabled"})));
    assert_eq!(get(&mut p, "/register", None).0, 405);
}

// -------------------------------------------------------------------------------------------------
// Lists, details, permissions
// -------------------------------------------------------------------------------------------------

#[test]
fn perfex_every_list_happy_and_empty_404() {
    let mut p = Perfex::new();
    let ada = login(&mut p, "ada@example.com");
    let empty = login(&mut p, "empty@example.com");
    for path in LISTS {
        let (code, v) = get(&mut p, path, Some(&ada));
        assert_eq!(code, 200, "{path}");
        let rows = v["data"].as_array().cloned().unwrap_or_default();
        assert!(rows.len() >= 2, "{path}: {v}");
        let (code, v) = get(&mut p, path, Some(&empty));
        assert_eq!((code, v), (404, json!({"status": false, "message": "No data found"})), "{path}");
    }
    let (_, v) = get(&mut p, "/projects", Some(&ada));
    assert_eq!(v["message"], "Projects retrieved successfully");
    // Drafts / trashed rows are hidden: ada sees estimates 1 and 2, not 3.
    let (_, v) = get(&mut p, "/estimates", Some(&ada));
    let ids: Vec<Value> = v["data"].as_array().cloned().unwrap_or_default().iter().map(|r| r["id"].clone()).collect();
    assert_eq!(ids, vec![json!("1"), json!("2")]);
    assert_eq!(v["data"][0]["status_name"], "Sent");
    assert_eq!(v["data"][0]["currency_name"], "USD");
    // Miscellaneous lists.
    for (group, key) in [("client_menu", "short_name"), ("departments", "departmentid"), ("get_services", "serviceid"), ("get_ticket_priorities", "priorityid")] {
        let (code, v) = get(&mut p, &format!("/miscellaneous/group/{group}"), Some(&ada));
        assert_eq!(code, 200, "{group}");
        assert!(v["data"][0][key].is_string(), "{group}: {v}");
    }
    let (_, v) = get(&mut p, "/miscellaneous/group/client_menu", Some(&ada));
    assert_eq!(v["data"][0], json!({"id": 1, "name": "Invoices", "short_name": "invoices"}));
    assert_eq!(v["data"].as_array().map(Vec::len), Some(6));
    let (_, v) = get(&mut p, "/miscellaneous/group/departments", Some(&ada));
    assert_eq!(v["data"].as_array().map(Vec::len), Some(3), "hidden departments are not listed");
    assert_eq!(get(&mut p, "/miscellaneous/group/nothing", Some(&ada)).0, 404);
    assert_eq!(get(&mut p, "/miscellaneous/group/departments", None).0, 401);
}

#[test]
fn perfex_details_and_unknown_ids() {
    let mut p = Perfex::new();
    let ada = login(&mut p, "ada@example.com");
    let (code, v) = get(&mut p, "/estimates/id/1", Some(&ada));
    assert_eq!(code, 200);
    assert_eq!(v["data"]["items"][0]["rel_type"], "estimate");
    assert_eq!(v["data"]["project_data"]["client_data"]["userid"], "1");
    assert_eq!(v["data"]["project_data"]["settings"]["available_features"]["project_tasks"], 1);
    let (_, v) = get(&mut p, "/proposals/id/1", Some(&ada));
    assert_eq!(v["data"]["comments"].as_array().map(Vec::len), Some(2));
    let (_, v) = get(&mut p, "/projects/id/1", Some(&ada));
    assert_eq!(v["data"]["project_members"].as_array().map(Vec::len), Some(2));
    assert_eq!(v["data"]["status_name"], "In Progress");
    let (_, v) = get(&mut p, "/invoices/id/2", Some(&ada));
    assert_eq!(v["data"]["total_left_to_pay"], "0.00");
    assert_eq!(v["data"]["payments"][0]["amount"], "350.00");
    assert_eq!(v["data"]["allowed_payment_modes"], "a:1:{i:0;s:1:\"1\";}");
    let (_, v) = get(&mut p, "/tickets/id/1", Some(&ada));
    assert_eq!(v["data"]["ticket_replies"].as_array().map(Vec::len), Some(2));
    assert_eq!(v["data"]["status_name"], "Open");
    let (_, v) = get(&mut p, "/contracts/id/1", Some(&ada));
    assert_eq!(v["data"]["comments"].as_array().map(Vec::len), Some(2));
    assert_eq!(v["data"]["type_name"], "Service Agreement");

    for base in LISTS {
        // 999: unknown; 4: another customer's; 3 for estimates/proposals/invoices/contracts: hidden.
        for id in ["999", "4", "abc", "-1"] {
            let (code, v) = get(&mut p, &format!("{base}/id/{id}"), Some(&ada));
            assert_eq!((code, v), (404, json!({"status": false, "message": "No data found"})), "{base}/id/{id}");
        }
    }
    for path in ["/estimates/id/3", "/proposals/id/3", "/invoices/id/3", "/contracts/id/3"] {
        assert_eq!(get(&mut p, path, Some(&ada)).0, 404, "{path}");
    }
}

#[test]
fn perfex_no_permission_is_403() {
    let mut p = Perfex::new();
    let noperm = login(&mut p, "noperm@example.com");
    let forbidden = json!({"status": false, "message": "You do not have permission to perform this action"});
    for path in LISTS {
        assert_eq!(get(&mut p, path, Some(&noperm)), (403, forbidden.clone()), "{path}");
        assert_eq!(get(&mut p, &format!("{path}/id/4"), Some(&noperm)).0, 403, "{path}");
    }
    assert_eq!(post(&mut p, "/tickets/add_reply/4", Some(&noperm), &[("message", "hi")]).0, 403);
    assert_eq!(post(&mut p, "/proposals/id/4/group/proposals_comment", Some(&noperm), &[("content", "hi")]).0, 403);
    // No menu entries at all: an empty list.
    assert_eq!(get(&mut p, "/miscellaneous/group/client_menu", Some(&noperm)).0, 404);

    // ada: project 2 has milestones, timesheets, discussions and task creation switched off.
    let ada = login(&mut p, "ada@example.com");
    for group in ["milestones", "timesheets", "discussions", "invoices", "create_task_data"] {
        assert_eq!(get(&mut p, &format!("/projects/id/2/group/{group}"), Some(&ada)), (403, forbidden.clone()), "{group}");
    }
    let (code, _) = post(&mut p, "/projects/id/2/group/tasks", Some(&ada), &[("name", "x"), ("startdate", "2025-06-01")]);
    assert_eq!(code, 403);
    // Proposal 2 does not allow comments.
    assert_eq!(post(&mut p, "/proposals/id/2/group/proposals_comment", Some(&ada), &[("content", "hi")]).0, 403);
}

#[test]
fn perfex_project_groups() {
    let mut p = Perfex::new();
    let ada = login(&mut p, "ada@example.com");
    for group in [
        "tasks", "timesheets", "milestones", "files", "discussions", "discusssions", "proposals", "estimates",
        "invoices", "subscriptions", "expenses", "credit_notes", "tickets", "contracts",
    ] {
        let (code, v) = get(&mut p, &format!("/projects/id/1/group/{group}"), Some(&ada));
        assert_eq!(code, 200, "{group}: {v}");
        assert_eq!(v["message"], "Data retrived successfully");
        assert!(!v["data"].as_array().cloned().unwrap_or_default().is_empty(), "{group}");
    }
    let (_, v) = get(&mut p, "/projects/id/1/group/tasks", Some(&ada));
    let tasks = v["data"].as_array().cloned().unwrap_or_default();
    assert_eq!(tasks.len(), 3, "the task hidden from the customer is not listed");
    assert_eq!(tasks[1]["assignees_ids"], "2, 3");
    assert_eq!(tasks[1]["assignees"][0]["full_name"], "Rita Okafor");
    assert_eq!(tasks[0]["total_logged_time"], "10800");
    let (_, v) = get(&mut p, "/projects/id/1/group/milestones", Some(&ada));
    assert_eq!(v["data"].as_array().map(Vec::len), Some(2));
    let (code, v) = get(&mut p, "/projects/id/1/group/create_task_data", Some(&ada));
    assert_eq!(code, 200);
    assert_eq!(v["data"]["project_members"].as_array().map(Vec::len), Some(2));
    // Empty group, unknown group, unknown project.
    assert_eq!(get(&mut p, "/projects/id/2/group/subscriptions", Some(&ada)).0, 404);
    assert_eq!(get(&mut p, "/projects/id/1/group/nonsense", Some(&ada)).0, 404);
    assert_eq!(get(&mut p, "/projects/id/3/group/tasks", Some(&ada)).0, 404);
    assert_eq!(get(&mut p, "/projects/id/999/group/tasks", Some(&ada)).0, 404);
}

#[test]
fn perfex_task_create_and_update_with_assignees() {
    let mut p = Perfex::new();
    let ada = login(&mut p, "ada@example.com");
    let (code, v) = post(
        &mut p,
        "/projects/id/1/group/tasks",
        Some(&ada),
        &[("name", "Write FAQ"), ("startdate", "2025-06-01"), ("duedate", "2025-06-10"), ("priority", "3"),
          ("assignees[]", "3"), ("assignees[]", "2"), ("assignees[]", "1"), ("description", "Ten questions")],
    );
    assert_eq!((code, v), (200, json!({"status": true, "message": "Task added successfully."})));
    let (_, v) = get(&mut p, "/projects/id/1/group/tasks", Some(&ada));
    let task = v["data"].as_array().and_then(|t| t.last().cloned()).unwrap_or(Value::Null);
    assert_eq!(task["name"], "Write FAQ");
    assert_eq!(task["is_added_from_contact"], "1");
    assert_eq!(task["addedfrom_name"], "Ada Lindqvist");
    assert_eq!(task["assignees_ids"], "3, 2", "staff 1 is no project member");
    assert_eq!(task["assignees"][0]["is_assigned_from_contact"], "1");
    let id = task["id"].as_str().unwrap_or_default().to_string();

    // Update via PUT (urlencoded and JSON).
    let body = form(&[("id", &id), ("name", "Write the FAQ"), ("assignees[]", "2")]);
    let (code, _) = call(&mut p, request("PUT", &format!("{API}/projects/id/1/group/tasks"), Some(&ada), Some("application/x-www-form-urlencoded"), &body, T0));
    assert_eq!(code, 200);
    let json_body = json!({"id": id, "priority": 1, "assignees": [3]}).to_string();
    let (code, v) = call(&mut p, request("PUT", &format!("{API}/projects/id/1/group/tasks"), Some(&ada), Some("application/json"), json_body.as_bytes(), T0));
    assert_eq!((code, v["message"].clone()), (200, json!("Task updated successfully.")));
    let (_, v) = get(&mut p, "/projects/id/1/group/tasks", Some(&ada));
    let task = v["data"].as_array().and_then(|t| t.last().cloned()).unwrap_or(Value::Null);
    assert_eq!((task["name"].clone(), task["priority"].clone(), task["assignees_ids"].clone()), (json!("Write the FAQ"), json!("1"), json!("3")));

    // Validation, other people's tasks, unknown tasks.
    let (code, v) = post(&mut p, "/projects/id/1/group/tasks", Some(&ada), &[("startdate", "2025-06-01")]);
    assert_eq!(code, 422);
    assert_eq!(v["error"]["name"], "<p>The Name field is required.</p>");
    let staff_task = form(&[("id", "1"), ("name", "mine now")]);
    let put = |b: &[u8]| request("PUT", &format!("{API}/projects/id/1/group/tasks"), Some(&ada), Some("application/x-www-form-urlencoded"), b, T0);
    assert_eq!(call(&mut p, put(&staff_task)).0, 403);
    assert_eq!(call(&mut p, put(&form(&[("id", "999"), ("name", "x")]))).0, 404);
    assert_eq!(call(&mut p, put(&form(&[("name", "x")]))).0, 422);
    assert_eq!(call(&mut p, put(&form(&[("id", &id), ("name", " ")]))).0, 422);
    // DELETE is not implemented; PUT on another group neither.
    assert_eq!(call(&mut p, request("DELETE", &format!("{API}/projects/id/1/group/tasks"), Some(&ada), None, b"", T0)).0, 405);
    assert_eq!(call(&mut p, request("PUT", &format!("{API}/projects/id/1/group/files"), Some(&ada), None, b"", T0)).0, 405);
}

// -------------------------------------------------------------------------------------------------
// Tickets
// -------------------------------------------------------------------------------------------------

#[test]
fn perfex_ticket_validation_422_shape() {
    let mut p = Perfex::new();
    let ada = login(&mut p, "ada@example.com");
    let (code, v) = post(&mut p, "/tickets", Some(&ada), &[("department", "1"), ("priority", "2"), ("message", "Hello")]);
    assert_eq!(code, 422);
    assert_eq!(
        v,
        json!({"status": false, "error": {"subject": "<p>The Subject field is required.</p>"},
               "message": "<p>The Subject field is required.</p>\n"})
    );
    // The document's field names (TicketBody, project) are not what the server reads.
    let (code, v) = post(&mut p, "/tickets", Some(&ada), &[("subject", "s"), ("department", "1"), ("priority", "2"), ("TicketBody", "Hello")]);
    assert_eq!(code, 422);
    assert_eq!(v["error"]["message"], "<p>The Message field is required.</p>");
    let (code, v) = post(&mut p, "/tickets", Some(&ada), &[]);
    assert_eq!(code, 422);
    assert_eq!(v["error"].as_object().map(|m| m.len()), Some(4));
    assert_eq!(
        v["message"],
        "<p>The Subject field is required.</p>\n<p>The Department field is required.</p>\n<p>The Priority field is required.</p>\n<p>The Message field is required.</p>\n"
    );
    let (code, v) = post(&mut p, "/tickets", Some(&ada), &[("subject", "s"), ("department", "Support"), ("priority", "2"), ("message", "m")]);
    assert_eq!((code, v["error"]["department"].clone()), (422, json!("<p>The Department field must contain only numbers.</p>")));
    assert_eq!(post(&mut p, "/tickets/add_reply/1", Some(&ada), &[("Message", "capitalised")]).0, 422);
}

#[test]
fn perfex_ticket_create_then_list_and_detail_show_it() {
    let mut p = Perfex::new();
    let ada = login(&mut p, "ada@example.com");
    let (code, v) = post(
        &mut p,
        "/tickets",
        Some(&ada),
        &[("subject", "Printer on fire"), ("department", "2"), ("priority", "3"), ("message", "<p>Smoke!</p>"), ("project_id", "1"), ("service", "2")],
    );
    assert_eq!((code, v), (200, json!({"status": true, "message": "Ticket added successfully."})));
    let (_, v) = get(&mut p, "/tickets", Some(&ada));
    let rows = v["data"].as_array().cloned().unwrap_or_default();
    assert_eq!(rows.len(), 4);
    let t = rows.iter().find(|r| r["subject"] == "Printer on fire").cloned().unwrap_or(Value::Null);
    assert_eq!(t["ticketid"], "5");
    assert_eq!(t["department_name"], "Billing");
    assert_eq!(t["priority_name"], "High");
    assert_eq!(t["service_name"], "Domain names");
    assert_eq!(t["status_name"], "Open");
    assert_eq!(t["project_name"], "Website Relaunch");
    assert_eq!(t["date"], datetime(T0 + 20));
    let (code, v) = get(&mut p, "/tickets/id/5", Some(&ada));
    assert_eq!(code, 200);
    assert_eq!(v["data"]["message"], "<p>Smoke!</p>");
    assert_eq!(v["data"]["submitter"], "Ada Lindqvist");
    assert_eq!(v["data"]["ticket_replies"], json!([]));
    // JSON bodies are read too; another installation does not see it.
    let json_body = json!({"subject": "From JSON", "department": 1, "priority": 1, "message": "hi"}).to_string();
    let (code, _) = call(&mut p, request("POST", &format!("{API}/tickets"), Some(&ada), Some("application/json; charset=utf-8"), json_body.as_bytes(), T0));
    assert_eq!(code, 200);
    assert_eq!(get(&mut p, "/tickets/id/6", Some(&ada)).1["data"]["subject"], "From JSON");
    let mut other = Perfex::new();
    let t2 = login(&mut other, "ada@example.com");
    assert_eq!(get(&mut other, "/tickets/id/5", Some(&t2)).0, 404);
}

#[test]
fn perfex_reply_then_detail_shows_it() {
    let mut p = Perfex::new();
    let ada = login(&mut p, "ada@example.com");
    let (code, v) = post(&mut p, "/tickets/add_reply/3", Some(&ada), &[("message", "Any news?")]);
    assert_eq!((code, v), (200, json!({"status": true, "message": "Reply added successfully"})));
    let (_, v) = get(&mut p, "/tickets/id/3", Some(&ada));
    let replies = v["data"]["ticket_replies"].as_array().cloned().unwrap_or_default();
    assert_eq!(replies.len(), 1);
    assert_eq!(replies[0]["message"], "Any news?");
    assert_eq!(replies[0]["submitter"], "Ada Lindqvist");
    assert_eq!(replies[0]["contactid"], "1");
    assert_eq!(v["data"]["status_name"], "Open", "a customer reply reopens the ticket");
    assert_eq!(v["data"]["lastreply"], datetime(T0 + 20));
    assert_eq!(post(&mut p, "/tickets/add_reply/4", Some(&ada), &[("message", "x")]).0, 404);
    assert_eq!(post(&mut p, "/tickets/add_reply/999", Some(&ada), &[("message", "x")]).0, 404);
    assert_eq!(get(&mut p, "/tickets/add_reply/3", Some(&ada)).0, 405);
}

#[test]
fn perfex_attachment_bytes_are_kept() {
    let mut p = Perfex::new();
    let ada = login(&mut p, "ada@example.com");
    let bytes: Vec<u8> = (0u8..=255).chain(b"\r\n--b0und\r\n".iter().copied()).collect();
    let mp = multipart(
        "b0undary",
        &[("subject", "With files"), ("department", "1"), ("priority", "1"), ("message", "see attached")],
        &[("attachments[]", "C:\\Users\\ada\\log.bin", "application/octet-stream", &bytes), ("attachments[]", "note.txt", "text/plain", b"hello")],
    );
    let ct = "multipart/form-data; boundary=b0undary";
    let (code, _) = call(&mut p, request("POST", &format!("{API}/tickets"), Some(&ada), Some(ct), &mp, T0));
    assert_eq!(code, 200);
    let (_, v) = get(&mut p, "/tickets/id/5", Some(&ada));
    let atts = v["data"]["attachments"].as_array().cloned().unwrap_or_default();
    assert_eq!(atts.len(), 2);
    assert_eq!(atts[0]["file_name"], "log.bin");
    assert_eq!(atts[0]["filetype"], "application/octet-stream");
    assert_eq!(atts[1]["file_name"], "note.txt");
    let id = atts[0]["id"].as_str().unwrap_or_default().to_string();
    let dl = p.handle(&request("GET", &format!("/download/file/ticket/{id}"), Some(&ada), None, b"", T0));
    assert_eq!(dl.status, 200);
    assert_eq!(dl.body, bytes);

    // A reply with an attachment lists it under the reply.
    let mp = multipart("zz", &[("message", "one more")], &[("file", "shot.png", "image/png", b"\x89PNG")]);
    let (code, _) = call(&mut p, request("POST", &format!("{API}/tickets/add_reply/5"), Some(&ada), Some("multipart/form-data; boundary=zz"), &mp, T0));
    assert_eq!(code, 200);
    let (_, v) = get(&mut p, "/tickets/id/5", Some(&ada));
    assert_eq!(v["data"]["ticket_replies"][0]["attachments"][0]["file_name"], "shot.png");
    assert_eq!(v["data"]["attachments"].as_array().map(Vec::len), Some(2));
    // Seeded attachment, and nobody else's.
    assert_eq!(p.handle(&request("GET", "/download/file/ticket/1", Some(&ada), None, b"", T0)).status, 200);
    let empty = login(&mut p, "empty@example.com");
    assert_eq!(p.handle(&request("GET", "/download/file/ticket/1", Some(&empty), None, b"", T0)).status, 404);
}

// -------------------------------------------------------------------------------------------------
// Comments
// -------------------------------------------------------------------------------------------------

#[test]
fn perfex_proposal_and_contract_comments() {
    let mut p = Perfex::new();
    let ada = login(&mut p, "ada@example.com");
    let (code, v) = post(&mut p, "/proposals/id/1/group/proposals_comment", Some(&ada), &[("content", "Looks good")]);
    assert_eq!((code, v["message"].clone()), (200, json!("Proposal comments added successfully.")));
    let (_, v) = get(&mut p, "/proposals/id/1", Some(&ada));
    assert_eq!(v["data"]["comments"][2]["content"], "Looks good");
    assert_eq!(v["data"]["comments"][2]["staffid"], "0");
    let (code, v) = post(&mut p, "/contracts/id/1/group/contract_comment", Some(&ada), &[("content", "Signed copy follows")]);
    assert_eq!((code, v["message"].clone()), (200, json!("Contract comments added successfully.")));
    let (_, v) = get(&mut p, "/contracts/id/1", Some(&ada));
    assert_eq!(v["data"]["comments"][2]["content"], "Signed copy follows");
    let (code, v) = post(&mut p, "/contracts/id/1/group/contract_comment", Some(&ada), &[("content", "")]);
    assert_eq!((code, v["error"]["content"].clone()), (422, json!("<p>The Content field is required.</p>")));
    assert_eq!(post(&mut p, "/contracts/id/3/group/contract_comment", Some(&ada), &[("content", "x")]).0, 404);
    assert_eq!(post(&mut p, "/contracts/id/1/group/other", Some(&ada), &[("content", "x")]).0, 404);
    assert_eq!(get(&mut p, "/contracts/id/1/group/contract_comment", Some(&ada)).0, 405);
}

// -------------------------------------------------------------------------------------------------
// Knowledge base, query parameters, routing, robustness
// -------------------------------------------------------------------------------------------------

#[test]
fn perfex_knowledge_base_needs_no_token() {
    let mut p = Perfex::new();
    let (code, v) = get(&mut p, "/knowledge_base", None);
    assert_eq!(code, 200);
    assert_eq!(v["message"], "Articles retrived successfully");
    let groups = v["data"].as_array().cloned().unwrap_or_default();
    let slugs: Vec<Value> = groups.iter().map(|g| g["group_slug"].clone()).collect();
    assert_eq!(slugs, vec![json!("getting-started"), json!("billing")]);
    assert_eq!(groups[0]["articles"].as_array().map(Vec::len), Some(2), "staff articles are hidden");
    let (code, v) = get(&mut p, "/knowledge_base/group/billing", None);
    assert_eq!(code, 200);
    assert_eq!(v["data"][0]["articles"][0]["slug"], "understanding-your-invoice");
    let (code, v) = get(&mut p, "/knowledge_base/article/resetting-your-password", Some("garbage"));
    assert_eq!(code, 200);
    assert_eq!(v["data"]["group_name"], "Getting Started");
    assert_eq!(v["data"]["active_group"], "1");
    for path in ["/knowledge_base/group/announcements", "/knowledge_base/group/internal", "/knowledge_base/group/nope",
                 "/knowledge_base/article/staff-escalation-guide", "/knowledge_base/article/internal-runbook", "/knowledge_base/article/nope"] {
        let (code, v) = get(&mut p, path, None);
        assert_eq!((code, v["status"].clone(), v["data"].clone()), (200, json!(true), Value::Null), "{path}");
    }
}

#[test]
fn perfex_unexpected_query_parameter_is_500() {
    let mut p = Perfex::new();
    let ada = login(&mut p, "ada@example.com");
    for path in ["/tickets", "/tickets/id/1", "/knowledge_base", "/miscellaneous/group/departments", "/authentication"] {
        let method = if path == "/authentication" { "POST" } else { "GET" };
        let mut req = request(method, &format!("{API}{path}"), Some(&ada), None, b"", T0);
        req.query = vec![("_".into(), "1700000000".into())];
        let r = p.handle(&req);
        assert_eq!(r.status, 500, "{path}");
        assert!(r.headers.iter().any(|(k, v)| k == "Content-Type" && v.starts_with("text/html")));
        assert!(String::from_utf8_lossy(&r.body).contains("Unknown column '_'"));
    }
}

#[test]
fn perfex_routing_unknown_paths_and_methods() {
    let mut p = Perfex::new();
    let ada = login(&mut p, "ada@example.com");
    for path in ["/customers_api/v1", "/customers_api/v2/tickets", "/customers_api/v1/nothing", "/", "/tickets",
                 "/customers_api/v1/tickets/id/1/extra"] {
        let r = p.handle(&request("GET", path, Some(&ada), None, b"", T0));
        assert_eq!(r.status, 404, "{path}");
    }
    assert_eq!(call(&mut p, request("POST", &format!("{API}/estimates"), Some(&ada), None, b"", T0)).0, 405);
    assert_eq!(call(&mut p, request("DELETE", &format!("{API}/tickets/id/1"), Some(&ada), None, b"", T0)).0, 405);
    // A trailing slash and an empty id are the list.
    assert_eq!(get(&mut p, "/tickets/", Some(&ada)).0, 200);
    assert_eq!(get(&mut p, "/estimates/id/", Some(&ada)).0, 200);
}

#[test]
fn perfex_never_panics_on_odd_input() {
    let mut p = Perfex::new();
    let ada = login(&mut p, "ada@example.com");
    let paths = [
        "", "/", "//", "/customers_api/v1/tickets/id/99999999999999999999999", "/customers_api/v1/projects/id/1/group/",
        "/customers_api/v1/projects/id/1/group/tasks", "/customers_api/v1/tickets", "/customers_api/v1/tickets/add_reply/1",
        "/customers_api/v1/authentication", "/download/file/ticket/x", "/customers_api/v1/knowledge_base/article/%00",
    ];
    let bodies: [&[u8]; 7] = [b"", b"\xff\xfe", b"%%%&&==&=", b"{", b"[1,2]", b"{\"assignees\": {\"a\": [1]}, \"name\": null}", b"--x\r\n\r\n"];
    let types = [None, Some("application/json"), Some("multipart/form-data"), Some("multipart/form-data; boundary="),
                 Some("multipart/form-data; boundary=x"), Some("application/x-www-form-urlencoded")];
    for method in ["GET", "POST", "PUT", "DELETE", "PATCH", ""] {
        for path in paths {
            for body in bodies {
                for ct in types {
                    for token in [None, Some(ada.as_str()), Some("x.y.z")] {
                        let r = p.handle(&request(method, path, token, ct, body, T0));
                        assert!(r.status >= 200);
                    }
                }
            }
        }
    }
    // Truncated and odd multipart bodies.
    let full = multipart("q", &[("message", "m")], &[("f", "a.txt", "text/plain", b"abc")]);
    for cut in 0..full.len() {
        let r = p.handle(&request("POST", &format!("{API}/tickets/add_reply/1"), Some(&ada), Some("multipart/form-data; boundary=q"), &full[..cut], T0));
        assert!(r.status == 200 || r.status == 422);
    }
    // Time going backwards or far away.
    for now in [i64::MIN, -1, 0, i64::MAX] {
        let _ = p.handle(&request("GET", &format!("{API}/tickets"), Some(&ada), None, b"", now));
        let _ = p.handle(&request("POST", &format!("{API}/authentication"), None, Some("application/x-www-form-urlencoded"), b"email=ada@example.com&password=perfex-demo-1", now));
    }
}

#[test]
fn bulk_tickets_are_listed_with_the_seed_ones_and_open_as_details() {
    let mut p = Perfex::new();
    let token = login(&mut p, "ada@example.com");
    let before = get(&mut p, "/tickets", Some(&token)).1["data"].as_array().unwrap().len();
    p.add_tickets(500);
    let (code, v) = get(&mut p, "/tickets", Some(&token));
    assert_eq!(code, 200);
    let rows = v["data"].as_array().unwrap();
    assert_eq!(rows.len(), before + 500);
    let last = rows.last().unwrap();
    let id = last["ticketid"].as_str().unwrap();
    assert!(last["subject"].as_str().unwrap().ends_with(&format!(" #{id}")), "{last}");
    let statuses: std::collections::HashSet<&str> = rows.iter().filter_map(|r| r["status"].as_str()).collect();
    assert_eq!(statuses.len(), 5, "statuses vary");
    assert_eq!(get(&mut p, &format!("/tickets/id/{id}"), Some(&token)).0, 200);
    let noperm = login(&mut p, "noperm@example.com");
    assert_eq!(get(&mut p, "/tickets", Some(&noperm)).0, 403, "other customers do not see them");
}
