//! Emulation of the Cal4care ERP customer portal (CMS) API, `seeds/000_ee21c2d69e213260.txt`, as
//! `api-notes.md` §1 says real servers behave.
//!
//! Endpoints (below the `/erp` prefix): `POST /cms/api_cms/v1.0/index.php` with a raw JSON body
//! (any Content-Type) `{access_token?, operation, moduleType, api_type, element_data: {action, ...}}`,
//! and `POST /cms/api_cms/v1.0/index_new.php` with the same envelope as flat multipart (or urlencoded)
//! fields — `access_token, operation, moduleType, api_type, action, <element_data fields...>` —
//! plus files `attachment[0]`, `attachment[1]`, … (any part whose name starts with `attachment`).
//! Everything answers HTTP 200 with JSON, except an unknown path (404 HTML page).
//!
//! Routing: `operation`+`moduleType` must be `curlData`+`login`, `curlDatas`+`login` or
//! `ticket`+`ticket`, and the action must belong to that pair; otherwise, or for a body that is not a
//! JSON object, or a method other than POST:
//! `{"status": false, "code": "INVALID_MODULE", "message": "Invalid module credentials"}` — this check
//! comes before the token check. Actions marked "token" need `access_token` = a token from a login of this installation whose
//! `exp` is still ahead of the emulated clock; otherwise
//! `{"status": false, "error": {"code": "ACCESS_DENIED", "message": "Invalid token"}}`.
//! `api_type` is not checked.
//!
//! Conventions of data answers (flat): `status` is the STRING `"true"`/`"false"`; every number is a
//! string; `{"status": "false"}` alone = no rows (also: an empty page past the end, or, for a list, a
//! `customer_id` that is not the token's customer); a refused change or quote (including one whose
//! `customer_id` is not the token's customer: `"Invalid customer"`) = `{"status": "false", "message": "..."}`. `customer_id`
//! is accepted raw (`4481`) or base64 (`NDQ4MQ==`, padding optional). Lists take optional
//! `limit`/`offset` (strings or numbers; absent, blank, non-numeric or `0` limit = all rows) and
//! answer `Total` = the full count. Element fields may be strings or JSON numbers.
//!
//! | action | operation / moduleType | required element_data (optional) | answer keys |
//! | --- | --- | --- | --- |
//! | `login_validation` | curlData / login, no token | `uname`, `pwd` (`otp_from`, `auth_from`) | OTP needed: `status:"true"`, `otp_required:"1"`, `message`, `result.data.{result_state:"otp_required", message}`; no OTP needed: the `otp_validation_for_app` success answer plus `otp_required:"0"`; bad credentials: `status:"false"`, `message`, `result.data.{result_state:"failed", error_code:"INVALID_CREDENTIALS", message}` |
//! | `otp_validation_for_app` | curlData / login, no token | `uname`, `pwd`, `auth_code` (`otp_from`, `auth_from`, `finger_chk`, `qrcode_chk`, `device_token`) | `status:"true"`, `result_finger_chk_state`, `result_qrcode_chk_state`, `result.data.{result_state:"success", auth_token, customer_id_encode, result_data.customer_details{customerId, customerName, customerCode, cus_permission, email, finance_email, reseller_state, reseller_dashboard, system_discount_3cx, reseller_dis_per, ...}}`; bad credentials as above; bad OTP: `result.data.{result_state:"failed", error_code:"INVALID_OTP", message:"Invalid OTP"}` |
//! | `customer_data` | curlData or curlDatas / login, token | `customer_id` | `customer_id`, `customer_id_encode`, `email_id`, `customer_data{customerCode, customerName, ...}` |
//! | `dashboardCount` | curlDatas / login, token | `customer_id` | `List{invoice_cnt, unpaid_invoice_cnt, license_detail_cnt, credit_note_cnt, prepaid_note_cnt, deal_registration_cnt, enquiry_leads_cnt, referral_cnt, open_ticket_cnt, closed_ticket_cnt, cart_cnt, extension_cnt, customer_available_credit, currency_name}` |
//! | `invoice_list` | curlDatas / login, token | `customer_id` (`type`: `paid`/`unpaid`, else all; `limit`, `offset`) | `Total`, `List[{billId, cus_invoice_no, date, total, currency_name, billerCode, invoice_type, invoice_status, payment_link, license_attach, paid_amount, balance_amount}]` |
//! | `license_list` | curlDatas / login, token | `customer_id` (`limit`, `offset`) | `Total`, `License_List[{license_id, license_key, edition, edition_key, product, simultaneous_call, purchase_date, maintenance_date, license_status, invoice_no}]` |
//! | `credit_note` | curlDatas / login, token | `customer_id` (`limit`, `offset`) | `Total`, `Credit_note[{credit_note_id, Docnumber, Date, Totalamt, Balanceamt, currency_name, reason}]` |
//! | `prepaid_note` | curlDatas / login, token | `customer_id` (`limit`, `offset`) | `Total`, `Prepaid_note[{prepaid_note_id, Docnumber, Date, Totalamt, Balanceamt, currency_name}]` |
//! | `deal_registration` | curlDatas / login, token | `customer_id` (`limit`, `offset`) | `Total`, `Deal_registration[{deal_id, company_name, contact_name, deal_value, currency_name, deal_status, expected_close, created_date}]` |
//! | `enquiry_leads` | curlDatas / login, token | `customer_id` (`limit`, `offset`) | `Total`, `Leads[{lead_id, lead_name, company_name, phone, email, lead_status, created_date}]` |
//! | `angular_referral` | curlDatas / login, token | `customer_id` (`limit`, `offset`) | `Total`, `Referral[{referral_id, referral_name, company_name, email, referral_date, status, commission, currency_name}]` |
//! | `cms_user` | curlDatas / login, token | `customer_id` (`limit`, `offset`) | `Total`, `CMS_user[{cms_user_id, cms_user_name, cus_permission, status, created_date}]` |
//! | `cms_user_details` | curlDatas / login, token | `customer_id` | `Total`, `Menu_list[{menu_id, menu_name, menu_key}]` (the ids `cus_permission` lists, comma-separated) |
//! | `cms_user_validation` | curlDatas / login, token | `customer_id`, `cms_user_name` (full login name) | free: `status:"true"`, `message`; taken: `status:"false"`, `message` |
//! | `cms_user_insert` | curlDatas / login, token | `customer_id`, `cms_user_name` (`log_userName` suffix such as `@example.net`, appended unless `cms_user_name` has an `@`; `cus_permission`) | `status:"true"`, `message`, `cms_user_id`, `cms_user_name` (full) |
//! | `cms_user_edit` | curlDatas / login, token | `customer_id`, `cms_user_id` (`cms_user_name`, `log_userName`, `cus_permission`: when given, they are updated) | `status:"true"`, `CMS_user[row]` |
//! | `cms_userdelete` | curlDatas / login, token | `customer_id`, `cms_user_id` | `status:"true"`, `message` |
//! | `viewall_extension` | curlDatas / login, token | `customer_id` (`limit`, `offset`) | `Total`, `CMS_extension[{extn_name_id, extn_name, extn_no}]` |
//! | `add_extension` | curlDatas / login, token | `customer_id`, `extn_no` (digits, unique), `extn_name` | `status:"true"`, `message`, `extn_name_id` |
//! | `edit_extension` | curlDatas / login, token | `customer_id`, `extn_name_id` | `status:"true"`, `CMS_extension[row]` |
//! | `update_extension_info` | curlDatas / login, token | `customer_id_hd` (or `customer_id`), `extn_name_id`, `extn_no`, `extn_name` | `status:"true"`, `message`, `CMS_extension[row]` |
//! | `online_order` | curlDatas / login, token | `customer_id` (`product_sale_type`) | `Total`, `Edition[{edition_key, edition, value:"KEY/Name"}]`, `Customer_3cx_data{Billerid, Resellerid, Apikey, Reseller_dis_per, Customer_currency, Currency_symbol, Currency_value}` |
//! | `edition_change` | curlDatas / login, token | `customer_id`, `edition_key`, `api_key`, `reseller_id`, `customer_currency`, `currency_value` (`customer_currency_symbol`) | `Total`, `edition_key`, `edition`, `Options[{simultaneous_call, actual_price, temp_price, dicountPercentage, temp_maintenace_price, currency_name, price_data, value:"SC/price"}]` |
//! | `concurrent_license_change` | curlDatas / login, token | as `edition_change` + `simultaneous_call` (`"16/1033.50"` or `"16"`; the price part is ignored) | `Options[{edition, edition_key, simultaneous_call, actual_price, temp_price, dicountPercentage, perpetual, maintenance, temp_maintenace_price, currency_name, price_data, message, value}]` (one row) |
//! | `insert_cart` | curlDatas / login, token | `customer_id`, `product_sale_type` (`new`/`upgrade`/`maintenance`), `edition_key`, `simultaneous_call`, `temp_price`; `license_key` (or `llicense_key`) for upgrade/maintenance (`quantity`=1, `maintenance`=0, `actual_price`=temp_price, `temp_maintenace_price`=0, `perpetual`=1, `dicountPercentage`, `edition`) | `status:"true"`, `message`, `cart_id`, `Total` (lines in cart) |
//! | `remove_cart` | curlDatas / login, token | `customer_id`, `select_chk` (a cart_id, or several comma-separated) | `status:"true"`, `message`, `Total` (lines left) |
//! | `viewcartlist`, `getcartlist` | curlDatas / login, token | `customer_id` | `Total`, `Customer_data{...}`, `Customer_3cx_data{...}`, `options[{cart_id, product_sale_type, product_name, edition, edition_key, license_key, simultaneous_call, quantity, maintenance, perpetual, actual_price, temp_price, temp_maintenace_price, dicountPercentage, total_price, currency_name}]`, `total_price_all`, `total_tax_value`, `grand_total_value`, `order_date`, `payment_gateway[{payment_key, payment_name}]`; empty cart: `{"status":"false"}` |
//! | `price_information_upgrade` | curlDatas / login, token | `customer_id`, `license_key`, `customer_currency`, `currency_value` (`product_sale_type`, `customer_currency_symbol`) | `Total`, `license_key`, `current_edition`, `current_edition_key`, `current_simultaneous_call`, `Edition[{edition_key, edition, value}]`, `Simultaneouscall[{edition_key, edition, simultaneous_call, actual_price, temp_price, dicountPercentage, currency_name, price_data, value}]` |
//! | `simultaneous_call_change` | curlDatas / login, token | `customer_id`, `license_key`, `edition` (`"KEY/Name"` or key), `simultaneous_call` (`"SC/price"` or SC), `customer_currency`, `currency_value` (`quantity`, others echoed) | `license_key`, `product_sale_type:"upgrade"`, `edition`, `edition_key`, `simultaneous_call`, `actual_price`, `temp_price`, `dicountPercentage`, `temp_maintenace_price:"0"`, `perpetual`, `maintenance:"0"`, `quantity`, `currency_name`, `price_data` |
//! | `anual_renew_maintenance` | curlDatas / login, token | `customer_id`, `license_key`, `customer_currency`, `currency_value` (`product_sale_type`) | `license_key`, `Edition` (edition key), `edition` (name), `edition_key`, `simultaneousCalls`, `maintenance:"1"`, `maintenance_date`, `new_maintenance_date`, `Perpetual`, `actual_price`, `temp_price`, `temp_maintenace_price:"0"`, `discount`, `currency_name`, `price_data` |
//! | `call_balance` | curlDatas / login, token | `customer_id` | `Total`, `call_balance_list[{bill_code, service_name, balance, credit_limit, currency_name, last_updated}]` |
//! | `news_events` | curlDatas / login, token | `customer_id` (`limit`, `offset`) | `Total`, `News_events[{news_id, title, short_description, news_date, event_type, link}]` |
//! | `ticket_count` | curlDatas / login, token | `customer_id` | `List{open_ticket_cnt, closed_ticket_cnt, total_ticket_cnt}` |
//! | `open_ticket`, `closed_ticket` | curlDatas / login, token | `customer_id` (`limit`, `offset`) | `Total`, `open` / `closed` `[{ticket_id, ticketnumber, subject, dept, dates, status, priority, last_updated}]`, newest first |
//! | `create_ticket` | curlData (or curlDatas) / login, token; JSON or multipart `index_new.php` | `ss` (or `subject`), `message` (`dept_id` 1..5, default 5; `name`, `email`, `custs_id` — if given must be the token's customer —, `custs_code`, `action_info`; files `attachment[i]` in multipart) | `status:"true"`, `message`, `ticket_id`, `ticketnumber`, `attachments` (count) |
//! | `getTicketInfo` | ticket / ticket, token | `ticket_id` (a ticket_id or a ticketnumber) | `result.status:true`, `result.data.{result_state:"success", staff_avatar, user_avatar, ticket{ticket_id, ticket_number, subject, ticket_status, priority, department, create_timestamp, user_name, user_email{name, address}, source, assigned_to[{id, name}], due_timestamp, close_timestamp, help_topic, last_message_timestamp, last_response_timestamp, thread_entries[{model{id, pid, thread_id, type:"M"/"R", poster, user_id, staff_id, title, body, format, created, updated, attachments[{id, name, size, type}]}}]}}`; unknown: `result.status:false`, `result.data.{result_state:"failed", message}` |
//! | `reply_ticket` | ticket / ticket, token; JSON or multipart | `ticket_number` (or `ticket_id`), `message` (`name`; files `attachment`…) | `status:"true"`, `message`, `entry_id`; reopens a closed ticket |

mod portal;
mod seed;
mod shop;
mod support;
#[cfg(test)]
mod tests;
mod util;

use std::collections::{BTreeMap, HashMap};

use serde_json::{json, Map, Value};

use crate::codec::{base64url, keyed_hash};
use crate::forms::PostBody;
use crate::http::{Request, Response};

/// Where the JSON API answers (below `/erp`).
const INDEX: &str = "/cms/api_cms/v1.0/index.php";
/// Where the multipart variant answers (below `/erp`).
const INDEX_NEW: &str = "/cms/api_cms/v1.0/index_new.php";
/// The one OTP every account accepts.
const OTP: &str = "123456";
/// Token lifetime: 5 hours.
const TOKEN_LIFETIME: i64 = 5 * 3600;
/// `iss` and `aud` of the tokens (made up).
const TOKEN_HOST: &str = "erp.emulator.test";
/// Key of the tokens' made-up signature (a keyed hash, not HMAC: only this emulator checks tokens).
const TOKEN_KEY: &[u8] = b"switchboard-emulator-erp-jwt-key";

/// A login of the portal.
struct Account {
    username: String,
    password: String,
    customer_id: u32,
    otp: bool,
}

/// A token handed out by a login.
struct Session {
    customer_id: u32,
    exp: i64,
}

/// The reseller / pricing data of a customer (`Customer_3cx_data`).
struct Reseller {
    biller_id: String,
    reseller_id: String,
    api_key: String,
    discount: String,
    currency: String,
    symbol: String,
    rate: String,
}

/// A 3CX license of a customer.
struct License {
    id: u32,
    key: String,
    edition_key: String,
    sc: u32,
    purchased: i64,
    maintenance_until: i64,
    invoice_no: String,
}

/// A portal sub-user.
struct CmsUser {
    id: u32,
    name: String,
    permission: String,
    created: i64,
}

/// An extension directory entry.
struct Extension {
    id: u32,
    no: String,
    name: String,
}

/// A line of the shopping cart.
struct CartLine {
    id: u32,
    sale_type: String,
    edition_key: String,
    edition: String,
    license_key: String,
    sc: u32,
    quantity: u32,
    maintenance: u32,
    perpetual: String,
    actual_cents: i64,
    temp_cents: i64,
    maint_cents: i64,
    discount: String,
}

/// A file attached to a ticket message.
struct Attachment {
    id: u32,
    name: String,
    size: usize,
    content_type: String,
}

/// One message (user) or response (staff) of a ticket thread.
struct Entry {
    id: u32,
    staff: bool,
    poster: String,
    created: i64,
    title: String,
    body: String,
    attachments: Vec<Attachment>,
}

/// A support ticket (osTicket-like).
struct Ticket {
    id: u32,
    number: String,
    subject: String,
    dept_id: u32,
    open: bool,
    priority: String,
    source: String,
    created: i64,
    due: Option<i64>,
    closed: Option<i64>,
    assigned: Option<(u32, String)>,
    user_name: String,
    user_email: String,
    entries: Vec<Entry>,
}

/// One customer and everything the portal shows of it.
struct Customer {
    id: u32,
    name: String,
    code: String,
    email: String,
    finance_email: String,
    phone: String,
    address1: String,
    city: String,
    state: String,
    country: String,
    permission: String,
    reseller: Reseller,
    invoices: Vec<Value>,
    credit_notes: Vec<Value>,
    prepaid_notes: Vec<Value>,
    deals: Vec<Value>,
    leads: Vec<Value>,
    referrals: Vec<Value>,
    call_balances: Vec<Value>,
    licenses: Vec<License>,
    users: Vec<CmsUser>,
    extensions: Vec<Extension>,
    tickets: Vec<Ticket>,
    cart: Vec<CartLine>,
}

/// A file uploaded with `index_new.php`.
struct Upload {
    name: String,
    content_type: String,
    size: usize,
}

/// What an action handler gets: the element data, uploads, clock and the token's customer.
struct Call<'a> {
    ed: &'a Map<String, Value>,
    files: &'a [Upload],
    now: i64,
    cust: u32,
}

impl Call<'_> {
    /// Whether `key` names the token's customer (raw or base64 id).
    fn owns(&self, key: &str) -> bool {
        util::text(self.ed, key).and_then(|s| util::customer_id(&s)) == Some(self.cust)
    }
}

/// The state of one Erp installation (one per scope).
pub struct Erp {
    accounts: Vec<Account>,
    customers: BTreeMap<u32, Customer>,
    news: Vec<Value>,
    sessions: HashMap<String, Session>,
    issued: u64,
    next_id: u32,
}

impl Default for Erp {
    fn default() -> Self {
        Self::new()
    }
}

/// `{"status": false, "code": "INVALID_MODULE", ...}`.
fn invalid_module() -> Value {
    json!({"status": false, "code": "INVALID_MODULE", "message": "Invalid module credentials"})
}

/// `{"status": false, "error": {"code": "ACCESS_DENIED", ...}}`.
fn access_denied() -> Value {
    json!({"status": false, "error": {"code": "ACCESS_DENIED", "message": "Invalid token"}})
}

/// `{"status": "false"}`: no rows.
fn no_rows() -> Value {
    json!({"status": "false"})
}

/// `{"status": "false", "message": ...}`: a refused change or query.
fn fail(message: &str) -> Value {
    json!({"status": "false", "message": message})
}

/// A page of `rows` under `key`, honouring `limit`/`offset`, with `Total` the full count.
fn page(rows: Vec<Value>, key: &str, ed: &Map<String, Value>) -> Value {
    let total = rows.len();
    let offset = util::uint(ed, "offset").unwrap_or(0).min(usize::MAX as u64) as usize;
    let limit = util::uint(ed, "limit")
        .filter(|l| *l > 0)
        .map(|l| l.min(usize::MAX as u64) as usize);
    let slice: Vec<Value> = rows
        .into_iter()
        .skip(offset)
        .take(limit.unwrap_or(usize::MAX))
        .collect();
    if slice.is_empty() {
        return no_rows();
    }
    let mut out = Map::new();
    out.insert("status".into(), json!("true"));
    out.insert("Total".into(), json!(total.to_string()));
    out.insert(key.into(), Value::Array(slice));
    Value::Object(out)
}

/// Which operation / moduleType pair an action belongs to, and whether it needs a token.
#[derive(Clone, Copy, PartialEq)]
enum Route {
    /// `curlData` / `login`
    Open,
    /// `curlDatas` / `login`
    Data,
    /// `ticket` / `ticket`
    Ticket,
}

impl Erp {
    /// A fresh installation with the deterministic seed data.
    pub fn new() -> Self {
        seed::build()
    }

    /// Answers one request whose path has the `/erp` prefix removed.
    pub fn handle(&mut self, req: &Request) -> Response {
        let answer = match req.path.as_str() {
            INDEX | INDEX_NEW if req.method != "POST" => invalid_module(),
            INDEX => match req.json() {
                Some(Value::Object(body)) => self.envelope(&body, &[], req.now),
                _ => invalid_module(),
            },
            INDEX_NEW => self.handle_form(req),
            _ => return Response::unknown_path(),
        };
        Response::json(200, &answer)
    }

    /// `index_new.php`: flat fields (multipart or urlencoded; a JSON body is read as on index.php).
    fn handle_form(&mut self, req: &Request) -> Value {
        if let Some(Value::Object(body)) = req.json() {
            return self.envelope(&body, &[], req.now);
        }
        // Multipart as PHP reads it; any other body is taken as urlencoded, whatever its type.
        let post = if req.media_type() == "multipart/form-data" {
            req.post().unwrap_or_default()
        } else {
            PostBody {
                fields: req.form(),
                files: Vec::new(),
            }
        };
        let files: Vec<Upload> = post
            .files
            .into_iter()
            .filter(|f| f.field.starts_with("attachment"))
            .map(|f| Upload {
                name: f.file_name,
                content_type: f.content_type,
                size: f.data.len(),
            })
            .collect();
        let fields = post.fields;
        let mut envelope = Map::new();
        let mut ed = Map::new();
        for (k, v) in fields {
            match k.as_str() {
                "access_token" | "operation" | "moduleType" | "api_type" => {
                    envelope.entry(k).or_insert(Value::String(v));
                }
                _ => {
                    ed.entry(k).or_insert(Value::String(v));
                }
            }
        }
        envelope.insert("element_data".into(), Value::Object(ed));
        self.envelope(&envelope, &files, req.now)
    }

    /// Routes one envelope to its action.
    fn envelope(&mut self, body: &Map<String, Value>, files: &[Upload], now: i64) -> Value {
        let operation = body.get("operation").and_then(Value::as_str).unwrap_or("");
        let module = body.get("moduleType").and_then(Value::as_str).unwrap_or("");
        let route = match (operation, module) {
            ("curlData", "login") => Route::Open,
            ("curlDatas", "login") => Route::Data,
            ("ticket", "ticket") => Route::Ticket,
            _ => return invalid_module(),
        };
        let Some(Value::Object(ed)) = body.get("element_data") else {
            return invalid_module();
        };
        let action = ed.get("action").and_then(Value::as_str).unwrap_or("");
        let allowed = match action {
            "login_validation" | "otp_validation_for_app" => route == Route::Open,
            "create_ticket" | "customer_data" => route != Route::Ticket,
            "getTicketInfo" | "reply_ticket" => route == Route::Ticket,
            _ => route == Route::Data && is_data_action(action),
        };
        if !allowed {
            return invalid_module();
        }
        match action {
            "login_validation" => return portal::login_validation(self, ed, now),
            "otp_validation_for_app" => return portal::otp_validation(self, ed, now),
            _ => {}
        }
        let token = body
            .get("access_token")
            .and_then(Value::as_str)
            .unwrap_or("");
        let Some(cust) = self.session(token, now) else {
            return access_denied();
        };
        let call = Call {
            ed,
            files,
            now,
            cust,
        };
        self.dispatch(action, &call)
    }

    /// The token's customer, when the call's `customer_id` names it (raw or base64); None for
    /// another customer's id or none.
    fn own_customer(&self, call: &Call) -> Option<&Customer> {
        if call.owns("customer_id") {
            self.customers.get(&call.cust)
        } else {
            None
        }
    }

    /// [`Erp::own_customer`], to change it.
    fn own_customer_mut(&mut self, call: &Call) -> Option<&mut Customer> {
        if call.owns("customer_id") {
            self.customers.get_mut(&call.cust)
        } else {
            None
        }
    }

    /// The customer a live token belongs to.
    fn session(&self, token: &str, now: i64) -> Option<u32> {
        let s = self.sessions.get(token.trim())?;
        (now < s.exp && self.customers.contains_key(&s.customer_id)).then_some(s.customer_id)
    }

    /// Runs an authenticated action.
    fn dispatch(&mut self, action: &str, call: &Call) -> Value {
        match action {
            "customer_data" => portal::customer_data(self, call),
            "dashboardCount" => portal::dashboard_count(self, call),
            "invoice_list" | "license_list" | "credit_note" | "prepaid_note"
            | "deal_registration" | "enquiry_leads" | "angular_referral" | "call_balance"
            | "news_events" => portal::list(self, action, call),
            "cms_user" => portal::cms_user(self, call),
            "cms_user_details" => portal::cms_user_details(self, call),
            "cms_user_validation" => portal::cms_user_validation(self, call),
            "cms_user_insert" => portal::cms_user_insert(self, call),
            "cms_user_edit" => portal::cms_user_edit(self, call),
            "cms_userdelete" => portal::cms_user_delete(self, call),
            "viewall_extension" => portal::viewall_extension(self, call),
            "add_extension" => portal::add_extension(self, call),
            "edit_extension" => portal::edit_extension(self, call),
            "update_extension_info" => portal::update_extension(self, call),
            "online_order" => shop::online_order(self, call),
            "edition_change" => shop::edition_change(self, call),
            "concurrent_license_change" => shop::concurrent_license_change(self, call),
            "insert_cart" => shop::insert_cart(self, call),
            "remove_cart" => shop::remove_cart(self, call),
            "viewcartlist" | "getcartlist" => shop::view_cart(self, call),
            "price_information_upgrade" => shop::price_information_upgrade(self, call),
            "simultaneous_call_change" => shop::simultaneous_call_change(self, call),
            "anual_renew_maintenance" => shop::anual_renew_maintenance(self, call),
            "ticket_count" => support::ticket_count(self, call),
            "open_ticket" => support::list(self, call, true),
            "closed_ticket" => support::list(self, call, false),
            "create_ticket" => support::create_ticket(self, call),
            "getTicketInfo" => support::ticket_info(self, call),
            "reply_ticket" => support::reply_ticket(self, call),
            _ => invalid_module(),
        }
    }

    /// A fresh id for anything created at run time.
    fn next_id(&mut self) -> u32 {
        self.next_id = self.next_id.saturating_add(1);
        self.next_id
    }

    /// Issues a JWT-shaped token for a customer: `exp = iat + 5 h`.
    fn issue_token(&mut self, customer_id: u32, username: &str, now: i64) -> String {
        self.issued += 1;
        let header = json!({"typ": "JWT", "alg": "HS256"});
        let payload = json!({
            "iss": TOKEN_HOST,
            "aud": TOKEN_HOST,
            "iat": now,
            "nbf": now,
            "exp": now.saturating_add(TOKEN_LIFETIME),
            "jti": self.issued.to_string(),
            "access_data": {
                "token_accessId": customer_id.to_string(),
                "token_accessName": username,
                "token_accessType": "customer",
            },
        });
        let signing = format!(
            "{}.{}",
            base64url(header.to_string().as_bytes()),
            base64url(payload.to_string().as_bytes())
        );
        let sig = keyed_hash(TOKEN_KEY, signing.as_bytes(), 32);
        let token = format!("{signing}.{}", base64url(&sig));
        self.sessions.insert(
            token.clone(),
            Session {
                customer_id,
                exp: now.saturating_add(TOKEN_LIFETIME),
            },
        );
        token
    }
}

/// The actions of `curlDatas` / `login`.
fn is_data_action(action: &str) -> bool {
    matches!(
        action,
        "dashboardCount"
            | "invoice_list"
            | "license_list"
            | "credit_note"
            | "prepaid_note"
            | "deal_registration"
            | "enquiry_leads"
            | "angular_referral"
            | "cms_user"
            | "cms_user_details"
            | "cms_user_validation"
            | "cms_user_insert"
            | "cms_user_edit"
            | "cms_userdelete"
            | "viewall_extension"
            | "add_extension"
            | "edit_extension"
            | "update_extension_info"
            | "online_order"
            | "edition_change"
            | "concurrent_license_change"
            | "insert_cart"
            | "remove_cart"
            | "price_information_upgrade"
            | "anual_renew_maintenance"
            | "simultaneous_call_change"
            | "call_balance"
            | "news_events"
            | "ticket_count"
            | "open_ticket"
            | "closed_ticket"
            | "viewcartlist"
            | "getcartlist"
    )
}
