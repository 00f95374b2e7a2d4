//! Unit tests of the ERP emulation: `cargo test -p switchboard-emulator erp`.

use serde_json::{json, Value};

use super::util;
use super::Erp;
use crate::codec::{base64, base64url, base64url_decode};
use crate::dates;
use crate::forms;
use crate::http::Request;
use crate::test_support;

const NOW: i64 = 1_760_000_000;
const INDEX: &str = "/cms/api_cms/v1.0/index.php";

fn request(method: &str, path: &str, ctype: &str, body: Vec<u8>, now: i64) -> Request {
    test_support::request(method, path, &[("content-type", ctype)], body, now)
}

fn send_at(erp: &mut Erp, body: &Value, now: i64) -> Value {
    let resp = erp.handle(&request(
        "POST",
        INDEX,
        "text/plain",
        body.to_string().into_bytes(),
        now,
    ));
    assert_eq!(resp.status, 200);
    serde_json::from_slice(&resp.body).expect("JSON answer")
}

fn send(erp: &mut Erp, body: &Value) -> Value {
    send_at(erp, body, NOW)
}

fn login_body(action: &str, pwd: &str, otp: &str) -> Value {
    json!({"operation": "curlData", "moduleType": "login", "api_type": "web", "element_data": {
        "action": action, "uname": "demo@example.com", "pwd": pwd, "otp_from": "otp1", "auth_from": "undefined", "auth_code": otp,
    }})
}

fn login(erp: &mut Erp) -> String {
    let a = send(
        erp,
        &login_body("otp_validation_for_app", "erp-demo-1", "123456"),
    );
    a["result"]["data"]["auth_token"]
        .as_str()
        .expect("token")
        .to_string()
}

fn data_at(erp: &mut Erp, token: &str, action: &str, extra: Value, now: i64) -> Value {
    let mut ed = json!({"action": action, "customer_id": "NDQ4MQ=="});
    if let (Some(ed), Value::Object(extra)) = (ed.as_object_mut(), extra) {
        ed.extend(extra);
    }
    let body = json!({"access_token": token, "operation": "curlDatas", "moduleType": "login", "api_type": "web", "element_data": ed});
    send_at(erp, &body, now)
}

fn data(erp: &mut Erp, token: &str, action: &str, extra: Value) -> Value {
    data_at(erp, token, action, extra, NOW)
}

fn rows(v: &Value, key: &str) -> usize {
    v[key].as_array().map(Vec::len).unwrap_or(0)
}

fn currency() -> Value {
    json!({"customer_currency": "USD", "customer_currency_symbol": "US $", "currency_value": "1"})
}

fn with(mut a: Value, b: Value) -> Value {
    if let (Some(a), Value::Object(b)) = (a.as_object_mut(), b) {
        a.extend(b);
    }
    a
}

#[test]
fn erp_login_then_otp_wrong_then_right() {
    let mut erp = Erp::new();
    let bad = send(&mut erp, &login_body("login_validation", "wrong", ""));
    assert_eq!(bad["status"], "false");
    assert_eq!(bad["result"]["data"]["result_state"], "failed");
    assert_eq!(bad["result"]["data"]["error_code"], "INVALID_CREDENTIALS");

    let ok = send(&mut erp, &login_body("login_validation", "erp-demo-1", ""));
    assert_eq!(ok["status"], "true");
    assert_eq!(ok["otp_required"], "1");
    assert_eq!(ok["result"]["data"]["result_state"], "otp_required");
    assert!(ok["result"]["data"].get("auth_token").is_none());

    let bad_pwd = send(
        &mut erp,
        &login_body("otp_validation_for_app", "nope", "123456"),
    );
    assert_eq!(
        bad_pwd["result"]["data"]["error_code"],
        "INVALID_CREDENTIALS"
    );
    let bad_otp = send(
        &mut erp,
        &login_body("otp_validation_for_app", "erp-demo-1", "654321"),
    );
    assert_eq!(bad_otp["status"], "false");
    assert_eq!(bad_otp["result"]["data"]["result_state"], "failed");
    assert_eq!(bad_otp["result"]["data"]["error_code"], "INVALID_OTP");
    assert_ne!(
        bad_otp["result"]["data"]["message"],
        bad_pwd["result"]["data"]["message"]
    );

    let good = send(
        &mut erp,
        &login_body("otp_validation_for_app", "erp-demo-1", "123456"),
    );
    let d = &good["result"]["data"];
    assert_eq!(d["result_state"], "success");
    assert_eq!(d["customer_id_encode"], "NDQ4MQ==");
    let cd = &d["result_data"]["customer_details"];
    assert_eq!(cd["customerId"], "4481");
    for k in [
        "customerName",
        "cus_permission",
        "email",
        "finance_email",
        "reseller_state",
    ] {
        assert!(cd[k].is_string(), "{k}");
    }
    // JWT shape: header.payload.signature, exp = iat + 5 h.
    let token = d["auth_token"].as_str().unwrap();
    let parts: Vec<&str> = token.split('.').collect();
    assert_eq!(parts.len(), 3);
    let header: Value = serde_json::from_slice(&base64url_decode(parts[0]).unwrap()).unwrap();
    assert_eq!(header["alg"], "HS256");
    let payload: Value = serde_json::from_slice(&base64url_decode(parts[1]).unwrap()).unwrap();
    assert_eq!(payload["iat"], NOW);
    assert_eq!(payload["exp"], NOW + 5 * 3600);
    assert!(payload["iss"].is_string() && payload["aud"].is_string());
    assert!(!parts[2].is_empty() && !parts[2].contains('='));
    // The token works.
    assert_eq!(
        data(&mut erp, token, "dashboardCount", json!({}))["status"],
        "true"
    );
}

#[test]
fn erp_login_without_otp_account() {
    let mut erp = Erp::new();
    let body = json!({"operation": "curlData", "moduleType": "login", "api_type": "web",
        "element_data": {"action": "login_validation", "uname": "NoOtp@Example.com", "pwd": "erp-demo-1"}});
    let a = send(&mut erp, &body);
    assert_eq!(a["otp_required"], "0");
    assert_eq!(a["result"]["data"]["result_state"], "success");
    assert_eq!(a["result"]["data"]["customer_id_encode"], "NDQ4Mg==");
    let token = a["result"]["data"]["auth_token"]
        .as_str()
        .unwrap()
        .to_string();
    let body = json!({"access_token": token, "operation": "curlDatas", "moduleType": "login",
        "element_data": {"action": "invoice_list", "customer_id": "4482"}});
    assert_eq!(send(&mut erp, &body), json!({"status": "false"}));
}

#[test]
fn erp_access_denied_and_invalid_module() {
    let mut erp = Erp::new();
    let denied =
        json!({"status": false, "error": {"code": "ACCESS_DENIED", "message": "Invalid token"}});
    let invalid =
        json!({"status": false, "code": "INVALID_MODULE", "message": "Invalid module credentials"});
    assert_eq!(
        data(&mut erp, "not-a-token", "invoice_list", json!({})),
        denied
    );
    assert_eq!(data(&mut erp, "", "invoice_list", json!({})), denied);
    let token = login(&mut erp);
    assert_eq!(
        data_at(
            &mut erp,
            &token,
            "invoice_list",
            json!({}),
            NOW + 5 * 3600 - 1
        )["status"],
        "true"
    );
    assert_eq!(
        data_at(&mut erp, &token, "invoice_list", json!({}), NOW + 5 * 3600),
        denied
    );
    // A token of another installation is unknown here.
    assert_eq!(
        data(&mut Erp::new(), &token, "invoice_list", json!({})),
        denied
    );

    let body = json!({"access_token": token, "operation": "curlDatas", "moduleType": "nope", "element_data": {"action": "invoice_list"}});
    assert_eq!(send(&mut erp, &body), invalid);
    let body = json!({"access_token": token, "operation": "other", "moduleType": "login", "element_data": {"action": "invoice_list"}});
    assert_eq!(send(&mut erp, &body), invalid);
    assert_eq!(data(&mut erp, &token, "no_such_action", json!({})), invalid);
    let body = json!({"access_token": token, "operation": "curlData", "moduleType": "login", "element_data": {"action": "invoice_list"}});
    assert_eq!(send(&mut erp, &body), invalid);
    for raw in [
        &b"{\"operation\": tru"[..],
        b"",
        b"[1,2]",
        b"\xff\xfe",
        b"null",
    ] {
        let resp = erp.handle(&request("POST", INDEX, "text/plain", raw.to_vec(), NOW));
        assert_eq!(resp.status, 200);
        assert_eq!(
            serde_json::from_slice::<Value>(&resp.body).unwrap(),
            invalid
        );
    }
    let resp = erp.handle(&request("GET", INDEX, "", Vec::new(), NOW));
    assert_eq!(
        serde_json::from_slice::<Value>(&resp.body).unwrap(),
        invalid
    );
    assert_eq!(
        erp.handle(&request("POST", "/cms/other.php", "", Vec::new(), NOW))
            .status,
        404
    );
    // The document's doubled-brace body is not JSON.
    let doubled = format!("{{ {} }}", json!({"operation": "ticket"}));
    let resp = erp.handle(&request(
        "POST",
        INDEX,
        "text/plain",
        doubled.into_bytes(),
        NOW,
    ));
    assert_eq!(
        serde_json::from_slice::<Value>(&resp.body).unwrap(),
        invalid
    );
}

#[test]
fn erp_lists_and_paging() {
    let mut erp = Erp::new();
    let t = login(&mut erp);
    let mut seen = Vec::new();
    for (offset, expect) in [("0", 10), ("10", 10), ("20", 7)] {
        let p = data(
            &mut erp,
            &t,
            "invoice_list",
            json!({"type": "paid", "limit": "10", "offset": offset}),
        );
        assert_eq!(p["status"], "true");
        assert_eq!(p["Total"], "27");
        assert_eq!(rows(&p, "List"), expect);
        for r in p["List"].as_array().unwrap() {
            for k in [
                "cus_invoice_no",
                "date",
                "total",
                "currency_name",
                "billerCode",
                "invoice_type",
                "payment_link",
                "license_attach",
            ] {
                assert!(r[k].is_string(), "{k}");
            }
            seen.push(r["cus_invoice_no"].as_str().unwrap().to_string());
        }
    }
    seen.dedup();
    assert_eq!(seen.len(), 27);
    assert_eq!(
        data(
            &mut erp,
            &t,
            "invoice_list",
            json!({"type": "paid", "limit": "10", "offset": "30"})
        ),
        json!({"status": "false"})
    );
    assert_eq!(
        data(&mut erp, &t, "invoice_list", json!({"type": "unpaid"}))["Total"],
        "5"
    );
    let all = data(
        &mut erp,
        &t,
        "invoice_list",
        json!({"limit": 10, "offset": 0}),
    );
    assert_eq!(all["Total"], "32");
    // raw and base64 customer ids agree; another customer's id gives no rows.
    let raw = data(
        &mut erp,
        &t,
        "invoice_list",
        json!({"customer_id": "4481", "limit": "10", "offset": "0"}),
    );
    assert_eq!(raw, all);
    assert_eq!(
        data(&mut erp, &t, "invoice_list", json!({"customer_id": "ODA="})),
        json!({"status": "false"})
    );
    assert_eq!(
        data(
            &mut erp,
            &t,
            "invoice_list",
            json!({"customer_id": "NDQ4MQ"})
        )["Total"],
        "32"
    );

    for (action, key, total) in [
        ("license_list", "License_List", "12"),
        ("credit_note", "Credit_note", "13"),
        ("prepaid_note", "Prepaid_note", "4"),
        ("deal_registration", "Deal_registration", "3"),
        ("enquiry_leads", "Leads", "5"),
        ("angular_referral", "Referral", "14"),
        ("call_balance", "call_balance_list", "3"),
        ("news_events", "News_events", "12"),
        ("cms_user", "CMS_user", "2"),
        ("cms_user_details", "Menu_list", "9"),
        ("viewall_extension", "CMS_extension", "6"),
        ("open_ticket", "open", "23"),
        ("closed_ticket", "closed", "9"),
    ] {
        let a = data(&mut erp, &t, action, json!({"limit": "10", "offset": "0"}));
        assert_eq!(a["status"], "true", "{action}");
        assert_eq!(a["Total"], total, "{action}");
        assert_eq!(
            rows(&a, key),
            total.parse::<usize>().unwrap().min(10),
            "{action}"
        );
    }
    let notes = data(&mut erp, &t, "credit_note", json!({}));
    for k in ["Docnumber", "Date", "Totalamt", "Balanceamt"] {
        assert!(notes["Credit_note"][0][k].is_string());
    }
    let lic = data(&mut erp, &t, "license_list", json!({"customer_id": "4481"}));
    assert_eq!(lic["License_List"][0]["license_key"], "EM01-PR08-4481-A1B2");
    let open = data(
        &mut erp,
        &t,
        "open_ticket",
        json!({"limit": "10", "offset": "20"}),
    );
    assert_eq!(rows(&open, "open"), 3);
    for k in ["ticketnumber", "dept", "dates"] {
        assert!(open["open"][0][k].is_string());
    }

    let dash = data(&mut erp, &t, "dashboardCount", json!({}));
    assert_eq!(dash["List"]["invoice_cnt"], "32");
    assert_eq!(dash["List"]["license_detail_cnt"], "12");
    assert_eq!(dash["List"]["credit_note_cnt"], "13");
    assert!(dash["List"]["customer_available_credit"]
        .as_str()
        .unwrap()
        .contains('.'));
    let count = data(&mut erp, &t, "ticket_count", json!({}));
    assert_eq!(
        count["List"],
        json!({"open_ticket_cnt": "23", "closed_ticket_cnt": "9", "total_ticket_cnt": "32"})
    );
    let cd = send(
        &mut erp,
        &json!({"access_token": t, "operation": "curlData", "moduleType": "login",
        "element_data": {"action": "customer_data", "customer_id": "NDQ4MQ=="}}),
    );
    assert_eq!(cd["customer_id"], "4481");
    assert!(cd["customer_data"]["customerCode"].is_string());
}

#[test]
fn erp_users_and_extensions() {
    let mut erp = Erp::new();
    let t = login(&mut erp);
    let v = data(
        &mut erp,
        &t,
        "cms_user_validation",
        json!({"cms_user_name": "ops@emu-networks.example"}),
    );
    assert_eq!(v["status"], "false");
    let v = data(
        &mut erp,
        &t,
        "cms_user_validation",
        json!({"cms_user_name": "new@emu-networks.example"}),
    );
    assert_eq!(v["status"], "true");
    let ins = data(
        &mut erp,
        &t,
        "cms_user_insert",
        json!({"cms_user_name": "new", "log_userName": "@emu-networks.example", "cus_permission": "1,2"}),
    );
    assert_eq!(ins["status"], "true");
    assert_eq!(ins["cms_user_name"], "new@emu-networks.example");
    let id = ins["cms_user_id"].as_str().unwrap().to_string();
    assert_eq!(
        data(
            &mut erp,
            &t,
            "cms_user_insert",
            json!({"cms_user_name": "new@emu-networks.example"})
        )["status"],
        "false"
    );
    assert_eq!(data(&mut erp, &t, "cms_user", json!({}))["Total"], "3");
    let ed = data(&mut erp, &t, "cms_user_edit", json!({"cms_user_id": id}));
    assert_eq!(ed["CMS_user"][0]["cus_permission"], "1,2");
    let ed = data(
        &mut erp,
        &t,
        "cms_user_edit",
        json!({"cms_user_id": id, "cus_permission": "1,2,3"}),
    );
    assert_eq!(ed["CMS_user"][0]["cus_permission"], "1,2,3");
    assert_eq!(
        data(&mut erp, &t, "cms_userdelete", json!({"cms_user_id": id}))["status"],
        "true"
    );
    assert_eq!(
        data(&mut erp, &t, "cms_userdelete", json!({"cms_user_id": id}))["status"],
        "false"
    );
    assert_eq!(data(&mut erp, &t, "cms_user", json!({}))["Total"], "2");

    let add = data(
        &mut erp,
        &t,
        "add_extension",
        json!({"extn_no": "207", "extn_name": "Lab"}),
    );
    assert_eq!(add["status"], "true");
    let eid = add["extn_name_id"].as_str().unwrap().to_string();
    assert_eq!(
        data(
            &mut erp,
            &t,
            "add_extension",
            json!({"extn_no": "207", "extn_name": "Dup"})
        )["status"],
        "false"
    );
    assert_eq!(
        data(
            &mut erp,
            &t,
            "add_extension",
            json!({"extn_no": "", "extn_name": ""})
        )["status"],
        "false"
    );
    let ed = data(&mut erp, &t, "edit_extension", json!({"extn_name_id": eid}));
    assert_eq!(
        ed["CMS_extension"][0],
        json!({"extn_name_id": eid, "extn_name": "Lab", "extn_no": "207"})
    );
    let up = data(
        &mut erp,
        &t,
        "update_extension_info",
        json!({"customer_id": null, "customer_id_hd": "4481", "extn_name_id": eid, "extn_no": "208", "extn_name": "Lab 2"}),
    );
    assert_eq!(up["status"], "true");
    let list = data(&mut erp, &t, "viewall_extension", json!({}));
    assert_eq!(list["Total"], "7");
    assert!(list["CMS_extension"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["extn_no"] == "208" && e["extn_name"] == "Lab 2"));
}

#[test]
fn erp_license_order_flow_and_cart() {
    let mut erp = Erp::new();
    let t = login(&mut erp);
    assert_eq!(
        data(&mut erp, &t, "viewcartlist", json!({})),
        json!({"status": "false"})
    );
    let oo = data(
        &mut erp,
        &t,
        "online_order",
        json!({"product_sale_type": "new"}),
    );
    assert_eq!(oo["status"], "true");
    assert_eq!(rows(&oo, "Edition"), 2);
    let cx = oo["Customer_3cx_data"].clone();
    let back = with(
        json!({"api_key": cx["Apikey"], "reseller_id": cx["Resellerid"], "customer_currency": cx["Customer_currency"],
            "customer_currency_symbol": cx["Currency_symbol"], "currency_value": cx["Currency_value"]}),
        json!({"edition_key": "3CXPSPROFENT"}),
    );
    let ec = data(&mut erp, &t, "edition_change", back.clone());
    assert_eq!(ec["status"], "true");
    let opt16 = ec["Options"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["simultaneous_call"] == "16")
        .unwrap()
        .clone();
    assert_eq!(opt16["value"], "16/1033.50");
    assert_eq!(
        data(
            &mut erp,
            &t,
            "edition_change",
            with(back.clone(), json!({"api_key": "wrong"}))
        )["status"],
        "false"
    );
    let cl = data(
        &mut erp,
        &t,
        "concurrent_license_change",
        with(back.clone(), json!({"simultaneous_call": opt16["value"]})),
    );
    assert_eq!(cl["status"], "true");
    let o = &cl["Options"][0];
    assert_eq!(o["temp_price"], "1033.50");
    assert_eq!(o["temp_maintenace_price"], "310.05");

    let new_line = data(
        &mut erp,
        &t,
        "insert_cart",
        json!({
            "customer_id": "4481", "product_sale_type": "new", "quantity": "1", "maintenance": "0", "simultaneous_call": "16",
            "llicense_key": "", "edition_key": "3CXPSPROFENT", "dicountPercentage": "20", "temp_price": o["temp_price"],
            "actual_price": o["actual_price"], "perpetual": "1", "edition": "Enterprise", "temp_maintenace_price": o["temp_maintenace_price"],
        }),
    );
    assert_eq!(new_line["status"], "true");
    let new_id = new_line["cart_id"].as_str().unwrap().to_string();

    // Upgrade of a Professional 8 SC license.
    let key = "EM01-PR08-4481-A1B2";
    let pu = data(
        &mut erp,
        &t,
        "price_information_upgrade",
        with(
            currency(),
            json!({"product_sale_type": "upgrade", "license_key": key}),
        ),
    );
    assert_eq!(pu["status"], "true");
    assert_eq!(pu["current_simultaneous_call"], "8");
    let target = pu["Simultaneouscall"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["edition_key"] == "3CXPSPROFENT" && o["simultaneous_call"] == "64")
        .unwrap()
        .clone();
    assert_eq!(target["actual_price"], "3238.50"); // 3633.50 - 395.00
    let sc = data(
        &mut erp,
        &t,
        "simultaneous_call_change",
        with(
            currency(),
            json!({
                "product_sale_type": "upgrade", "license_key": key, "edition": "3CXPSPROFENT/Enterprise",
                "simultaneous_call": target["value"], "actual_price": target["actual_price"], "temp_price": target["temp_price"],
                "perpetual": "1", "maintenance": "0", "quantity": "1", "temp_maintenace_price": "0",
            }),
        ),
    );
    assert_eq!(sc["status"], "true");
    assert_eq!(sc["temp_price"], "3238.50");
    let up_line = data(
        &mut erp,
        &t,
        "insert_cart",
        json!({
            "product_sale_type": "upgrade", "quantity": "1", "maintenance": "0", "simultaneous_call": "64", "license_key": key,
            "edition_key": "3CXPSPROFENT", "dicountPercentage": "20", "temp_price": "3238.50", "actual_price": "3238.50",
            "perpetual": "1", "edition": "Enterprise", "temp_maintenace_price": "0",
        }),
    );
    assert_eq!(up_line["status"], "true");
    // Not an upgrade: smaller.
    let down = data(
        &mut erp,
        &t,
        "simultaneous_call_change",
        with(
            currency(),
            json!({"license_key": key, "edition": "3CXPSPROF", "simultaneous_call": "4"}),
        ),
    );
    assert_eq!(down["status"], "false");
    // The largest license cannot be upgraded; an unknown key is refused.
    assert_eq!(
        data(
            &mut erp,
            &t,
            "price_information_upgrade",
            with(currency(), json!({"license_key": "EM12-EN1K-4481-Y5Z6"}))
        )["status"],
        "false"
    );
    assert_eq!(
        data(
            &mut erp,
            &t,
            "price_information_upgrade",
            with(currency(), json!({"license_key": "NOPE"}))
        )["status"],
        "false"
    );

    // Renewal, in another currency.
    let rn = data(
        &mut erp,
        &t,
        "anual_renew_maintenance",
        json!({
        "product_sale_type": "maintenance", "license_key": "EM03-PR64-4481-E5F6",
        "customer_currency": "SGD", "customer_currency_symbol": "S$", "currency_value": "1.5"}),
    );
    assert_eq!(rn["status"], "true");
    assert_eq!(rn["Edition"], "3CXPSPROF");
    assert_eq!(rn["simultaneousCalls"], "64");
    assert_eq!(rn["temp_price"], "1257.75"); // 2795.00 * 0.3 * 1.5
    assert_eq!(rn["price_data"], "SGD 1,257.75");
    let mt = data(
        &mut erp,
        &t,
        "insert_cart",
        json!({
            "product_sale_type": "maintenance", "quantity": "1", "maintenance": "1", "simultaneous_call": rn["simultaneousCalls"],
            "license_key": "EM03-PR64-4481-E5F6", "edition_key": rn["edition_key"], "dicountPercentage": rn["discount"],
            "temp_price": "838.50", "actual_price": "838.50", "perpetual": rn["Perpetual"], "edition": rn["edition"],
            "temp_maintenace_price": "0",
        }),
    );
    assert_eq!(mt["status"], "true");
    assert_eq!(mt["Total"], "3");

    let cart = data(&mut erp, &t, "viewcartlist", json!({}));
    assert_eq!(cart["status"], "true");
    assert_eq!(rows(&cart, "options"), 3);
    assert_eq!(cart["grand_total_value"], "5110.50"); // 1033.50 + 3238.50 + 838.50
    assert_eq!(rows(&cart, "payment_gateway"), 3);
    assert!(cart["Customer_data"]["customerName"].is_string());
    assert_eq!(data(&mut erp, &t, "getcartlist", json!({})), cart);

    let rm = data(&mut erp, &t, "remove_cart", json!({"select_chk": new_id}));
    assert_eq!(rm["status"], "true");
    let cart = data(&mut erp, &t, "viewcartlist", json!({"customer_id": "4481"}));
    assert_eq!(rows(&cart, "options"), 2);
    assert_eq!(cart["grand_total_value"], "4077.00");
    assert_eq!(
        data(&mut erp, &t, "remove_cart", json!({"select_chk": new_id}))["status"],
        "false"
    );
    let ids: Vec<String> = cart["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["cart_id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        data(
            &mut erp,
            &t,
            "remove_cart",
            json!({"select_chk": ids.join(",")})
        )["Total"],
        "0"
    );
    assert_eq!(
        data(&mut erp, &t, "viewcartlist", json!({})),
        json!({"status": "false"})
    );
    assert_eq!(
        data(&mut erp, &t, "dashboardCount", json!({}))["List"]["cart_cnt"],
        "0"
    );

    // Extra maintenance years and quantity count in the line total.
    data(
        &mut erp,
        &t,
        "insert_cart",
        json!({"product_sale_type": "new", "quantity": "2", "maintenance": "2",
        "simultaneous_call": "4", "edition_key": "3CXPSPROF", "temp_price": "195.00", "temp_maintenace_price": "58.50"}),
    );
    assert_eq!(
        data(&mut erp, &t, "viewcartlist", json!({}))["grand_total_value"],
        "624.00"
    );
    // Refusals.
    for bad in [
        json!({"product_sale_type": "gift", "simultaneous_call": "4", "edition_key": "3CXPSPROF", "temp_price": "1"}),
        json!({"product_sale_type": "new", "simultaneous_call": "5", "edition_key": "3CXPSPROF", "temp_price": "1"}),
        json!({"product_sale_type": "new", "simultaneous_call": "4", "edition_key": "3CXNOPE", "temp_price": "1"}),
        json!({"product_sale_type": "new", "simultaneous_call": "4", "edition_key": "3CXPSPROF", "temp_price": "abc"}),
        json!({"product_sale_type": "upgrade", "simultaneous_call": "64", "edition_key": "3CXPSPROF", "temp_price": "1", "license_key": "NOPE"}),
        json!({"product_sale_type": "new", "simultaneous_call": "4", "edition_key": "3CXPSPROF", "temp_price": "1", "quantity": "99999999999"}),
    ] {
        assert_eq!(data(&mut erp, &t, "insert_cart", bad)["status"], "false");
    }
}

fn multipart(fields: &[(&str, &str)], files: &[(&str, &str, &[u8])]) -> (String, Vec<u8>) {
    let boundary = "----emuBoundary7MA4YWxkTrZu0gW";
    let files: Vec<(&str, &str, &str, &[u8])> = files
        .iter()
        .map(|&(field, name, data)| (field, name, "application/octet-stream", data))
        .collect();
    (
        format!("multipart/form-data; boundary={boundary}"),
        test_support::multipart(boundary, fields, &files),
    )
}

#[test]
fn erp_tickets_create_view_reply() {
    let mut erp = Erp::new();
    let t = login(&mut erp);
    // Detail of a seeded ticket, by number and by id.
    let first = data(&mut erp, &t, "open_ticket", json!({"limit": "1"}));
    let number = first["open"][0]["ticketnumber"]
        .as_str()
        .unwrap()
        .to_string();
    let id = first["open"][0]["ticket_id"].as_str().unwrap().to_string();
    let info_body = |key: &str| {
        json!({"access_token": t, "operation": "ticket", "moduleType": "ticket", "api_type": "web",
        "element_data": {"action": "getTicketInfo", "ticket_id": key}})
    };
    let info = send(&mut erp, &info_body(&number));
    assert_eq!(info["result"]["status"], true);
    let tk = &info["result"]["data"]["ticket"];
    assert_eq!(tk["ticket_number"], number.as_str());
    assert!(tk["user_email"]["address"].is_string());
    assert!(tk["thread_entries"].as_array().unwrap().len() >= 3);
    assert!(tk["thread_entries"][0]["model"]["created"].is_string());
    assert!(tk["thread_entries"][0]["model"]["poster"].is_string());
    for k in [
        "ticket_status",
        "priority",
        "department",
        "create_timestamp",
        "user_name",
        "source",
        "due_timestamp",
        "help_topic",
        "last_message_timestamp",
        "last_response_timestamp",
    ] {
        assert!(tk[k].is_string(), "{k}");
    }
    assert!(tk["assigned_to"].is_array());
    assert!(info["result"]["data"]["staff_avatar"].is_string());
    assert_eq!(
        send(&mut erp, &info_body(&id))["result"]["data"]["ticket"]["ticket_number"],
        number.as_str()
    );
    assert_eq!(send(&mut erp, &info_body("1"))["result"]["status"], false);
    let mut bad = info_body(&number);
    bad["access_token"] = json!("x");
    assert_eq!(send(&mut erp, &bad)["error"]["code"], "ACCESS_DENIED");

    // JSON creation.
    let created = send(
        &mut erp,
        &json!({"access_token": t, "operation": "curlData", "moduleType": "login", "api_type": "web",
        "element_data": {"action": "create_ticket", "action_info": "add_ticket", "name": "Emu Networks", "email": "demo@example.com",
            "dept_id": "5", "ss": "Phones reboot", "message": "All desk phones rebooted at noon.", "custs_id": "4481", "custs_code": "EMU-4481"}}),
    );
    assert_eq!(created["status"], "true");
    let num = created["ticketnumber"].as_str().unwrap().to_string();
    let open = data_at(
        &mut erp,
        &t,
        "open_ticket",
        json!({"limit": "10", "offset": "0"}),
        NOW + 10,
    );
    assert_eq!(open["Total"], "24");
    assert_eq!(open["open"][0]["ticketnumber"], num.as_str());
    assert_eq!(open["open"][0]["dept"], "Support");
    let refused = send(
        &mut erp,
        &json!({"access_token": t, "operation": "curlData", "moduleType": "login",
        "element_data": {"action": "create_ticket", "ss": "", "message": "x"}}),
    );
    assert_eq!(refused["status"], "false");
    let unauth = send(
        &mut erp,
        &json!({"operation": "curlData", "moduleType": "login",
        "element_data": {"action": "create_ticket", "ss": "a", "message": "b"}}),
    );
    assert_eq!(unauth["error"]["code"], "ACCESS_DENIED");

    // Multipart creation with two files.
    let (ctype, body) = multipart(
        &[
            ("name", "Emu Networks"),
            ("email", "demo@example.com"),
            ("dept_id", "3"),
            ("ss", "Trunk down"),
            ("message", "SIP trunk is unregistered"),
            ("custs_id", "NDQ4MQ=="),
            ("custs_code", "EMU-4481"),
            ("action_info", "add_ticket"),
            ("action", "create_ticket"),
            ("operation", "curlData"),
            ("access_token", &t),
            ("moduleType", "login"),
            ("api_type", "web"),
        ],
        &[
            (
                "attachment[0]",
                "trace.pcap",
                b"\x00\x01binary\r\n--not-a-boundary",
            ),
            ("attachment[1]", "notes.txt", b"hello"),
        ],
    );
    let resp = erp.handle(&request(
        "POST",
        "/cms/api_cms/v1.0/index_new.php",
        &ctype,
        body,
        NOW + 20,
    ));
    let mp: Value = serde_json::from_slice(&resp.body).unwrap();
    assert_eq!(mp["status"], "true", "{mp}");
    assert_eq!(mp["attachments"], "2");
    let mp_num = mp["ticketnumber"].as_str().unwrap().to_string();
    let info = send(&mut erp, &info_body(&mp_num));
    let atts = &info["result"]["data"]["ticket"]["thread_entries"][0]["model"]["attachments"];
    assert_eq!(atts[0]["name"], "trace.pcap");
    assert_eq!(atts[0]["size"], "26");
    assert_eq!(atts[1]["name"], "notes.txt");
    assert_eq!(
        info["result"]["data"]["ticket"]["department"],
        "Technical Support"
    );
    assert_eq!(
        data(&mut erp, &t, "ticket_count", json!({}))["List"]["open_ticket_cnt"],
        "25"
    );
    // Multipart without a token is refused.
    let (ctype, body) = multipart(
        &[
            ("action", "create_ticket"),
            ("operation", "curlData"),
            ("moduleType", "login"),
            ("ss", "a"),
            ("message", "b"),
        ],
        &[],
    );
    let resp = erp.handle(&request(
        "POST",
        "/cms/api_cms/v1.0/index_new.php",
        &ctype,
        body,
        NOW,
    ));
    assert_eq!(
        serde_json::from_slice::<Value>(&resp.body).unwrap()["error"]["code"],
        "ACCESS_DENIED"
    );

    // Reply (multipart) reopens a closed ticket and adds an entry.
    let closed = data(&mut erp, &t, "closed_ticket", json!({"limit": "1"}));
    let cnum = closed["closed"][0]["ticketnumber"]
        .as_str()
        .unwrap()
        .to_string();
    let before = send(&mut erp, &info_body(&cnum))["result"]["data"]["ticket"]["thread_entries"]
        .as_array()
        .unwrap()
        .len();
    let (ctype, body) = multipart(
        &[
            ("ticket_number", &cnum),
            ("message", "Still broken"),
            ("action", "reply_ticket"),
            ("operation", "ticket"),
            ("moduleType", "ticket"),
            ("access_token", &t),
        ],
        &[("attachment", "log.txt", b"x")],
    );
    let resp = erp.handle(&request(
        "POST",
        "/cms/api_cms/v1.0/index_new.php",
        &ctype,
        body,
        NOW + 30,
    ));
    assert_eq!(
        serde_json::from_slice::<Value>(&resp.body).unwrap()["status"],
        "true"
    );
    let after = send(&mut erp, &info_body(&cnum));
    assert_eq!(
        after["result"]["data"]["ticket"]["thread_entries"]
            .as_array()
            .unwrap()
            .len(),
        before + 1
    );
    assert_eq!(after["result"]["data"]["ticket"]["ticket_status"], "Open");
    assert_eq!(data(&mut erp, &t, "closed_ticket", json!({}))["Total"], "8");
}

#[test]
fn erp_never_panics_on_odd_input() {
    let mut erp = Erp::new();
    let t = login(&mut erp);
    let odd = [
        json!(null),
        json!(""),
        json!(-1),
        json!("-5"),
        json!(1e300),
        json!([1]),
        json!({"a": 1}),
        json!("99999999999999999999999"),
    ];
    let actions = [
        "invoice_list",
        "license_list",
        "insert_cart",
        "remove_cart",
        "edition_change",
        "concurrent_license_change",
        "price_information_upgrade",
        "simultaneous_call_change",
        "anual_renew_maintenance",
        "cms_user_insert",
        "cms_user_edit",
        "add_extension",
        "update_extension_info",
        "open_ticket",
        "create_ticket",
        "viewcartlist",
    ];
    for a in actions {
        for v in &odd {
            let extra = json!({"customer_id": v, "limit": v, "offset": v, "temp_price": v, "quantity": v, "simultaneous_call": v,
                "license_key": v, "edition_key": v, "currency_value": v, "customer_currency": v, "select_chk": v, "extn_no": v});
            let _ = data(&mut erp, &t, a, extra);
        }
    }
    let late = send_at(
        &mut erp,
        &login_body("otp_validation_for_app", "erp-demo-1", "123456"),
        i64::MAX - 10,
    );
    let late = late["result"]["data"]["auth_token"]
        .as_str()
        .unwrap()
        .to_string();
    let _ = data_at(
        &mut erp,
        &late,
        "create_ticket",
        json!({"ss": "a", "message": "b"}),
        i64::MAX - 5,
    );
    let _ = data_at(
        &mut erp,
        &late,
        "anual_renew_maintenance",
        with(currency(), json!({"license_key": "EM01-PR08-4481-A1B2"})),
        i64::MAX - 5,
    );
    let _ = data_at(&mut erp, &late, "open_ticket", json!({}), i64::MAX - 5);
    let big = data(
        &mut erp,
        &t,
        "invoice_list",
        json!({"limit": "18446744073709551615", "offset": "18446744073709551615"}),
    );
    assert_eq!(big, json!({"status": "false"}));
    for body in [&b"--x\r\n"[..], b"", b"garbage", b"a=b&c=%zz&%41=%4"] {
        for ct in [
            "multipart/form-data; boundary=x",
            "multipart/form-data",
            "application/x-www-form-urlencoded",
            "",
        ] {
            let r = erp.handle(&request(
                "POST",
                "/cms/api_cms/v1.0/index_new.php",
                ct,
                body.to_vec(),
                NOW,
            ));
            assert_eq!(r.status, 200);
        }
    }
}

#[test]
fn erp_util_helpers() {
    assert_eq!(base64(b"4481"), "NDQ4MQ==");
    assert_eq!(base64(b"80"), "ODA=");
    assert_eq!(util::customer_id("NDQ4MQ=="), Some(4481));
    assert_eq!(util::customer_id("NDgwNQ==="), Some(4805));
    assert_eq!(util::customer_id("4481"), Some(4481));
    assert_eq!(util::customer_id("!!"), None);
    assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
    assert_eq!(dates::date(1_704_067_200), "2024-01-01");
    assert_eq!(dates::datetime(1_709_251_199), "2024-02-29 23:59:59");
    assert_eq!(util::money_grouped(123_456_789), "1,234,567.89");
    assert_eq!(util::parse_money("2,173.00"), Some(217_300));
    assert_eq!(
        forms::parse_urlencoded(b"a=1+2&b=%41%zz"),
        vec![("a".into(), "1 2".into()), ("b".into(), "A%zz".into())]
    );
}
