//! ErpClient against the emulator (Node and headless Chromium): sign-in with OTP, the
//! session, the license order flow and the cart, tickets and paging.
#![cfg(target_arch = "wasm32")]

mod common;
mod erp_support;

use common::*;
use erp_support::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

// ---- sign-in ----------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn otp_wrong_then_right_opens_the_session() {
    let scope = Scope::new("erp-otp");
    let c = client(&scope, "");
    let step: JsValue = c.login(credentials("demo@example.com", PASSWORD), None).await.expect("login").into();
    assert_eq!(text(&step, "step"), "otp_required");
    assert!(!text(&step, "message").is_empty());
    assert!(!c.is_signed_in());

    let err = c.verify_otp(otp("000000"), None).await.unwrap_err();
    assert_eq!(kind(&err), "auth");
    assert_eq!(text(&err, "code"), "INVALID_OTP");
    assert_eq!(text(&err, "operation"), "verifyOtp");
    assert!(!json(&err).contains(PASSWORD) && !message(&err).contains(PASSWORD));
    assert!(!c.is_signed_in());

    let session: JsValue = c.verify_otp(otp(" 123 456 "), None).await.expect("the right code").into();
    assert_eq!(text(&session, "customerId"), "4481");
    assert_eq!(text(&session, "name"), "Emu Networks Pte Ltd");
    assert_eq!(text(&session, "email"), "demo@example.com");
    assert_eq!(len(&session, "permissions"), 9);
    assert_eq!(get(&session, "isReseller"), JsValue::FALSE);
    assert!(get(&session, "expiresAt").as_f64().unwrap() > js_sys::Date::now());
    assert!(!json(&session).contains("NDQ4MQ"), "the encoded id stays inside");
    assert!(c.is_signed_in());
    assert_eq!(c.customer_id().as_deref(), Some("4481"));

    // The OTP step is over: the credentials are gone.
    let err = c.verify_otp(otp(OTP), None).await.unwrap_err();
    assert_eq!(kind(&err), "auth");
    assert!(message(&err).contains("login()"), "{}", message(&err));

    // Sign-in steps go as text/plain JSON without a token; the password is sent only to them.
    let logins = sent(&scope, "otp_validation_for_app").await;
    assert_eq!(logins.len(), 2);
    assert_eq!(text(&logins[1], "operation"), "curlData");
    assert_eq!(text(&logins[1], "element_data.uname"), "demo@example.com");
    assert!(get(&logins[1], "access_token").is_undefined());
    let log = scope.requests().await;
    let first = js_sys::Array::from(&log).get(0);
    assert!(text(&first, "headers.content-type").starts_with("text/plain"), "{}", json(&first));

    // A data call sends the token and the base64 customer id.
    let counts: JsValue = c.ticket_counts(None).await.expect("counts").into();
    assert_eq!(get(&counts, "open").as_f64(), Some(23.0));
    let call = sent(&scope, "ticket_count").await.pop().unwrap();
    assert_eq!(text(&call, "access_token"), c.session_token().unwrap());
    assert_eq!(text(&call, "element_data.customer_id"), "NDQ4MQ==");
    assert_eq!(text(&call, "operation"), "curlDatas");
}

#[wasm_bindgen_test]
async fn a_wrong_password_is_invalid_credentials_and_ends_the_step() {
    let scope = Scope::new("erp-badpw");
    let c = client(&scope, "");
    let err = c.login(credentials("demo@example.com", "not-the-password-77"), None).await.unwrap_err();
    assert_eq!(kind(&err), "auth");
    assert_eq!(text(&err, "code"), "INVALID_CREDENTIALS");
    assert_eq!(text(&err, "backend"), "erp");
    assert!(!json(&err).contains("not-the-password-77") && !message(&err).contains("not-the-password-77"));
    assert!(!c.is_signed_in());
    let err = c.verify_otp(otp(OTP), None).await.unwrap_err();
    assert_eq!(kind(&err), "auth");
    assert_eq!(sent(&scope, "otp_validation_for_app").await.len(), 0, "nothing is sent without a pending login");
}

#[wasm_bindgen_test]
async fn an_account_without_otp_is_signed_in_by_login() {
    let scope = Scope::new("erp-nootp");
    let c = client(&scope, "");
    let step: JsValue = c.login(credentials("nootp@example.com", PASSWORD), None).await.expect("login").into();
    assert_eq!(text(&step, "step"), "signed_in");
    assert_eq!(text(&step, "session.customerId"), "4482");
    assert!(c.is_signed_in());
    // No rows at all: empty lists and an empty cart, not errors.
    let page: JsValue = c.list_open_tickets(None, None).await.expect("tickets").into();
    assert_eq!(len(&page, "items"), 0);
    assert!(get(&page, "total").is_undefined());
    let cart: JsValue = c.view_cart(None).await.expect("cart").into();
    assert_eq!(len(&cart, "items"), 0);
    assert_eq!(text(&cart, "grandTotal"), "0.00");
}

#[wasm_bindgen_test]
async fn bad_caller_input_names_the_field_and_sends_nothing() {
    let scope = Scope::new("erp-input");
    let c = client(&scope, "");
    let err = c.login(arg(r#"{"username":"demo@example.com"}"#), None).await.unwrap_err();
    assert_eq!(kind(&err), "invalid_input");
    assert!(message(&err).contains("password"), "{}", message(&err));
    let err = c.login(credentials("  ", PASSWORD), None).await.unwrap_err();
    assert!(message(&err).contains("username"), "{}", message(&err));
    let c = signed_in(&scope).await;
    let before = len(&scope.requests().await, "");
    let err = c.list_open_tickets(some(r#"{"limit":0}"#), None).await.unwrap_err();
    assert_eq!(kind(&err), "invalid_input");
    assert!(message(&err).contains("limit"));
    let err = c.quote_new_license(arg(r#"{"editionKey":"3CXPSPROF","simultaneousCalls":"many"}"#), None).await.unwrap_err();
    assert!(message(&err).contains("simultaneousCalls"), "{}", message(&err));
    let err = c.add_to_cart(arg(r#"{"saleType":"gift","editionKey":"3CXPSPROF"}"#), None).await.unwrap_err();
    assert_eq!(kind(&err), "invalid_input");
    let err = c.get_upgrade_options(JsValue::from(5), None).await.unwrap_err();
    assert!(message(&err).contains("licenseKey"));
    assert_eq!(len(&scope.requests().await, ""), before);
    assert!(c.ticket_counts(None).await.is_ok(), "the client still works");
}

// ---- the session --------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn access_denied_is_an_auth_error_and_ends_the_session() {
    let scope = Scope::new("erp-denied");
    let c = signed_in(&scope).await;
    let lost = std::rc::Rc::new(std::cell::RefCell::new(String::new()));
    let seen = lost.clone();
    let listener = wasm_bindgen::closure::Closure::<dyn FnMut(String)>::new(move |why: String| *seen.borrow_mut() = why);
    c.on_session_expired(Some(listener.as_ref().clone().into()));
    c.list_editions(None, None).await.expect("editions");
    // The server's clock runs past the token's 5 hours; ours does not know.
    scope.advance_clock(6 * 3600).await;
    let err = c.list_open_tickets(None, None).await.unwrap_err();
    assert_eq!(kind(&err), "auth");
    assert_eq!(text(&err, "code"), "ACCESS_DENIED");
    assert_eq!(text(&err, "operation"), "listOpenTickets");
    assert!(!c.is_signed_in());
    assert!(c.session_token().is_none() && c.customer_id().is_none());
    assert_eq!(*lost.borrow(), "rejected");
    // A later call fails before anything is sent.
    let before = len(&scope.requests().await, "");
    assert_eq!(kind(&c.view_cart(None).await.unwrap_err()), "auth");
    assert_eq!(len(&scope.requests().await, ""), before);
}

#[wasm_bindgen_test]
async fn a_stored_session_restores_with_its_customer_id() {
    let scope = Scope::new("erp-restore");
    let first = signed_in(&scope).await;
    let token = first.session_token().unwrap();
    let id = first.customer_id().unwrap();
    let c = client(&scope, "");
    let stored = format!(r#"{{"token":"{token}","customerId":"{id}"}}"#);
    let restored: JsValue = c.restore_session(arg(&stored)).expect("restore").into();
    assert_eq!(text(&restored, "customerId"), "4481");
    assert!(get(&restored, "expiresAt").as_f64().unwrap() > js_sys::Date::now());
    let counts: JsValue = c.ticket_counts(None).await.expect("counts").into();
    assert_eq!(get(&counts, "total").as_f64(), Some(32.0));
    let call = sent(&scope, "ticket_count").await.pop().unwrap();
    assert_eq!(text(&call, "element_data.customer_id"), "NDQ4MQ==");

    // A number is fine; garbage is not.
    assert!(c.restore_session(arg(&format!(r#"{{"token":"{token}","customerId":4481}}"#))).is_ok());
    let err = c.restore_session(arg(&format!(r#"{{"token":"{token}","customerId":"NDQ4MQ=="}}"#))).unwrap_err();
    assert_eq!(kind(&err), "invalid_input");
    assert!(!message(&err).contains(&token));
    let err = c.restore_session(arg(r#"{"token":"x.y.z"}"#)).unwrap_err();
    assert!(message(&err).contains("customerId"), "{}", message(&err));

    // header {"alg":"HS256"} . payload {"exp":1000000000}: long expired.
    let old = "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjEwMDAwMDAwMDB9.c2ln";
    let err = c.restore_session(arg(&format!(r#"{{"token":"{old}","customerId":"4481"}}"#))).unwrap_err();
    assert_eq!(kind(&err), "auth");
    assert!(c.is_signed_in(), "a refused restore leaves the current session as it was");

    // A token the server does not know fails on first use and ends the session.
    c.restore_session(arg(r#"{"token":"not-a-token-of-this-server","customerId":"4481"}"#)).expect("opaque tokens are accepted");
    let err = c.ticket_counts(None).await.unwrap_err();
    assert_eq!((kind(&err).as_str(), text(&err, "code").as_str()), ("auth", "ACCESS_DENIED"));
    assert!(!json(&err).contains("not-a-token-of-this-server"));
    assert!(!c.is_signed_in());
}

#[wasm_bindgen_test]
async fn a_failed_restore_leaves_the_current_session_alone() {
    let scope = Scope::new("erp-restore-keeps");
    let c = signed_in(&scope).await;
    let token = c.session_token().unwrap();
    let (calls, listener) = session_listener();
    c.on_session_expired(Some(listener.as_ref().clone().into()));
    // payload {"exp":1000000000}: long expired.
    let old = "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjEwMDAwMDAwMDB9.c2ln";
    let err = c.restore_session(arg(&format!(r#"{{"token":"{old}","customerId":"4482"}}"#))).unwrap_err();
    assert_eq!(kind(&err), "auth");
    assert_eq!(c.session_token(), Some(token));
    assert_eq!(c.customer_id().as_deref(), Some("4481"));
    assert!(calls.borrow().is_empty(), "{:?}", calls.borrow());
    assert!(c.ticket_counts(None).await.is_ok());
}

#[wasm_bindgen_test]
async fn overlapping_next_calls_queue_and_never_fetch_a_page_twice() {
    let scope = Scope::new("erp-walk-overlap");
    let c = signed_in(&scope).await;
    let before = sent(&scope, "open_ticket").await.len();
    // Three calls at once (Promise.all): one page, three different rows.
    let iterator = c.iterate_open_tickets(some(r#"{"pageSize":10}"#), None).expect("iterator");
    let next: js_sys::Function = get(&iterator, "next").unchecked_into();
    let calls: Vec<js_sys::Promise> = (0..3).map(|_| next.call0(&iterator).unwrap().unchecked_into()).collect();
    let mut numbers = Vec::new();
    for call in calls {
        numbers.push(text(&wasm_bindgen_futures::JsFuture::from(call).await.expect("a row"), "value.number"));
    }
    numbers.sort();
    numbers.dedup();
    assert_eq!(numbers.len(), 3, "no row twice: {numbers:?}");
    assert_eq!(sent(&scope, "open_ticket").await.len() - before, 1, "one page for the three");
    assert_eq!(collect(iterator).await.len(), 20, "the rest, each row once");
}

#[wasm_bindgen_test]
async fn return_while_a_page_is_on_its_way_stays_finished() {
    let scope = Scope::new("erp-walk-return");
    let c = signed_in(&scope).await;
    let before = sent(&scope, "open_ticket").await.len();
    scope.fault(r#"{"match":"index","kind":"delay","delayMs":500}"#).await;
    let iterator = c.iterate_open_tickets(some(r#"{"pageSize":10}"#), None).expect("iterator");
    let next: js_sys::Function = get(&iterator, "next").unchecked_into();
    let pending: js_sys::Promise = next.call0(&iterator).unwrap().unchecked_into();
    // The emulator has the page's request (and holds its answer back for 500 ms).
    while sent(&scope, "open_ticket").await.len() == before {}
    let finish: js_sys::Function = get(&iterator, "return").unchecked_into();
    let finished = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(finish.call0(&iterator).unwrap())).await.unwrap();
    assert!(get(&finished, "done").is_truthy());
    assert!(get(&wasm_bindgen_futures::JsFuture::from(pending).await.expect("step"), "done").is_truthy());
    assert!(collect(iterator).await.is_empty());
}

#[wasm_bindgen_test]
async fn logout_forgets_the_session_and_order_data() {
    let scope = Scope::new("erp-logout");
    let c = signed_in(&scope).await;
    c.list_editions(None, None).await.expect("editions");
    c.logout();
    assert!(!c.is_signed_in());
    assert!(c.session_token().is_none() && c.customer_id().is_none());
    let before = len(&scope.requests().await, "");
    let err = c.get_simultaneous_call_options("3CXPSPROF".into(), None).await.unwrap_err();
    assert_eq!(kind(&err), "auth");
    assert!(message(&err).contains("not signed in"), "{}", message(&err));
    assert_eq!(len(&scope.requests().await, ""), before, "logout sends nothing and nothing is sent after it");
}

// ---- the license order flow and the cart ----------------------------------------------------

#[wasm_bindgen_test]
async fn a_new_license_goes_into_the_cart_and_back_out() {
    let scope = Scope::new("erp-new");
    let c = signed_in(&scope).await;
    let catalog: JsValue = c.list_editions(some(r#"{"saleType":"new"}"#), None).await.expect("editions").into();
    assert_eq!(len(&catalog, "editions"), 2);
    assert_eq!(text(&catalog, "editions.1.key"), "3CXPSPROFENT");
    assert_eq!(text(&catalog, "editions.1.name"), "Enterprise");
    assert_eq!(text(&catalog, "currency"), "USD");
    assert_eq!(text(&catalog, "resellerDiscountPercent"), "20");

    let tiers: JsValue = c.get_simultaneous_call_options("3CXPSPROFENT".into(), None).await.expect("tiers").into();
    assert_eq!(text(&tiers, "edition.name"), "Enterprise");
    assert_eq!(len(&tiers, "tiers"), 13);
    assert_eq!(get(&tiers, "tiers.2.simultaneousCalls").as_f64(), Some(16.0));
    let price16 = text(&tiers, "tiers.2.price");
    assert!(price16.contains('.'), "prices stay decimal strings: {price16}");

    // The reseller data of online_order went with edition_change, but never to the caller.
    let step = sent(&scope, "edition_change").await.pop().unwrap();
    let api_key = text(&step, "element_data.api_key");
    assert!(!api_key.is_empty());
    assert_eq!(text(&step, "element_data.customer_currency"), "USD");
    assert!(!json(&catalog).contains(&api_key) && !json(&tiers).contains(&api_key));

    let quote: JsValue = c
        .quote_new_license(arg(r#"{"editionKey":"3CXPSPROFENT","simultaneousCalls":16}"#), None)
        .await
        .expect("quote")
        .into();
    assert_eq!(text(&quote, "price"), price16);
    assert_eq!(get(&quote, "perpetual"), JsValue::TRUE);
    let maintenance = text(&quote, "maintenancePerYear");
    assert!(!maintenance.is_empty());
    let step = sent(&scope, "concurrent_license_change").await.pop().unwrap();
    assert_eq!(text(&step, "element_data.simultaneous_call"), format!("16/{price16}"));

    let added: JsValue = c
        .add_to_cart(
            arg(r#"{"saleType":"new","editionKey":"3CXPSPROFENT","simultaneousCalls":16,"quantity":2,"extraMaintenanceYears":1}"#),
            None,
        )
        .await
        .expect("added")
        .into();
    let line_id = text(&added, "cartItemId");
    assert!(!line_id.is_empty());
    assert_eq!(get(&added, "itemCount").as_f64(), Some(1.0));
    let insert = sent(&scope, "insert_cart").await.pop().unwrap();
    assert_eq!(text(&insert, "element_data.product_sale_type"), "new");
    assert_eq!(text(&insert, "element_data.temp_price"), price16);
    assert_eq!(text(&insert, "element_data.quantity"), "2");
    assert_eq!(text(&insert, "element_data.maintenance"), "1");
    assert_eq!(text(&insert, "element_data.edition"), "Enterprise");

    let cart: JsValue = c.view_cart(None).await.expect("cart").into();
    assert_eq!(len(&cart, "items"), 1);
    assert_eq!(text(&cart, "items.0.id"), line_id);
    assert_eq!(text(&cart, "items.0.saleType"), "new");
    assert_eq!(get(&cart, "items.0.quantity").as_f64(), Some(2.0));
    assert_eq!(get(&cart, "items.0.maintenanceYears").as_f64(), Some(1.0));
    assert_eq!(text(&cart, "items.0.price"), price16);
    assert_eq!(text(&cart, "grandTotal"), text(&cart, "items.0.total"));
    let cents = |s: &str| -> i64 { s.replace('.', "").parse().unwrap() };
    assert_eq!(cents(&text(&cart, "grandTotal")), (cents(&price16) + cents(&maintenance)) * 2);
    assert_eq!(len(&cart, "paymentGateways"), 3);
    assert!(!json(&cart).contains(&api_key));

    let removed: JsValue = c.remove_from_cart(line_id.clone().into(), None).await.expect("removed").into();
    assert_eq!(get(&removed, "itemCount").as_f64(), Some(0.0));
    let cart: JsValue = c.view_cart(None).await.expect("empty cart").into();
    assert_eq!(len(&cart, "items"), 0);
    let err = c.remove_from_cart(line_id.into(), None).await.unwrap_err();
    assert_eq!(kind(&err), "not_found");
}

#[wasm_bindgen_test]
async fn a_size_the_edition_is_not_sold_in_is_refused_before_sending() {
    let scope = Scope::new("erp-size");
    let c = signed_in(&scope).await;
    c.get_simultaneous_call_options("3CXPSPROF".into(), None).await.expect("tiers");
    let before = sent(&scope, "concurrent_license_change").await.len();
    let err = c.quote_new_license(arg(r#"{"editionKey":"3CXPSPROF","simultaneousCalls":17}"#), None).await.unwrap_err();
    assert_eq!(kind(&err), "invalid_input");
    assert!(message(&err).contains("16"), "the message lists the sizes: {}", message(&err));
    assert_eq!(sent(&scope, "concurrent_license_change").await.len(), before);
    let err = c.get_simultaneous_call_options("NOPE".into(), None).await.unwrap_err();
    assert_eq!(kind(&err), "validation");
}

#[wasm_bindgen_test]
async fn the_order_flow_works_without_listing_editions_first() {
    // The client fetches the reseller data itself, in the customer's currency (SGD here).
    let scope = Scope::new("erp-sgd");
    let c = signed_in_quiet(&scope).await;
    let tiers: JsValue = c.get_simultaneous_call_options("3CXPSPROF".into(), None).await.expect("tiers").into();
    assert_eq!(text(&tiers, "tiers.0.currency"), "SGD");
    let step = sent(&scope, "edition_change").await.pop().unwrap();
    assert_eq!(text(&step, "element_data.currency_value"), "1.35");
    assert_eq!(sent(&scope, "online_order").await.len(), 1);
    let added: JsValue = c
        .add_to_cart(arg(r#"{"saleType":"new","editionKey":"3CXPSPROF","simultaneousCalls":8}"#), None)
        .await
        .expect("added")
        .into();
    assert_eq!(get(&added, "itemCount").as_f64(), Some(1.0));
    assert_eq!(sent(&scope, "online_order").await.len(), 1, "the reseller data is fetched once");
}

#[wasm_bindgen_test]
async fn an_upgrade_is_quoted_and_added_to_the_cart() {
    let scope = Scope::new("erp-upgrade");
    let c = signed_in(&scope).await;
    let options: JsValue = c.get_upgrade_options("EM01-PR08-4481-A1B2".into(), None).await.expect("upgrade").into();
    assert_eq!(text(&options, "licenseKey"), "EM01-PR08-4481-A1B2");
    assert_eq!(text(&options, "currentEdition.key"), "3CXPSPROF");
    assert_eq!(get(&options, "currentSimultaneousCalls").as_f64(), Some(8.0));
    assert!(len(&options, "tiers") > 10);
    let tiers = js_sys::Array::from(&get(&options, "tiers"));
    assert!(tiers.iter().all(|t| get(&t, "simultaneousCalls").as_f64().unwrap() >= 8.0));

    let quote: JsValue = c
        .quote_upgrade(
            arg(r#"{"licenseKey":"EM01-PR08-4481-A1B2","editionKey":"3CXPSPROFENT","simultaneousCalls":16}"#),
            None,
        )
        .await
        .expect("quote")
        .into();
    assert_eq!(text(&quote, "edition.name"), "Enterprise");
    assert_eq!(get(&quote, "simultaneousCalls").as_f64(), Some(16.0));
    assert!(!text(&quote, "price").is_empty());
    let step = sent(&scope, "simultaneous_call_change").await.pop().unwrap();
    assert_eq!(text(&step, "element_data.edition"), "3CXPSPROFENT/Enterprise");
    assert_eq!(text(&step, "element_data.simultaneous_call"), format!("16/{}", text(&quote, "price")));

    c.add_to_cart(
        arg(r#"{"saleType":"upgrade","licenseKey":"EM01-PR08-4481-A1B2","editionKey":"3CXPSPROFENT","simultaneousCalls":16}"#),
        None,
    )
    .await
    .expect("added");
    let cart: JsValue = c.view_cart(None).await.expect("cart").into();
    assert_eq!(text(&cart, "items.0.saleType"), "upgrade");
    assert_eq!(text(&cart, "items.0.licenseKey"), "EM01-PR08-4481-A1B2");
    assert_eq!(text(&cart, "items.0.price"), text(&quote, "price"));

    // Not an upgrade on offer: refused locally. The largest license: refused by the server.
    let err = c
        .quote_upgrade(arg(r#"{"licenseKey":"EM01-PR08-4481-A1B2","editionKey":"3CXPSPROF","simultaneousCalls":4}"#), None)
        .await
        .unwrap_err();
    assert_eq!(kind(&err), "invalid_input");
    let err = c.get_upgrade_options("EM12-EN1K-4481-Y5Z6".into(), None).await.unwrap_err();
    assert_eq!(kind(&err), "api");
    assert!(message(&err).contains("No upgrade"), "{}", message(&err));
    let err = c.get_upgrade_options("NOT-A-LICENSE".into(), None).await.unwrap_err();
    assert_eq!(kind(&err), "validation");
}

#[wasm_bindgen_test]
async fn a_maintenance_renewal_is_quoted_and_added_to_the_cart() {
    let scope = Scope::new("erp-renewal");
    let c = signed_in(&scope).await;
    let quote: JsValue = c.get_maintenance_renewal_quote("EM04-EN16-4481-G7H8".into(), None).await.expect("renewal").into();
    assert_eq!(text(&quote, "edition.key"), "3CXPSPROFENT");
    assert_eq!(text(&quote, "edition.name"), "Enterprise");
    assert_eq!(get(&quote, "simultaneousCalls").as_f64(), Some(16.0));
    assert_eq!(get(&quote, "perpetual"), JsValue::TRUE);
    assert!(!text(&quote, "maintenanceUntil").is_empty() && !text(&quote, "newMaintenanceUntil").is_empty());
    let price = text(&quote, "price");
    let step = sent(&scope, "anual_renew_maintenance").await.pop().unwrap();
    assert_eq!(text(&step, "element_data.product_sale_type"), "maintenance");
    assert_eq!(text(&step, "element_data.customer_currency"), "USD");

    c.add_to_cart(arg(r#"{"saleType":"maintenance","licenseKey":"EM04-EN16-4481-G7H8","years":2}"#), None)
        .await
        .expect("added");
    let cart: JsValue = c.view_cart(None).await.expect("cart").into();
    assert_eq!(text(&cart, "items.0.saleType"), "maintenance");
    assert_eq!(get(&cart, "items.0.maintenanceYears").as_f64(), Some(2.0));
    let cents = |s: &str| -> i64 { s.replace('.', "").parse().unwrap() };
    assert_eq!(cents(&text(&cart, "grandTotal")), cents(&price) * 2);
    let insert = sent(&scope, "insert_cart").await.pop().unwrap();
    assert_eq!(text(&insert, "element_data.license_key"), "EM04-EN16-4481-G7H8");
    assert_eq!(text(&insert, "element_data.simultaneous_call"), "16");
}

#[wasm_bindgen_test]
async fn several_cart_lines_are_removed_at_once() {
    let scope = Scope::new("erp-remove");
    let c = signed_in(&scope).await;
    let mut ids = Vec::new();
    for license in ["EM01-PR08-4481-A1B2", "EM02-PR16-4481-C3D4", "EM03-PR64-4481-E5F6"] {
        let added: JsValue = c
            .add_to_cart(arg(&format!(r#"{{"saleType":"maintenance","licenseKey":"{license}"}}"#)), None)
            .await
            .expect("added")
            .into();
        ids.push(text(&added, "cartItemId"));
    }
    let two = js_sys::Array::of2(&ids[0].clone().into(), &ids[1].clone().into());
    let removed: JsValue = c.remove_from_cart(two.into(), None).await.expect("removed").into();
    assert_eq!(get(&removed, "itemCount").as_f64(), Some(1.0));
    let cart: JsValue = c.view_cart(None).await.expect("cart").into();
    assert_eq!(text(&cart, "items.0.id"), ids[2]);
}

// ---- tickets and paging -----------------------------------------------------------------------

#[wasm_bindgen_test]
async fn tickets_are_counted_listed_paged_and_read() {
    let scope = Scope::new("erp-tickets");
    let c = signed_in(&scope).await;
    let counts: JsValue = c.ticket_counts(None).await.expect("counts").into();
    assert_eq!(json(&counts), r#"{"open":23,"closed":9,"total":32}"#);

    let page: JsValue = c.list_open_tickets(some(r#"{"limit":10}"#), None).await.expect("page").into();
    assert_eq!(len(&page, "items"), 10);
    assert_eq!(get(&page, "total").as_f64(), Some(23.0));
    let last: JsValue = c.list_open_tickets(some(r#"{"limit":10,"offset":20}"#), None).await.expect("last page").into();
    assert_eq!(len(&last, "items"), 3);
    let past: JsValue = c.list_open_tickets(some(r#"{"limit":10,"offset":40}"#), None).await.expect("past the end").into();
    assert_eq!(len(&past, "items"), 0);
    let step = sent(&scope, "open_ticket").await.pop().unwrap();
    assert_eq!((text(&step, "element_data.limit"), text(&step, "element_data.offset")), ("10".into(), "40".into()));

    let first = get(&page, "items.0");
    assert!(!text(&first, "number").is_empty() && !text(&first, "subject").is_empty());
    assert_eq!(text(&first, "status"), "Open");
    let detail: JsValue = c.get_ticket(text(&first, "id").into(), None).await.expect("ticket").into();
    assert_eq!(text(&detail, "number"), text(&first, "number"));
    assert_eq!(text(&detail, "status"), "Open");
    assert!(!text(&detail, "department").is_empty() && !text(&detail, "helpTopic").is_empty());
    assert!(len(&detail, "messages") >= 3);
    assert_eq!(get(&detail, "messages.0.fromStaff"), JsValue::FALSE);
    assert_eq!(get(&detail, "messages.1.fromStaff"), JsValue::TRUE);
    assert!(!text(&detail, "messages.1.poster").is_empty());
    assert_eq!(text(&detail, "messages.2.attachments.0.name"), "pbx-log.txt");
    assert_eq!(text(&detail, "user.email"), "demo@example.com");
    let by_number: JsValue = c.get_ticket(text(&first, "number").into(), None).await.expect("by number").into();
    assert_eq!(text(&by_number, "id"), text(&first, "id"));
    let info = sent(&scope, "getTicketInfo").await.pop().unwrap();
    assert_eq!((text(&info, "operation"), text(&info, "moduleType")), ("ticket".into(), "ticket".into()));

    let err = c.get_ticket(JsValue::from(999_999), None).await.unwrap_err();
    assert_eq!(kind(&err), "not_found");
    assert_eq!(text(&err, "operation"), "getTicket");
}

#[wasm_bindgen_test]
async fn every_ticket_is_walked_page_by_page() {
    let scope = Scope::new("erp-walk");
    let c = signed_in(&scope).await;
    let iterator = c.iterate_open_tickets(some(r#"{"pageSize":10}"#), None).expect("iterator");
    assert!(is_async_iterable(&iterator));
    let before = sent(&scope, "open_ticket").await.len();
    let rows = collect(iterator).await;
    assert_eq!(rows.len(), 23);
    let mut numbers: Vec<String> = rows.iter().map(|r| text(r, "number")).collect();
    numbers.dedup();
    assert_eq!(numbers.len(), 23, "no row twice");
    let pages = sent(&scope, "open_ticket").await;
    assert_eq!(pages.len() - before, 3, "pages are fetched lazily and the walk stops at the total");
    let offsets: Vec<String> = pages[before..].iter().map(|p| text(p, "element_data.offset")).collect();
    assert_eq!(offsets, ["0", "10", "20"]);
    assert_eq!(collect(c.iterate_closed_tickets(None, None).expect("iterator")).await.len(), 9);
    let err = c.iterate_open_tickets(some(r#"{"pageSize":0}"#), None).unwrap_err();
    assert_eq!(kind(&err), "invalid_input");
}

/// One `next()` of an async iterator: the step object, or the rejection.
async fn next_step(iterator: &JsValue) -> Result<JsValue, JsValue> {
    let next: js_sys::Function = get(iterator, "next").unchecked_into();
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(next.call0(iterator).unwrap())).await
}

#[wasm_bindgen_test]
async fn a_walk_takes_a_signal_and_a_timeout_for_every_page() {
    let scope = Scope::new("erp-walk-options");
    let c = signed_in(&scope).await;
    let controller = web_sys::AbortController::new().unwrap();
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"signal".into(), &controller.signal()).unwrap();
    let iterator = c.iterate_open_tickets(some(r#"{"pageSize":10}"#), Some(options.into())).expect("iterator");
    for _ in 0..10 {
        next_step(&iterator).await.expect("the first page's rows");
    }
    controller.abort();
    let err = next_step(&iterator).await.expect_err("the second page is cancelled");
    assert_eq!((kind(&err), text(&err, "operation")), ("aborted".into(), "iterateOpenTickets".into()));

    scope.fault(r#"{"match":"index","kind":"delay","delayMs":3000,"times":3}"#).await;
    let slow = c.iterate_closed_tickets(None, Some(js(r#"{"timeoutMs":200}"#))).expect("iterator");
    assert_eq!(kind(&next_step(&slow).await.expect_err("the page times out")), "timeout");
    let err = c.iterate_open_tickets(None, Some(js(r#"{"timeoutMs":"soon"}"#))).unwrap_err();
    assert_eq!(kind(&err), "invalid_input");
    assert!(message(&err).contains("timeoutMs"), "{}", message(&err));
}

#[wasm_bindgen_test]
async fn a_ticket_is_created_with_attachments_and_replied_to() {
    let scope = Scope::new("erp-create");
    let c = signed_in(&scope).await;
    let created: JsValue = c
        .create_ticket(arg(r#"{"subject":"Fax line down","message":"<p>Since this morning.</p>","departmentId":3}"#), None)
        .await
        .expect("created")
        .into();
    let number = text(&created, "number");
    assert!(!number.is_empty() && !text(&created, "id").is_empty());
    assert_eq!(get(&created, "attachmentCount").as_f64(), Some(0.0));
    let counts: JsValue = c.ticket_counts(None).await.expect("counts").into();
    assert_eq!(get(&counts, "open").as_f64(), Some(24.0));
    let detail: JsValue = c.get_ticket(number.clone().into(), None).await.expect("ticket").into();
    assert_eq!(text(&detail, "subject"), "Fax line down");
    assert_eq!(text(&detail, "department"), "Technical Support");
    assert_eq!(text(&detail, "messages.0.body"), "<p>Since this morning.</p>");

    // With files: multipart to index_new.php.
    let parts = js_sys::Array::of1(&JsValue::from_str("line 1\nline 2\n"));
    let log = web_sys::Blob::new_with_str_sequence(&parts).unwrap();
    let files = js_sys::Array::of2(&log, &log);
    let input = js("{\"subject\":\"Logs attached\",\"message\":\"See the files.\"}");
    js_sys::Reflect::set(&input, &"attachments".into(), &files).unwrap();
    let created: JsValue = c.create_ticket(tsify::Ts::new_unchecked(input), None).await.expect("with files").into();
    assert_eq!(get(&created, "attachmentCount").as_f64(), Some(2.0));
    let uploads = hits(&scope, INDEX_NEW).await;
    assert_eq!(uploads.len(), 1);
    assert!(text(&uploads[0], "headers.content-type").starts_with("multipart/form-data"));
    let body = body_text(&uploads[0]);
    assert!(body.contains("name=\"attachment[0]\"") && body.contains("name=\"attachment[1]\""));
    assert!(body.contains("filename=\"attachment-1\""));
    let detail: JsValue = c.get_ticket(text(&created, "number").into(), None).await.expect("ticket").into();
    assert_eq!(len(&detail, "messages.0.attachments"), 2);
    assert_eq!(get(&detail, "messages.0.attachments.0.size").as_f64(), Some(14.0));

    let reply: JsValue = c.reply_to_ticket(number.clone().into(), arg(r#"{"message":"Still down."}"#), None).await.expect("reply").into();
    assert!(!text(&reply, "entryId").is_empty());
    let detail: JsValue = c.get_ticket(number.into(), None).await.expect("ticket").into();
    assert_eq!(len(&detail, "messages"), 2);
    assert_eq!(text(&detail, "messages.1.body"), "Still down.");

    let err = c.create_ticket(arg(r#"{"subject":" ","message":"x"}"#), None).await.unwrap_err();
    assert_eq!(kind(&err), "invalid_input");
    assert!(message(&err).contains("subject"));
    let err = c.create_ticket(arg(r#"{"subject":"s","message":"m","attachments":["not a file"]}"#), None).await.unwrap_err();
    assert!(message(&err).contains("attachments"), "{}", message(&err));
}

#[wasm_bindgen_test]
async fn writes_are_never_retried_but_reads_are() {
    let scope = Scope::new("erp-retry");
    let c = client(&scope, r#""retries": 2"#);
    c.login(credentials("demo@example.com", PASSWORD), None).await.expect("login");
    c.verify_otp(otp(OTP), None).await.expect("otp");
    scope.fault(&format!(r#"{{"match": "{INDEX}", "kind": "status", "status": 503}}"#)).await;
    let err = c.create_ticket(arg(r#"{"subject":"Once","message":"only once"}"#), None).await.unwrap_err();
    assert_eq!(kind(&err), "http");
    assert_eq!(sent(&scope, "create_ticket").await.len(), 1);
    scope.fault(&format!(r#"{{"match": "{INDEX}", "kind": "status", "status": 503}}"#)).await;
    let counts: JsValue = c.ticket_counts(None).await.expect("a read is retried").into();
    assert_eq!(get(&counts, "total").as_f64(), Some(32.0));
    assert_eq!(sent(&scope, "ticket_count").await.len(), 2);
}

#[wasm_bindgen_test]
async fn an_html_error_page_is_a_decode_error() {
    let scope = Scope::new("erp-html");
    let c = signed_in(&scope).await;
    scope.fault(&format!(r#"{{"match": "{INDEX}", "kind": "html"}}"#)).await;
    let err = c.list_licenses(None, None).await.unwrap_err();
    assert_eq!(kind(&err), "decode");
    assert!(message(&err).contains("HTML"), "{}", message(&err));
    assert!(c.list_licenses(None, None).await.is_ok());
}

#[wasm_bindgen_test]
fn insecure_and_malformed_options_are_refused() {
    let err = switchboard::erp::ErpClient::new(arg(r#"{"baseUrl":"http://erp.example.com"}"#)).err().unwrap();
    assert_eq!(kind(&err), "insecure_url");
    let err = switchboard::erp::ErpClient::new(arg(r#"{"baseUrl":"https://erp.example.com","retries":"x"}"#)).err().unwrap();
    assert_eq!(kind(&err), "invalid_input");
    assert!(message(&err).contains("retries"), "{}", message(&err));
}
