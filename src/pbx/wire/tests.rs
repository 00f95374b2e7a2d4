//! Every documented answer decodes, converts to the caller's types, and classifies.

use super::*;
use crate::pbx::convert;
use crate::pbx::types as t;

macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!("../../../tests/fixtures/pbx/", $name, ".json"))
    };
}

fn reply(status: u16, body: &str) -> Reply {
    Reply { status, body: body.as_bytes().to_vec() }
}

fn ok(body: &str) -> Value {
    data(&reply(200, body)).unwrap_or_else(|e| panic!("{}", e.message))
}

/// A list answer's rows as the caller's records.
fn list(body: &str, columns: &[Column]) -> Vec<Value> {
    super::list(Ok(ok(body)), columns, "rows").unwrap_or_else(|e| panic!("{}", e.message))
}

/// A list answer's rows, each put together by `convert`.
fn each(body: &str, convert: fn(&Value) -> Result<Value>) -> Vec<Value> {
    items(Ok(ok(body)), "rows").unwrap().iter().map(|row| convert(row).unwrap()).collect()
}

/// Output JSON as JS sees it: camelCase keys only, no wire name.
fn js_keys(value: &Value) -> Value {
    let json = value.clone();
    fn walk(v: &Value) {
        match v {
            Value::Object(map) => map.iter().for_each(|(k, v)| {
                assert!(!k.contains('_') && k.chars().next().is_some_and(|c| c.is_ascii_lowercase()), "wire-like key {k}");
                walk(v)
            }),
            Value::Array(items) => items.iter().for_each(walk),
            _ => {}
        }
    }
    walk(&json);
    json
}

#[test]
fn user_answers_decode() {
    let login = first(ok(fixture!("user_login")), "user").unwrap();
    assert_eq!(field(&login, "user_id").as_deref(), Some("579"));
    let users = list(fixture!("user_get"), t::PbxUser::COLUMNS);
    assert_eq!(users.len(), 3);
    assert_eq!(js_keys(&users[2]), crate::core::json::json!({"id": "124", "username": "Airlord"}));
    let tenants = convert::user_tenants(&first(ok(fixture!("user_tenants")), "tenants").unwrap()).unwrap();
    let tenants = js_keys(&tenants);
    assert_eq!(tenants, crate::core::json::json!({"userId": "134", "tenants": [{"id": "80", "name": "Advice Wise Solicitors"}]}));
}

#[test]
fn destinations_decode() {
    let rows = list(fixture!("destination_all"), t::PbxDestination::COLUMNS);
    assert_eq!(js_keys(&rows[0]), crate::core::json::json!({"id": "156", "sourceType": "CONDITION", "destinationType": "DISA", "order": 1}));
    assert_eq!(rows.len(), 2);
}

#[test]
fn extension_answers_decode() {
    let rows = list(fixture!("extension_bytenant"), t::Extension::COLUMNS);
    assert_eq!(rows.len(), 2);
    assert_eq!(
        js_keys(&rows[0]),
        crate::core::json::json!({"id": "11", "name": "Chris Latremoille", "number": "221", "callerIdNumber": "15146339933", "callerIdName": "Uniglobe Dorval", "callWaiting": false})
    );
    let one = js_keys(&super::one(ok(fixture!("extension_byid")), t::Extension::COLUMNS, "extension").unwrap());
    assert_eq!(one["id"], "240");
    assert!(one.get("callerIdNumber").is_none(), "an empty caller id is absent");
    let sip = super::one(ok(fixture!("extension_user")), t::SipUser::COLUMNS, "SIP user").unwrap();
    assert_eq!(js_keys(&sip)["secret"], "made-up-sip-secret-1");
    assert_eq!(text(ok(fixture!("extension_usersecret")), "secret").unwrap(), "made-up-sip-secret-2");
    assert_eq!(text(ok(fixture!("extension_getcidnumber")), "cid").unwrap(), "15146339933");
    assert_eq!(text(ok(fixture!("extension_getfmfcallerid")), "fmf").unwrap(), "15146339933");
    assert_eq!(text(ok(r#"{"status":"success","data":""}"#), "cid").unwrap(), "");
    let cids = convert::numbers(&items(Ok(ok(fixture!("extension_getcidnumberlist"))), "cids").unwrap(), "ex_cidnum").unwrap();
    assert_eq!(cids, crate::core::json::json!(["15146339933", "15146339933", "15146339933", "15146339933"]));
    let fmf = convert::numbers(&items(Ok(ok(fixture!("extension_getfmfcalleridlist"))), "fmf").unwrap(), "GetFMFCallerId").unwrap();
    assert_eq!(fmf, cids);
}

#[test]
fn did_answers_decode_including_the_byid_quirk() {
    let dids = list(fixture!("did_bytenant"), t::Did::COLUMNS);
    assert_eq!(dids.len(), 3);
    assert_eq!(js_keys(&dids[2]), crate::core::json::json!({"id": "30", "number": "15146339933", "comment": "Uniglobe Dorval - Main"}));
    let one = first(ok(fixture!("did_byid")), "DID").unwrap();
    let detail = js_keys(&convert::did_detail(&one, "77").unwrap());
    assert_eq!(detail["id"], "77", "byid sends no id: the requested one fills in");
    assert_eq!(detail["tenantId"], "2");
    assert_eq!((detail["recording"].as_bool(), detail["fax"].as_bool()), (Some(true), Some(false)));
    assert_eq!(detail["number"], "12894701289");
}

#[test]
fn hunt_answers_decode() {
    let hunts = list(fixture!("hunt_bytenant"), t::HuntList::COLUMNS);
    assert_eq!(
        js_keys(&hunts[0]),
        crate::core::json::json!({"id": "3", "number": "501", "name": "Franchise Opportunities", "strategy": "RINGALL", "ringTime": 60})
    );
    let one = super::one(ok(fixture!("hunt_byid")), t::HuntList::COLUMNS, "hunt").unwrap();
    assert_eq!(js_keys(&one)["checkInUse"], false);
    assert_eq!(ok(fixture!("deleted")), Value::String("Record Deleted Successfully.".into()));
}

#[test]
fn phone_and_other_lists_decode() {
    let phones = list(fixture!("phone_bytenant"), t::PbxPhone::COLUMNS);
    assert_eq!(
        js_keys(&phones[0]),
        crate::core::json::json!({"id": "1", "name": "asdas", "tenantId": "1", "modelId": "1", "mac": "asd", "configFile": "asdasd"})
    );
    let added = first(ok(fixture!("phone_addnewphone")), "phone").unwrap();
    assert_eq!(field(&added, "PhoneID").as_deref(), Some("4"));
    assert!(ok(fixture!("updated")).is_object());
    let boxes = list(fixture!("voicemail_bytenant"), t::VoicemailBox::COLUMNS);
    assert_eq!(js_keys(&boxes[0])["name"], "General Delivery Voicemail");
    let conditions = each(fixture!("condition_bytenant"), convert::condition);
    assert_eq!(
        js_keys(&conditions[0]),
        crate::core::json::json!({"id": "2", "name": "Chris Latremoille DISA (END OF CHAIN)", "type": "CALLERID", "parameters": ["5146349955", "5149239933"]})
    );
    let ivrs = list(fixture!("ivr_bytenant"), t::Ivr::COLUMNS);
    assert_eq!(js_keys(&ivrs[1]), crate::core::json::json!({"id": "4", "name": "Main Menu - EN"}));
    let customs = list(fixture!("custom_bytenant"), t::CustomDestination::COLUMNS);
    assert_eq!(
        js_keys(&customs[0]),
        crate::core::json::json!({"id": "2", "name": "Vickie Kyriakakos Mobile", "typeId": "1", "typeName": "FORWARD", "typeDescription": "Forward call to"})
    );
}

#[test]
fn call_history_decodes() {
    let calls = each(fixture!("cdr_getcallhistory"), convert::call_record);
    let first = js_keys(&calls[0]);
    assert_eq!(first["billableSeconds"], 121);
    assert_eq!(first["durationSeconds"], 135);
    assert_eq!(first["cost"], "0.0360");
    assert_eq!(first["landedOn"], "TRUNK");
    let second = js_keys(&calls[1]);
    assert_eq!(second["disposition"], "NO ANSWER");
    assert!(second.get("direction").is_none());
}

#[test]
fn failures_map_to_kinds() {
    let kind = |body: &str| data(&reply(200, body)).unwrap_err().kind;
    assert_eq!(kind(fixture!("unauthorized")), ErrorKind::Auth);
    assert_eq!(kind(fixture!("not_found")), ErrorKind::NotFound);
    assert_eq!(kind(fixture!("required_fields")), ErrorKind::Validation);
    assert_eq!(kind(r#"{"status":"failed","message":"Invalid Date Format."}"#), ErrorKind::Validation);
    assert_eq!(kind(r#"{"status":"failed","message":"Unknown Method."}"#), ErrorKind::Http);
    assert_eq!(kind(r#"{"status":"failed","message":"Something else broke"}"#), ErrorKind::Api);
    assert_eq!(kind(r#"{"status":"failed"}"#), ErrorKind::Api);
    let e = data(&reply(200, fixture!("required_fields"))).unwrap_err();
    assert_eq!(e.message, "Please Enter Required Fields.");
}

#[test]
fn the_envelope_wins_over_the_http_status() {
    // Status codes are undocumented: a failed envelope on a 500 is still what it says...
    assert_eq!(data(&reply(500, fixture!("not_found"))).unwrap_err().kind, ErrorKind::NotFound);
    assert!(data(&reply(201, fixture!("updated"))).is_ok());
    // ...and without an envelope only the status tells.
    let e = data(&reply(404, "<html><body>404 Page Not Found</body></html>")).unwrap_err();
    assert_eq!((e.kind, e.status), (ErrorKind::Http, Some(404)));
    assert_eq!(data(&reply(401, "Unauthorized")).unwrap_err().kind, ErrorKind::Auth);
}

#[test]
fn unreadable_answers_are_decode_errors_that_do_not_quote_the_body() {
    for body in ["<br />\n<b>Fatal error</b>: made-up-sip-secret", r#"{"status": "success", "data": "made-up-sip-secret"#, r#""made-up-sip-secret""#, r#"{"data": "made-up-sip-secret"}"#] {
        let e = data(&reply(200, body)).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Decode, "{body}");
        assert!(!e.message.contains("made-up-sip-secret"), "{}", e.message);
    }
    // Wrong shapes never quote the data either.
    let e = super::list(Ok(Value::String("made-up-sip-secret".into())), t::SipUser::COLUMNS, "SIP user").err().unwrap();
    assert!(e.kind == ErrorKind::Decode && !e.message.contains("made-up"), "{}", e.message);
    let e = first(crate::core::json::json!(["made-up-sip-secret"]), "SIP user").err().unwrap();
    assert!(!e.message.contains("made-up"), "{}", e.message);
    assert_eq!(first(crate::core::json::json!([]), "SIP user").err().unwrap().kind, ErrorKind::NotFound);
    assert_eq!(text(crate::core::json::json!({"a": "made-up"}), "secret").unwrap_err().kind, ErrorKind::Decode);
    assert_eq!(text(Value::Null, "secret").unwrap(), "");
    assert_eq!(text(crate::core::json::json!(15550100100u64), "cid").unwrap(), "15550100100");
}

#[test]
fn odd_fields_never_lose_a_row() {
    let out = list(r#"{"status":"success","data":[{"ex_id":11,"ex_name":null,"ex_number":{"x":1},"ex_callwaiting":"yes"},{}]}"#, t::Extension::COLUMNS);
    assert_eq!(out.len(), 2);
    assert_eq!((&out[0]["id"], &out[0]["number"], &out[0]["callWaiting"]), (&crate::core::json::json!("11"), &crate::core::json::json!(""), &crate::core::json::json!(true)));
    // A missing list is `[]`, like the wrapper's "Record Not Found.".
    assert!(super::list(data(&reply(200, fixture!("not_found"))), t::Extension::COLUMNS, "rows").unwrap().is_empty());
}
