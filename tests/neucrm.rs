//! NeuCrmClient against the emulator (Node and headless Chromium).
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use switchboard::neucrm::NeuCrmClient;
use tsify::Ts;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::wasm_bindgen_test;

/// The ISP 1 user of the emulator's seed (57 customers, 23 resellers).
const ISP_USER: (&str, &str) = ("5", "neucrm-demo-key");
/// The super admin (must name the ISP and reseller of what it creates).
const ADMIN: (&str, &str) = ("1", "neucrm-admin-key");
/// The user of reseller 3 (may not write resellers).
const RESELLER_USER: (&str, &str) = ("7", "neucrm-reseller-key");

fn client_as(scope: &Scope, (user, key): (&str, &str), extra: &str) -> NeuCrmClient {
    let sep = if extra.is_empty() { "" } else { "," };
    let options = scope.options("neucrm", &format!(r#""userId": {user}, "apiKey": "{key}"{sep}{extra}"#));
    NeuCrmClient::new(Ts::new_unchecked(options)).expect("client")
}

fn client(scope: &Scope) -> NeuCrmClient {
    client_as(scope, ISP_USER, "")
}

fn q(json: &str) -> Option<JsValue> {
    Some(js(json))
}

fn ts<T: tsify::Tsify>(json: &str) -> Ts<T> {
    Ts::new_unchecked(js(json))
}

/// The rows of a list as a Vec.
fn rows(list: &JsValue) -> Vec<JsValue> {
    js_sys::Array::from(list).iter().collect()
}

fn ids(list: &JsValue) -> Vec<String> {
    rows(list).iter().map(|r| text(r, "id")).collect()
}

/// The logged requests of the scope.
async fn requests(scope: &Scope) -> Vec<JsValue> {
    rows(&scope.requests().await)
}

/// The form body of a logged request, decoded.
fn body(request: &JsValue) -> String {
    let atob: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &"atob".into()).unwrap().unchecked_into();
    atob.call1(&JsValue::UNDEFINED, &get(request, "bodyBase64")).unwrap().as_string().unwrap()
}

/// One `next()` of an async iterator: the step object, or the rejection.
async fn step(iterator: &JsValue) -> Result<JsValue, JsValue> {
    let next: js_sys::Function = get(iterator, "next").unchecked_into();
    let promise: js_sys::Promise = next.call0(iterator).unwrap().unchecked_into();
    JsFuture::from(promise).await
}

/// Every row an async iterator yields.
async fn drain(iterator: &JsValue) -> Vec<JsValue> {
    let next: js_sys::Function = get(iterator, "next").unchecked_into();
    let mut all = Vec::new();
    loop {
        let promise: js_sys::Promise = next.call0(iterator).unwrap().unchecked_into();
        let step = JsFuture::from(promise).await.expect("a page");
        if get(&step, "done").is_truthy() {
            return all;
        }
        all.push(get(&step, "value"));
    }
}

/// A decimal string in hundredths.
fn cents(text: &str) -> i64 {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, "0"));
    let sign = if whole.starts_with('-') { -1 } else { 1 };
    let whole: i64 = whole.trim_start_matches('-').parse().unwrap();
    sign * (whole * 100 + format!("{fraction:0<2}").parse::<i64>().unwrap())
}

const NEW_CUSTOMER: &str = r#"{"resellerId": 2, "type": "Individual", "name": "Testa", "surname": "Roy",
    "dateOfBirth": "1991-04-09", "mobile": "9800001111", "email": "testa.roy@mail.example",
    "zipcode": "403001", "state": "Goa", "city": "Panaji", "street": "3rd street", "notes": "made by a test"}"#;

#[wasm_bindgen_test]
async fn customers_are_listed_typed_with_the_servers_default_of_ten() {
    let scope = Scope::new("neucrm-list");
    let c = client(&scope);
    let list: JsValue = c.list_customers(None, None).await.expect("list").into();
    assert_eq!(ids(&list), (1001..=1010).map(|n| n.to_string()).collect::<Vec<_>>());
    let first = &rows(&list)[0];
    assert_eq!(text(first, "ispId"), "1");
    assert!(matches!(text(first, "type").as_str(), "Individual" | "Organisation"));
    assert!(!text(first, "created").is_empty() && !text(first, "email").is_empty());
    for wire_name in ["ispid", "resellerid", "serviceid", "portal_password_reset_at", "dob"] {
        assert!(get(first, wire_name).is_undefined(), "{wire_name} leaked into {}", json(first));
    }
    // A customer without a service has no serviceId at all (not "").
    let all: JsValue = c.list_customers(q(r#"{"limit": 100}"#), None).await.unwrap().into();
    assert_eq!(len(&all, ""), 57);
    assert!(rows(&all).iter().any(|r| get(r, "serviceId").is_undefined()));
    assert!(rows(&all).iter().all(|r| get(r, "serviceId").is_undefined() || !text(r, "serviceId").is_empty()));
}

#[wasm_bindgen_test]
async fn filters_wildcards_dates_and_sorting_reach_the_server() {
    let scope = Scope::new("neucrm-filters");
    let c = client(&scope);
    let orgs: JsValue = c.list_customers(q(r#"{"type": "Organisation", "limit": 100}"#), None).await.unwrap().into();
    assert!(len(&orgs, "") > 0);
    assert!(rows(&orgs).iter().all(|r| text(r, "type") == "Organisation"));

    let by_name: JsValue =
        c.list_customers(q(r#"{"name": "a%", "sortBy": "name", "sortOrder": "desc", "limit": 100}"#), None).await.unwrap().into();
    let names: Vec<String> = rows(&by_name).iter().map(|r| text(r, "name").to_lowercase()).collect();
    assert!(!names.is_empty() && names.iter().all(|n| n.starts_with('a')), "{names:?}");
    assert!(names.windows(2).all(|w| w[0] >= w[1]), "sorted descending: {names:?}");

    let by_user: JsValue = c.list_customers(q(r#"{"username": "r01\\_%", "limit": 100}"#), None).await.unwrap().into();
    assert!(len(&by_user, "") > 0);
    assert!(rows(&by_user).iter().all(|r| text(r, "username").starts_with("r01_")));

    let recent: JsValue =
        c.list_customers(q(r#"{"createdFrom": "2024-01-01", "createdUpto": "2024-03-31", "limit": 100}"#), None).await.unwrap().into();
    assert!(len(&recent, "") > 0);
    assert!(rows(&recent).iter().all(|r| text(r, "created").as_str() >= "2024-01-01" && text(r, "created").as_str() < "2024-04-01"));

    let page: JsValue = c.list_customers(q(r#"{"limit": 5, "offset": 10}"#), None).await.unwrap().into();
    assert_eq!(ids(&page), ["1011", "1012", "1013", "1014", "1015"]);
}

#[wasm_bindgen_test]
async fn counts_come_back_as_numbers() {
    let scope = Scope::new("neucrm-count");
    let c = client(&scope);
    assert_eq!(c.count_customers(None, None).await.unwrap(), 57.0);
    let orgs = c.count_customers(q(r#"{"type": "Organisation", "limit": 3}"#), None).await.unwrap();
    let listed: JsValue = c.list_customers(q(r#"{"type": "Organisation", "limit": 100}"#), None).await.unwrap().into();
    assert_eq!(orgs, len(&listed, "") as f64);
    assert_eq!(c.count_resellers(None, None).await.unwrap(), 23.0);
    assert_eq!(c.count_resellers(q(r#"{"type": "Franchisee"}"#), None).await.unwrap(), 7.0);
    assert!(c.count_wallet_transactions(q(r#"{"resellerId": 3}"#), None).await.unwrap().as_f64().unwrap() > 0.0);
    let log = requests(&scope).await;
    assert!(body(&log[0]).contains("show_count=1"));
}

#[wasm_bindgen_test]
async fn a_limit_over_100_is_split_into_pages_never_truncated() {
    let scope = Scope::new("neucrm-split");
    let c = client(&scope);
    let total = c.count_wallet_transactions(None, None).await.unwrap().as_f64().unwrap() as u32;
    assert!(total > 150, "the seed has more than 150 transactions for ISP 1 ({total})");
    let list: JsValue = c.list_wallet_transactions(q(r#"{"limit": 150}"#), None).await.unwrap().into();
    let got = ids(&list);
    assert_eq!(got.len(), 150);
    let numbers: Vec<u64> = got.iter().map(|id| id.parse().unwrap()).collect();
    assert!(numbers.windows(2).all(|w| w[0] < w[1]), "no row twice, none skipped out of order");
    let log = requests(&scope).await;
    let lists: Vec<String> = log.iter().filter(|r| text(r, "path").ends_with("/wallet_txn")).map(body).collect();
    assert_eq!(lists.len(), 3, "one count, then two pages");
    assert!(lists[1].contains("rows_limit=100") && !lists[1].contains("rows_offset"), "{}", lists[1]);
    assert!(lists[2].contains("rows_limit=50") && lists[2].contains("rows_offset=100"), "{}", lists[2]);

    // More than there is: every row once, and it stops at the short page.
    let all: JsValue = c.list_wallet_transactions(q(r#"{"limit": 10000}"#), None).await.unwrap().into();
    assert_eq!(len(&all, ""), total);
}

#[wasm_bindgen_test]
async fn for_await_walks_every_page() {
    let scope = Scope::new("neucrm-iterate");
    let c = client(&scope);
    let customers = c.iterate_customers(None, None).expect("iterator");
    let symbol = js_sys::Reflect::get(&customers, &js_sys::Symbol::async_iterator()).unwrap();
    assert!(symbol.is_function(), "usable with for await");
    let all = drain(&customers).await;
    assert_eq!(all.len(), 57);
    assert_eq!(text(&all[56], "id"), "1057");

    let total = c.count_wallet_transactions(None, None).await.unwrap().as_f64().unwrap() as usize;
    let txns = drain(&c.iterate_wallet_transactions(None, None).unwrap()).await;
    assert_eq!(txns.len(), total, "more than one page of 100");
    assert!(txns.iter().all(|t| !text(t, "code").is_empty() && !text(t, "amount").is_empty()));

    // From an offset, stopping after a limit, filtered and sorted.
    let some = drain(&c.iterate_resellers(q(r#"{"offset": 2, "limit": 5, "sortBy": "ispId"}"#), None).unwrap()).await;
    assert_eq!(some.iter().map(|r| text(r, "id")).collect::<Vec<_>>(), ["3", "4", "5", "6", "7"]);
    let franchisees = drain(&c.iterate_resellers(q(r#"{"type": "Franchisee"}"#), None).unwrap()).await;
    assert_eq!(franchisees.len(), 7);

    // A page that fails rejects that `next()`; the next `next()` fetches it again.
    let c = client_as(&scope, ISP_USER, r#""retries": 0"#);
    let expected = ids(&c.list_wallet_transactions(q(r#"{"limit": 101}"#), None).await.unwrap().into());
    let txns = c.iterate_wallet_transactions(None, None).unwrap();
    for id in &expected[..100] {
        assert_eq!(&text(&step(&txns).await.expect("first page"), "value.id"), id);
    }
    scope.fault(r#"{"match": "/neucrm/api/reseller/wallet_txn", "kind": "status", "status": 503}"#).await;
    let err = step(&txns).await.unwrap_err();
    assert_eq!((kind(&err), text(&err, "operation")), ("http".into(), "iterateWalletTransactions".into()));
    assert_eq!(text(&step(&txns).await.expect("second page"), "value.id"), expected[100]);

    // A bad query throws at once, before anything is sent.
    let before = requests(&scope).await.len();
    let err = c.iterate_customers(q(r#"{"sortBy": "city"}"#), None).unwrap_err();
    assert_eq!(kind(&err), "invalid_input");
    assert_eq!(text(&err, "operation"), "iterateCustomers");
    assert_eq!(requests(&scope).await.len(), before);
}

#[wasm_bindgen_test]
async fn a_customer_is_created_listed_updated_and_deleted() {
    let scope = Scope::new("neucrm-customer-crud");
    let c = client(&scope);
    let created: JsValue = c.create_customer(ts(NEW_CUSTOMER), None).await.expect("create").into();
    let id = text(&created, "id");
    assert_eq!(id, "1066", "the server's number comes back as a string id");
    let found: JsValue = c.list_customers(Some(js(&format!(r#"{{"customerId": "{id}"}}"#))), None).await.unwrap().into();
    let row = &rows(&found)[0];
    assert_eq!((text(row, "name"), text(row, "surname"), text(row, "dateOfBirth")), ("Testa".into(), "Roy".into(), "1991-04-09".into()));
    assert_eq!((text(row, "resellerId"), text(row, "ispId")), ("2".into(), "1".into()));
    assert!(get(row, "portalPasswordResetAt").is_undefined());
    assert_eq!(c.count_customers(None, None).await.unwrap(), 58.0);

    let change = format!(r#"{{"customerId": {id}, "street": "2nd street", "resetPortalPassword": true}}"#);
    let done = c.update_customer(ts(&change), None).await.expect("update");
    assert!(JsValue::from(done).is_undefined());
    let found: JsValue = c.list_customers(Some(js(&format!(r#"{{"customerId": "{id}"}}"#))), None).await.unwrap().into();
    assert_eq!(text(&found, "0.street"), "2nd street");
    assert!(!text(&found, "0.portalPasswordResetAt").is_empty());
    let last = requests(&scope).await.into_iter().rev().nth(1).unwrap();
    assert!(body(&last).contains("reset_password=Y"), "{}", body(&last));

    let done = c.delete_customer(JsValue::from_str(&id), None).await.expect("delete");
    assert!(JsValue::from(done).is_undefined());
    assert_eq!(c.count_customers(None, None).await.unwrap(), 57.0);
    let err = c.delete_customer(JsValue::from_str(&id), None).await.unwrap_err();
    assert_eq!(kind(&err), "not_found");
    assert!(message(&err).contains("Customer not found"), "{}", message(&err));
    let err = c.update_customer(ts(r#"{"customerId": 999999, "notes": "x"}"#), None).await.unwrap_err();
    assert_eq!(kind(&err), "not_found");
}

#[wasm_bindgen_test]
async fn wrong_credentials_are_auth_errors_that_never_show_the_key() {
    let scope = Scope::new("neucrm-auth");
    let secret = "not-the-key-7f3a91";
    let c = client_as(&scope, ("5", secret), "");
    let err = c.list_customers(None, None).await.unwrap_err();
    assert_eq!(kind(&err), "auth");
    assert_eq!(text(&err, "backend"), "neucrm");
    assert!(message(&err).contains("Invalid userid or api_key"), "{}", message(&err));
    assert!(!json(&err).contains(secret) && !message(&err).contains(secret));
    let err = client_as(&scope, ("99", "neucrm-demo-key"), "").count_customers(None, None).await.unwrap_err();
    assert_eq!(kind(&err), "auth");

    // The key travels only in the form body: never in the URL or a header.
    let log = requests(&scope).await;
    for r in &log {
        assert_eq!(text(r, "method"), "POST");
        assert!(text(r, "path").starts_with("/neucrm/api/customer/list"));
        assert_eq!(len(r, "query"), 0);
        assert!(!json(&get(r, "headers")).contains(secret));
        assert_eq!(text(r, "headers.content-type"), "application/x-www-form-urlencoded");
    }
    assert!(body(&log[0]).starts_with(&format!("userid=5&api_key={secret}")));

    // A user name instead of the numeric id, or no key, is refused at construction.
    let err = NeuCrmClient::new(ts(&format!(r#"{{"baseUrl": "{}", "userId": "admin", "apiKey": "k"}}"#, scope.base("neucrm")))).err().unwrap();
    assert_eq!(kind(&err), "invalid_input");
    assert!(message(&err).contains("userId"), "{}", message(&err));
    let err = NeuCrmClient::new(ts(&format!(r#"{{"baseUrl": "{}", "userId": 5}}"#, scope.base("neucrm")))).err().unwrap();
    assert!(message(&err).contains("apiKey"), "{}", message(&err));
    let err = NeuCrmClient::new(ts(r#"{"baseUrl": "http://crm.example.com", "userId": 5, "apiKey": "k"}"#)).err().unwrap();
    assert_eq!(kind(&err), "insecure_url");
}

#[wasm_bindgen_test]
async fn a_missing_required_field_is_refused_before_sending() {
    let scope = Scope::new("neucrm-required");
    let c = client(&scope);
    let without_street = NEW_CUSTOMER.replace(r#""street": "3rd street","#, "");
    let err = c.create_customer(ts(&without_street), None).await.unwrap_err();
    assert_eq!(kind(&err), "invalid_input");
    assert!(message(&err).contains("street") && message(&err).contains("required"), "{}", message(&err));
    assert!(get(&err, "details.street").is_string());
    let err = c
        .create_reseller(ts(r#"{"invoiceBy": "ISP", "paymentBy": "ISP", "type": "Franchisee", "name": "N", "code": "X1",
            "mobile": "9800000002", "email": "x1@resellers.example", "creditLimit": 0}"#), None)
        .await
        .unwrap_err();
    assert_eq!(kind(&err), "invalid_input");
    assert!(get(&err, "details.commissionPercent").is_string(), "{}", json(&err));
    let err = c.update_wallet(ts(r#"{"resellerId": 3, "action": "TopUp"}"#), None).await.unwrap_err();
    assert!(get(&err, "details.amount").is_string(), "{}", json(&err));
    let err = c.update_customer(ts(r#"{"customerId": 1001}"#), None).await.unwrap_err();
    assert_eq!(kind(&err), "invalid_input");
    let err = c.delete_customer(JsValue::from_str("abc"), None).await.unwrap_err();
    assert_eq!(kind(&err), "invalid_input");
    assert_eq!(requests(&scope).await.len(), 0, "nothing was sent");
}

#[wasm_bindgen_test]
async fn a_value_outside_its_set_is_refused_before_sending() {
    let scope = Scope::new("neucrm-sets");
    let c = client(&scope);
    let cases: [(&str, &str); 6] = [
        (r#"{"type": "Company"}"#, "type"),
        (r#"{"sortBy": "city"}"#, "sortBy"),
        (r#"{"sortOrder": "up"}"#, "sortOrder"),
        (r#"{"createdFrom": "31/12/2024"}"#, "createdFrom"),
        (r#"{"limit": 0}"#, "limit"),
        (r#"{"limit": 100001}"#, "limit"),
    ];
    for (query, field) in cases {
        let err = c.list_customers(q(query), None).await.unwrap_err();
        assert_eq!(kind(&err), "invalid_input", "{query}");
        assert!(get(&err, &format!("details.{field}")).is_string(), "{query}: {}", json(&err));
    }
    let err = c.list_customers(q(r#"{"nmae": "x"}"#), None).await.unwrap_err();
    assert_eq!(kind(&err), "invalid_input");
    assert!(message(&err).contains("nmae"), "{}", message(&err));
    let err = c.list_resellers(q(r#"{"sortBy": "mobile"}"#), None).await.unwrap_err();
    assert!(message(&err).contains("\"ispId\""), "the allowed values are listed: {}", message(&err));
    let err = c.list_resellers(q(r#"{"paymentBy": "Both"}"#), None).await.unwrap_err();
    assert!(get(&err, "details.paymentBy").is_string());
    let err = c.count_wallet_transactions(q(r#"{"code": "TopUp"}"#), None).await.unwrap_err();
    assert!(get(&err, "details.code").is_string(), "transaction codes spell it Topup");
    let err = c.update_wallet(ts(r#"{"resellerId": 3, "action": "Topup", "amount": 5}"#), None).await.unwrap_err();
    assert!(get(&err, "details.action").is_string());
    let err = c.update_wallet(ts(r#"{"resellerId": 3, "action": "TopUp", "amount": "5.001"}"#), None).await.unwrap_err();
    assert!(get(&err, "details.amount").is_string());
    let err = c.create_customer(ts(&NEW_CUSTOMER.replace("Individual", "Person")), None).await.unwrap_err();
    assert!(get(&err, "details.type").is_string());
    assert_eq!(requests(&scope).await.len(), 0, "nothing was sent");
}

#[wasm_bindgen_test]
async fn the_servers_refusals_keep_its_text() {
    let scope = Scope::new("neucrm-server-refusals");
    let c = client(&scope);
    let err = c.create_customer(ts(&NEW_CUSTOMER.replace("testa.roy@mail.example", "not-an-address")), None).await.unwrap_err();
    assert_eq!(kind(&err), "validation");
    assert_eq!(text(&err, "details.email"), "Invalid email");
    assert!(message(&err).ends_with("Invalid email"), "{}", message(&err));
    let err = c.delete_reseller(JsValue::from(1), None).await.unwrap_err();
    assert_eq!(kind(&err), "api");
    assert!(message(&err).contains("Reseller has customers"), "{}", message(&err));
    let err = c.delete_reseller(JsValue::from(9999), None).await.unwrap_err();
    assert_eq!(kind(&err), "not_found");
}

#[wasm_bindgen_test]
async fn resellers_are_created_listed_updated_and_deleted() {
    let scope = Scope::new("neucrm-reseller-crud");
    let c = client(&scope);
    let franchisees: JsValue = c.list_resellers(q(r#"{"type": "Franchisee", "sortBy": "wallet", "limit": 100}"#), None).await.unwrap().into();
    assert_eq!(len(&franchisees, ""), 7);
    let wallets: Vec<i64> = rows(&franchisees).iter().map(|r| cents(&text(r, "wallet"))).collect();
    assert!(wallets.windows(2).all(|w| w[0] <= w[1]), "sorted by wallet: {wallets:?}");
    assert!(rows(&franchisees).iter().all(|r| text(r, "type") == "Franchisee" && text(r, "commissionPercent").contains('.')));

    let new = r#"{"invoiceBy": "ISP", "paymentBy": "ISP+Reseller", "type": "Franchisee", "name": "Test Fibre",
        "code": "TF1", "mobile": "9800000003", "email": "tf1@resellers.example", "state": "Goa",
        "commissionPercent": 12.5, "creditLimit": "2500"}"#;
    let created: JsValue = c.create_reseller(ts(new), None).await.expect("create").into();
    let id = text(&created, "id");
    assert_eq!(id, "28");
    let found: JsValue = c.list_resellers(Some(js(&format!(r#"{{"resellerId": {id}}}"#))), None).await.unwrap().into();
    assert_eq!(text(&found, "0.paymentBy"), "ISP+Reseller", "the + arrived percent-encoded");
    assert_eq!((text(&found, "0.commissionPercent"), text(&found, "0.creditLimit")), ("12.50".into(), "2500.00".into()));
    let by_code: JsValue = c.list_resellers(q(r#"{"code": "TF"}"#), None).await.unwrap().into();
    assert_eq!(ids(&by_code), std::slice::from_ref(&id), "partial code");
    let log = requests(&scope).await;
    let sent = log.iter().find(|r| text(r, "path").ends_with("/reseller/create")).map(body).unwrap();
    assert!(sent.contains("payment_by=ISP%2BReseller"), "{sent}");

    let err = c.create_reseller(ts(&new.replace("Test Fibre", "Other")), None).await.unwrap_err();
    assert_eq!(kind(&err), "validation");
    assert!(get(&err, "details.code").is_string(), "{}", json(&err));

    let change = format!(r#"{{"resellerId": "{id}", "paymentBy": "Reseller", "name": "Test Fibre West"}}"#);
    assert!(JsValue::from(c.update_reseller(ts(&change), None).await.expect("update")).is_undefined());
    let found: JsValue = c.list_resellers(Some(js(&format!(r#"{{"resellerId": {id}}}"#))), None).await.unwrap().into();
    assert_eq!((text(&found, "0.paymentBy"), text(&found, "0.name")), ("Reseller".into(), "Test Fibre West".into()));
    let err = c.update_reseller(ts(r#"{"resellerId": 3, "commissionPercent": 101}"#), None).await.unwrap_err();
    assert_eq!(kind(&err), "invalid_input");

    c.delete_reseller(JsValue::from_str(&id), None).await.expect("delete");
    c.delete_reseller(JsValue::from(20), None).await.expect("a reseller without customers");
    assert_eq!(c.count_resellers(None, None).await.unwrap(), 22.0);
}

#[wasm_bindgen_test]
async fn a_wallet_change_moves_the_balance_and_is_never_retried() {
    let scope = Scope::new("neucrm-wallet");
    let c = client(&scope);
    let wallet = |list: &JsValue| cents(&text(list, "0.wallet"));
    let before: JsValue = c.list_resellers(q(r#"{"resellerId": 3}"#), None).await.unwrap().into();
    let done = c.update_wallet(ts(r#"{"resellerId": 3, "action": "TopUp", "amount": "10.50"}"#), None).await.expect("top up");
    assert!(JsValue::from(done).is_undefined());
    c.update_wallet(ts(r#"{"resellerId": 3, "action": "Adj", "amount": -0.25}"#), None).await.expect("adjust");
    c.update_wallet(ts(r#"{"resellerId": "3", "action": "Settlement", "amount": 5}"#), None).await.expect("settle");
    let after: JsValue = c.list_resellers(q(r#"{"resellerId": 3}"#), None).await.unwrap().into();
    assert_eq!(wallet(&after) - wallet(&before), 1050 - 25 - 500);

    let top_ups = drain(&c.iterate_wallet_transactions(q(r#"{"resellerId": 3, "code": "Topup"}"#), None).unwrap()).await;
    let last = top_ups.last().unwrap();
    assert_eq!((text(last, "amount"), text(last, "code")), ("10.50".into(), "Topup".into()));
    let one: JsValue = c.list_wallet_transactions(Some(js(&format!(r#"{{"transactionId": {}}}"#, text(last, "id")))), None).await.unwrap().into();
    assert_eq!(ids(&one), [text(last, "id")]);

    // A write that meets a 503 is not sent again; a read is.
    let c = client_as(&scope, ISP_USER, r#""retries": 2"#);
    scope.fault(r#"{"match": "/neucrm/api/reseller/wallet_update", "kind": "status", "status": 503}"#).await;
    let err = c.update_wallet(ts(r#"{"resellerId": 3, "action": "TopUp", "amount": 1}"#), None).await.unwrap_err();
    assert_eq!(kind(&err), "http");
    let updates = requests(&scope).await.iter().filter(|r| text(r, "path").ends_with("/wallet_update")).count();
    assert_eq!(updates, 4, "three earlier changes and one attempt");
    scope.fault(r#"{"match": "/neucrm/api/reseller/list", "kind": "status", "status": 503}"#).await;
    assert_eq!(len(&c.list_resellers(q(r#"{"resellerId": 3}"#), None).await.expect("retried").into(), ""), 1);
}

#[wasm_bindgen_test]
async fn other_logins_see_and_may_do_what_the_server_allows() {
    let scope = Scope::new("neucrm-logins");
    let reseller = client_as(&scope, RESELLER_USER, "");
    let own: JsValue = reseller.list_resellers(None, None).await.unwrap().into();
    assert_eq!(ids(&own), ["3"]);
    let err = reseller.update_wallet(ts(r#"{"resellerId": 3, "action": "TopUp", "amount": 1}"#), None).await.unwrap_err();
    assert_eq!(kind(&err), "forbidden");
    let err = reseller.delete_reseller(JsValue::from(21), None).await.unwrap_err();
    assert_eq!(kind(&err), "forbidden");

    let admin = client_as(&scope, ADMIN, "");
    let err = admin.create_customer(ts(NEW_CUSTOMER), None).await.unwrap_err();
    assert_eq!(kind(&err), "validation");
    assert!(get(&err, "details.ispId").is_string(), "{}", json(&err));
    let with_isp = NEW_CUSTOMER.replace(r#""resellerId": 2,"#, r#""ispId": 1, "resellerId": 2,"#);
    let created: JsValue = admin.create_customer(ts(&with_isp), None).await.expect("admin create").into();
    assert!(!text(&created, "id").is_empty());
    assert_eq!(admin.count_customers(None, None).await.unwrap(), 66.0, "the admin sees every ISP");
}
