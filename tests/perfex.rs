//! PerfexClient against the emulator (Node and headless Chromium).
#![cfg(target_arch = "wasm32")]

mod common;
mod perfex_support;

use common::*;
use perfex_support::*;
use switchboard::perfex::PerfexClient;
use tsify::Ts;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn login_then_list_and_read_tickets() {
    let scope = Scope::new("perfex-slice");
    let c = client(&scope, "");
    assert!(!c.is_signed_in());
    let session: JsValue = c
        .login(Ts::new_unchecked(js(&format!(r#"{{"email":"ada@example.com","password":"{PASSWORD}"}}"#))), None)
        .await
        .expect("login")
        .into();
    assert!(c.is_signed_in());
    assert!(!text(&session, "clientId").is_empty());
    assert!(get(&session, "expiresAt").as_f64().unwrap() > js_sys::Date::now());

    let tickets: JsValue = c.list_tickets(None).await.expect("tickets").into();
    assert!(len(&tickets, "") >= 1);
    let first_id = text(&tickets, "0.id");
    assert!(!text(&tickets, "0.subject").is_empty());
    assert!(!text(&tickets, "0.status.id").is_empty());

    let detail: JsValue = c.get_ticket(first_id.clone().into(), None).await.expect("ticket").into();
    assert_eq!(text(&detail, "id"), first_id);
    assert!(get(&detail, "replies").is_array());

    // The token goes as the raw Authorization header, never in the URL.
    let log = scope.requests().await;
    let last = js_sys::Array::from(&log).pop();
    let token = c.session_token().unwrap();
    assert_eq!(text(&last, "headers.authorization"), token);
    assert!(!json(&log).replace(&format!("\"authorization\":\"{token}\""), "").contains(&token));
}

#[wasm_bindgen_test]
async fn an_empty_list_is_an_empty_array() {
    let scope = Scope::new("perfex-empty");
    let c = signed_in(&scope, "empty@example.com").await;
    let tickets: JsValue = c.list_tickets(None).await.expect("tickets").into();
    assert!(tickets.is_array());
    assert_eq!(len(&tickets, ""), 0);
}

#[wasm_bindgen_test]
async fn an_unknown_ticket_is_not_found() {
    let scope = Scope::new("perfex-404");
    let c = signed_in(&scope, "ada@example.com").await;
    let err = c.get_ticket(JsValue::from(999_999), None).await.unwrap_err();
    assert_eq!(kind(&err), "not_found");
    assert_eq!(get(&err, "status").as_f64(), Some(404.0));
    assert_eq!(text(&err, "operation"), "getTicket");
    assert_eq!(text(&err, "backend"), "perfex");
}

#[wasm_bindgen_test]
async fn wrong_password_is_an_auth_error_without_the_password() {
    let scope = Scope::new("perfex-badpw");
    let c = client(&scope, "");
    let err = c
        .login(Ts::new_unchecked(js(r#"{"email":"ada@example.com","password":"not-the-password-42"}"#)), None)
        .await
        .unwrap_err();
    assert_eq!(kind(&err), "auth");
    assert!(!json(&err).contains("not-the-password-42") && !message(&err).contains("not-the-password-42"));
    assert!(!c.is_signed_in());
}

#[wasm_bindgen_test]
async fn bad_caller_input_names_the_field() {
    let scope = Scope::new("perfex-input");
    let c = client(&scope, "");
    let err = c.login(Ts::new_unchecked(js(r#"{"email":"ada@example.com"}"#)), None).await.unwrap_err();
    assert_eq!(kind(&err), "invalid_input");
    assert!(message(&err).contains("password"), "{}", message(&err));
    let err = c.login(Ts::new_unchecked(JsValue::UNDEFINED), None).await.unwrap_err();
    assert_eq!(kind(&err), "invalid_input");
    let c = signed_in(&scope, "ada@example.com").await;
    let err = c.get_ticket(JsValue::from_f64(1.5), None).await.unwrap_err();
    assert_eq!(kind(&err), "invalid_input");
    assert!(message(&err).contains("id"));
    // Nothing was lost: the same client still works.
    assert!(c.list_tickets(None).await.is_ok());
}

#[wasm_bindgen_test]
async fn an_expired_token_ends_the_session_with_an_auth_error() {
    let scope = Scope::new("perfex-expired");
    let c = signed_in(&scope, "ada@example.com").await;
    let lost = std::rc::Rc::new(std::cell::RefCell::new(String::new()));
    let seen = lost.clone();
    let listener = wasm_bindgen::closure::Closure::<dyn FnMut(String)>::new(move |why: String| *seen.borrow_mut() = why);
    c.on_session_expired(Some(listener.as_ref().clone().into()));
    scope.advance_clock(8 * 24 * 3600).await;
    let err = c.list_tickets(None).await.unwrap_err();
    assert_eq!(kind(&err), "auth");
    assert_eq!(get(&err, "status").as_f64(), Some(401.0));
    assert!(!c.is_signed_in());
    assert_eq!(*lost.borrow(), "rejected");
    // A later call fails before anything is sent.
    let before = len(&scope.requests().await, "");
    assert_eq!(kind(&c.list_tickets(None).await.unwrap_err()), "auth");
    assert_eq!(len(&scope.requests().await, ""), before);
}

#[wasm_bindgen_test]
async fn a_second_login_revokes_the_first_session() {
    let scope = Scope::new("perfex-revoked");
    let first = signed_in(&scope, "ada@example.com").await;
    let _second = signed_in(&scope, "ada@example.com").await;
    assert_eq!(kind(&first.list_tickets(None).await.unwrap_err()), "auth");
}

#[wasm_bindgen_test]
async fn a_401_to_a_token_a_later_login_replaced_keeps_the_new_session() {
    let scope = Scope::new("perfex-relogin-race");
    let c = signed_in(&scope, "ada@example.com").await;
    let (calls, listener) = session_listener();
    c.on_session_expired(Some(listener.as_ref().clone().into()));
    scope.fault(r#"{"match": "/tickets", "kind": "delay", "delayMs": 800}"#).await;
    let slow = c.list_tickets(None); // in flight with the first token
    c.login(Ts::new_unchecked(js(&format!(r#"{{"email":"ada@example.com","password":"{PASSWORD}"}}"#))), None)
        .await
        .expect("login again");
    // The server revoked the first token: the slow call fails, the new session lives on.
    assert_eq!(kind(&slow.await.unwrap_err()), "auth");
    assert!(c.is_signed_in());
    assert!(calls.borrow().is_empty(), "{:?}", calls.borrow());
    assert!(c.list_tickets(None).await.is_ok());
}

/// A Perfex token issued long past its 7 days: header {"alg":"HS512"} . payload
/// {"client_id":"1","contact_id":"1","API_TIME":1000000000}.
const EXPIRED_TOKEN: &str = "eyJhbGciOiJIUzUxMiJ9.eyJjbGllbnRfaWQiOiIxIiwiY29udGFjdF9pZCI6IjEiLCJBUElfVElNRSI6MTAwMDAwMDAwMH0.c2ln";

#[wasm_bindgen_test]
async fn a_failed_restore_leaves_the_current_session_alone() {
    let scope = Scope::new("perfex-restore-keeps");
    let c = signed_in(&scope, "ada@example.com").await;
    let token = c.session_token().unwrap();
    let (calls, listener) = session_listener();
    c.on_session_expired(Some(listener.as_ref().clone().into()));
    let old = EXPIRED_TOKEN;
    assert_eq!(kind(&c.restore_session(old.into()).unwrap_err()), "auth");
    assert_eq!(kind(&c.restore_session("  ".into()).unwrap_err()), "invalid_input");
    assert_eq!(c.session_token(), Some(token));
    assert!(calls.borrow().is_empty(), "{:?}", calls.borrow());
    assert!(c.list_tickets(None).await.is_ok());
}

#[wasm_bindgen_test]
async fn a_stored_token_past_seven_days_is_refused_locally() {
    let scope = Scope::new("perfex-restore");
    let c = client(&scope, "");
    let old = EXPIRED_TOKEN;
    let err = c.restore_session(old.into()).unwrap_err();
    assert_eq!(kind(&err), "auth");
    assert!(!message(&err).contains(old));
    assert!(!c.is_signed_in());
    assert_eq!(len(&scope.requests().await, ""), 0);

    // A live token restores into a working session.
    let live = signed_in(&scope, "ada@example.com").await.session_token().unwrap();
    let c = client(&scope, "");
    c.restore_session(live.into()).expect("restore");
    assert!(c.list_tickets(None).await.is_ok());
}

#[wasm_bindgen_test]
async fn logout_forgets_the_token_and_the_server_session() {
    let scope = Scope::new("perfex-logout");
    let c = signed_in(&scope, "ada@example.com").await;
    let token = c.session_token().unwrap();
    c.logout(None).await.expect("logout");
    assert!(!c.is_signed_in());
    assert!(c.session_token().is_none());
    let log = scope.requests().await;
    let last = js_sys::Array::from(&log).pop();
    assert_eq!(text(&last, "method"), "GET");
    assert!(text(&last, "path").ends_with("/customers_api/v1/logout"));
    // The old token is dead on the server too.
    let again = client(&scope, "");
    again.restore_session(token.into()).expect("restore shape");
    assert_eq!(kind(&again.list_tickets(None).await.unwrap_err()), "auth");
}

#[wasm_bindgen_test]
fn insecure_and_malformed_base_urls_are_refused() {
    let err = PerfexClient::new(Ts::new_unchecked(js(r#"{"baseUrl":"http://crm.example.com"}"#))).err().unwrap();
    assert_eq!(kind(&err), "insecure_url");
    assert!(PerfexClient::new(Ts::new_unchecked(js(r#"{"baseUrl":"http://crm.example.com","allowInsecureHttp":true}"#))).is_ok());
    let err = PerfexClient::new(Ts::new_unchecked(js(r#"{"baseUrl":"crm"}"#))).err().unwrap();
    assert_eq!(kind(&err), "invalid_input");
    assert!(message(&err).contains("baseUrl"));
    let err = PerfexClient::new(Ts::new_unchecked(js(r#"{"baseUrl":"https://x.example","timeoutMs":"soon"}"#))).err().unwrap();
    assert_eq!(kind(&err), "invalid_input");
    assert!(message(&err).contains("timeoutMs"), "{}", message(&err));
}
