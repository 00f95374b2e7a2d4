//! Emulation of the PBX admin API (`seeds/001_cce7d36a3878a886.txt`, api-notes §2): a PHP wrapper
//! over a MiRTA PBX database (`te_` tenants, `ex_` extensions, `hu_` hunt lists, `di_` DIDs, `co_`
//! conditions, `iv_` IVRs, `ph_` phones, `cu_` custom destinations, `de_` destinations).
//!
//! Every answer is HTTP 200 `application/json`: `{"status":"success","data":…}` or
//! `{"status":"failed","message":"…"}`. Every call needs HTTP Basic auth (seed `admin` /
//! `pbx-demo-1`); a missing or wrong one answers `{"status":"failed","message":"Unauthorized Access"}`.
//! All ids and values are strings. POST fields are read from an
//! `application/x-www-form-urlencoded` body (also when there is no Content-Type) or a
//! `multipart/form-data` body; like PHP's `$_POST`, any other body type yields no fields. A
//! repeated field: the last one wins. Write endpoints take one form field holding a JSON object.
//!
//! | route | method | fields | `data` on success |
//! | --- | --- | --- | --- |
//! | `/user/login` | GET | — | `{"user_id"}` of the Basic-auth user |
//! | `/user/get` | GET | — | `[{"us_id","us_username"}]`, by user name (case-insensitive) |
//! | `/user/tenants` | POST | `user` (e-mail address or user name) | `{"user_id","tenants":[{"te_id","te_name","te_code"}]}` |
//! | `/user/updatebyid` | POST | `user_id`, `password` | `{"msg":"Record Updated Successfully."}` (the new password is the Basic-auth password from then on) |
//! | `/destination/all` | POST | `tenant_id` | `[{"de_id","de_type_src","de_type_dst","de_ord"}]` |
//! | `/extension/bytenant` | POST | `tenant_id` | `[{"ex_id","ex_name","ex_number","ex_cidnum","ex_cidname","ex_callwaiting"}]` |
//! | `/extension/byid` | POST | `extension_id` | one-element array of the same row |
//! | `/extension/user` | POST | `tenant_id`, `extension_id` | `[{"name":"<ex_number>-<te_code>","host":"dynamic","secret"}]` |
//! | `/extension/usersecret` | POST | `tenant_id`, `extension_id` | the SIP secret, a bare string |
//! | `/extension/getCidNumber` | POST | `extension_id` | `ex_cidnum`, a bare string (may be `""`) |
//! | `/extension/getCidNumberList` | POST | `tenant_id` | `[{"ex_cidnum"}]`, one per extension |
//! | `/extension/GetFMFCallerId` | POST | `extension_id` | the follow-me caller id, a bare string |
//! | `/extension/GetFMFCallerIdList` | POST | `tenant_id` | `[{"GetFMFCallerId"}]`, one per extension |
//! | `/extension/updatebyid` | POST | `extension_id`, `extension={"ex_name","ex_number","ex_cidnum","ex_cidname","ex_callwaiting"}` (any subset) | `{"msg":"Record Updated Successfully."}` |
//! | `/did/bytenant` | POST | `tenant_id` | `[{"di_id","di_country","di_area","di_number","di_comment"}]` |
//! | `/did/byid` | POST | `did_id` | `[{"di_te_id","di_country","di_area","di_number","di_comment","di_recording","di_fax","di_didprefix","di_didnameprefix"}]` — no `di_id`; `di_te_id` is the tenant id |
//! | `/did/updatebyid` | POST | `did_id`, `did={"di_number","di_didprefix","di_didnameprefix","di_country","di_area","di_comment","di_recording","di_fax"}` (any subset) | `{"msg":"Record Updated Successfully."}` |
//! | `/hunt/bytenant` | POST | `tenant_id` | `[{"hu_id","hu_number","hu_name","hu_type","hu_ringtime"}]` |
//! | `/hunt/byid` | POST | `hunt_id` | one-element array, the row plus `hu_checkinuse` |
//! | `/hunt/updatebyid` | POST | `hunt_id`, `hunt={"hu_number","hu_name","hu_type","hu_ringtime","hu_checkinuse"}` (any subset) | `{"msg":"Record Updated Successfully."}` |
//! | `/hunt/deletebyid` | POST | `hunt_id` | `"Record Deleted Successfully."` |
//! | `/phone/bytenant` | POST | `tenant_id` | `[{"ph_id","ph_name","ph_te_id","ph_pm_id","ph_mac","ph_filename"}]` |
//! | `/phone/AddNewPhone` | POST | `phone={"ph_name","ph_te_id","ph_pm_id","ph_mac"` required, `"ph_filename"` optional (default: the MAC's letters and digits, lower-case, + `.cfg`); other keys such as `ph_http_user`/`ph_http_password` are accepted and not echoed`}` | `{"msg":"Record Inserted Successfully.","PhoneID"}` (ids grow like AUTO_INCREMENT, never reused); `ph_te_id` of no tenant → `Record Not Found.` |
//! | `/phone/deletebyid` | POST | `phone_id` | `"Record Deleted Successfully."` |
//! | `/voicemail/bytenant` | POST | `tenant_id` | `[{"uniqueid","context","fullname","email"}]` (`context` = tenant code) |
//! | `/condition/bytenant` | POST | `tenant_id` | `[{"co_id","co_name","co_type","co_timezone","co_param1"…"co_param12"}]` |
//! | `/ivr/bytenant` | POST | `tenant_id` | `[{"iv_id","iv_name"}]` |
//! | `/custom/bytenant` | POST | `tenant_id` | `[{"cu_id","cu_name","cu_ct_id","ct_name","ct_description"}]` |
//! | `/cdr/getCallHistory` | POST | `start_date_ymd`, `end_date_ymd` (YYYY-MM-DD, inclusive), `tenant_code` required; `firstdst`, `disposition`, `cost` optional | CDR rows, newest first (see [`cdr`]) |
//!
//! Failures (`message`): `Unauthorized Access` (Basic auth), `Please Enter Required Fields.`
//! (a required field missing or empty, a write field that is not a JSON object or holds no known
//! key), `Record Not Found.` (unknown id, an id of another tenant, and also any list with no rows:
//! the wrapper answers "not found" instead of an empty array), `Invalid Date Format.` (CDR dates),
//! `Unknown Method.` (GET on a POST route or the reverse). An unknown path answers the framework's
//! 404 HTML page.

mod cdr;
mod seed;

#[cfg(test)]
mod tests;

use crate::codec::base64_decode;
use crate::forms::{parse_id, Form};
use crate::http::{Request, Response};
use serde_json::{json, Value};

pub(crate) struct User {
    pub id: u64,
    pub username: String,
    pub email: String,
    pub password: String,
    /// `None`: every tenant (the administrator).
    pub tenants: Option<Vec<u64>>,
}

pub(crate) struct Tenant {
    pub id: u64,
    pub code: String,
    pub name: String,
}

pub(crate) struct Extension {
    pub id: u64,
    pub te_id: u64,
    pub name: String,
    pub number: String,
    pub cidnum: String,
    pub cidname: String,
    pub callwaiting: String,
    pub secret: String,
    pub fmf_callerid: String,
}

pub(crate) struct Did {
    pub id: u64,
    pub te_id: u64,
    pub country: String,
    pub area: String,
    pub number: String,
    pub comment: String,
    pub recording: String,
    pub fax: String,
    pub didprefix: String,
    pub didnameprefix: String,
}

pub(crate) struct Hunt {
    pub id: u64,
    pub te_id: u64,
    pub number: String,
    pub name: String,
    pub kind: String,
    pub ringtime: String,
    pub checkinuse: String,
}

pub(crate) struct Phone {
    pub id: u64,
    pub te_id: u64,
    pub name: String,
    pub pm_id: String,
    pub mac: String,
    pub filename: String,
}

pub(crate) struct Voicemail {
    pub id: u64,
    pub te_id: u64,
    pub fullname: String,
    pub email: String,
}

pub(crate) struct Condition {
    pub id: u64,
    pub te_id: u64,
    pub name: String,
    pub kind: String,
    pub timezone: String,
    pub params: [String; 12],
}

pub(crate) struct Ivr {
    pub id: u64,
    pub te_id: u64,
    pub name: String,
}

pub(crate) struct Custom {
    pub id: u64,
    pub te_id: u64,
    pub name: String,
    pub ct_id: u64,
}

pub(crate) struct Destination {
    pub id: u64,
    pub te_id: u64,
    pub src: String,
    pub dst: String,
    pub ord: String,
}

/// The state of one Pbx installation (one per scope).
pub struct Pbx {
    users: Vec<User>,
    tenants: Vec<Tenant>,
    extensions: Vec<Extension>,
    dids: Vec<Did>,
    hunts: Vec<Hunt>,
    phones: Vec<Phone>,
    voicemails: Vec<Voicemail>,
    conditions: Vec<Condition>,
    ivrs: Vec<Ivr>,
    customs: Vec<Custom>,
    destinations: Vec<Destination>,
    cdrs: Vec<cdr::Cdr>,
    /// The phone table's AUTO_INCREMENT: ids are not reused after a delete.
    next_phone_id: u64,
}

const REQUIRED: &str = "Please Enter Required Fields.";
const NOT_FOUND: &str = "Record Not Found.";
const UNAUTHORIZED: &str = "Unauthorized Access";
const UPDATED: &str = "Record Updated Successfully.";
const DELETED: &str = "Record Deleted Successfully.";

/// Custom destination types: (ct_id, ct_name, ct_description).
const CUSTOM_TYPES: &[(u64, &str, &str)] = &[
    (1, "FORWARD", "<t>Forward call to</t>"),
    (2, "PLAYBACK", "<t>Play a sound file</t>"),
    (3, "HANGUP", "<t>Hang up the call</t>"),
];

/// (path, method) of every route.
const ROUTES: &[(&str, &str)] = &[
    ("/user/login", "GET"),
    ("/user/get", "GET"),
    ("/user/tenants", "POST"),
    ("/user/updatebyid", "POST"),
    ("/destination/all", "POST"),
    ("/extension/bytenant", "POST"),
    ("/extension/byid", "POST"),
    ("/extension/user", "POST"),
    ("/extension/usersecret", "POST"),
    ("/extension/getCidNumber", "POST"),
    ("/extension/getCidNumberList", "POST"),
    ("/extension/GetFMFCallerId", "POST"),
    ("/extension/GetFMFCallerIdList", "POST"),
    ("/extension/updatebyid", "POST"),
    ("/did/bytenant", "POST"),
    ("/did/byid", "POST"),
    ("/did/updatebyid", "POST"),
    ("/hunt/bytenant", "POST"),
    ("/hunt/byid", "POST"),
    ("/hunt/updatebyid", "POST"),
    ("/hunt/deletebyid", "POST"),
    ("/phone/bytenant", "POST"),
    ("/phone/AddNewPhone", "POST"),
    ("/phone/deletebyid", "POST"),
    ("/voicemail/bytenant", "POST"),
    ("/condition/bytenant", "POST"),
    ("/ivr/bytenant", "POST"),
    ("/custom/bytenant", "POST"),
    ("/cdr/getCallHistory", "POST"),
];

fn ok(data: Value) -> Response {
    Response::json(200, &json!({"status": "success", "data": data}))
}

fn fail(message: &str) -> Response {
    Response::json(200, &json!({"status": "failed", "message": message}))
}

/// A list answer: the wrapper says "Record Not Found." rather than sending an empty array.
fn list(rows: Vec<Value>) -> Response {
    if rows.is_empty() {
        fail(NOT_FOUND)
    } else {
        ok(Value::Array(rows))
    }
}

fn msg(text: &str) -> Response {
    ok(json!({ "msg": text }))
}

/// The user name and password of an `Authorization: Basic …` header.
fn basic_credentials(req: &Request) -> Option<(String, String)> {
    let value = req.header("authorization")?.trim();
    let (scheme, rest) = value.split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = String::from_utf8(base64_decode(rest.trim())?).ok()?;
    let (user, pass) = decoded.split_once(':')?;
    Some((user.to_string(), pass.to_string()))
}

/// The object inside a JSON form field, values as strings (numbers as written, true → "1",
/// false/null → ""); None when the field is missing, not JSON, not an object or holds arrays/objects.
fn json_object_field(form: &Form, name: &str) -> Option<Vec<(String, String)>> {
    let raw = form.required(name)?;
    let value: Value = serde_json::from_str(raw.trim()).ok()?;
    let obj = value.as_object()?;
    let mut out = Vec::with_capacity(obj.len());
    for (k, v) in obj {
        let s = match v {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            Value::Bool(true) => "1".to_string(),
            Value::Bool(false) | Value::Null => String::new(),
            Value::Array(_) | Value::Object(_) => return None,
        };
        out.push((k.clone(), s));
    }
    Some(out)
}

/// `<id_field>` + `<json_field>={…}`: writes the known keys of the JSON object into the row
/// with that id. `column` names the row's field for a key (None: not a key this table takes).
fn update_by_id<T>(
    rows: &mut [T],
    form: &Form,
    id_field: &str,
    json_field: &str,
    id_of: fn(&T) -> u64,
    column: for<'a> fn(&'a mut T, &str) -> Option<&'a mut String>,
) -> Response {
    let (Some(raw), Some(_)) = (form.required(id_field), form.required(json_field)) else {
        return fail(REQUIRED);
    };
    let id = parse_id(raw);
    let Some(row) = rows.iter_mut().find(|r| Some(id_of(r)) == id) else {
        return fail(NOT_FOUND);
    };
    let Some(fields) = json_object_field(form, json_field) else { return fail(REQUIRED) };
    let mut known = 0;
    for (k, v) in fields {
        if let Some(slot) = column(row, &k) {
            *slot = v;
            known += 1;
        }
    }
    if known == 0 {
        return fail(REQUIRED);
    }
    msg(UPDATED)
}

/// `<id_field>`: deletes the row with that id.
fn delete_by_id<T>(rows: &mut Vec<T>, form: &Form, id_field: &str, id_of: fn(&T) -> u64) -> Response {
    let Some(raw) = form.required(id_field) else { return fail(REQUIRED) };
    let id = parse_id(raw);
    match rows.iter().position(|r| Some(id_of(r)) == id) {
        Some(i) => {
            rows.remove(i);
            ok(json!(DELETED))
        }
        None => fail(NOT_FOUND),
    }
}

/// The columns `/extension/updatebyid` may change.
fn extension_column<'a>(e: &'a mut Extension, key: &str) -> Option<&'a mut String> {
    Some(match key {
        "ex_name" => &mut e.name,
        "ex_number" => &mut e.number,
        "ex_cidnum" => &mut e.cidnum,
        "ex_cidname" => &mut e.cidname,
        "ex_callwaiting" => &mut e.callwaiting,
        _ => return None,
    })
}

/// The columns `/did/updatebyid` may change.
fn did_column<'a>(d: &'a mut Did, key: &str) -> Option<&'a mut String> {
    Some(match key {
        "di_number" => &mut d.number,
        "di_didprefix" => &mut d.didprefix,
        "di_didnameprefix" => &mut d.didnameprefix,
        "di_country" => &mut d.country,
        "di_area" => &mut d.area,
        "di_comment" => &mut d.comment,
        "di_recording" => &mut d.recording,
        "di_fax" => &mut d.fax,
        _ => return None,
    })
}

/// The columns `/hunt/updatebyid` may change.
fn hunt_column<'a>(h: &'a mut Hunt, key: &str) -> Option<&'a mut String> {
    Some(match key {
        "hu_number" => &mut h.number,
        "hu_name" => &mut h.name,
        "hu_type" => &mut h.kind,
        "hu_ringtime" => &mut h.ringtime,
        "hu_checkinuse" => &mut h.checkinuse,
        _ => return None,
    })
}

fn s(id: u64) -> String {
    id.to_string()
}

impl Default for Pbx {
    fn default() -> Self {
        Self::new()
    }
}

impl Pbx {
    /// A fresh installation with the deterministic seed data.
    pub fn new() -> Self {
        let mut pbx = seed::seed();
        pbx.cdrs = cdr::seed_cdrs(&pbx.tenants, &pbx.extensions, &pbx.dids, &pbx.hunts);
        pbx.next_phone_id = pbx.phones.iter().map(|p| p.id).max().unwrap_or(0) + 1;
        pbx
    }

    /// Answers one request whose path has the `/pbx` prefix removed.
    pub fn handle(&mut self, req: &Request) -> Response {
        let path = if req.path.len() > 1 { req.path.trim_end_matches('/') } else { req.path.as_str() };
        let Some(&(route, method)) = ROUTES.iter().find(|(p, _)| *p == path) else {
            return Response::unknown_path();
        };
        let Some(user_index) = self.authenticate(req) else {
            return fail(UNAUTHORIZED);
        };
        if !req.method.eq_ignore_ascii_case(method) {
            return fail("Unknown Method.");
        }
        let form = Form::from_request(req);
        match route {
            "/user/login" => ok(json!({ "user_id": s(self.users[user_index].id) })),
            "/user/get" => self.user_get(),
            "/user/tenants" => self.user_tenants(&form),
            "/user/updatebyid" => self.user_update(&form),
            "/destination/all" => self.by_tenant(&form, |p, te| {
                p.destinations
                    .iter()
                    .filter(|d| d.te_id == te)
                    .map(|d| {
                        json!({"de_id": s(d.id), "de_type_src": d.src, "de_type_dst": d.dst, "de_ord": d.ord})
                    })
                    .collect()
            }),
            "/extension/bytenant" => self.by_tenant(&form, |p, te| {
                p.extensions.iter().filter(|e| e.te_id == te).map(extension_row).collect()
            }),
            "/extension/byid" => match self.extension_by_form(&form) {
                Ok(i) => ok(json!([extension_row(&self.extensions[i])])),
                Err(r) => r,
            },
            "/extension/user" => match self.extension_of_tenant(&form) {
                Ok(i) => {
                    let e = &self.extensions[i];
                    let code = self.tenant_code(e.te_id);
                    ok(json!([{"name": format!("{}-{}", e.number, code), "host": "dynamic", "secret": e.secret}]))
                }
                Err(r) => r,
            },
            "/extension/usersecret" => match self.extension_of_tenant(&form) {
                Ok(i) => ok(json!(self.extensions[i].secret)),
                Err(r) => r,
            },
            "/extension/getCidNumber" => match self.extension_by_form(&form) {
                Ok(i) => ok(json!(self.extensions[i].cidnum)),
                Err(r) => r,
            },
            "/extension/getCidNumberList" => self.by_tenant(&form, |p, te| {
                p.extensions
                    .iter()
                    .filter(|e| e.te_id == te)
                    .map(|e| json!({"ex_cidnum": e.cidnum}))
                    .collect()
            }),
            "/extension/GetFMFCallerId" => match self.extension_by_form(&form) {
                Ok(i) => ok(json!(self.extensions[i].fmf_callerid)),
                Err(r) => r,
            },
            "/extension/GetFMFCallerIdList" => self.by_tenant(&form, |p, te| {
                p.extensions
                    .iter()
                    .filter(|e| e.te_id == te)
                    .map(|e| json!({"GetFMFCallerId": e.fmf_callerid}))
                    .collect()
            }),
            "/extension/updatebyid" => update_by_id(&mut self.extensions, &form, "extension_id", "extension", |e| e.id, extension_column),
            "/did/bytenant" => self.by_tenant(&form, |p, te| {
                p.dids
                    .iter()
                    .filter(|d| d.te_id == te)
                    .map(|d| {
                        json!({"di_id": s(d.id), "di_country": d.country, "di_area": d.area,
                               "di_number": d.number, "di_comment": d.comment})
                    })
                    .collect()
            }),
            "/did/byid" => self.did_by_id(&form),
            "/did/updatebyid" => update_by_id(&mut self.dids, &form, "did_id", "did", |d| d.id, did_column),
            "/hunt/bytenant" => self.by_tenant(&form, |p, te| {
                p.hunts
                    .iter()
                    .filter(|h| h.te_id == te)
                    .map(|h| {
                        json!({"hu_id": s(h.id), "hu_number": h.number, "hu_name": h.name,
                               "hu_type": h.kind, "hu_ringtime": h.ringtime})
                    })
                    .collect()
            }),
            "/hunt/byid" => self.hunt_by_id(&form),
            "/hunt/updatebyid" => update_by_id(&mut self.hunts, &form, "hunt_id", "hunt", |h| h.id, hunt_column),
            "/hunt/deletebyid" => delete_by_id(&mut self.hunts, &form, "hunt_id", |h| h.id),
            "/phone/bytenant" => self.by_tenant(&form, |p, te| {
                p.phones
                    .iter()
                    .filter(|ph| ph.te_id == te)
                    .map(|ph| {
                        json!({"ph_id": s(ph.id), "ph_name": ph.name, "ph_te_id": s(ph.te_id),
                               "ph_pm_id": ph.pm_id, "ph_mac": ph.mac, "ph_filename": ph.filename})
                    })
                    .collect()
            }),
            "/phone/AddNewPhone" => self.phone_add(&form),
            "/phone/deletebyid" => delete_by_id(&mut self.phones, &form, "phone_id", |ph| ph.id),
            "/voicemail/bytenant" => self.by_tenant(&form, |p, te| {
                let context = p.tenant_code(te);
                p.voicemails
                    .iter()
                    .filter(|v| v.te_id == te)
                    .map(|v| {
                        json!({"uniqueid": s(v.id), "context": context, "fullname": v.fullname, "email": v.email})
                    })
                    .collect()
            }),
            "/condition/bytenant" => self.by_tenant(&form, |p, te| {
                p.conditions
                    .iter()
                    .filter(|c| c.te_id == te)
                    .map(|c| {
                        let mut row = serde_json::Map::new();
                        row.insert("co_id".into(), json!(s(c.id)));
                        row.insert("co_name".into(), json!(c.name));
                        row.insert("co_type".into(), json!(c.kind));
                        row.insert("co_timezone".into(), json!(c.timezone));
                        for (i, v) in c.params.iter().enumerate() {
                            row.insert(format!("co_param{}", i + 1), json!(v));
                        }
                        Value::Object(row)
                    })
                    .collect()
            }),
            "/ivr/bytenant" => self.by_tenant(&form, |p, te| {
                p.ivrs
                    .iter()
                    .filter(|v| v.te_id == te)
                    .map(|v| json!({"iv_id": s(v.id), "iv_name": v.name}))
                    .collect()
            }),
            "/custom/bytenant" => self.by_tenant(&form, |p, te| {
                p.customs
                    .iter()
                    .filter(|c| c.te_id == te)
                    .map(|c| {
                        let (name, description) = CUSTOM_TYPES
                            .iter()
                            .find(|t| t.0 == c.ct_id)
                            .map(|t| (t.1, t.2))
                            .unwrap_or(("", ""));
                        json!({"cu_id": s(c.id), "cu_name": c.name, "cu_ct_id": s(c.ct_id),
                               "ct_name": name, "ct_description": description})
                    })
                    .collect()
            }),
            "/cdr/getCallHistory" => cdr::call_history(&self.cdrs, &self.tenants, &form),
            _ => Response::unknown_path(),
        }
    }

    /// The index of the Basic-auth user, if the credentials match.
    fn authenticate(&self, req: &Request) -> Option<usize> {
        let (user, pass) = basic_credentials(req)?;
        self.users.iter().position(|u| u.username == user && u.password == pass && !pass.is_empty())
    }

    fn tenant_code(&self, te_id: u64) -> String {
        self.tenants.iter().find(|t| t.id == te_id).map(|t| t.code.clone()).unwrap_or_default()
    }

    /// A `tenant_id`-keyed list: required field, "Record Not Found." when there are no rows.
    fn by_tenant(&self, form: &Form, rows: impl Fn(&Pbx, u64) -> Vec<Value>) -> Response {
        let Some(raw) = form.required("tenant_id") else { return fail(REQUIRED) };
        match parse_id(raw) {
            Some(te) => list(rows(self, te)),
            None => fail(NOT_FOUND),
        }
    }

    fn user_get(&self) -> Response {
        let mut users: Vec<&User> = self.users.iter().collect();
        users.sort_by_key(|u| (u.username.to_lowercase(), u.id));
        list(users.iter().map(|u| json!({"us_id": s(u.id), "us_username": u.username})).collect())
    }

    fn user_tenants(&self, form: &Form) -> Response {
        let Some(who) = form.required("user") else { return fail(REQUIRED) };
        let who = who.trim();
        let Some(user) = self
            .users
            .iter()
            .find(|u| u.email.eq_ignore_ascii_case(who) || u.username.eq_ignore_ascii_case(who))
        else {
            return fail(NOT_FOUND);
        };
        let tenants: Vec<Value> = self
            .tenants
            .iter()
            .filter(|t| user.tenants.as_ref().map(|ids| ids.contains(&t.id)).unwrap_or(true))
            .map(|t| json!({"te_id": s(t.id), "te_name": t.name, "te_code": t.code}))
            .collect();
        ok(json!({"user_id": s(user.id), "tenants": tenants}))
    }

    fn user_update(&mut self, form: &Form) -> Response {
        let (Some(raw), Some(password)) = (form.required("user_id"), form.required("password")) else {
            return fail(REQUIRED);
        };
        let id = parse_id(raw);
        match self.users.iter_mut().find(|u| Some(u.id) == id) {
            Some(u) => {
                u.password = password.to_string();
                msg(UPDATED)
            }
            None => fail(NOT_FOUND),
        }
    }

    fn extension_by_form(&self, form: &Form) -> Result<usize, Response> {
        let raw = form.required("extension_id").ok_or_else(|| fail(REQUIRED))?;
        let id = parse_id(raw);
        self.extensions.iter().position(|e| Some(e.id) == id).ok_or_else(|| fail(NOT_FOUND))
    }

    /// `tenant_id` + `extension_id`, the extension belonging to that tenant.
    fn extension_of_tenant(&self, form: &Form) -> Result<usize, Response> {
        let (Some(te), Some(ex)) = (form.required("tenant_id"), form.required("extension_id")) else {
            return Err(fail(REQUIRED));
        };
        let (te, ex) = (parse_id(te), parse_id(ex));
        self.extensions
            .iter()
            .position(|e| Some(e.id) == ex && Some(e.te_id) == te)
            .ok_or_else(|| fail(NOT_FOUND))
    }

    fn did_by_id(&self, form: &Form) -> Response {
        let Some(raw) = form.required("did_id") else { return fail(REQUIRED) };
        let id = parse_id(raw);
        match self.dids.iter().find(|d| Some(d.id) == id) {
            Some(d) => ok(json!([{
                "di_te_id": s(d.te_id),
                "di_country": d.country,
                "di_area": d.area,
                "di_number": d.number,
                "di_comment": d.comment,
                "di_recording": d.recording,
                "di_fax": d.fax,
                "di_didprefix": d.didprefix,
                "di_didnameprefix": d.didnameprefix,
            }])),
            None => fail(NOT_FOUND),
        }
    }

    fn hunt_by_id(&self, form: &Form) -> Response {
        let Some(raw) = form.required("hunt_id") else { return fail(REQUIRED) };
        let id = parse_id(raw);
        match self.hunts.iter().find(|h| Some(h.id) == id) {
            Some(h) => ok(json!([{
                "hu_id": s(h.id),
                "hu_number": h.number,
                "hu_name": h.name,
                "hu_type": h.kind,
                "hu_ringtime": h.ringtime,
                "hu_checkinuse": h.checkinuse,
            }])),
            None => fail(NOT_FOUND),
        }
    }

    fn phone_add(&mut self, form: &Form) -> Response {
        let Some(fields) = json_object_field(form, "phone") else { return fail(REQUIRED) };
        let get = |k: &str| {
            fields.iter().rev().find(|(key, _)| key == k).map(|(_, v)| v.trim().to_string()).unwrap_or_default()
        };
        let (name, te, pm, mac) = (get("ph_name"), get("ph_te_id"), get("ph_pm_id"), get("ph_mac"));
        if name.is_empty() || te.is_empty() || pm.is_empty() || mac.is_empty() {
            return fail(REQUIRED);
        }
        let Some(te_id) = parse_id(&te).filter(|id| self.tenants.iter().any(|t| t.id == *id)) else {
            return fail(NOT_FOUND);
        };
        let mut filename = get("ph_filename");
        if filename.is_empty() {
            let plain: String = mac.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
            filename = format!("{}.cfg", plain.to_lowercase());
        }
        let id = self.next_phone_id;
        self.next_phone_id += 1;
        self.phones.push(Phone {
            id,
            te_id,
            name,
            pm_id: pm,
            mac,
            filename,
        });
        ok(json!({"msg": "Record Inserted Successfully.", "PhoneID": s(id)}))
    }
}

fn extension_row(e: &Extension) -> Value {
    json!({
        "ex_id": s(e.id),
        "ex_name": e.name,
        "ex_number": e.number,
        "ex_cidnum": e.cidnum,
        "ex_cidname": e.cidname,
        "ex_callwaiting": e.callwaiting,
    })
}
