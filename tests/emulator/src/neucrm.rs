//! Emulation of the NeuCRM ISP billing API (`seeds/003_0837fb9ecb530cc5.txt`,
//! `seeds/004_d3928436b18cedf2.txt`, api-notes §4).
//!
//! Every call is `POST /api/<entity>/<verb>` with form fields (`application/x-www-form-urlencoded`,
//! also when there is no Content-Type, or `multipart/form-data`; like PHP's `$_POST`, other bodies
//! yield no fields). Auth is two form fields: `userid` (the numeric login id) and `api_key`.
//! Every answer is HTTP 200 JSON `{"result": …, "error": null}`; on failure
//! `{"result": null, "error": "<text>"}`. A field sent empty (or blank) counts as not sent.
//! The document's tables lost the name of the `email` column: it is `email` everywhere.
//!
//! | route | fields (besides `userid`, `api_key`) | `result` |
//! | --- | --- | --- |
//! | `customer/list` | filters `ispid resellerid customerid serviceid` (exact ids), `username` `name` (SQL LIKE, `%` any run, `_` one char, case-insensitive; no `%` = whole value), `type`, `mobile`, `email`, `zipcode`, `state`, `city` (exact, case-insensitive), `created_from` `created_upto` (yyyy-mm-dd, inclusive); paging (below); `sort_field` ∈ `id name mobile email` | rows (below) or `{"count":"N"}` |
//! | `customer/create` | `ispid`¹ `resellerid`¹, required `type name mobile email zipcode state city street`, optional `surname dob uniqueid notes` | the new id, a JSON number |
//! | `customer/update` | `customerid`; any of `type name surname dob mobile email uniqueid zipcode state city street notes`, `reset_password` (`Y`/`N`; `Y` issues a new portal password and stamps `portal_password_reset_at`) | `"done"` |
//! | `customer/delete` | `customerid` | `"done"` |
//! | `reseller/list` | filters `ispid resellerid`, `invoice_by`, `payment_by`, `type`, `name` `code` (partial: `%text%`), `state`, `created_from` `created_upto`; paging; `sort_field` ∈ `id ispid type name code state wallet` | rows or `{"count":"N"}` |
//! | `reseller/create` | `ispid`¹, required `invoice_by payment_by type name code mobile email`, optional `address state`; `commission_percent` (0–100) and `credit_limit` (≥ 0) required when `type=Franchisee` | the new id, a JSON number |
//! | `reseller/update` | `resellerid`; any of `name code address mobile email state invoice_by payment_by type commission_percent credit_limit`; `ispid` if sent must be the reseller's | `"done"` |
//! | `reseller/delete` | `resellerid` (a reseller that still has customers is refused) | `"done"` |
//! | `reseller/wallet_txn` (alias `reseller/credits_usage`, the name in the document's curl line) | filters `id ispid resellerid serviceid`, `txn_code`, `created_from` `created_upto`; paging; `sort_field` ∈ `id` | rows or `{"count":"N"}` |
//! | `reseller/wallet_update` | `resellerid`, `action` ∈ `TopUp Settlement Adj`, `amt` (decimal, ≤ 2 places; `TopUp`/`Settlement` > 0, `Adj` non-zero and may be negative); `ispid` optional | `"done"` |
//!
//! ¹ `ispid` is required unless the login user belongs to an ISP (then it may be omitted, or must
//! be that ISP); `resellerid` likewise for reseller users. Seed logins: `5`/`neucrm-demo-key` (ISP 1
//! user, sees ISP 1 only), `1`/`neucrm-admin-key` (super admin, sees all, must send `ispid` and
//! `resellerid`), `6`/`neucrm-isp2-key` (ISP 2 user), `7`/`neucrm-reseller-key` (user of reseller
//! 3 of ISP 1: sees its own customers, reseller row and wallet; may not write resellers).
//!
//! Paging: `rows_limit` (default 10; 1–100; more than 100 is clamped to 100), `rows_offset`
//! (default 0), `sort_order` `asc`/`desc` (case-insensitive, default asc; ties by id ascending),
//! `show_count` `0`/`1` (1: `{"count":"57"}`, a one-row SQL `COUNT(*) AS count` fetched as an
//! object with the count as a string; paging is ignored). An empty page is `[]`.
//!
//! Rows are objects of strings (MySQL via PDO): ids too; empty optional fields are `""`;
//! timestamps `YYYY-MM-DD HH:MM:SS` (UTC); money with 2 decimals (`"-35.50"`).
//! - customer: `id ispid resellerid type name surname dob mobile email uniqueid zipcode state city
//!   street notes serviceid username created portal_password_reset_at`
//! - reseller: `id ispid type name code address mobile email state invoice_by payment_by
//!   commission_percent credit_limit wallet created`
//! - wallet txn: `id ispid resellerid txn_code serviceid customerid amount balance description
//!   created` (`amount` signed, `balance` the wallet after it)
//!
//! Error texts: `userid and api_key are required`, `Invalid userid. Send the numerical user ID,
//! not the username`, `Invalid userid or api_key`, `Only POST requests are allowed`,
//! `Invalid API endpoint`, `<field> is required`, `Invalid <field>` (malformed id, number, e-mail,
//! mobile), `Invalid <field>. Allowed values are: A, B` (closed sets, sort fields, rows_limit,
//! show_count), `Invalid <field>. Use yyyy-mm-dd format`, `Customer not found`,
//! `Reseller not found`, `Reseller code already exists`, `Reseller has customers. Delete or move
//! them first`, `Permission denied`. Note `payment_by=ISP+Reseller` must be sent with the `+`
//! percent-encoded (`ISP%2BReseller`); a bare `+` decodes to a space and is refused.

mod customer;
mod reseller;
mod seed;
#[cfg(test)]
mod tests;

use crate::http::{Request, Response};
use crate::dates::{parse_ymd, DAY};
use crate::forms::{parse_id, Form};
use serde_json::{json, Value};

pub(crate) struct Login {
    pub userid: u64,
    pub api_key: String,
    pub ispid: Option<u64>,
    pub resellerid: Option<u64>,
}

pub(crate) struct Customer {
    pub id: u64,
    pub ispid: u64,
    pub resellerid: u64,
    pub kind: String,
    pub name: String,
    pub surname: String,
    pub dob: String,
    pub mobile: String,
    pub email: String,
    pub uniqueid: String,
    pub zipcode: String,
    pub state: String,
    pub city: String,
    pub street: String,
    pub notes: String,
    pub serviceid: Option<u64>,
    pub username: String,
    pub created: i64,
    pub password_reset_at: String,
}

pub(crate) struct Reseller {
    pub id: u64,
    pub ispid: u64,
    pub kind: String,
    pub name: String,
    pub code: String,
    pub address: String,
    pub mobile: String,
    pub email: String,
    pub state: String,
    pub invoice_by: String,
    pub payment_by: String,
    /// Hundredths.
    pub commission: i64,
    pub credit_limit: i64,
    pub wallet: i64,
    pub created: i64,
}

pub(crate) struct WalletTxn {
    pub id: u64,
    pub ispid: u64,
    pub resellerid: u64,
    pub txn_code: String,
    pub serviceid: Option<u64>,
    pub customerid: Option<u64>,
    /// Hundredths, signed.
    pub amount: i64,
    pub balance: i64,
    pub description: String,
    pub created: i64,
}

/// The state of one NeuCrm installation (one per scope).
pub struct NeuCrm {
    logins: Vec<Login>,
    isps: Vec<u64>,
    customers: Vec<Customer>,
    resellers: Vec<Reseller>,
    txns: Vec<WalletTxn>,
    next_customer_id: u64,
    next_reseller_id: u64,
    next_txn_id: u64,
}

pub(crate) const CUSTOMER_TYPES: &[&str] = &["Individual", "Organisation"];
pub(crate) const INVOICE_BY: &[&str] = &["ISP", "Reseller"];
pub(crate) const PAYMENT_BY: &[&str] = &["ISP", "Reseller", "ISP+Reseller"];
pub(crate) const RESELLER_TYPES: &[&str] = &["Reseller", "Franchisee"];
pub(crate) const TXN_CODES: &[&str] = &["Invoice", "Payment", "Topup", "Settlement", "Adj"];
pub(crate) const WALLET_ACTIONS: &[&str] = &["TopUp", "Settlement", "Adj"];

type Outcome = Result<Value, String>;

fn answer(outcome: Outcome) -> Response {
    let body = match outcome {
        Ok(v) => json!({"result": v, "error": Value::Null}),
        Err(e) => json!({"result": Value::Null, "error": e}),
    };
    Response::json(200, &body)
}

/// The request fields, with the API's conventions (trimmed; blank = not sent).
pub(crate) struct Params(Form);

impl Params {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.required(name).map(str::trim)
    }

    pub fn need(&self, name: &str) -> Result<&str, String> {
        self.get(name).ok_or_else(|| format!("{} is required", name))
    }

    pub fn id(&self, name: &str) -> Result<Option<u64>, String> {
        match self.get(name) {
            None => Ok(None),
            Some(v) => parse_id(v).map(Some).ok_or_else(|| format!("Invalid {}", name)),
        }
    }

    pub fn need_id(&self, name: &str) -> Result<u64, String> {
        self.id(name)?.ok_or_else(|| format!("{} is required", name))
    }

    /// A value of a closed set (matched exactly, as the server compares).
    pub fn one_of(&self, name: &str, allowed: &[&'static str]) -> Result<Option<&'static str>, String> {
        match self.get(name) {
            None => Ok(None),
            Some(v) => allowed.iter().find(|a| **a == v).copied().map(Some).ok_or_else(|| not_allowed(name, allowed)),
        }
    }

    pub fn date(&self, name: &str) -> Result<Option<i64>, String> {
        match self.get(name) {
            None => Ok(None),
            Some(v) => parse_ymd(v).map(Some).ok_or_else(|| format!("Invalid {}. Use yyyy-mm-dd format", name)),
        }
    }

    pub fn email(&self, name: &str) -> Result<Option<String>, String> {
        match self.get(name) {
            None => Ok(None),
            Some(v) if valid_email(v) => Ok(Some(v.to_string())),
            Some(_) => Err(format!("Invalid {}", name)),
        }
    }

    pub fn mobile(&self, name: &str) -> Result<Option<String>, String> {
        match self.get(name) {
            None => Ok(None),
            Some(v) if valid_mobile(v) => Ok(Some(v.to_string())),
            Some(_) => Err(format!("Invalid {}", name)),
        }
    }

    /// A non-negative decimal with at most 2 places, within `max` (hundredths) when given.
    pub fn amount(&self, name: &str, max: Option<i64>) -> Result<Option<i64>, String> {
        match self.get(name) {
            None => Ok(None),
            Some(v) => match parse_money(v) {
                Some(n) if n >= 0 && max.map(|m| n <= m).unwrap_or(true) => Ok(Some(n)),
                _ => Err(match max {
                    Some(m) => format!("Invalid {}. Allowed values are: 0 to {}", name, m / 100),
                    None => format!("Invalid {}", name),
                }),
            },
        }
    }
}

pub(crate) fn not_allowed(name: &str, allowed: &[&str]) -> String {
    format!("Invalid {}. Allowed values are: {}", name, allowed.join(", "))
}

fn valid_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else { return false };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.chars().any(|c| c.is_whitespace() || c == ',' || c == ';')
        && !domain.contains('@')
}

fn valid_mobile(s: &str) -> bool {
    let digits = s.chars().filter(|c| c.is_ascii_digit()).count();
    (6..=15).contains(&digits) && s.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c))
}

/// A decimal with an optional sign and at most 2 places → hundredths.
pub(crate) fn parse_money(s: &str) -> Option<i64> {
    let s = s.trim();
    let (neg, rest) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (int, frac) = match rest.split_once('.') {
        Some((i, f)) => (i, f),
        None => (rest, ""),
    };
    if int.is_empty() || int.len() > 12 || frac.len() > 2 || !int.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if rest.ends_with('.') {
        return None;
    }
    let mut v: i64 = int.parse::<i64>().ok()? * 100;
    if !frac.is_empty() {
        let f: i64 = frac.parse().ok()?;
        v += if frac.len() == 1 { f * 10 } else { f };
    }
    Some(if neg { -v } else { v })
}

pub(crate) fn money(v: i64) -> String {
    let sign = if v < 0 { "-" } else { "" };
    format!("{}{}.{:02}", sign, v.abs() / 100, v.abs() % 100)
}

/// SQL `LIKE` with MySQL's default case-insensitive collation: `%` any run, `_` one character,
/// `\` escapes the next character.
pub(crate) fn like(pattern: &str, text: &str) -> bool {
    #[derive(Clone, Copy, PartialEq)]
    enum Tok {
        Any,
        One,
        Lit(char),
    }
    let mut toks = Vec::new();
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        toks.push(match c {
            '%' => Tok::Any,
            '_' => Tok::One,
            '\\' => Tok::Lit(chars.next().unwrap_or('\\')),
            c => Tok::Lit(c),
        });
    }
    let fold = |c: char| c.to_lowercase().next().unwrap_or(c);
    let text: Vec<char> = text.chars().map(fold).collect();
    // Iterative matching with backtracking to the last `%`.
    let (mut p, mut t) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        match toks.get(p) {
            Some(Tok::Any) => {
                star = Some((p, t));
                p += 1;
            }
            Some(Tok::One) => {
                p += 1;
                t += 1;
            }
            Some(Tok::Lit(c)) if fold(*c) == text[t] => {
                p += 1;
                t += 1;
            }
            _ => match star {
                Some((sp, st)) => {
                    p = sp + 1;
                    t = st + 1;
                    star = Some((sp, st + 1));
                }
                None => return false,
            },
        }
    }
    toks[p.min(toks.len())..].iter().all(|t| *t == Tok::Any)
}

/// Paging and sorting of a list call.
pub(crate) struct ListOpts {
    pub limit: usize,
    pub offset: usize,
    pub sort_field: &'static str,
    pub desc: bool,
    pub count: bool,
}

impl ListOpts {
    pub fn parse(p: &Params, sort_fields: &[&'static str]) -> Result<ListOpts, String> {
        let limit = match p.get("rows_limit") {
            None => 10,
            Some(v) if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) => {
                let n = v.parse::<u64>().unwrap_or(u64::MAX);
                if n == 0 {
                    return Err("Invalid rows_limit. Allowed values are: 1 to 100".into());
                }
                n.min(100) as usize
            }
            Some(_) => return Err("Invalid rows_limit. Allowed values are: 1 to 100".into()),
        };
        let offset = match p.get("rows_offset") {
            None => 0,
            Some(v) if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) => v.parse::<usize>().unwrap_or(usize::MAX),
            Some(_) => return Err("Invalid rows_offset".into()),
        };
        let sort_field = match p.get("sort_field") {
            None => "id",
            Some(v) => sort_fields.iter().find(|f| **f == v).copied().ok_or_else(|| not_allowed("sort_field", sort_fields))?,
        };
        let desc = match p.get("sort_order").map(|v| v.to_ascii_lowercase()) {
            None => false,
            Some(v) if v == "asc" => false,
            Some(v) if v == "desc" => true,
            Some(_) => return Err(not_allowed("sort_order", &["asc", "desc"])),
        };
        let count = match p.get("show_count") {
            None | Some("0") => false,
            Some("1") => true,
            Some(_) => return Err(not_allowed("show_count", &["0", "1"])),
        };
        Ok(ListOpts { limit, offset, sort_field, desc, count })
    }

    /// Sorts (`key` compares two rows on the sort field; ties by id ascending), then pages or counts.
    pub fn apply<T>(
        &self,
        mut rows: Vec<&T>,
        id: impl Fn(&T) -> u64,
        key: impl Fn(&T, &T) -> std::cmp::Ordering,
        row: impl Fn(&T) -> Value,
    ) -> Value {
        if self.count {
            return json!({"count": rows.len().to_string()});
        }
        rows.sort_by(|a, b| {
            let k = key(a, b);
            let k = if self.desc { k.reverse() } else { k };
            k.then_with(|| id(a).cmp(&id(b)))
        });
        Value::Array(rows.into_iter().skip(self.offset).take(self.limit).map(row).collect())
    }
}

/// An optional id column as text (`""` when there is none).
pub(crate) fn opt_id(v: Option<u64>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// The id of the ISP or reseller a new row belongs to (the ¹ rule in the module comment): the
/// login user's own when it has one (a sent id must then be that one), else the sent id, which
/// must pass `exists`.
pub(crate) fn owner_id(own: Option<u64>, sent: Option<u64>, name: &str, exists: impl Fn(u64) -> bool) -> Result<u64, String> {
    match (own, sent) {
        (Some(own), None) => Ok(own),
        (Some(own), Some(sent)) if sent == own => Ok(own),
        (None, Some(sent)) if exists(sent) => Ok(sent),
        (_, Some(_)) => Err(format!("Invalid {}", name)),
        (None, None) => Err(format!("{} is required", name)),
    }
}

/// Case-insensitive string order, as MySQL's default collation sorts.
pub(crate) fn ci(a: &str, b: &str) -> std::cmp::Ordering {
    a.to_lowercase().cmp(&b.to_lowercase())
}

/// Whether a `created` timestamp lies within `created_from` / `created_upto` (days, inclusive).
pub(crate) fn in_dates(created: i64, from: Option<i64>, upto: Option<i64>) -> bool {
    let day = created.div_euclid(DAY);
    from.map(|f| day >= f).unwrap_or(true) && upto.map(|u| day <= u).unwrap_or(true)
}

impl Default for NeuCrm {
    fn default() -> Self {
        Self::new()
    }
}

impl NeuCrm {
    /// A fresh installation with the deterministic seed data.
    pub fn new() -> Self {
        seed::seed()
    }

    /// Answers one request whose path has the `/neucrm` prefix removed.
    pub fn handle(&mut self, req: &Request) -> Response {
        let path = req.path.trim_end_matches('/');
        let Some(rest) = path.strip_prefix("/api/") else {
            return Response::unknown_path();
        };
        if !req.method.eq_ignore_ascii_case("POST") {
            return answer(Err("Only POST requests are allowed".into()));
        }
        let route = match rest {
            "customer/list" | "customer/create" | "customer/update" | "customer/delete" | "reseller/list" | "reseller/create"
            | "reseller/update" | "reseller/delete" | "reseller/wallet_txn" | "reseller/wallet_update" => rest,
            "reseller/credits_usage" => "reseller/wallet_txn",
            _ => return answer(Err("Invalid API endpoint".into())),
        };
        let p = Params(Form::from_request(req));
        let login = match self.authenticate(&p) {
            Ok(i) => i,
            Err(e) => return answer(Err(e)),
        };
        let (isp, res) = (self.logins[login].ispid, self.logins[login].resellerid);
        let who = Who { ispid: isp, resellerid: res };
        answer(match route {
            "customer/list" => self.customer_list(&who, &p),
            "customer/create" => self.customer_create(&who, &p, req.now),
            "customer/update" => self.customer_update(&who, &p, req.now),
            "customer/delete" => self.customer_delete(&who, &p),
            "reseller/list" => self.reseller_list(&who, &p),
            "reseller/create" => self.reseller_create(&who, &p, req.now),
            "reseller/update" => self.reseller_update(&who, &p),
            "reseller/delete" => self.reseller_delete(&who, &p),
            "reseller/wallet_txn" => self.wallet_txn(&who, &p),
            _ => self.wallet_update(&who, &p, req.now),
        })
    }

    /// The ISP a new customer or reseller belongs to (the ¹ rule in the module comment).
    fn owner_isp(&self, who: &Who, p: &Params) -> Result<u64, String> {
        owner_id(who.ispid, p.id("ispid")?, "ispid", |id| self.isps.contains(&id))
    }

    fn authenticate(&self, p: &Params) -> Result<usize, String> {
        let (Some(userid), Some(key)) = (p.get("userid"), p.get("api_key")) else {
            return Err("userid and api_key are required".into());
        };
        let Some(userid) = parse_id(userid) else {
            return Err("Invalid userid. Send the numerical user ID, not the username".into());
        };
        self.logins
            .iter()
            .position(|l| l.userid == userid && l.api_key == key)
            .ok_or_else(|| "Invalid userid or api_key".to_string())
    }
}

/// What the login user may see: its ISP and reseller, when it belongs to one.
pub(crate) struct Who {
    pub ispid: Option<u64>,
    pub resellerid: Option<u64>,
}

impl Who {
    pub fn sees(&self, ispid: u64, resellerid: u64) -> bool {
        self.ispid.map(|i| i == ispid).unwrap_or(true) && self.resellerid.map(|r| r == resellerid).unwrap_or(true)
    }
}
