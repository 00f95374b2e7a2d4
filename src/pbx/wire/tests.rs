//! Every documented answer decodes, converts to the caller's types, and classifies.

use serde::Serialize;

use super::*;
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

fn list<W: DeserializeOwned>(body: &str) -> Vec<W> {
    rows(ok(body), "rows").unwrap_or_else(|e| panic!("{}", e.message))
}

/// Output JSON as JS sees it: camelCase keys only, no wire name.
fn js_keys<T: Serialize>(value: &T) -> Value {
    let json = serde_json::to_value(value).unwrap();
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
    let login: Login = first(ok(fixture!("user_login")), "user").unwrap();
    assert_eq!(login.user_id.or_empty(), "579");
    let users: Vec<t::PbxUser> = list::<User>(fixture!("user_get")).iter().map(t::PbxUser::from).collect();
    assert_eq!(users.len(), 3);
    assert_eq!(js_keys(&users[2]), serde_json::json!({"id": "124", "username": "Airlord"}));
    let tenants: UserTenants = first(ok(fixture!("user_tenants")), "tenants").unwrap();
    let tenants = js_keys(&t::UserTenants::from(&tenants));
    assert_eq!(tenants, serde_json::json!({"userId": "134", "tenants": [{"id": "80", "name": "Advice Wise Solicitors"}]}));
}

#[test]
fn destinations_decode() {
    let rows: Vec<t::PbxDestination> = list::<Destination>(fixture!("destination_all")).iter().map(t::PbxDestination::from).collect();
    assert_eq!(js_keys(&rows[0]), serde_json::json!({"id": "156", "sourceType": "CONDITION", "destinationType": "DISA", "order": 1}));
    assert_eq!(rows.len(), 2);
}

#[test]
fn extension_answers_decode() {
    let rows: Vec<t::Extension> = list::<Extension>(fixture!("extension_bytenant")).iter().map(Into::into).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(
        js_keys(&rows[0]),
        serde_json::json!({"id": "11", "name": "Chris Latremoille", "number": "221", "callerIdNumber": "15146339933", "callerIdName": "Uniglobe Dorval", "callWaiting": false})
    );
    let one: Extension = first(ok(fixture!("extension_byid")), "extension").unwrap();
    let one = js_keys(&t::Extension::from(&one));
    assert_eq!(one["id"], "240");
    assert!(one.get("callerIdNumber").is_none(), "an empty caller id is absent");
    let sip: SipUser = first(ok(fixture!("extension_user")), "SIP user").unwrap();
    assert_eq!(js_keys(&t::SipUser::from(&sip))["secret"], "made-up-sip-secret-1");
    assert_eq!(text(ok(fixture!("extension_usersecret")), "secret").unwrap(), "made-up-sip-secret-2");
    assert_eq!(text(ok(fixture!("extension_getcidnumber")), "cid").unwrap(), "15146339933");
    assert_eq!(text(ok(fixture!("extension_getfmfcallerid")), "fmf").unwrap(), "15146339933");
    assert_eq!(text(ok(r#"{"status":"success","data":""}"#), "cid").unwrap(), "");
    let cids: Vec<String> = list::<CidNumber>(fixture!("extension_getcidnumberlist")).iter().map(String::from).collect();
    assert_eq!(cids, vec!["15146339933"; 4]);
    let fmf: Vec<String> = list::<FmfCallerId>(fixture!("extension_getfmfcalleridlist")).iter().map(String::from).collect();
    assert_eq!(fmf, vec!["15146339933"; 4]);
}

#[test]
fn did_answers_decode_including_the_byid_quirk() {
    let dids: Vec<t::Did> = list::<Did>(fixture!("did_bytenant")).iter().map(Into::into).collect();
    assert_eq!(dids.len(), 3);
    assert_eq!(js_keys(&dids[2]), serde_json::json!({"id": "30", "number": "15146339933", "comment": "Uniglobe Dorval - Main"}));
    let one: Did = first(ok(fixture!("did_byid")), "DID").unwrap();
    let detail = js_keys(&t::DidDetail::from_wire(&one, "77"));
    assert_eq!(detail["id"], "77", "byid sends no id: the requested one fills in");
    assert_eq!(detail["tenantId"], "2");
    assert_eq!((detail["recording"].as_bool(), detail["fax"].as_bool()), (Some(true), Some(false)));
    assert_eq!(detail["number"], "12894701289");
}

#[test]
fn hunt_answers_decode() {
    let hunts: Vec<t::HuntList> = list::<Hunt>(fixture!("hunt_bytenant")).iter().map(Into::into).collect();
    assert_eq!(
        js_keys(&hunts[0]),
        serde_json::json!({"id": "3", "number": "501", "name": "Franchise Opportunities", "strategy": "RINGALL", "ringTime": 60})
    );
    let one: Hunt = first(ok(fixture!("hunt_byid")), "hunt").unwrap();
    assert_eq!(js_keys(&t::HuntList::from(&one))["checkInUse"], false);
    assert_eq!(ok(fixture!("deleted")), Value::String("Record Deleted Successfully.".into()));
}

#[test]
fn phone_and_other_lists_decode() {
    let phones: Vec<t::PbxPhone> = list::<Phone>(fixture!("phone_bytenant")).iter().map(Into::into).collect();
    assert_eq!(
        js_keys(&phones[0]),
        serde_json::json!({"id": "1", "name": "asdas", "tenantId": "1", "modelId": "1", "mac": "asd", "configFile": "asdasd"})
    );
    let added: PhoneAdded = first(ok(fixture!("phone_addnewphone")), "phone").unwrap();
    assert_eq!(added.phone_id.or_empty(), "4");
    assert!(ok(fixture!("updated")).is_object());
    let boxes: Vec<t::VoicemailBox> = list::<Voicemail>(fixture!("voicemail_bytenant")).iter().map(Into::into).collect();
    assert_eq!(js_keys(&boxes[0])["name"], "General Delivery Voicemail");
    let conditions: Vec<t::PbxCondition> = list::<Condition>(fixture!("condition_bytenant")).iter().map(Into::into).collect();
    assert_eq!(
        js_keys(&conditions[0]),
        serde_json::json!({"id": "2", "name": "Chris Latremoille DISA (END OF CHAIN)", "type": "CALLERID", "parameters": ["5146349955", "5149239933"]})
    );
    let ivrs: Vec<t::Ivr> = list::<Ivr>(fixture!("ivr_bytenant")).iter().map(Into::into).collect();
    assert_eq!(js_keys(&ivrs[1]), serde_json::json!({"id": "4", "name": "Main Menu - EN"}));
    let customs: Vec<t::CustomDestination> = list::<Custom>(fixture!("custom_bytenant")).iter().map(Into::into).collect();
    assert_eq!(
        js_keys(&customs[0]),
        serde_json::json!({"id": "2", "name": "Vickie Kyriakakos Mobile", "typeId": "1", "typeName": "FORWARD", "typeDescription": "Forward call to"})
    );
}

#[test]
fn call_history_decodes() {
    let calls: Vec<t::CallRecord> = list::<Cdr>(fixture!("cdr_getcallhistory")).iter().map(Into::into).collect();
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
    let e = rows::<SipUser>(Value::String("made-up-sip-secret".into()), "SIP user").err().unwrap();
    assert!(e.kind == ErrorKind::Decode && !e.message.contains("made-up"), "{}", e.message);
    let e = first::<SipUser>(serde_json::json!(["made-up-sip-secret"]), "SIP user").err().unwrap();
    assert!(!e.message.contains("made-up"), "{}", e.message);
    assert_eq!(first::<SipUser>(serde_json::json!([]), "SIP user").err().unwrap().kind, ErrorKind::NotFound);
    assert_eq!(text(serde_json::json!({"a": "made-up"}), "secret").unwrap_err().kind, ErrorKind::Decode);
    assert_eq!(text(Value::Null, "secret").unwrap(), "");
    assert_eq!(text(serde_json::json!(15550100100u64), "cid").unwrap(), "15550100100");
}

#[test]
fn odd_fields_never_lose_a_row() {
    let rows = list::<Extension>(r#"{"status":"success","data":[{"ex_id":11,"ex_name":null,"ex_number":{"x":1},"ex_callwaiting":"yes"},{}]}"#);
    let out: Vec<t::Extension> = rows.iter().map(Into::into).collect();
    assert_eq!(out.len(), 2);
    assert_eq!((out[0].id.as_str(), out[0].number.as_str(), out[0].call_waiting), ("11", "", true));
}

#[test]
fn write_payloads_use_the_servers_names() {
    let update = HuntUpdate { hu_ringtime: Some("30".into()), hu_checkinuse: Some(yes_no(true)), ..HuntUpdate::default() };
    assert_eq!(json_field(&update).unwrap(), r#"{"hu_ringtime":"30","hu_checkinuse":"yes"}"#);
    let did = DidUpdate { di_fax: Some(yes_no(false)), ..DidUpdate::default() };
    assert_eq!(json_field(&did).unwrap(), r#"{"di_fax":"no"}"#);
}
