//! Inputs are checked and become the server's payloads.

use super::super::checks::{ymd, Scalar};
use super::*;
use crate::core::error::ErrorKind;
use crate::core::json::{json, Value};

fn field_of(e: Error) -> String {
    assert_eq!(e.kind, ErrorKind::InvalidInput, "{}", e.message);
    e.details.first().map(|d| d.0.clone()).unwrap_or_default()
}

#[test]
fn dates_must_exist() {
    assert_eq!(ymd("from", "2024-02-29").unwrap(), "2024-02-29");
    assert_eq!(ymd("from", " 2000-02-29 ").unwrap(), "2000-02-29");
    for bad in ["2023-02-29", "1900-02-29", "2024-13-01", "2024-04-31", "2024-4-1", "20240401", "2024-01-00", "2024/01/01", "", "abcd-ef-gh"] {
        assert_eq!(field_of(ymd("from", bad).unwrap_err()), "from", "{bad}");
    }
}

#[test]
fn ids_and_amounts() {
    assert_eq!(Scalar::Number(11.0).id("id").unwrap(), "11");
    assert_eq!(Scalar::Text(" 11 ".into()).id("id").unwrap(), "11");
    for bad in [Scalar::Number(1.5), Scalar::Number(-1.0), Scalar::Text("  ".into()), Scalar::Other] {
        assert_eq!(field_of(bad.id("tenantId").unwrap_err()), "tenantId");
    }
    assert_eq!(Scalar::Text("0.05".into()).amount("minCost").unwrap(), "0.05");
    assert_eq!(Scalar::Number(0.25).amount("minCost").unwrap(), "0.25");
    assert_eq!(Scalar::Number(2.0).amount("minCost").unwrap(), "2");
    for bad in [Scalar::Text("-1".into()), Scalar::Text("1e3".into()), Scalar::Text(".5".into()), Scalar::Number(f64::NAN), Scalar::Other] {
        assert_eq!(field_of(bad.amount("minCost").unwrap_err()), "minCost");
    }
}

#[test]
fn a_phone_needs_its_four_fields() {
    let phone = |name: &str, mac: &str| NewPbxPhone {
        name: name.into(),
        tenant_id: Scalar::Text("1".into()),
        model_id: Scalar::Number(2.0),
        mac: mac.into(),
        config_file: None,
        http_user: None,
        http_password: Some("made-up".into()),
    };
    let json = phone("Desk", "00:11:22:33:44:55").into_wire().unwrap();
    assert!(json.contains(r#""ph_te_id":"1""#) && json.contains(r#""ph_pm_id":"2""#) && !json.contains("ph_filename"), "{json}");
    assert_eq!(field_of(phone(" ", "x").into_wire().err().unwrap()), "name");
    assert_eq!(field_of(phone("Desk", "").into_wire().err().unwrap()), "mac");
    let mut p = phone("Desk", "x");
    p.tenant_id = Scalar::Other;
    assert_eq!(field_of(p.into_wire().err().unwrap()), "tenantId");
}

#[test]
fn changes_send_only_what_changes() {
    let payload = |table: ChangeTable, given: Value| changes_of(given.as_object().unwrap(), table);
    let json = payload(EXTENSION_CHANGES, json!({ "callerIdNumber": "", "callWaiting": true, "name": null })).unwrap();
    assert_eq!(json, r#"{"ex_cidnum":"","ex_callwaiting":"yes"}"#);
    let json = payload(HUNT_LIST_CHANGES, json!({ "checkInUse": true, "ringTime": 30 })).unwrap();
    assert_eq!(json, r#"{"hu_ringtime":"30","hu_checkinuse":"yes"}"#);
    assert_eq!(payload(DID_CHANGES, json!({ "fax": false })).unwrap(), r#"{"di_fax":"no"}"#);
    assert_eq!(field_of(payload(HUNT_LIST_CHANGES, json!({})).unwrap_err()), "changes");
    assert_eq!(field_of(payload(HUNT_LIST_CHANGES, json!({ "ringTime": 2.5 })).unwrap_err()), "ringTime");
    assert_eq!(field_of(payload(DID_CHANGES, json!({ "number": " " })).unwrap_err()), "number");
    // Types first, then the seconds, then blank texts.
    assert_eq!(field_of(payload(HUNT_LIST_CHANGES, json!({ "name": " ", "ringTime": 0, "checkInUse": "x" })).unwrap_err()), "checkInUse");
    assert_eq!(field_of(payload(HUNT_LIST_CHANGES, json!({ "name": " ", "ringTime": 0 })).unwrap_err()), "ringTime");
    assert_eq!(field_of(payload(EXTENSION_CHANGES, json!({ "name": 3 })).unwrap_err()), "name");
}

#[test]
fn call_filters_are_checked() {
    let filter = |from: &str, to: &str, disposition: Option<&str>| CallFilter {
        from: from.into(),
        to: to.into(),
        tenant_code: "T100".into(),
        destination: None,
        disposition: disposition.map(str::to_string),
        min_cost: Some(Scalar::Text("0.01".into())),
    };
    let q = filter("2024-01-01", "2024-01-31", Some("NO ANSWER")).into_wire().unwrap();
    let fields = q.fields();
    assert!(fields.contains(&("disposition".to_string(), "NO ANSWER".to_string())));
    assert!(fields.contains(&("cost".to_string(), "0.01".to_string())));
    assert!(!fields.iter().any(|(k, _)| k == "firstdst"));
    assert_eq!(field_of(filter("2024-02-01", "2024-01-31", None).into_wire().err().unwrap()), "to");
    assert_eq!(field_of(filter("2024-01-01", "2024-01-31", Some("MISSED")).into_wire().err().unwrap()), "disposition");
    assert_eq!(field_of(filter("01/01/2024", "2024-01-31", None).into_wire().err().unwrap()), "from");
}
