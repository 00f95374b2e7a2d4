//! `customer/list`, `customer/create`, `customer/update`, `customer/delete`.

use super::*;
use crate::dates::datetime;

const SORT_FIELDS: &[&str] = &["id", "name", "mobile", "email"];

pub(crate) fn customer_row(c: &Customer) -> Value {
    json!({
        "id": c.id.to_string(),
        "ispid": c.ispid.to_string(),
        "resellerid": c.resellerid.to_string(),
        "type": c.kind,
        "name": c.name,
        "surname": c.surname,
        "dob": c.dob,
        "mobile": c.mobile,
        "email": c.email,
        "uniqueid": c.uniqueid,
        "zipcode": c.zipcode,
        "state": c.state,
        "city": c.city,
        "street": c.street,
        "notes": c.notes,
        "serviceid": opt_id(c.serviceid),
        "username": c.username,
        "created": datetime(c.created),
        "portal_password_reset_at": c.password_reset_at,
    })
}

/// A date of birth / registration: yyyy-mm-dd.
fn dob(p: &Params) -> Result<Option<String>, String> {
    match p.get("dob") {
        None => Ok(None),
        Some(v) => match parse_ymd(v) {
            Some(_) => Ok(Some(v.to_string())),
            None => Err("Invalid dob. Use yyyy-mm-dd format".into()),
        },
    }
}

fn owned(v: Option<&str>) -> Option<String> {
    v.map(str::to_string)
}

impl NeuCrm {
    pub(super) fn customer_list(&self, who: &Who, p: &Params) -> Outcome {
        let ispid = p.id("ispid")?;
        let resellerid = p.id("resellerid")?;
        let customerid = p.id("customerid")?;
        let serviceid = p.id("serviceid")?;
        let username = p.get("username");
        let kind = p.one_of("type", CUSTOMER_TYPES)?;
        let name = p.get("name");
        let mobile = p.get("mobile");
        let email = p.get("email");
        let zipcode = p.get("zipcode");
        let state = p.get("state");
        let city = p.get("city");
        let from = p.date("created_from")?;
        let upto = p.date("created_upto")?;
        let opts = ListOpts::parse(p, SORT_FIELDS)?;
        let eq = |want: Option<&str>, have: &str| want.map(|w| w.eq_ignore_ascii_case(have)).unwrap_or(true);
        let rows: Vec<&Customer> = self
            .customers
            .iter()
            .filter(|c| who.sees(c.ispid, c.resellerid))
            .filter(|c| ispid.map(|v| v == c.ispid).unwrap_or(true))
            .filter(|c| resellerid.map(|v| v == c.resellerid).unwrap_or(true))
            .filter(|c| customerid.map(|v| v == c.id).unwrap_or(true))
            .filter(|c| serviceid.map(|v| Some(v) == c.serviceid).unwrap_or(true))
            .filter(|c| username.map(|u| !c.username.is_empty() && like(u, &c.username)).unwrap_or(true))
            .filter(|c| kind.map(|k| k == c.kind).unwrap_or(true))
            .filter(|c| name.map(|n| like(n, &c.name)).unwrap_or(true))
            .filter(|c| mobile.map(|m| m == c.mobile).unwrap_or(true))
            .filter(|c| eq(email, &c.email) && eq(zipcode, &c.zipcode) && eq(state, &c.state) && eq(city, &c.city))
            .filter(|c| in_dates(c.created, from, upto))
            .collect();
        let field = opts.sort_field;
        Ok(opts.apply(
            rows,
            |c| c.id,
            |a, b| match field {
                "name" => ci(&a.name, &b.name),
                "mobile" => a.mobile.cmp(&b.mobile),
                "email" => ci(&a.email, &b.email),
                _ => a.id.cmp(&b.id),
            },
            customer_row,
        ))
    }

    /// The ISP and reseller a new customer belongs to (see the ¹ rule in the module comment).
    fn customer_owner(&self, who: &Who, p: &Params) -> Result<(u64, u64), String> {
        let ispid = self.owner_isp(who, p)?;
        let resellerid = owner_id(who.resellerid, p.id("resellerid")?, "resellerid", |id| {
            self.resellers.iter().any(|r| r.id == id && r.ispid == ispid)
        })?;
        Ok((ispid, resellerid))
    }

    pub(super) fn customer_create(&mut self, who: &Who, p: &Params, now: i64) -> Outcome {
        let (ispid, resellerid) = self.customer_owner(who, p)?;
        for field in ["type", "name", "mobile", "email", "zipcode", "state", "city", "street"] {
            p.need(field)?;
        }
        let kind = p.one_of("type", CUSTOMER_TYPES)?.unwrap_or("Individual");
        let mobile = p.mobile("mobile")?.unwrap_or_default();
        let email = p.email("email")?.unwrap_or_default();
        let dob = dob(p)?.unwrap_or_default();
        let id = self.next_customer_id;
        self.next_customer_id += 1;
        let text = |f: &str| p.get(f).unwrap_or("").to_string();
        self.customers.push(Customer {
            id,
            ispid,
            resellerid,
            kind: kind.to_string(),
            name: text("name"),
            surname: text("surname"),
            dob,
            mobile,
            email,
            uniqueid: text("uniqueid"),
            zipcode: text("zipcode"),
            state: text("state"),
            city: text("city"),
            street: text("street"),
            notes: text("notes"),
            serviceid: None,
            username: String::new(),
            created: now,
            password_reset_at: String::new(),
        });
        Ok(json!(id))
    }

    fn visible_customer(&self, who: &Who, p: &Params) -> Result<usize, String> {
        let id = p.need_id("customerid")?;
        self.customers
            .iter()
            .position(|c| c.id == id && who.sees(c.ispid, c.resellerid))
            .ok_or_else(|| "Customer not found".to_string())
    }

    pub(super) fn customer_update(&mut self, who: &Who, p: &Params, now: i64) -> Outcome {
        let index = self.visible_customer(who, p)?;
        // Validate everything before changing anything.
        let kind = p.one_of("type", CUSTOMER_TYPES)?;
        let mobile = p.mobile("mobile")?;
        let email = p.email("email")?;
        let dob = dob(p)?;
        let reset = p.one_of("reset_password", &["Y", "N"])?;
        let c = &mut self.customers[index];
        let set = |slot: &mut String, v: Option<String>| {
            if let Some(v) = v {
                *slot = v;
            }
        };
        set(&mut c.kind, kind.map(str::to_string));
        set(&mut c.name, owned(p.get("name")));
        set(&mut c.surname, owned(p.get("surname")));
        set(&mut c.dob, dob);
        set(&mut c.mobile, mobile);
        set(&mut c.email, email);
        set(&mut c.uniqueid, owned(p.get("uniqueid")));
        set(&mut c.zipcode, owned(p.get("zipcode")));
        set(&mut c.state, owned(p.get("state")));
        set(&mut c.city, owned(p.get("city")));
        set(&mut c.street, owned(p.get("street")));
        set(&mut c.notes, owned(p.get("notes")));
        if reset == Some("Y") {
            c.password_reset_at = datetime(now);
        }
        Ok(json!("done"))
    }

    pub(super) fn customer_delete(&mut self, who: &Who, p: &Params) -> Outcome {
        let index = self.visible_customer(who, p)?;
        self.customers.remove(index);
        Ok(json!("done"))
    }
}
