//! PbxClient against the emulator (Node and headless Chromium).
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use switchboard::pbx::PbxClient;
use tsify::Ts;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const PASSWORD: &str = "pbx-demo-1";
/// `T100`, "Northwind Travel".
const NORTHWIND: f64 = 1.0;
/// `T300`: every list of it is empty.
const EMPTY_TENANT: f64 = 3.0;

fn credentials(user: &str, password: &str) -> String {
    format!(r#""username": "{user}", "password": "{password}""#)
}

fn client(scope: &Scope, extra: &str) -> PbxClient {
    let sep = if extra.is_empty() { "" } else { ", " };
    let options = scope.options("pbx", &format!("{}{sep}{extra}", credentials("admin", PASSWORD)));
    PbxClient::new(Ts::new_unchecked(options)).expect("client")
}

fn id(n: f64) -> JsValue {
    JsValue::from_f64(n)
}

fn ts<T: tsify::Tsify>(json: &str) -> Ts<T> {
    Ts::new_unchecked(common::js(json))
}

/// Calls a global function of one string argument (`atob`, `btoa`).
fn global_fn(name: &str, arg: &str) -> String {
    let f: js_sys::Function = js_sys::Reflect::get(&js_sys::global(), &name.into()).unwrap().unchecked_into();
    f.call1(&JsValue::UNDEFINED, &arg.into()).unwrap().as_string().unwrap()
}

/// The requests the scope received.
async fn log(scope: &Scope) -> Vec<JsValue> {
    js_sys::Array::from(&scope.requests().await).iter().collect()
}

/// The form body of a logged request, decoded.
fn form(request: &JsValue) -> Vec<(String, String)> {
    let raw = global_fn("atob", &text(request, "bodyBase64"));
    let decode = |part: &str| String::from(js_sys::decode_uri_component(&part.replace('+', " ")).unwrap());
    raw.split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(name), decode(value))
        })
        .collect()
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// Asserts an `invalid_input` error naming `name`, and that nothing was sent for it.
async fn refused(scope: &Scope, before: usize, result: Result<impl Sized, JsValue>, name: &str) {
    let err = result.err().expect("refused before sending");
    assert_eq!(kind(&err), "invalid_input", "{}", message(&err));
    assert!(get(&err, &format!("details.{name}")).is_string(), "{name} not named: {}", json(&err));
    assert_eq!(log(scope).await.len(), before, "nothing is sent for a refused input");
}

#[wasm_bindgen_test]
async fn login_checks_the_credentials_with_basic_auth() {
    let scope = Scope::new("pbx-login");
    let c = client(&scope, "");
    let who: JsValue = c.login(None).await.expect("login").into();
    assert_eq!(text(&who, "userId"), "1");
    let requests = log(&scope).await;
    let last = requests.last().unwrap();
    assert_eq!(text(last, "method"), "GET");
    assert_eq!(text(last, "path"), "/pbx/user/login");
    let header = format!("Basic {}", global_fn("btoa", &format!("admin:{PASSWORD}")));
    assert_eq!(text(last, "headers.authorization"), header);
    assert!(!text(last, "query").contains(PASSWORD));
}

#[wasm_bindgen_test]
async fn wrong_credentials_are_an_auth_error_that_shows_neither_credential() {
    let scope = Scope::new("pbx-badpw");
    let wrong = "not-the-pbx-password-7";
    let options = scope.options("pbx", &credentials("admin", wrong));
    let c = PbxClient::new(Ts::new_unchecked(options)).expect("client");
    let err = c.login(None).await.unwrap_err();
    assert_eq!(kind(&err), "auth");
    assert_eq!(text(&err, "backend"), "pbx");
    let token = global_fn("btoa", &format!("admin:{wrong}"));
    for shown in [json(&err), message(&err)] {
        assert!(!shown.contains(wrong) && !shown.contains(&token), "{shown}");
    }
    let err = c.list_extensions(id(NORTHWIND), None).await.unwrap_err();
    assert_eq!(kind(&err), "auth");
    assert_eq!(text(&err, "operation"), "listExtensions");
}

#[wasm_bindgen_test]
fn bad_options_are_refused_naming_the_field() {
    let base = r#""baseUrl": "https://pbx.example.com""#;
    let make = |inside: &str| PbxClient::new(ts(&format!("{{{base}, {inside}}}"))).err().expect("refused");
    let err = make(r#""password": "x1234567""#);
    assert_eq!(kind(&err), "invalid_input");
    assert!(message(&err).contains("username"), "{}", message(&err));
    let err = make(r#""username": "admin", "password": 98765432"#);
    assert!(message(&err).contains("password") && !json(&err).contains("98765432"), "{}", json(&err));
    let err = make(r#""username": "ad:min", "password": "x1234567""#);
    assert!(message(&err).contains("username"));
    let err = PbxClient::new(ts(r#"{"baseUrl": "http://pbx.example.com", "username": "admin", "password": "x1234567"}"#)).err().unwrap();
    assert_eq!(kind(&err), "insecure_url");
}

#[wasm_bindgen_test]
async fn users_and_their_tenants() {
    let scope = Scope::new("pbx-users");
    let c = client(&scope, "");
    let users: JsValue = c.list_users(None).await.expect("users").into();
    assert_eq!(len(&users, ""), 4);
    assert!(json(&users).contains(r#"{"id":"1","username":"admin"}"#), "{}", json(&users));

    let mine: JsValue = c.list_tenants_for_user("admin".into(), None).await.expect("tenants").into();
    assert_eq!(text(&mine, "userId"), "1");
    assert_eq!(len(&mine, "tenants"), 3);
    assert_eq!(text(&mine, "tenants.0.id"), "1");
    assert_eq!(text(&mine, "tenants.0.name"), "Northwind Travel");
    assert_eq!(text(&mine, "tenants.0.code"), "T100");
    let by_email: JsValue = c.list_tenants_for_user("it@northwind.example".into(), None).await.expect("by e-mail").into();
    assert_eq!(len(&by_email, "tenants"), 1);

    assert_eq!(kind(&c.list_tenants_for_user("nobody@example.com".into(), None).await.unwrap_err()), "not_found");
    let before = log(&scope).await.len();
    refused(&scope, before, c.list_tenants_for_user(" ".into(), None).await, "user").await;
}

#[wasm_bindgen_test]
async fn changing_the_own_password_keeps_the_client_working() {
    let scope = Scope::new("pbx-password");
    let c = client(&scope, "");
    c.login(None).await.expect("login");
    let new_password = "made-up-new-pw-31";
    c.update_user_password(id(1.0), new_password.into(), None).await.expect("update");
    let sent = log(&scope).await;
    let update = form(sent.last().unwrap());
    assert_eq!(field(&update, "user_id"), Some("1"));
    assert_eq!(field(&update, "password"), Some(new_password));
    // This client now signs with the new password; one built with the old one is refused.
    assert!(c.list_users(None).await.is_ok());
    assert_eq!(kind(&client(&scope, "").login(None).await.unwrap_err()), "auth");

    let err = c.update_user_password(id(999.0), "another-made-up-pw".into(), None).await.unwrap_err();
    assert_eq!(kind(&err), "not_found");
    assert!(!json(&err).contains("another-made-up-pw") && !json(&err).contains(new_password));
    let before = log(&scope).await.len();
    refused(&scope, before, c.update_user_password(id(2.0), JsValue::from_str(""), None).await, "password").await;
}

#[wasm_bindgen_test]
async fn extensions_list_and_read() {
    let scope = Scope::new("pbx-ext");
    let c = client(&scope, "");
    let all: JsValue = c.list_extensions(id(NORTHWIND), None).await.expect("list").into();
    assert_eq!(len(&all, ""), 6);
    assert_eq!(text(&all, "0.id"), "11");
    assert_eq!(text(&all, "0.number"), "201");
    assert_eq!(text(&all, "0.callerIdNumber"), "15550100100");
    assert_eq!(get(&all, "0.callWaiting"), JsValue::TRUE);
    // The request: POST, form-encoded, tenant_id.
    let sent = log(&scope).await;
    let last = sent.last().unwrap();
    assert_eq!(text(last, "method"), "POST");
    assert!(text(last, "headers.content-type").starts_with("application/x-www-form-urlencoded"));
    assert_eq!(field(&form(last), "tenant_id"), Some("1"));

    let one: JsValue = c.get_extension("15".into(), None).await.expect("one").into();
    assert!(!one.is_array());
    assert_eq!(text(&one, "name"), "Conference Room");
    assert!(get(&one, "callerIdNumber").is_undefined());
    assert_eq!(get(&one, "callWaiting"), JsValue::FALSE);

    let err = c.get_extension(id(999.0), None).await.unwrap_err();
    assert_eq!(kind(&err), "not_found");
    assert_eq!(text(&err, "operation"), "getExtension");
    // An empty tenant: the server says "Record Not Found.", the client says [].
    let none: JsValue = c.list_extensions(id(EMPTY_TENANT), None).await.expect("empty").into();
    assert!(none.is_array() && len(&none, "") == 0);
    let before = log(&scope).await.len();
    refused(&scope, before, c.list_extensions(JsValue::from_f64(1.5), None).await, "tenantId").await;
}

#[wasm_bindgen_test]
async fn sip_accounts_and_secrets() {
    let scope = Scope::new("pbx-sip");
    let c = client(&scope, "");
    let sip: JsValue = c.get_sip_user(id(NORTHWIND), id(11.0), None).await.expect("sip").into();
    assert_eq!(text(&sip, "name"), "201-T100");
    assert_eq!(text(&sip, "host"), "dynamic");
    let secret = text(&sip, "secret");
    assert!(!secret.is_empty());
    assert_eq!(c.get_extension_secret(id(NORTHWIND), id(11.0), None).await.expect("secret"), secret);
    // Another tenant's extension is not found, and no secret shows in the error.
    let err = c.get_sip_user(id(2.0), id(11.0), None).await.unwrap_err();
    assert_eq!(kind(&err), "not_found");
    assert!(!json(&err).contains(&secret) && !message(&err).contains(&secret));
    assert_eq!(kind(&c.get_extension_secret(id(2.0), id(11.0), None).await.unwrap_err()), "not_found");
}

#[wasm_bindgen_test]
async fn caller_ids_single_and_listed() {
    let scope = Scope::new("pbx-cid");
    let c = client(&scope, "");
    assert_eq!(c.get_caller_id_number(id(11.0), None).await.expect("cid"), "15550100100");
    assert_eq!(c.get_caller_id_number(id(15.0), None).await.expect("empty cid"), "");
    assert_eq!(c.get_follow_me_caller_id(id(12.0), None).await.expect("fmf"), "15550187202");
    let cids: JsValue = c.list_caller_id_numbers(id(NORTHWIND), None).await.expect("cids").into();
    assert_eq!(len(&cids, ""), 6);
    assert_eq!(get(&cids, "0").as_string().as_deref(), Some("15550100100"));
    let fmf: JsValue = c.list_follow_me_caller_ids(id(NORTHWIND), None).await.expect("fmfs").into();
    assert_eq!(len(&fmf, ""), 6);
    assert_eq!(get(&fmf, "1").as_string().as_deref(), Some("15550187202"));
    assert_eq!(len(&c.list_caller_id_numbers(id(EMPTY_TENANT), None).await.expect("none").into(), ""), 0);
    assert_eq!(kind(&c.get_caller_id_number(id(999.0), None).await.unwrap_err()), "not_found");
}

#[wasm_bindgen_test]
async fn updating_an_extension_sends_json_in_one_form_field() {
    let scope = Scope::new("pbx-ext-update");
    let c = client(&scope, "");
    c.update_extension(id(12.0), ts(r#"{"name": "Grace B. Hopper", "callWaiting": true}"#), None).await.expect("update");
    let sent = log(&scope).await;
    let fields = form(sent.last().unwrap());
    assert_eq!(field(&fields, "extension_id"), Some("12"));
    let payload = js(field(&fields, "extension").expect("one JSON field"));
    assert_eq!(text(&payload, "ex_name"), "Grace B. Hopper");
    assert_eq!(text(&payload, "ex_callwaiting"), "yes");
    assert!(get(&payload, "ex_number").is_undefined(), "only what changes is sent");
    let one: JsValue = c.get_extension(id(12.0), None).await.expect("read back").into();
    assert_eq!(text(&one, "name"), "Grace B. Hopper");
    assert_eq!(get(&one, "callWaiting"), JsValue::TRUE);

    assert_eq!(kind(&c.update_extension(id(999.0), ts(r#"{"name": "x"}"#), None).await.unwrap_err()), "not_found");
    let before = log(&scope).await.len();
    refused(&scope, before, c.update_extension(id(12.0), ts("{}"), None).await, "changes").await;
    refused(&scope, before, c.update_extension(id(12.0), ts(r#"{"nmae": "typo"}"#), None).await, "nmae").await;
    refused(&scope, before, c.update_extension(id(12.0), ts(r#"{"number": " "}"#), None).await, "number").await;
    refused(&scope, before, c.update_extension(id(12.0), ts(r#"{"callWaiting": "yes"}"#), None).await, "callWaiting").await;
}

#[wasm_bindgen_test]
async fn dids_list_read_and_update() {
    let scope = Scope::new("pbx-did");
    let c = client(&scope, "");
    let dids: JsValue = c.list_dids(id(NORTHWIND), None).await.expect("dids").into();
    let ids: Vec<String> = (0..len(&dids, "")).map(|i| text(&dids, &format!("{i}.id"))).collect();
    assert_eq!(ids, ["2", "3", "30"]);
    assert_eq!(text(&dids, "0.number"), "15550100100");

    let fax: JsValue = c.get_did(id(30.0), None).await.expect("did").into();
    assert_eq!(text(&fax, "id"), "30", "the server sends no id: the client fills it in");
    assert_eq!(text(&fax, "tenantId"), "1");
    assert_eq!(get(&fax, "fax"), JsValue::TRUE);
    assert_eq!(get(&fax, "recording"), JsValue::FALSE);
    assert_eq!(text(&fax, "prefix"), "9");
    assert_eq!(text(&fax, "namePrefix"), "FAX ");

    c.update_did(id(3.0), ts(r#"{"comment": "Second line", "recording": true, "country": "USA"}"#), None).await.expect("update");
    let fields = form(log(&scope).await.last().unwrap());
    assert_eq!(field(&fields, "did_id"), Some("3"));
    assert_eq!(text(&js(field(&fields, "did").unwrap()), "di_recording"), "yes");
    let second: JsValue = c.get_did(id(3.0), None).await.expect("read back").into();
    assert_eq!(text(&second, "comment"), "Second line");
    assert_eq!(get(&second, "recording"), JsValue::TRUE);
    assert_eq!(text(&second, "country"), "USA");

    assert_eq!(kind(&c.get_did(id(999.0), None).await.unwrap_err()), "not_found");
    assert_eq!(kind(&c.update_did(id(999.0), ts(r#"{"comment": "x"}"#), None).await.unwrap_err()), "not_found");
    assert_eq!(len(&c.list_dids(id(EMPTY_TENANT), None).await.expect("none").into(), ""), 0);
}

#[wasm_bindgen_test]
async fn hunt_lists_read_update_and_delete() {
    let scope = Scope::new("pbx-hunt");
    let c = client(&scope, "");
    let hunts: JsValue = c.list_hunt_lists(id(NORTHWIND), None).await.expect("hunts").into();
    assert_eq!(len(&hunts, ""), 3);
    assert_eq!(text(&hunts, "0.strategy"), "RINGALL");
    assert_eq!(get(&hunts, "0.ringTime").as_f64(), Some(60.0));
    assert!(get(&hunts, "0.checkInUse").is_undefined());

    let support: JsValue = c.get_hunt_list(id(4.0), None).await.expect("hunt").into();
    assert_eq!(text(&support, "name"), "Support");
    assert_eq!(get(&support, "checkInUse"), JsValue::TRUE);

    c.update_hunt_list(id(5.0), ts(r#"{"ringTime": 45, "strategy": "RINGALL", "checkInUse": false}"#), None).await.expect("update");
    let after: JsValue = c.get_hunt_list(id(5.0), None).await.expect("read back").into();
    assert_eq!(get(&after, "ringTime").as_f64(), Some(45.0));
    assert_eq!(text(&after, "strategy"), "RINGALL");
    assert_eq!(get(&after, "checkInUse"), JsValue::FALSE);
    let before = log(&scope).await.len();
    refused(&scope, before, c.update_hunt_list(id(5.0), ts(r#"{"ringTime": 2.5}"#), None).await, "ringTime").await;

    c.delete_hunt_list(id(3.0), None).await.expect("delete");
    assert_eq!(len(&c.list_hunt_lists(id(NORTHWIND), None).await.expect("hunts").into(), ""), 2);
    assert_eq!(kind(&c.delete_hunt_list(id(3.0), None).await.unwrap_err()), "not_found");
    assert_eq!(kind(&c.get_hunt_list(id(3.0), None).await.unwrap_err()), "not_found");
    assert_eq!(kind(&c.update_hunt_list(id(3.0), ts(r#"{"name": "x"}"#), None).await.unwrap_err()), "not_found");
}

#[wasm_bindgen_test]
async fn phones_add_list_and_delete() {
    let scope = Scope::new("pbx-phone");
    let c = client(&scope, "");
    assert_eq!(len(&c.list_phones(id(NORTHWIND), None).await.expect("phones").into(), ""), 3);
    // Bluebird has no phones: [] rather than an error.
    assert_eq!(len(&c.list_phones(id(2.0), None).await.expect("none").into(), ""), 0);

    let http_password = "made-up-phone-pw-5";
    let phone = format!(r#"{{"name": "Lobby Phone", "tenantId": 1, "modelId": "2", "mac": "00:15:65:AA:00:09", "httpUser": "lobby", "httpPassword": "{http_password}"}}"#);
    let new_id = c.add_phone(ts(&phone), None).await.expect("add");
    assert_eq!(new_id, "4");
    let payload = js(field(&form(log(&scope).await.last().unwrap()), "phone").expect("phone field"));
    assert_eq!(text(&payload, "ph_name"), "Lobby Phone");
    assert_eq!(text(&payload, "ph_te_id"), "1");
    assert_eq!(text(&payload, "ph_pm_id"), "2");
    let phones: JsValue = c.list_phones(id(NORTHWIND), None).await.expect("phones").into();
    assert_eq!(len(&phones, ""), 4);
    assert_eq!(text(&phones, "3.id"), "4");
    assert_eq!(text(&phones, "3.configFile"), "001565aa0009.cfg");
    assert_eq!(text(&phones, "3.modelId"), "2");

    let before = log(&scope).await.len();
    refused(&scope, before, c.add_phone(ts(r#"{"name": "x", "tenantId": 1, "modelId": 1}"#), None).await, "mac").await;
    refused(&scope, before, c.add_phone(ts(r#"{"name": " ", "tenantId": 1, "modelId": 1, "mac": "m"}"#), None).await, "name").await;
    refused(&scope, before, c.add_phone(ts(r#"{"name": "x", "tenantId": true, "modelId": 1, "mac": "m"}"#), None).await, "tenantId").await;
    let err = c.add_phone(ts(&format!(r#"{{"name": "x", "tenantId": 99, "modelId": 1, "mac": "m", "httpPassword": "{http_password}"}}"#)), None).await.unwrap_err();
    assert_eq!(kind(&err), "not_found");
    assert!(!json(&err).contains(http_password));

    c.delete_phone(new_id.clone().into(), None).await.expect("delete");
    assert_eq!(len(&c.list_phones(id(NORTHWIND), None).await.expect("phones").into(), ""), 3);
    assert_eq!(kind(&c.delete_phone(new_id.into(), None).await.unwrap_err()), "not_found");
}

#[wasm_bindgen_test]
async fn read_only_lists_of_a_tenant() {
    let scope = Scope::new("pbx-lists");
    let c = client(&scope, "");
    let boxes: JsValue = c.list_voicemail_boxes(id(NORTHWIND), None).await.expect("voicemail").into();
    assert_eq!(len(&boxes, ""), 2);
    assert_eq!(text(&boxes, "0.id"), "55");
    assert_eq!(text(&boxes, "0.context"), "T100");
    assert_eq!(text(&boxes, "0.name"), "General Delivery Voicemail");

    let conditions: JsValue = c.list_conditions(id(NORTHWIND), None).await.expect("conditions").into();
    assert_eq!(len(&conditions, ""), 3);
    assert_eq!(text(&conditions, "1.type"), "TIME");
    assert_eq!(text(&conditions, "1.timezone"), "America/New_York");
    assert_eq!(json(&get(&conditions, "1.parameters")), r#"["mon-fri","09:00-17:30"]"#);

    let ivrs: JsValue = c.list_ivrs(id(NORTHWIND), None).await.expect("ivrs").into();
    assert_eq!(json(&ivrs), r#"[{"id":"1","name":"Main Menu - EN"},{"id":"4","name":"Main Menu - FR"}]"#);

    let customs: JsValue = c.list_custom_destinations(id(NORTHWIND), None).await.expect("custom").into();
    assert_eq!(len(&customs, ""), 2);
    assert_eq!(text(&customs, "0.typeName"), "FORWARD");
    assert_eq!(text(&customs, "0.typeDescription"), "Forward call to");

    let routes: JsValue = c.list_destinations(id(NORTHWIND), None).await.expect("destinations").into();
    assert_eq!(len(&routes, ""), 6);
    assert_eq!(text(&routes, "0.sourceType"), "CONDITION");
    assert_eq!(text(&routes, "0.destinationType"), "IVR");
    assert_eq!(get(&routes, "4.order").as_f64(), Some(2.0));

    // The empty tenant: every list is [].
    let empty = id(EMPTY_TENANT);
    assert_eq!(len(&c.list_voicemail_boxes(empty.clone(), None).await.expect("vm").into(), ""), 0);
    assert_eq!(len(&c.list_conditions(empty.clone(), None).await.expect("co").into(), ""), 0);
    assert_eq!(len(&c.list_ivrs(empty.clone(), None).await.expect("iv").into(), ""), 0);
    assert_eq!(len(&c.list_custom_destinations(empty.clone(), None).await.expect("cu").into(), ""), 0);
    assert_eq!(len(&c.list_destinations(empty.clone(), None).await.expect("de").into(), ""), 0);
    assert_eq!(len(&c.list_hunt_lists(empty.clone(), None).await.expect("hu").into(), ""), 0);
    assert_eq!(len(&c.list_follow_me_caller_ids(empty, None).await.expect("fmf").into(), ""), 0);
}

#[wasm_bindgen_test]
async fn call_history_with_filters() {
    let scope = Scope::new("pbx-cdr");
    let c = client(&scope, "");
    let week = r#""from": "2024-03-01", "to": "2024-03-07", "tenantCode": "T100""#;
    let calls: JsValue = c.list_calls(ts(&format!("{{{week}}}")), None).await.expect("calls").into();
    let n = len(&calls, "");
    assert!(n >= 14, "2 to 4 calls a day: {n}");
    let dates: Vec<String> = (0..n).map(|i| text(&calls, &format!("{i}.date"))).collect();
    assert!(dates.iter().all(|d| ("2024-03-01".."2024-03-08").contains(&d.as_str())), "{dates:?}");
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "newest first");
    assert!(!text(&calls, "0.id").is_empty() && !text(&calls, "0.source").is_empty());
    assert!(get(&calls, "0.billableSeconds").as_f64().is_some());
    assert!(text(&calls, "0.cost").contains('.'));
    let fields = form(log(&scope).await.last().unwrap());
    assert_eq!(field(&fields, "start_date_ymd"), Some("2024-03-01"));
    assert_eq!(field(&fields, "end_date_ymd"), Some("2024-03-07"));
    assert_eq!(field(&fields, "tenant_code"), Some("T100"));
    assert_eq!(field(&fields, "disposition"), None);

    let answered: JsValue = c.list_calls(ts(&format!(r#"{{{week}, "disposition": "ANSWERED"}}"#)), None).await.expect("answered").into();
    assert!(len(&answered, "") > 0 && len(&answered, "") < n);
    assert!((0..len(&answered, "")).all(|i| text(&answered, &format!("{i}.disposition")) == "ANSWERED"));

    let costly: JsValue = c.list_calls(ts(&format!(r#"{{{week}, "minCost": "0.05"}}"#)), None).await.expect("costly").into();
    assert!((0..len(&costly, "")).all(|i| text(&costly, &format!("{i}.cost")).parse::<f64>().unwrap() >= 0.05));
    assert_eq!(field(&form(log(&scope).await.last().unwrap()), "cost"), Some("0.05"));

    let number = text(&calls, "0.destination");
    let to_one: JsValue = c.list_calls(ts(&format!(r#"{{{week}, "destination": "{number}"}}"#)), None).await.expect("to one").into();
    assert!(len(&to_one, "") >= 1);
    assert!((0..len(&to_one, "")).all(|i| text(&to_one, &format!("{i}.destination")) == number));

    // Nothing in range, or a tenant with no calls: [].
    let none = c.list_calls(ts(r#"{"from": "2023-01-01", "to": "2023-01-31", "tenantCode": "T100"}"#), None).await.expect("none");
    assert_eq!(len(&none.into(), ""), 0);
    let none = c.list_calls(ts(r#"{"from": "2024-03-01", "to": "2024-03-07", "tenantCode": "T300"}"#), None).await.expect("T300");
    assert_eq!(len(&none.into(), ""), 0);

    let before = log(&scope).await.len();
    refused(&scope, before, c.list_calls(ts(r#"{"from": "2024-02-30", "to": "2024-03-07", "tenantCode": "T100"}"#), None).await, "from").await;
    refused(&scope, before, c.list_calls(ts(r#"{"from": "2024-03-07", "to": "2024-03-01", "tenantCode": "T100"}"#), None).await, "to").await;
    refused(&scope, before, c.list_calls(ts(&format!(r#"{{{week}, "disposition": "MISSED"}}"#)), None).await, "disposition").await;
    refused(&scope, before, c.list_calls(ts(&format!(r#"{{{week}, "minCost": "-1"}}"#)), None).await, "minCost").await;
    refused(&scope, before, c.list_calls(ts(r#"{"from": "2024-03-01", "to": "2024-03-07"}"#), None).await, "tenantCode").await;
}

#[wasm_bindgen_test]
async fn reads_are_retried_and_writes_never() {
    let scope = Scope::new("pbx-retry");
    let c = client(&scope, "");
    let count = |requests: &[JsValue], path: &str| requests.iter().filter(|r| text(r, "path") == path).count();

    scope.fault(r#"{"match": "/pbx/extension/bytenant", "kind": "status", "status": 503}"#).await;
    assert!(c.list_extensions(id(NORTHWIND), None).await.is_ok(), "a read survives one 503");
    assert_eq!(count(&log(&scope).await, "/pbx/extension/bytenant"), 2);

    scope.fault(r#"{"match": "/pbx/hunt/deletebyid", "kind": "status", "status": 503}"#).await;
    let err = c.delete_hunt_list(id(4.0), None).await.unwrap_err();
    assert_eq!(kind(&err), "http");
    assert_eq!(get(&err, "status").as_f64(), Some(503.0));
    assert_eq!(count(&log(&scope).await, "/pbx/hunt/deletebyid"), 1, "a write is sent once");

    scope.fault(r#"{"match": "/pbx/extension/user", "kind": "html"}"#).await;
    let err = c.get_sip_user(id(NORTHWIND), id(11.0), None).await.unwrap_err();
    assert_eq!(kind(&err), "decode");
}
