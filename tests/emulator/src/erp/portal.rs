//! Login / OTP, customer data, the dashboard, the read-only lists, portal users and extensions.

use serde_json::{json, Map, Value};

use crate::codec::base64;
use crate::dates::date;
use super::shop::edition_name;
use super::util::{self, field, field_any, money, parse_money};
use super::{fail, no_rows, page, Call, CmsUser, Customer, Erp, Extension, OTP};

/// The menus a portal user's `cus_permission` (comma-separated ids) can grant.
const MENUS: [(&str, &str, &str); 9] = [
    ("1", "Dashboard", "dashboard"),
    ("2", "Invoices", "invoice"),
    ("3", "Licenses", "license"),
    ("4", "Credit notes", "credit_note"),
    ("5", "Prepaid notes", "prepaid_note"),
    ("6", "Support tickets", "ticket"),
    ("7", "Extensions", "extension"),
    ("8", "Shopping cart", "cart"),
    ("9", "Call balance", "call_balance"),
];

fn login_failed(code: &str, message: &str) -> Value {
    json!({
        "status": "false",
        "message": message,
        "result": {"data": {"result_state": "failed", "error_code": code, "message": message}},
    })
}

/// The account matching `uname`/`pwd` (user name case-insensitive).
fn account(erp: &Erp, ed: &Map<String, Value>) -> Option<(u32, bool, String)> {
    let uname = field(ed, "uname")?;
    let pwd = util::text(ed, "pwd")?;
    erp.accounts
        .iter()
        .find(|a| a.username.eq_ignore_ascii_case(&uname) && a.password == pwd)
        .map(|a| (a.customer_id, a.otp, a.username.clone()))
}

fn customer_details(c: &Customer) -> Value {
    json!({
        "customerId": c.id.to_string(),
        "customerName": c.name,
        "customerCode": c.code,
        "cus_permission": c.permission,
        "email": c.email,
        "finance_email": c.finance_email,
        "phone": c.phone,
        "reseller_state": "0",
        "reseller_dashboard": "0",
        "system_discount_3cx": "0",
        "reseller_dis_per": c.reseller.discount,
        "currency_name": c.reseller.currency,
    })
}

fn login_success(
    erp: &mut Erp,
    customer_id: u32,
    username: &str,
    ed: &Map<String, Value>,
    now: i64,
) -> Value {
    let token = erp.issue_token(customer_id, username, now);
    let details = erp
        .customers
        .get(&customer_id)
        .map(customer_details)
        .unwrap_or(Value::Null);
    let flag = |k: &str| {
        if field(ed, k).as_deref() == Some("1") {
            "1"
        } else {
            "0"
        }
    };
    json!({
        "status": "true",
        "result_finger_chk_state": flag("finger_chk"),
        "result_qrcode_chk_state": flag("qrcode_chk"),
        "result": {"data": {
            "result_state": "success",
            "auth_token": token,
            "customer_id_encode": base64(customer_id.to_string().as_bytes()),
            "result_data": {"customer_details": details},
        }},
    })
}

/// `login_validation`: checks the credentials and says whether an OTP is needed.
pub fn login_validation(erp: &mut Erp, ed: &Map<String, Value>, now: i64) -> Value {
    let Some((customer_id, otp, username)) = account(erp, ed) else {
        return login_failed("INVALID_CREDENTIALS", "Invalid username or password");
    };
    if otp {
        let message = "An OTP has been sent to your registered e-mail address";
        return json!({
            "status": "true",
            "otp_required": "1",
            "message": message,
            "result": {"data": {"result_state": "otp_required", "message": message}},
        });
    }
    let mut answer = login_success(erp, customer_id, &username, ed, now);
    answer["otp_required"] = json!("0");
    answer
}

/// `otp_validation_for_app`: credentials plus OTP → token.
pub fn otp_validation(erp: &mut Erp, ed: &Map<String, Value>, now: i64) -> Value {
    let Some((customer_id, otp, username)) = account(erp, ed) else {
        return login_failed("INVALID_CREDENTIALS", "Invalid username or password");
    };
    if otp && field(ed, "auth_code").as_deref() != Some(OTP) {
        return login_failed("INVALID_OTP", "Invalid OTP");
    }
    login_success(erp, customer_id, &username, ed, now)
}

/// `customer_data`.
pub fn customer_data(erp: &mut Erp, call: &Call) -> Value {
    let Some(c) = erp.own_customer(call) else {
        return no_rows();
    };
    json!({
        "status": "true",
        "customer_id": c.id.to_string(),
        "customer_id_encode": base64(c.id.to_string().as_bytes()),
        "email_id": c.email,
        "customer_data": {
            "customerCode": c.code,
            "customerName": c.name,
            "customerAddress1": c.address1,
            "city": c.city,
            "state": c.state,
            "country": c.country,
            "email": c.email,
            "finance_email": c.finance_email,
            "phone": c.phone,
        },
    })
}

fn sum(rows: &[Value], key: &str) -> i64 {
    rows.iter()
        .filter_map(|r| r.get(key).and_then(Value::as_str).and_then(parse_money))
        .sum()
}

/// `dashboardCount`: live counts.
pub fn dashboard_count(erp: &mut Erp, call: &Call) -> Value {
    let Some(c) = erp.own_customer(call) else {
        return no_rows();
    };
    let unpaid = c
        .invoices
        .iter()
        .filter(|r| r["invoice_status"] == "unpaid")
        .count();
    let open = c.tickets.iter().filter(|t| t.open).count();
    let credit = sum(&c.credit_notes, "Balanceamt") + sum(&c.prepaid_notes, "Balanceamt");
    json!({
        "status": "true",
        "List": {
            "invoice_cnt": c.invoices.len().to_string(),
            "unpaid_invoice_cnt": unpaid.to_string(),
            "license_detail_cnt": c.licenses.len().to_string(),
            "credit_note_cnt": c.credit_notes.len().to_string(),
            "prepaid_note_cnt": c.prepaid_notes.len().to_string(),
            "deal_registration_cnt": c.deals.len().to_string(),
            "enquiry_leads_cnt": c.leads.len().to_string(),
            "referral_cnt": c.referrals.len().to_string(),
            "open_ticket_cnt": open.to_string(),
            "closed_ticket_cnt": (c.tickets.len() - open).to_string(),
            "cart_cnt": c.cart.len().to_string(),
            "extension_cnt": c.extensions.len().to_string(),
            "customer_available_credit": money(credit),
            "currency_name": c.reseller.currency,
        },
    })
}

/// The read-only lists: invoices, licenses, notes, deals, leads, referrals, call balance, news.
pub fn list(erp: &mut Erp, action: &str, call: &Call) -> Value {
    let Some(c) = erp.own_customer(call) else {
        return no_rows();
    };
    let (rows, key): (Vec<Value>, &str) = match action {
        "invoice_list" => {
            let wanted = field(call.ed, "type").map(|t| t.to_ascii_lowercase());
            let rows = c
                .invoices
                .iter()
                .filter(|r| match wanted.as_deref() {
                    Some(t @ ("paid" | "unpaid")) => r["invoice_status"] == t,
                    _ => true,
                })
                .cloned()
                .collect();
            (rows, "List")
        }
        "license_list" => (
            c.licenses
                .iter()
                .map(|l| {
                    let name = edition_name(&l.edition_key).unwrap_or("");
                    json!({
                        "license_id": l.id.to_string(),
                        "license_key": l.key,
                        "edition": name,
                        "edition_key": l.edition_key,
                        "product": format!("3CX Phone System {name} {}SC", l.sc),
                        "simultaneous_call": l.sc.to_string(),
                        "purchase_date": date(l.purchased),
                        "maintenance_date": date(l.maintenance_until),
                        "license_status": if l.maintenance_until > call.now { "Active" } else { "Maintenance expired" },
                        "invoice_no": l.invoice_no,
                    })
                })
                .collect(),
            "License_List",
        ),
        "credit_note" => (c.credit_notes.clone(), "Credit_note"),
        "prepaid_note" => (c.prepaid_notes.clone(), "Prepaid_note"),
        "deal_registration" => (c.deals.clone(), "Deal_registration"),
        "enquiry_leads" => (c.leads.clone(), "Leads"),
        "angular_referral" => (c.referrals.clone(), "Referral"),
        "call_balance" => (c.call_balances.clone(), "call_balance_list"),
        _ => (erp.news.clone(), "News_events"),
    };
    page(rows, key, call.ed)
}

fn user_row(u: &CmsUser) -> Value {
    json!({
        "cms_user_id": u.id.to_string(),
        "cms_user_name": u.name,
        "cus_permission": u.permission,
        "status": "Active",
        "created_date": date(u.created),
    })
}

fn full_user_name(ed: &Map<String, Value>) -> Option<String> {
    let name = field(ed, "cms_user_name")?;
    if name.contains('@') {
        return Some(name);
    }
    Some(match field(ed, "log_userName") {
        Some(suffix) => format!("{name}{suffix}"),
        None => name,
    })
}

/// `cms_user`: the portal users.
pub fn cms_user(erp: &mut Erp, call: &Call) -> Value {
    let Some(c) = erp.own_customer(call) else {
        return no_rows();
    };
    page(c.users.iter().map(user_row).collect(), "CMS_user", call.ed)
}

/// `cms_user_details`: the menus a permission can grant.
pub fn cms_user_details(_erp: &mut Erp, call: &Call) -> Value {
    if !call.owns("customer_id") {
        return no_rows();
    }
    let rows = MENUS
        .iter()
        .map(|(id, name, key)| json!({"menu_id": id, "menu_name": name, "menu_key": key}))
        .collect();
    page(rows, "Menu_list", call.ed)
}

/// `cms_user_validation`: is this login name free?
pub fn cms_user_validation(erp: &mut Erp, call: &Call) -> Value {
    if !call.owns("customer_id") {
        return fail("Invalid customer");
    }
    let Some(name) = full_user_name(call.ed) else {
        return fail("cms_user_name is required");
    };
    let taken = erp
        .customers
        .values()
        .any(|c| c.users.iter().any(|u| u.name.eq_ignore_ascii_case(&name)));
    if taken {
        fail("User name already exists")
    } else {
        json!({"status": "true", "message": "User name available"})
    }
}

/// `cms_user_insert`.
pub fn cms_user_insert(erp: &mut Erp, call: &Call) -> Value {
    if !call.owns("customer_id") {
        return fail("Invalid customer");
    }
    let Some(name) = full_user_name(call.ed) else {
        return fail("cms_user_name is required");
    };
    if erp
        .customers
        .values()
        .any(|c| c.users.iter().any(|u| u.name.eq_ignore_ascii_case(&name)))
    {
        return fail("User name already exists");
    }
    let id = erp.next_id();
    let Some(c) = erp.customers.get_mut(&call.cust) else {
        return fail("Invalid customer");
    };
    let permission = util::text(call.ed, "cus_permission")
        .unwrap_or_default()
        .trim()
        .to_string();
    c.users.push(CmsUser {
        id,
        name: name.clone(),
        permission,
        created: call.now,
    });
    json!({"status": "true", "message": "User created", "cms_user_id": id.to_string(), "cms_user_name": name})
}

/// `cms_user_edit`: the user's row; updates name / permission when they are sent.
pub fn cms_user_edit(erp: &mut Erp, call: &Call) -> Value {
    if !call.owns("customer_id") {
        return fail("Invalid customer");
    }
    let id = field(call.ed, "cms_user_id").unwrap_or_default();
    let new_name = full_user_name(call.ed);
    if let Some(n) = &new_name {
        let clash = erp.customers.values().any(|c| {
            c.users
                .iter()
                .any(|u| u.name.eq_ignore_ascii_case(n) && u.id.to_string() != id)
        });
        if clash {
            return fail("User name already exists");
        }
    }
    let Some(c) = erp.customers.get_mut(&call.cust) else {
        return fail("Invalid customer");
    };
    let Some(u) = c.users.iter_mut().find(|u| u.id.to_string() == id) else {
        return fail("User not found");
    };
    if let Some(n) = new_name {
        u.name = n;
    }
    if let Some(p) = util::text(call.ed, "cus_permission") {
        u.permission = p.trim().to_string();
    }
    json!({"status": "true", "CMS_user": [user_row(u)]})
}

/// `cms_userdelete`.
pub fn cms_user_delete(erp: &mut Erp, call: &Call) -> Value {
    let Some(c) = erp.own_customer_mut(call) else {
        return fail("Invalid customer");
    };
    let id = field(call.ed, "cms_user_id").unwrap_or_default();
    let before = c.users.len();
    c.users.retain(|u| u.id.to_string() != id);
    if c.users.len() == before {
        return fail("User not found");
    }
    json!({"status": "true", "message": "User deleted"})
}

fn extension_row(e: &Extension) -> Value {
    json!({"extn_name_id": e.id.to_string(), "extn_name": e.name, "extn_no": e.no})
}

/// `viewall_extension`.
pub fn viewall_extension(erp: &mut Erp, call: &Call) -> Value {
    let Some(c) = erp.own_customer(call) else {
        return no_rows();
    };
    page(
        c.extensions.iter().map(extension_row).collect(),
        "CMS_extension",
        call.ed,
    )
}

/// Checks `extn_no` / `extn_name`; Err is the refusal.
fn extension_fields(
    c: &Customer,
    ed: &Map<String, Value>,
    except: Option<u32>,
) -> Result<(String, String), Value> {
    let Some(no) = field(ed, "extn_no") else {
        return Err(fail("extn_no is required"));
    };
    let Some(name) = field(ed, "extn_name") else {
        return Err(fail("extn_name is required"));
    };
    if no.len() > 10 || !no.bytes().all(|b| b.is_ascii_digit()) {
        return Err(fail("extn_no must be digits"));
    }
    if c.extensions
        .iter()
        .any(|e| e.no == no && Some(e.id) != except)
    {
        return Err(fail("Extension number already exists"));
    }
    Ok((no, name))
}

/// `add_extension`.
pub fn add_extension(erp: &mut Erp, call: &Call) -> Value {
    if !call.owns("customer_id") {
        return fail("Invalid customer");
    }
    let id = erp.next_id();
    let Some(c) = erp.customers.get_mut(&call.cust) else {
        return fail("Invalid customer");
    };
    let (no, name) = match extension_fields(c, call.ed, None) {
        Ok(v) => v,
        Err(e) => return e,
    };
    c.extensions.push(Extension { id, no, name });
    json!({"status": "true", "message": "Extension added", "extn_name_id": id.to_string()})
}

/// `edit_extension`: the row to edit.
pub fn edit_extension(erp: &mut Erp, call: &Call) -> Value {
    let Some(c) = erp.own_customer(call) else {
        return fail("Invalid customer");
    };
    let id = field(call.ed, "extn_name_id").unwrap_or_default();
    match c.extensions.iter().find(|e| e.id.to_string() == id) {
        Some(e) => json!({"status": "true", "CMS_extension": [extension_row(e)]}),
        None => fail("Extension not found"),
    }
}

/// `update_extension_info` (the customer comes as `customer_id_hd`).
pub fn update_extension(erp: &mut Erp, call: &Call) -> Value {
    let who =
        field_any(call.ed, &["customer_id_hd", "customer_id"]).and_then(|s| util::customer_id(&s));
    if who != Some(call.cust) {
        return fail("Invalid customer");
    }
    let id = field(call.ed, "extn_name_id").unwrap_or_default();
    let Some(c) = erp.customers.get_mut(&call.cust) else {
        return fail("Invalid customer");
    };
    let Some(ext_id) = c
        .extensions
        .iter()
        .find(|e| e.id.to_string() == id)
        .map(|e| e.id)
    else {
        return fail("Extension not found");
    };
    let (no, name) = match extension_fields(c, call.ed, Some(ext_id)) {
        Ok(v) => v,
        Err(e) => return e,
    };
    let Some(e) = c.extensions.iter_mut().find(|e| e.id == ext_id) else {
        return fail("Extension not found");
    };
    e.no = no;
    e.name = name;
    json!({"status": "true", "message": "Extension updated", "CMS_extension": [extension_row(e)]})
}
