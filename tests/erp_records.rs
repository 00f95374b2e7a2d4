//! ErpClient against the emulator: the dashboard, the profile, the record lists, portal users
//! and extensions.
#![cfg(target_arch = "wasm32")]

mod common;
mod erp_support;

use common::*;
use erp_support::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn the_dashboard_and_the_profile() {
    let scope = Scope::new("erp-dashboard");
    let c = signed_in(&scope).await;
    let counts: JsValue = c.get_dashboard_counts(None).await.expect("counts").into();
    assert_eq!(get(&counts, "invoices").as_f64(), Some(32.0));
    assert_eq!(get(&counts, "unpaidInvoices").as_f64(), Some(5.0));
    assert_eq!(get(&counts, "licenses").as_f64(), Some(12.0));
    assert_eq!(get(&counts, "openTickets").as_f64(), Some(23.0));
    assert_eq!(get(&counts, "cartItems").as_f64(), Some(0.0));
    assert!(text(&counts, "availableCredit").contains('.'));
    assert_eq!(text(&counts, "currency"), "USD");

    let profile: JsValue = c.get_customer(None).await.expect("profile").into();
    assert_eq!(text(&profile, "id"), "4481");
    assert_eq!(text(&profile, "name"), "Emu Networks Pte Ltd");
    assert_eq!(text(&profile, "code"), "EMU-4481");
    assert_eq!(text(&profile, "city"), "Singapore");
}

#[wasm_bindgen_test]
async fn invoices_are_listed_by_status_and_walked() {
    let scope = Scope::new("erp-invoices");
    let c = signed_in(&scope).await;
    let unpaid: JsValue = c.list_invoices(some(r#"{"status":"unpaid"}"#), None).await.expect("unpaid").into();
    assert_eq!(len(&unpaid, "items"), 5);
    assert_eq!(get(&unpaid, "total").as_f64(), Some(5.0));
    assert_eq!(text(&unpaid, "items.0.status"), "unpaid");
    assert!(text(&unpaid, "items.0.paymentLink").starts_with("https://"));
    assert!(text(&unpaid, "items.0.total").contains('.'));
    let step = sent(&scope, "invoice_list").await.pop().unwrap();
    assert_eq!(text(&step, "element_data.type"), "unpaid");
    assert_eq!(text(&step, "element_data.limit"), "10");

    let all: JsValue = c.list_invoices(None, None).await.expect("all").into();
    assert_eq!(get(&all, "total").as_f64(), Some(32.0));
    assert_eq!(len(&all, "items"), 10);
    let paid = collect(c.iterate_invoices(some(r#"{"status":"paid","pageSize":10}"#), None).expect("iterator")).await;
    assert_eq!(paid.len(), 27);
    assert!(paid.iter().all(|i| text(i, "status") == "paid"));
    let err = c.list_invoices(some(r#"{"status":"overdue"}"#), None).await.unwrap_err();
    assert_eq!(kind(&err), "invalid_input");
    assert!(message(&err).contains("status"), "{}", message(&err));
}

#[wasm_bindgen_test]
async fn licenses_are_listed_with_their_editions() {
    let scope = Scope::new("erp-licenses");
    let c = signed_in(&scope).await;
    let page: JsValue = c.list_licenses(some(r#"{"limit":5}"#), None).await.expect("licenses").into();
    assert_eq!(len(&page, "items"), 5);
    assert_eq!(get(&page, "total").as_f64(), Some(12.0));
    assert_eq!(text(&page, "items.0.key"), "EM01-PR08-4481-A1B2");
    assert_eq!(text(&page, "items.0.edition.key"), "3CXPSPROF");
    assert_eq!(text(&page, "items.0.edition.name"), "Professional");
    assert_eq!(get(&page, "items.0.simultaneousCalls").as_f64(), Some(8.0));
    let all = collect(c.iterate_licenses(some(r#"{"pageSize":5}"#), None).expect("iterator")).await;
    assert_eq!(all.len(), 12);
    assert_eq!(text(&all[11], "key"), "EM12-EN1K-4481-Y5Z6");
}

#[wasm_bindgen_test]
async fn every_other_list_reads_and_walks() {
    let scope = Scope::new("erp-lists");
    let c = signed_in(&scope).await;
    let credit: JsValue = c.list_credit_notes(None, None).await.expect("credit notes").into();
    assert_eq!(get(&credit, "total").as_f64(), Some(13.0));
    assert!(text(&credit, "items.0.number").starts_with("CN-"));
    assert!(!text(&credit, "items.0.reason").is_empty());
    assert!(text(&credit, "items.0.balance").contains('.'));
    assert_eq!(collect(c.iterate_credit_notes(some(r#"{"pageSize":4}"#), None).expect("it")).await.len(), 13);

    let prepaid: JsValue = c.list_prepaid_notes(None, None).await.expect("prepaid").into();
    assert_eq!(len(&prepaid, "items"), 4);
    assert!(text(&prepaid, "items.0.number").starts_with("PP-"));
    assert_eq!(collect(c.iterate_prepaid_notes(None, None).expect("it")).await.len(), 4);

    let deals: JsValue = c.list_deal_registrations(None, None).await.expect("deals").into();
    assert_eq!(len(&deals, "items"), 3);
    assert!(!text(&deals, "items.0.companyName").is_empty() && !text(&deals, "items.0.status").is_empty());
    assert_eq!(collect(c.iterate_deal_registrations(None, None).expect("it")).await.len(), 3);

    let leads: JsValue = c.list_leads(None, None).await.expect("leads").into();
    assert_eq!(len(&leads, "items"), 5);
    assert!(text(&leads, "items.0.email").contains('@'));
    assert_eq!(collect(c.iterate_leads(some(r#"{"pageSize":2}"#), None).expect("it")).await.len(), 5);

    let referrals: JsValue = c.list_referrals(some(r#"{"limit":10,"offset":10}"#), None).await.expect("referrals").into();
    assert_eq!(len(&referrals, "items"), 4);
    assert_eq!(get(&referrals, "total").as_f64(), Some(14.0));
    assert_eq!(collect(c.iterate_referrals(some(r#"{"pageSize":5}"#), None).expect("it")).await.len(), 14);

    let news: JsValue = c.list_news(None, None).await.expect("news").into();
    assert_eq!(get(&news, "total").as_f64(), Some(12.0));
    assert!(!text(&news, "items.0.title").is_empty() && text(&news, "items.0.link").starts_with("https://"));
    assert_eq!(collect(c.iterate_news(None, None).expect("it")).await.len(), 12);

    let balances: JsValue = c.list_call_balances(None).await.expect("balances").into();
    assert_eq!(len(&balances, ""), 3);
    assert_eq!(text(&balances, "0.balance"), "152.40");
    assert_eq!(text(&balances, "0.serviceName"), "SIP Trunk SG");
}

#[wasm_bindgen_test]
async fn a_customer_without_records_gets_empty_lists() {
    let scope = Scope::new("erp-empty");
    let c = signed_in_quiet(&scope).await;
    let invoices: JsValue = c.list_invoices(None, None).await.expect("invoices").into();
    assert_eq!(len(&invoices, "items"), 0);
    assert_eq!(collect(c.iterate_licenses(None, None).expect("it")).await.len(), 0);
    let balances: JsValue = c.list_call_balances(None).await.expect("balances").into();
    assert_eq!(len(&balances, ""), 0);
    let counts: JsValue = c.get_dashboard_counts(None).await.expect("counts").into();
    assert_eq!(get(&counts, "invoices").as_f64(), Some(0.0));
}

#[wasm_bindgen_test]
async fn portal_users_are_listed_created_changed_and_deleted() {
    let scope = Scope::new("erp-users");
    let c = signed_in(&scope).await;
    let users: JsValue = c.list_portal_users(None).await.expect("users").into();
    assert_eq!(len(&users, ""), 2);
    assert_eq!(text(&users, "0.id"), "81");
    assert_eq!(json(&get(&users, "0.permissions")), r#"["1","2","3","6","7"]"#);
    let menus: JsValue = c.list_portal_menus(None).await.expect("menus").into();
    assert_eq!(len(&menus, ""), 9);
    assert_eq!(text(&menus, "1.name"), "Invoices");

    let taken = c.is_portal_user_name_available("ops@emu-networks.example".into(), None).await.expect("check");
    assert!(!taken);
    let free = c.is_portal_user_name_available("lab@emu-networks.example".into(), None).await.expect("check");
    assert!(free);

    let created: JsValue = c
        .create_portal_user(arg(r#"{"userName":"lab@emu-networks.example","permissions":["1","6"]}"#), None)
        .await
        .expect("created")
        .into();
    let id = text(&created, "id");
    assert_eq!(text(&created, "userName"), "lab@emu-networks.example");
    let insert = sent(&scope, "cms_user_insert").await.pop().unwrap();
    assert_eq!(text(&insert, "element_data.cms_user_name"), "lab");
    assert_eq!(text(&insert, "element_data.log_userName"), "@emu-networks.example");
    assert_eq!(text(&insert, "element_data.cus_permission"), "1,6");

    let user: JsValue = c.get_portal_user(id.clone().into(), None).await.expect("user").into();
    assert_eq!(json(&get(&user, "permissions")), r#"["1","6"]"#);
    let changed: JsValue = c
        .update_portal_user(arg(&format!(r#"{{"id":"{id}","permissions":["2"]}}"#)), None)
        .await
        .expect("changed")
        .into();
    assert_eq!(json(&get(&changed, "permissions")), r#"["2"]"#);
    assert_eq!(text(&changed, "userName"), "lab@emu-networks.example");

    let err = c.create_portal_user(arg(r#"{"userName":"lab@emu-networks.example"}"#), None).await.unwrap_err();
    assert_eq!(kind(&err), "validation");
    c.delete_portal_user(id.clone().into(), None).await.expect("deleted");
    let err = c.get_portal_user(id.clone().into(), None).await.unwrap_err();
    assert_eq!(kind(&err), "not_found");
    let err = c.delete_portal_user(id.into(), None).await.unwrap_err();
    assert_eq!(kind(&err), "not_found");
}

#[wasm_bindgen_test]
async fn extensions_are_listed_added_and_updated() {
    let scope = Scope::new("erp-extensions");
    let c = signed_in(&scope).await;
    let list: JsValue = c.list_extensions(None).await.expect("extensions").into();
    assert_eq!(len(&list, ""), 6);
    assert_eq!(json(&get(&list, "0")), r#"{"id":"631","number":"101","name":"Reception"}"#);

    let added: JsValue = c.add_extension(arg(r#"{"number":201,"name":"Lab"}"#), None).await.expect("added").into();
    let id = text(&added, "id");
    assert_eq!(text(&added, "number"), "201");
    let one: JsValue = c.get_extension(id.clone().into(), None).await.expect("one").into();
    assert_eq!(text(&one, "name"), "Lab");
    let updated: JsValue = c
        .update_extension(arg(&format!(r#"{{"id":"{id}","number":"202","name":"Lab 2"}}"#)), None)
        .await
        .expect("updated")
        .into();
    assert_eq!(json(&updated), format!(r#"{{"id":"{id}","number":"202","name":"Lab 2"}}"#));
    let step = sent(&scope, "update_extension_info").await.pop().unwrap();
    assert_eq!(text(&step, "element_data.customer_id_hd"), "NDQ4MQ==");
    assert!(get(&step, "element_data.customer_id").is_undefined());
    assert_eq!(len(&c.list_extensions(None).await.expect("extensions").into(), ""), 7);

    let err = c.add_extension(arg(r#"{"number":"101","name":"Clash"}"#), None).await.unwrap_err();
    assert_eq!(kind(&err), "validation");
    assert!(message(&err).contains("already exists"), "{}", message(&err));
    let err = c.add_extension(arg(r#"{"number":"1x1","name":"Bad"}"#), None).await.unwrap_err();
    assert_eq!(kind(&err), "invalid_input");
    assert!(message(&err).contains("number"));
    let err = c.get_extension(JsValue::from(9999), None).await.unwrap_err();
    assert_eq!(kind(&err), "not_found");
}
