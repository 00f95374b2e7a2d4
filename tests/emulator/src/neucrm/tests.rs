use super::NeuCrm;
use crate::test_support::{self, urlencoded};
use serde_json::{json, Value};

const NOW: i64 = 1_720_000_000; // 2024-07-03 09:46:40 UTC

fn raw(crm: &mut NeuCrm, method: &str, path: &str, body: &str) -> (u16, Value) {
    let req = test_support::request(method, path, &[("content-type", "application/x-www-form-urlencoded")], body, NOW);
    let resp = crm.handle(&req);
    (resp.status, serde_json::from_slice(&resp.body).unwrap_or(Value::Null))
}

/// A call as login 5 (the ISP 1 user).
fn call(crm: &mut NeuCrm, route: &str, fields: &[(&str, &str)]) -> Value {
    call_as(crm, ("5", "neucrm-demo-key"), route, fields)
}

fn call_as(crm: &mut NeuCrm, login: (&str, &str), route: &str, fields: &[(&str, &str)]) -> Value {
    let mut all = vec![("userid", login.0), ("api_key", login.1)];
    all.extend_from_slice(fields);
    let (status, v) = raw(crm, "POST", &format!("/api/{}", route), &urlencoded(&all));
    assert_eq!(status, 200);
    v
}

fn result(v: &Value) -> &Value {
    assert!(v["error"].is_null(), "{}", v);
    &v["result"]
}

fn error(v: &Value, text: &str) {
    assert_eq!(v, &json!({"result": null, "error": text}));
}

fn ids(v: &Value) -> Vec<String> {
    result(v).as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap().to_string()).collect()
}

fn count(v: &Value) -> u64 {
    result(v)["count"].as_str().unwrap().parse().unwrap()
}

#[test]
fn neucrm_auth_and_routing() {
    let mut crm = NeuCrm::new();
    error(&call_as(&mut crm, ("5", "wrong"), "customer/list", &[]), "Invalid userid or api_key");
    error(&call_as(&mut crm, ("6", "neucrm-demo-key"), "customer/list", &[]), "Invalid userid or api_key");
    error(&call_as(&mut crm, ("admin", "neucrm-demo-key"), "customer/list", &[]), "Invalid userid. Send the numerical user ID, not the username");
    let (_, v) = raw(&mut crm, "POST", "/api/customer/list", "userid=5");
    error(&v, "userid and api_key are required");
    let (_, v) = raw(&mut crm, "POST", "/api/customer/list", "");
    error(&v, "userid and api_key are required");
    let (_, v) = raw(&mut crm, "GET", "/api/customer/list", "");
    error(&v, "Only POST requests are allowed");
    error(&call(&mut crm, "customer/frobnicate", &[]), "Invalid API endpoint");
    let (status, _) = raw(&mut crm, "POST", "/elsewhere", "");
    assert_eq!(status, 404);
    // Garbage never panics.
    let (status, v) = raw(&mut crm, "POST", "/api/customer/list", "%%%&&=\u{1}&userid=5&api_key=neucrm-demo-key&rows_limit=99999999999999999999999");
    assert_eq!(status, 200);
    assert_eq!(result(&v).as_array().unwrap().len(), 57);
}

#[test]
fn neucrm_customer_list_paging_and_count() {
    let mut crm = NeuCrm::new();
    let v = call(&mut crm, "customer/list", &[]);
    assert_eq!(ids(&v), (1001..=1010).map(|i| i.to_string()).collect::<Vec<_>>());
    let row = &result(&v)[0];
    for k in ["id", "ispid", "resellerid", "type", "name", "surname", "dob", "mobile", "email", "uniqueid", "zipcode", "state", "city", "street", "notes", "serviceid", "username", "created", "portal_password_reset_at"] {
        assert!(row[k].is_string(), "{} in {}", k, row);
    }
    assert_eq!(row["ispid"], "1");

    assert_eq!(result(&call(&mut crm, "customer/list", &[("show_count", "1")])), &json!({"count": "57"}));
    assert_eq!(count(&call_as(&mut crm, ("1", "neucrm-admin-key"), "customer/list", &[("show_count", "1")])), 65);
    assert_eq!(count(&call_as(&mut crm, ("6", "neucrm-isp2-key"), "customer/list", &[("show_count", "1")])), 8);
    assert_eq!(count(&call_as(&mut crm, ("7", "neucrm-reseller-key"), "customer/list", &[("show_count", "1")])), 3);
    // show_count ignores paging.
    assert_eq!(count(&call(&mut crm, "customer/list", &[("show_count", "1"), ("rows_limit", "5"), ("rows_offset", "50")])), 57);

    let v = call(&mut crm, "customer/list", &[("rows_limit", "25"), ("rows_offset", "50")]);
    assert_eq!(ids(&v), (1051..=1057).map(|i| i.to_string()).collect::<Vec<_>>());
    let v = call(&mut crm, "customer/list", &[("rows_offset", "57")]);
    assert_eq!(result(&v), &json!([]));
    let v = call(&mut crm, "customer/list", &[("rows_limit", "100")]);
    assert_eq!(ids(&v).len(), 57);
    let v = call(&mut crm, "customer/list", &[("sort_order", "desc"), ("rows_limit", "2")]);
    assert_eq!(ids(&v), ["1057", "1056"]);
    let v = call(&mut crm, "customer/list", &[("sort_field", "name"), ("rows_limit", "100")]);
    let names: Vec<String> = result(&v).as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap().to_lowercase()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    let v = call(&mut crm, "customer/list", &[("sort_field", "email"), ("sort_order", "DESC"), ("rows_limit", "3")]);
    assert_eq!(result(&v).as_array().unwrap().len(), 3);

    error(&call(&mut crm, "customer/list", &[("sort_field", "city")]), "Invalid sort_field. Allowed values are: id, name, mobile, email");
    error(&call(&mut crm, "customer/list", &[("sort_order", "up")]), "Invalid sort_order. Allowed values are: asc, desc");
    error(&call(&mut crm, "customer/list", &[("show_count", "yes")]), "Invalid show_count. Allowed values are: 0, 1");
    error(&call(&mut crm, "customer/list", &[("rows_limit", "0")]), "Invalid rows_limit. Allowed values are: 1 to 100");
    error(&call(&mut crm, "customer/list", &[("rows_limit", "ten")]), "Invalid rows_limit. Allowed values are: 1 to 100");
    error(&call(&mut crm, "customer/list", &[("rows_offset", "-1")]), "Invalid rows_offset");
}

#[test]
fn neucrm_customer_list_filters() {
    let mut crm = NeuCrm::new();
    let v = call(&mut crm, "customer/list", &[("name", "a%"), ("rows_limit", "100")]);
    let rows = result(&v).as_array().unwrap();
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r["name"].as_str().unwrap().to_lowercase().starts_with('a')));
    // Without % the whole name must match (case-insensitively).
    let v = call(&mut crm, "customer/list", &[("name", "AARAV")]);
    assert!(result(&v).as_array().unwrap().iter().all(|r| r["name"] == "Aarav"));
    assert!(!result(&v).as_array().unwrap().is_empty());
    let v = call(&mut crm, "customer/list", &[("username", "r01\\_%"), ("rows_limit", "100")]);
    let rows = result(&v).as_array().unwrap();
    assert!(!rows.is_empty() && rows.iter().all(|r| r["username"].as_str().unwrap().starts_with("r01_") && r["resellerid"] == "1"));
    let v = call(&mut crm, "customer/list", &[("type", "Organisation"), ("show_count", "1")]);
    assert_eq!(count(&v), 11);
    error(&call(&mut crm, "customer/list", &[("type", "Company")]), "Invalid type. Allowed values are: Individual, Organisation");
    let v = call(&mut crm, "customer/list", &[("resellerid", "3")]);
    assert!(result(&v).as_array().unwrap().iter().all(|r| r["resellerid"] == "3"));
    let v = call(&mut crm, "customer/list", &[("customerid", "1005")]);
    assert_eq!(ids(&v), ["1005"]);
    let v = call(&mut crm, "customer/list", &[("serviceid", "5005")]);
    assert_eq!(ids(&v), ["1005"]);
    // Another ISP's customer is invisible to login 5.
    let v = call(&mut crm, "customer/list", &[("customerid", "1060")]);
    assert_eq!(result(&v), &json!([]));
    error(&call(&mut crm, "customer/list", &[("customerid", "x")]), "Invalid customerid");
    let v = call(&mut crm, "customer/list", &[("state", "goa"), ("rows_limit", "100")]);
    assert!(result(&v).as_array().unwrap().iter().all(|r| r["state"] == "Goa"));
    let first = call(&mut crm, "customer/list", &[("customerid", "1002")]);
    let email = result(&first)[0]["email"].as_str().unwrap().to_string();
    let mobile = result(&first)[0]["mobile"].as_str().unwrap().to_string();
    assert_eq!(ids(&call(&mut crm, "customer/list", &[("email", &email)])), ["1002"]);
    assert_eq!(ids(&call(&mut crm, "customer/list", &[("mobile", &mobile)])), ["1002"]);

    let v = call(&mut crm, "customer/list", &[("created_from", "2024-01-01"), ("created_upto", "2024-03-31"), ("rows_limit", "100")]);
    let rows = result(&v).as_array().unwrap();
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| {
        let c = r["created"].as_str().unwrap();
        ("2024-01-01".."2024-04-01").contains(&c)
    }));
    error(&call(&mut crm, "customer/list", &[("created_from", "01-01-2024")]), "Invalid created_from. Use yyyy-mm-dd format");
}

#[test]
fn neucrm_customer_create_update_delete() {
    let mut crm = NeuCrm::new();
    let fields = [
        ("resellerid", "1"),
        ("type", "Individual"),
        ("name", "Some Name"),
        ("mobile", "9812344444"),
        ("email", "some.name@mail.example"),
        ("zipcode", "403001"),
        ("state", "Goa"),
        ("city", "Panaji"),
        ("street", "3rd street"),
        ("dob", "1990-05-17"),
    ];
    let v = call(&mut crm, "customer/create", &fields);
    assert_eq!(result(&v), &json!(1066));
    let v = call(&mut crm, "customer/list", &[("customerid", "1066")]);
    let row = &result(&v)[0];
    assert_eq!(row["name"], "Some Name");
    assert_eq!(row["ispid"], "1");
    assert_eq!(row["resellerid"], "1");
    assert_eq!(row["created"], "2024-07-03 09:46:40");
    assert_eq!(row["serviceid"], "");
    assert_eq!(count(&call(&mut crm, "customer/list", &[("show_count", "1")])), 58);

    // Missing and invalid fields.
    for (i, f) in ["type", "name", "mobile", "email", "zipcode", "state", "city", "street"].iter().enumerate() {
        let mut partial = fields.to_vec();
        partial.remove(i + 1);
        error(&call(&mut crm, "customer/create", &partial), &format!("{} is required", f));
    }
    error(&call(&mut crm, "customer/create", &fields[1..]), "resellerid is required");
    let mut bad = fields.to_vec();
    bad[1] = ("type", "Person");
    error(&call(&mut crm, "customer/create", &bad), "Invalid type. Allowed values are: Individual, Organisation");
    bad = fields.to_vec();
    bad[4] = ("email", "not-an-email");
    error(&call(&mut crm, "customer/create", &bad), "Invalid email");
    bad = fields.to_vec();
    bad[3] = ("mobile", "12ab");
    error(&call(&mut crm, "customer/create", &bad), "Invalid mobile");
    bad = fields.to_vec();
    bad[9] = ("dob", "17/05/1990");
    error(&call(&mut crm, "customer/create", &bad), "Invalid dob. Use yyyy-mm-dd format");
    bad = fields.to_vec();
    bad[0] = ("resellerid", "25"); // a reseller of ISP 2
    error(&call(&mut crm, "customer/create", &bad), "Invalid resellerid");
    let mut with_isp = fields.to_vec();
    with_isp.push(("ispid", "2"));
    error(&call(&mut crm, "customer/create", &with_isp), "Invalid ispid");
    // The super admin must name the ISP; a reseller user needs neither.
    error(&call_as(&mut crm, ("1", "neucrm-admin-key"), "customer/create", &fields), "ispid is required");
    let mut admin = fields.to_vec();
    admin.push(("ispid", "1"));
    assert_eq!(result(&call_as(&mut crm, ("1", "neucrm-admin-key"), "customer/create", &admin)), &json!(1067));
    let v = call_as(&mut crm, ("7", "neucrm-reseller-key"), "customer/create", &fields[1..]);
    assert_eq!(result(&v), &json!(1068));
    let v = call(&mut crm, "customer/list", &[("customerid", "1068")]);
    assert_eq!(result(&v)[0]["resellerid"], "3");

    // Update.
    let v = call(&mut crm, "customer/update", &[("customerid", "1066"), ("street", "2nd street"), ("reset_password", "Y")]);
    assert_eq!(result(&v), &json!("done"));
    let v = call(&mut crm, "customer/list", &[("customerid", "1066")]);
    assert_eq!(result(&v)[0]["street"], "2nd street");
    assert_eq!(result(&v)[0]["name"], "Some Name");
    assert_eq!(result(&v)[0]["portal_password_reset_at"], "2024-07-03 09:46:40");
    error(&call(&mut crm, "customer/update", &[("customerid", "1066"), ("reset_password", "yes")]), "Invalid reset_password. Allowed values are: Y, N");
    error(&call(&mut crm, "customer/update", &[("customerid", "1066"), ("type", "x"), ("name", "Changed")]), "Invalid type. Allowed values are: Individual, Organisation");
    let v = call(&mut crm, "customer/list", &[("customerid", "1066")]);
    assert_eq!(result(&v)[0]["name"], "Some Name", "a refused update changes nothing");
    error(&call(&mut crm, "customer/update", &[("street", "x")]), "customerid is required");
    error(&call(&mut crm, "customer/update", &[("customerid", "999999"), ("street", "x")]), "Customer not found");
    error(&call(&mut crm, "customer/update", &[("customerid", "1060"), ("street", "x")]), "Customer not found");

    // Delete.
    assert_eq!(result(&call(&mut crm, "customer/delete", &[("customerid", "1066")])), &json!("done"));
    error(&call(&mut crm, "customer/delete", &[("customerid", "1066")]), "Customer not found");
    error(&call(&mut crm, "customer/delete", &[]), "customerid is required");
    assert_eq!(result(&call(&mut crm, "customer/list", &[("customerid", "1066")])), &json!([]));
}

#[test]
fn neucrm_reseller_list() {
    let mut crm = NeuCrm::new();
    let v = call(&mut crm, "reseller/list", &[]);
    assert_eq!(ids(&v), (1..=10).map(|i| i.to_string()).collect::<Vec<_>>());
    let row = &result(&v)[2];
    assert_eq!(row["type"], "Franchisee");
    for k in ["id", "ispid", "type", "name", "code", "address", "mobile", "email", "state", "invoice_by", "payment_by", "commission_percent", "credit_limit", "wallet", "created"] {
        assert!(row[k].is_string(), "{}", k);
    }
    assert_eq!(count(&call(&mut crm, "reseller/list", &[("show_count", "1")])), 23);
    assert_eq!(count(&call_as(&mut crm, ("1", "neucrm-admin-key"), "reseller/list", &[("show_count", "1")])), 27);
    assert_eq!(ids(&call(&mut crm, "reseller/list", &[("rows_offset", "20")])), ["21", "22", "23"]);
    assert_eq!(ids(&call_as(&mut crm, ("7", "neucrm-reseller-key"), "reseller/list", &[])), ["3"]);
    assert_eq!(count(&call(&mut crm, "reseller/list", &[("type", "Franchisee"), ("show_count", "1")])), 7);
    let v = call(&mut crm, "reseller/list", &[("payment_by", "ISP+Reseller"), ("rows_limit", "100")]);
    assert!(!ids(&v).is_empty() && result(&v).as_array().unwrap().iter().all(|r| r["payment_by"] == "ISP+Reseller"));
    // A bare + in a form body decodes to a space.
    let (_, v) = raw(&mut crm, "POST", "/api/reseller/list", "userid=5&api_key=neucrm-demo-key&payment_by=ISP+Reseller");
    error(&v, "Invalid payment_by. Allowed values are: ISP, Reseller, ISP+Reseller");
    error(&call(&mut crm, "reseller/list", &[("invoice_by", "isp")]), "Invalid invoice_by. Allowed values are: ISP, Reseller");
    error(&call(&mut crm, "reseller/list", &[("type", "Agent")]), "Invalid type. Allowed values are: Reseller, Franchisee");
    error(&call(&mut crm, "reseller/list", &[("sort_field", "email")]), "Invalid sort_field. Allowed values are: id, ispid, type, name, code, state, wallet");
    let v = call(&mut crm, "reseller/list", &[("name", "pan")]);
    assert_eq!(ids(&v), ["1"]);
    let v = call(&mut crm, "reseller/list", &[("code", "R1"), ("rows_limit", "100")]);
    assert_eq!(ids(&v).len(), 10);
    let v = call(&mut crm, "reseller/list", &[("sort_field", "wallet"), ("sort_order", "desc"), ("rows_limit", "100")]);
    let wallets: Vec<f64> = result(&v).as_array().unwrap().iter().map(|r| r["wallet"].as_str().unwrap().parse().unwrap()).collect();
    assert!(wallets.windows(2).all(|w| w[0] >= w[1]));
    assert!(wallets[0] > 0.0);
}

#[test]
fn neucrm_reseller_create_update_delete() {
    let mut crm = NeuCrm::new();
    let fields = [
        ("name", "Reseller Four"),
        ("code", "R90"),
        ("mobile", "9812344444"),
        ("email", "contact@reseller-four.example"),
        ("country", "India"),
        ("invoice_by", "ISP"),
        ("payment_by", "ISP"),
        ("type", "Franchisee"),
        ("commission_percent", "50"),
        ("credit_limit", "0"),
    ];
    let v = call(&mut crm, "reseller/create", &fields);
    assert_eq!(result(&v), &json!(28));
    let v = call(&mut crm, "reseller/list", &[("resellerid", "28")]);
    let row = &result(&v)[0];
    assert_eq!(row["commission_percent"], "50.00");
    assert_eq!(row["credit_limit"], "0.00");
    assert_eq!(row["wallet"], "0.00");
    assert_eq!(row["ispid"], "1");
    error(&call(&mut crm, "reseller/create", &fields), "Reseller code already exists");

    let mut f = fields.to_vec();
    f[1] = ("code", "R91");
    f.truncate(8);
    error(&call(&mut crm, "reseller/create", &f), "commission_percent is required");
    f.push(("commission_percent", "101"));
    f.push(("credit_limit", "100"));
    error(&call(&mut crm, "reseller/create", &f), "Invalid commission_percent. Allowed values are: 0 to 100");
    f[8] = ("commission_percent", "12.5");
    f[9] = ("credit_limit", "-5");
    error(&call(&mut crm, "reseller/create", &f), "Invalid credit_limit");
    // A plain Reseller needs neither.
    let plain = [("name", "Plain"), ("code", "R92"), ("mobile", "9812344445"), ("email", "plain@resellers.example"), ("invoice_by", "Reseller"), ("payment_by", "ISP+Reseller"), ("type", "Reseller")];
    assert_eq!(result(&call(&mut crm, "reseller/create", &plain)), &json!(29));
    error(&call(&mut crm, "reseller/create", &plain[1..]), "name is required");
    let mut p = plain.to_vec();
    p[1] = ("code", "R93");
    p[6] = ("type", "franchisee");
    error(&call(&mut crm, "reseller/create", &p), "Invalid type. Allowed values are: Reseller, Franchisee");
    p[6] = ("type", "Reseller");
    error(&call_as(&mut crm, ("1", "neucrm-admin-key"), "reseller/create", &p), "ispid is required");
    p.push(("ispid", "2"));
    assert_eq!(result(&call_as(&mut crm, ("1", "neucrm-admin-key"), "reseller/create", &p)), &json!(30));
    error(&call_as(&mut crm, ("7", "neucrm-reseller-key"), "reseller/create", &plain), "Permission denied");

    // Update.
    let v = call(&mut crm, "reseller/update", &[("resellerid", "4"), ("payment_by", "Reseller")]);
    assert_eq!(result(&v), &json!("done"));
    let v = call(&mut crm, "reseller/list", &[("resellerid", "4")]);
    assert_eq!(result(&v)[0]["payment_by"], "Reseller");
    error(&call(&mut crm, "reseller/update", &[("resellerid", "4"), ("payment_by", "Both")]), "Invalid payment_by. Allowed values are: ISP, Reseller, ISP+Reseller");
    error(&call(&mut crm, "reseller/update", &[("resellerid", "4"), ("code", "r05")]), "Reseller code already exists");
    error(&call(&mut crm, "reseller/update", &[("resellerid", "25"), ("name", "x")]), "Reseller not found");
    error(&call(&mut crm, "reseller/update", &[("resellerid", "4"), ("ispid", "2")]), "Invalid ispid");
    error(&call(&mut crm, "reseller/update", &[("name", "x")]), "resellerid is required");

    // Delete.
    error(&call(&mut crm, "reseller/delete", &[("resellerid", "3")]), "Reseller has customers. Delete or move them first");
    assert_eq!(result(&call(&mut crm, "reseller/delete", &[("resellerid", "20")])), &json!("done"));
    error(&call(&mut crm, "reseller/delete", &[("resellerid", "20")]), "Reseller not found");
    assert_eq!(result(&call(&mut crm, "reseller/list", &[("resellerid", "20")])), &json!([]));
}

#[test]
fn neucrm_wallet() {
    let mut crm = NeuCrm::new();
    let total = count(&call(&mut crm, "reseller/wallet_txn", &[("show_count", "1")]));
    assert!(total > 100, "{}", total);
    let v = call(&mut crm, "reseller/wallet_txn", &[("rows_limit", "1000")]);
    assert_eq!(ids(&v).len(), 100, "rows_limit is clamped to 100");
    let v = call(&mut crm, "reseller/credits_usage", &[("resellerid", "3")]);
    let rows = result(&v).as_array().unwrap();
    assert_eq!(rows.len(), 10);
    assert!(rows.iter().all(|r| r["resellerid"] == "3"));
    assert_eq!(rows[0]["txn_code"], "Topup");
    for k in ["id", "ispid", "resellerid", "txn_code", "serviceid", "customerid", "amount", "balance", "description", "created"] {
        assert!(rows[0][k].is_string(), "{}", k);
    }
    let v = call(&mut crm, "reseller/wallet_txn", &[("txn_code", "Invoice"), ("rows_limit", "100")]);
    assert!(result(&v).as_array().unwrap().iter().all(|r| r["txn_code"] == "Invoice" && r["amount"].as_str().unwrap().starts_with('-')));
    error(&call(&mut crm, "reseller/wallet_txn", &[("txn_code", "TopUp")]), "Invalid txn_code. Allowed values are: Invoice, Payment, Topup, Settlement, Adj");
    error(&call(&mut crm, "reseller/wallet_txn", &[("sort_field", "amount")]), "Invalid sort_field. Allowed values are: id");
    let v = call(&mut crm, "reseller/wallet_txn", &[("created_from", "2024-06-01"), ("created_upto", "2024-06-30"), ("rows_limit", "100")]);
    assert!(result(&v).as_array().unwrap().iter().all(|r| r["created"].as_str().unwrap().starts_with("2024-06")));
    // Another ISP's wallet is invisible to login 5.
    assert_eq!(count(&call(&mut crm, "reseller/wallet_txn", &[("resellerid", "24"), ("show_count", "1")])), 0);

    let wallet = |crm: &mut NeuCrm, id: &str| -> String {
        let v = call(crm, "reseller/list", &[("resellerid", id)]);
        result(&v)[0]["wallet"].as_str().unwrap().to_string()
    };
    let before: f64 = wallet(&mut crm, "3").parse().unwrap();
    let last = call(&mut crm, "reseller/wallet_txn", &[("resellerid", "3"), ("sort_order", "desc"), ("rows_limit", "1")]);
    assert_eq!(result(&last)[0]["balance"].as_str().unwrap().parse::<f64>().unwrap(), before);

    assert_eq!(result(&call(&mut crm, "reseller/wallet_update", &[("resellerid", "3"), ("action", "TopUp"), ("amt", "10")])), &json!("done"));
    assert_eq!(wallet(&mut crm, "3"), format!("{:.2}", before + 10.0));
    let last = call(&mut crm, "reseller/wallet_txn", &[("resellerid", "3"), ("sort_order", "desc"), ("rows_limit", "1")]);
    let t = &result(&last)[0];
    assert_eq!(t["txn_code"], "Topup");
    assert_eq!(t["amount"], "10.00");
    assert_eq!(t["balance"], format!("{:.2}", before + 10.0).as_str());
    assert_eq!(t["created"], "2024-07-03 09:46:40");
    assert_eq!(count(&call(&mut crm, "reseller/wallet_txn", &[("show_count", "1")])), total + 1);

    call(&mut crm, "reseller/wallet_update", &[("resellerid", "3"), ("action", "Settlement"), ("amt", "2.5")]);
    assert_eq!(wallet(&mut crm, "3"), format!("{:.2}", before + 7.5));
    call(&mut crm, "reseller/wallet_update", &[("resellerid", "3"), ("action", "Adj"), ("amt", "-0.75")]);
    assert_eq!(wallet(&mut crm, "3"), format!("{:.2}", before + 6.75));
    // A plain reseller's wallet starts at 0.00.
    call(&mut crm, "reseller/wallet_update", &[("resellerid", "1"), ("action", "TopUp"), ("amt", "99.99")]);
    assert_eq!(wallet(&mut crm, "1"), "99.99");

    error(&call(&mut crm, "reseller/wallet_update", &[("resellerid", "3"), ("action", "Topup"), ("amt", "10")]), "Invalid action. Allowed values are: TopUp, Settlement, Adj");
    error(&call(&mut crm, "reseller/wallet_update", &[("resellerid", "3"), ("action", "TopUp"), ("amt", "ten")]), "Invalid amt");
    error(&call(&mut crm, "reseller/wallet_update", &[("resellerid", "3"), ("action", "TopUp"), ("amt", "1.234")]), "Invalid amt");
    error(&call(&mut crm, "reseller/wallet_update", &[("resellerid", "3"), ("action", "TopUp"), ("amt", "-5")]), "Invalid amt. Must be greater than 0");
    error(&call(&mut crm, "reseller/wallet_update", &[("resellerid", "3"), ("action", "Adj"), ("amt", "0")]), "Invalid amt. Must not be 0");
    error(&call(&mut crm, "reseller/wallet_update", &[("resellerid", "3"), ("action", "TopUp")]), "amt is required");
    error(&call(&mut crm, "reseller/wallet_update", &[("resellerid", "3"), ("amt", "1")]), "action is required");
    error(&call(&mut crm, "reseller/wallet_update", &[("resellerid", "99"), ("action", "TopUp"), ("amt", "1")]), "Reseller not found");
    error(&call_as(&mut crm, ("7", "neucrm-reseller-key"), "reseller/wallet_update", &[("resellerid", "3"), ("action", "TopUp"), ("amt", "1")]), "Permission denied");
    assert_eq!(wallet(&mut crm, "3"), format!("{:.2}", before + 6.75));
}

#[test]
fn neucrm_like_matching() {
    use super::like;
    assert!(like("xyz_%", "xyz_abc"));
    assert!(like("xyz\\_%", "xyz_abc"));
    assert!(!like("xyz\\_%", "xyzaabc"));
    assert!(like("%an%", "Ananya"));
    assert!(like("A%A", "ananya"));
    assert!(!like("A%b", "ananya"));
    assert!(like("%", ""));
    assert!(like("", ""));
    assert!(!like("", "a"));
    assert!(like("%%a%%", "bab"));
}
