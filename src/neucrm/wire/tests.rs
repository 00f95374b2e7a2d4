//! Decoding of every documented answer, conversion to the caller's types, error
//! classification and the form fields built from the caller's input.

use crate::core::json::json;

use super::*;
use crate::core::error::ErrorKind;
use crate::core::record::rows;
use crate::core::url::form_encode;
use crate::neucrm::client::{confirmed, created};
use crate::neucrm::types;

macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!("../../../tests/fixtures/neucrm/", $name))
    };
}

/// The rows of a list answer as the caller's records.
fn records(body: &str, columns: &[crate::core::record::Column]) -> Vec<crate::core::json::Value> {
    rows(&result(&reply(body)).unwrap(), columns).unwrap()
}

fn reply(body: &str) -> Reply {
    Reply { status: 200, body: body.as_bytes().to_vec() }
}

fn input<T: types::InputType>(value: crate::core::json::Value) -> T {
    T::read("input", &value).expect("test input")
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

#[test]
fn documented_creations_return_the_new_id_as_a_number() {
    for (body, id) in [(fixture!("customer_create.json"), "1243"), (fixture!("reseller_create.json"), "4")] {
        assert_eq!(created(&result(&reply(body)).unwrap()).unwrap(), id);
    }
}

#[test]
fn documented_changes_answer_done() {
    for body in [
        fixture!("customer_update.json"),
        fixture!("customer_delete.json"),
        fixture!("reseller_update.json"),
        fixture!("reseller_delete.json"),
        fixture!("wallet_update.json"),
    ] {
        assert!(confirmed(&result(&reply(body)).unwrap()).is_ok(), "{body}");
    }
    assert!(!is_done(&json!(1243)));
    assert!(confirmed(&json!("1243")).is_err());
}

#[test]
fn customer_rows_become_customers() {
    let customers = records(fixture!("sample_customer_list.json"), types::Customer::COLUMNS);
    assert_eq!(customers.len(), 2);
    let person = &customers[0];
    assert_eq!(person["id"], "1001");
    assert_eq!(person["ispId"], "1");
    assert_eq!(person["type"], "Individual");
    assert_eq!(person["dateOfBirth"], "1965-01-01");
    assert_eq!(person["serviceId"], "5001");
    assert!(person.get("notes").is_none(), "empty optional fields are absent: {person}");
    assert!(person.get("portalPasswordResetAt").is_none());
    let org = &customers[1];
    assert_eq!(org["type"], "Organisation");
    assert!(org.get("serviceId").is_none() && org.get("username").is_none() && org.get("surname").is_none());
    assert_eq!(org["portalPasswordResetAt"], "2024-07-03 09:46:40");
    // No server name reaches the caller.
    for key in ["ispid", "resellerid", "dob", "uniqueid", "serviceid", "portal_password_reset_at"] {
        assert!(person.get(key).is_none(), "{key}");
    }
}

#[test]
fn one_odd_field_never_loses_a_row() {
    let rows = records(fixture!("sample_odd_rows.json"), types::Customer::COLUMNS);
    assert_eq!(rows.len(), 2);
    let odd = &rows[0];
    assert_eq!((&odd["id"], &odd["ispId"], &odd["zipcode"]), (&json!("1001"), &json!("1"), &json!("403001")));
    assert!(odd.get("type").is_none(), "a type outside the set is left out");
    assert_eq!((&odd["mobile"], &odd["email"], &odd["resellerId"]), (&json!(""), &json!(""), &json!("")));
    assert!(records(fixture!("sample_empty_list.json"), types::Customer::COLUMNS).is_empty());
}

#[test]
fn reseller_rows_keep_money_as_decimal_strings() {
    let rows = records(fixture!("sample_reseller_list.json"), types::Reseller::COLUMNS);
    let franchisee = &rows[0];
    assert_eq!(franchisee["type"], "Franchisee");
    assert_eq!(franchisee["paymentBy"], "ISP+Reseller");
    assert_eq!(franchisee["invoiceBy"], "Reseller");
    assert_eq!(franchisee["commissionPercent"], "20.00");
    assert_eq!(franchisee["creditLimit"], "5000.00");
    assert_eq!(franchisee["wallet"], "-35.50");
    let plain = &rows[1];
    assert!(plain.get("address").is_none() && plain.get("state").is_none(), "{plain}");
    assert_eq!(plain["paymentBy"], "ISP");
}

#[test]
fn wallet_rows_become_transactions() {
    let t = records(fixture!("sample_wallet_txn_list.json"), types::WalletTransaction::COLUMNS);
    assert_eq!(t[0]["code"], "Topup");
    assert!(t[0].get("serviceId").is_none() && t[0].get("customerId").is_none());
    assert_eq!(t[1]["code"], "Invoice");
    assert_eq!((t[1]["amount"].as_str(), t[1]["balance"].as_str()), (Some("-699.00"), Some("4301.00")));
    assert_eq!((t[1]["customerId"].as_str(), t[1]["resellerId"].as_str()), (Some("1003"), Some("3")));
}

#[test]
fn counts_come_back_as_numbers() {
    let result = result(&reply(fixture!("sample_count.json"))).unwrap();
    assert_eq!(count_of(&result), Some(57));
    assert_eq!(count_of(&json!(12)), Some(12));
    assert_eq!(count_of(&json!([{ "count": "3" }])), Some(3));
    assert_eq!(count_of(&json!({ "count": "many" })), None);
}

#[test]
fn error_texts_are_classified_and_kept() {
    let e = result(&reply(fixture!("sample_error_auth.json"))).unwrap_err();
    assert_eq!((e.kind, e.message.as_str()), (ErrorKind::Auth, "Invalid userid or api_key"));
    for text in ["userid and api_key are required", "Invalid userid. Send the numerical user ID, not the username"] {
        assert_eq!(classify(text).kind, ErrorKind::Auth, "{text}");
    }
    assert_eq!(classify("Permission denied").kind, ErrorKind::Forbidden);
    assert_eq!(classify("Customer not found").kind, ErrorKind::NotFound);
    assert_eq!(classify("Reseller not found").kind, ErrorKind::NotFound);
    let e = result(&reply(fixture!("sample_error_field.json"))).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Validation);
    assert_eq!(e.details, vec![("paymentBy".to_string(), e.message.clone())]);
    assert!(e.message.starts_with("Invalid payment_by."), "the server's own text: {}", e.message);
    let e = classify("amt is required");
    assert_eq!((e.kind, e.details[0].0.as_str()), (ErrorKind::Validation, "amount"));
    assert_eq!(classify("Reseller code already exists").details[0].0, "code");
    for text in ["Reseller has customers. Delete or move them first", "Invalid API endpoint", "Only POST requests are allowed"] {
        let e = classify(text);
        assert_eq!((e.kind, e.message.as_str()), (ErrorKind::Api, text));
    }
}

#[test]
fn answers_that_are_not_the_envelope_are_decode_or_http_errors() {
    let e = result(&reply("<html><body>Fatal error</body></html>")).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Decode);
    assert!(e.message.contains("HTML"));
    let e = result(&Reply { status: 404, body: b"<h1>Not Found</h1>".to_vec() }).unwrap_err();
    assert_eq!((e.kind, e.status), (ErrorKind::Http, Some(404)));
    let e = result(&reply(r#"{"result": null, "error": null}"#)).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Decode);
    let e = rows(&result(&reply(r#"{"result": "done", "error": null}"#)).unwrap(), types::Customer::COLUMNS).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Decode);
}

#[test]
fn a_customer_query_uses_the_server_names() {
    let q: types::CustomerQuery = input(json!({
        "ispId": 1, "resellerId": "3", "customerId": 1001, "serviceId": "5001", "username": "r01_%",
        "type": "Organisation", "name": "Sun%", "mobile": "98", "email": "a@b.example", "zipcode": "403001",
        "state": "Goa", "city": "Panaji", "createdFrom": "2023-01-01", "createdUpto": "2024-12-31",
        "sortBy": "email", "sortOrder": "desc", "limit": 250, "offset": 20
    }));
    let request = customer_query(&q).unwrap();
    let names: Vec<&str> = request.filter.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["ispid", "resellerid", "customerid", "serviceid", "username", "type", "name", "mobile", "email", "zipcode", "state", "city", "created_from", "created_upto"]
    );
    assert_eq!(field(&request.filter, "customerid"), Some("1001"));
    assert_eq!(request.sort, vec![("sort_field".into(), "email".into()), ("sort_order".into(), "desc".into())]);
    assert_eq!((request.limit, request.offset), (Some(250), 20));
    let page = request.page(Some(100), 120);
    assert_eq!((field(&page, "rows_limit"), field(&page, "rows_offset")), (Some("100"), Some("120")));
    assert!(customer_query(&types::CustomerQuery::default()).unwrap().page(None, 0).is_empty());
}

#[test]
fn reseller_sort_fields_map_to_the_server_names() {
    let q: types::ResellerQuery = input(json!({ "sortBy": "ispId", "paymentBy": "ISP+Reseller" }));
    let request = reseller_query(&q).unwrap();
    assert_eq!(field(&request.sort, "sort_field"), Some("ispid"));
    // The `+` travels percent-encoded (a bare `+` would arrive as a space).
    assert_eq!(form_encode(&request.filter), "payment_by=ISP%2BReseller");
}

#[test]
fn wrong_query_values_name_their_field() {
    let cases = [
        (json!({ "type": "Company" }), "type"),
        (json!({ "sortBy": "created" }), "sortBy"),
        (json!({ "sortOrder": "up" }), "sortOrder"),
        (json!({ "customerId": "abc" }), "customerId"),
        (json!({ "createdFrom": "01/02/2024" }), "createdFrom"),
        (json!({ "limit": 0 }), "limit"),
        (json!({ "limit": 10_001 }), "limit"),
        (json!({ "limit": 2.5 }), "limit"),
        (json!({ "offset": -1 }), "offset"),
        (json!({ "name": 12 }), "name"),
    ];
    for (value, name) in cases {
        let q: types::CustomerQuery = input(value.clone());
        let e = customer_query(&q).unwrap_err();
        assert_eq!(e.kind, ErrorKind::InvalidInput, "{value}");
        assert_eq!(e.details[0].0, name, "{value}: {}", e.message);
    }
    let e = customer_query(&input(json!({ "type": "Company" }))).unwrap_err();
    assert!(e.message.contains("\"Individual\", \"Organisation\""), "{}", e.message);
    // An unknown field is refused too (by the input reader, which names it).
    let e = <types::CustomerQuery as types::InputType>::read("query", &json!({ "nmae": "x" })).err().unwrap();
    assert_eq!(e.details[0].0, "nmae");
    let e = wallet_query(&input(json!({ "code": "TopUp" }))).unwrap_err();
    assert_eq!(e.details[0].0, "code", "transaction codes are spelled Topup");
}

#[test]
fn a_new_customer_needs_the_documented_fields_in_order() {
    let c = json!({
        "resellerId": 1, "type": "Individual", "name": "Test", "mobile": "9800000001", "email": "t@example.com",
        "zipcode": "403001", "state": "Goa", "city": "Panaji", "street": "3rd street", "dateOfBirth": "1990-05-17"
    });
    let fields = new_customer(&input(c.clone())).unwrap();
    assert_eq!(field(&fields, "resellerid"), Some("1"));
    assert_eq!(field(&fields, "dob"), Some("1990-05-17"));
    assert_eq!(field(&fields, "type"), Some("Individual"));
    for missing in ["type", "name", "mobile", "email", "zipcode", "state", "city", "street"] {
        let mut without = c.clone();
        without.as_object_mut().unwrap().remove(missing);
        let e = new_customer(&input(without)).unwrap_err();
        assert_eq!((e.kind, e.details[0].0.as_str()), (ErrorKind::InvalidInput, missing));
        assert!(e.message.contains("is required"));
    }
    let blank = json!({ "type": "Individual", "name": "  ", "mobile": "1", "email": "e", "zipcode": "z", "state": "s", "city": "c", "street": "s" });
    assert_eq!(new_customer(&input(blank)).unwrap_err().details[0].0, "name");
}

#[test]
fn a_customer_update_sends_the_portal_reset_as_y_or_n() {
    let fields = customer_update(&input(json!({ "customerId": "1001", "resetPortalPassword": true }))).unwrap();
    assert_eq!(fields, vec![("customerid".into(), "1001".into()), ("reset_password".into(), "Y".into())]);
    let e = customer_update(&input(json!({ "customerId": 1001 }))).unwrap_err();
    assert_eq!(e.kind, ErrorKind::InvalidInput);
    assert_eq!(customer_update(&input(json!({ "street": "x" }))).unwrap_err().details[0].0, "customerId");
    assert_eq!(customer_update(&input(json!({ "customerId": 1, "resetPortalPassword": "Y" }))).unwrap_err().details[0].0, "resetPortalPassword");
}

#[test]
fn a_franchisee_needs_commission_and_credit_limit() {
    let base = json!({
        "invoiceBy": "ISP", "paymentBy": "ISP+Reseller", "type": "Franchisee", "name": "North Net", "code": "NN1",
        "mobile": "9800000002", "email": "nn@example.com"
    });
    let with = |extra: crate::core::json::Value| {
        let mut v = base.clone();
        v.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        new_reseller(&input(v))
    };
    assert_eq!(with(json!({ "creditLimit": 0 })).unwrap_err().details[0].0, "commissionPercent");
    assert_eq!(with(json!({ "commissionPercent": 50 })).unwrap_err().details[0].0, "creditLimit");
    assert_eq!(with(json!({ "commissionPercent": "100.01", "creditLimit": 0 })).unwrap_err().details[0].0, "commissionPercent");
    assert_eq!(with(json!({ "commissionPercent": 12.555, "creditLimit": 0 })).unwrap_err().details[0].0, "commissionPercent");
    assert_eq!(with(json!({ "commissionPercent": 10, "creditLimit": "-1" })).unwrap_err().details[0].0, "creditLimit");
    let fields = with(json!({ "commissionPercent": 12.5, "creditLimit": "2500.00" })).unwrap();
    assert_eq!(field(&fields, "commission_percent"), Some("12.5"));
    assert_eq!(field(&fields, "credit_limit"), Some("2500.00"));
    assert_eq!(field(&fields, "payment_by"), Some("ISP+Reseller"));
    // A plain reseller needs neither.
    let mut plain = base.clone();
    plain.as_object_mut().unwrap().insert("type".into(), json!("Reseller"));
    assert!(new_reseller(&input(plain)).is_ok());
}

#[test]
fn a_reseller_update_needs_something_to_change() {
    assert!(reseller_update(&input(json!({ "resellerId": 4, "ispId": 1 }))).is_err());
    let fields = reseller_update(&input(json!({ "resellerId": 4, "paymentBy": "Reseller" }))).unwrap();
    assert_eq!(fields, vec![("resellerid".into(), "4".into()), ("payment_by".into(), "Reseller".into())]);
}

#[test]
fn wallet_amounts_follow_the_action() {
    let update = |action: &str, amount: crate::core::json::Value| wallet_update(&input(json!({ "resellerId": 3, "action": action, "amount": amount })));
    assert_eq!(field(&update("TopUp", json!(10)).unwrap(), "amt"), Some("10"));
    assert_eq!(field(&update("Adj", json!("-12.75")).unwrap(), "amt"), Some("-12.75"));
    assert_eq!(field(&update("Settlement", json!("0.01")).unwrap(), "action"), Some("Settlement"));
    for (action, amount) in [("TopUp", json!(0)), ("TopUp", json!(-5)), ("Settlement", json!("-1")), ("Adj", json!("0.00")), ("TopUp", json!("1.001"))] {
        assert_eq!(update(action, amount.clone()).unwrap_err().details[0].0, "amount", "{action} {amount}");
    }
    assert_eq!(update("Topup", json!(10)).unwrap_err().details[0].0, "action");
}

#[test]
fn routes_are_the_documented_ones() {
    assert_eq!(Route::WalletTransactions.path(), "/api/reseller/wallet_txn");
    assert_eq!(Route::CustomerList.repeat(), Repeat::Safe);
    assert_eq!(Route::WalletUpdate.repeat(), Repeat::Never);
    assert_eq!(Route::CustomerCreate.repeat(), Repeat::Never);
    assert_eq!(login_fields("5", "k"), vec![("userid".to_string(), "5".to_string()), ("api_key".to_string(), "k".to_string())]);
    assert_eq!(count_fields(), vec![("show_count".to_string(), "1".to_string())]);
}

/// Found by the fuzzer: `"error": " "` made an `api` error whose message was blank.
#[test]
fn fuzz_regression_a_blank_error_text_is_no_error() {
    let count = result(&reply(r#"{"result":{"count":"57"},"error":" "}"#)).unwrap();
    assert_eq!(count_of(&count), Some(57));
    let e = result(&reply(r#"{"result":null,"error":" customerid is required "}"#)).unwrap_err();
    assert_eq!((e.kind, e.message.as_str()), (ErrorKind::Validation, "customerid is required"));
}

/// Found by the fuzzer: a text where rows belong was repeated in the decode error.
#[test]
fn fuzz_regression_a_decode_error_does_not_repeat_the_result() {
    let e = rows(&result(&reply(r#"{"result":"s3cret-xxxxxxxx","error":null}"#)).unwrap(), types::Customer::COLUMNS).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Decode);
    assert!(!e.message.contains("s3cret"), "{}", e.message);
}
