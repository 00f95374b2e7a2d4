//! `reseller/list`, `reseller/create`, `reseller/update`, `reseller/delete`,
//! `reseller/wallet_txn` (alias `reseller/credits_usage`), `reseller/wallet_update`.

use super::*;
use crate::dates::datetime;

const SORT_FIELDS: &[&str] = &["id", "ispid", "type", "name", "code", "state", "wallet"];
const TXN_SORT_FIELDS: &[&str] = &["id"];
const PERMISSION_DENIED: &str = "Permission denied";
/// 100.00 %, in hundredths.
const MAX_COMMISSION: i64 = 10000;

pub(crate) fn reseller_row(r: &Reseller) -> Value {
    json!({
        "id": r.id.to_string(),
        "ispid": r.ispid.to_string(),
        "type": r.kind,
        "name": r.name,
        "code": r.code,
        "address": r.address,
        "mobile": r.mobile,
        "email": r.email,
        "state": r.state,
        "invoice_by": r.invoice_by,
        "payment_by": r.payment_by,
        "commission_percent": money(r.commission),
        "credit_limit": money(r.credit_limit),
        "wallet": money(r.wallet),
        "created": datetime(r.created),
    })
}

pub(crate) fn txn_row(t: &WalletTxn) -> Value {
    json!({
        "id": t.id.to_string(),
        "ispid": t.ispid.to_string(),
        "resellerid": t.resellerid.to_string(),
        "txn_code": t.txn_code,
        "serviceid": opt_id(t.serviceid),
        "customerid": opt_id(t.customerid),
        "amount": money(t.amount),
        "balance": money(t.balance),
        "description": t.description,
        "created": datetime(t.created),
    })
}

impl NeuCrm {
    pub(super) fn reseller_list(&self, who: &Who, p: &Params) -> Outcome {
        let ispid = p.id("ispid")?;
        let resellerid = p.id("resellerid")?;
        let invoice_by = p.one_of("invoice_by", INVOICE_BY)?;
        let payment_by = p.one_of("payment_by", PAYMENT_BY)?;
        let kind = p.one_of("type", RESELLER_TYPES)?;
        let name = p.get("name").map(|v| format!("%{}%", v));
        let code = p.get("code").map(|v| format!("%{}%", v));
        let state = p.get("state");
        let from = p.date("created_from")?;
        let upto = p.date("created_upto")?;
        let opts = ListOpts::parse(p, SORT_FIELDS)?;
        let rows: Vec<&Reseller> = self
            .resellers
            .iter()
            .filter(|r| who.sees(r.ispid, r.id))
            .filter(|r| ispid.map(|v| v == r.ispid).unwrap_or(true))
            .filter(|r| resellerid.map(|v| v == r.id).unwrap_or(true))
            .filter(|r| invoice_by.map(|v| v == r.invoice_by).unwrap_or(true))
            .filter(|r| payment_by.map(|v| v == r.payment_by).unwrap_or(true))
            .filter(|r| kind.map(|v| v == r.kind).unwrap_or(true))
            .filter(|r| name.as_deref().map(|n| like(n, &r.name)).unwrap_or(true))
            .filter(|r| code.as_deref().map(|c| like(c, &r.code)).unwrap_or(true))
            .filter(|r| state.map(|s| s.eq_ignore_ascii_case(&r.state)).unwrap_or(true))
            .filter(|r| in_dates(r.created, from, upto))
            .collect();
        let field = opts.sort_field;
        Ok(opts.apply(
            rows,
            |r| r.id,
            |a, b| match field {
                "ispid" => a.ispid.cmp(&b.ispid),
                "type" => ci(&a.kind, &b.kind),
                "name" => ci(&a.name, &b.name),
                "code" => ci(&a.code, &b.code),
                "state" => ci(&a.state, &b.state),
                "wallet" => a.wallet.cmp(&b.wallet),
                _ => a.id.cmp(&b.id),
            },
            reseller_row,
        ))
    }

    fn code_taken(&self, code: &str, except: Option<u64>) -> bool {
        self.resellers.iter().any(|r| Some(r.id) != except && r.code.eq_ignore_ascii_case(code))
    }

    pub(super) fn reseller_create(&mut self, who: &Who, p: &Params, now: i64) -> Outcome {
        if who.resellerid.is_some() {
            return Err(PERMISSION_DENIED.into());
        }
        let ispid = self.owner_isp(who, p)?;
        for field in ["invoice_by", "payment_by", "type", "name", "code", "mobile", "email"] {
            p.need(field)?;
        }
        let invoice_by = p.one_of("invoice_by", INVOICE_BY)?.unwrap_or("ISP");
        let payment_by = p.one_of("payment_by", PAYMENT_BY)?.unwrap_or("ISP");
        let kind = p.one_of("type", RESELLER_TYPES)?.unwrap_or("Reseller");
        let mobile = p.mobile("mobile")?.unwrap_or_default();
        let email = p.email("email")?.unwrap_or_default();
        if kind == "Franchisee" {
            p.need("commission_percent")?;
            p.need("credit_limit")?;
        }
        let commission = p.amount("commission_percent", Some(MAX_COMMISSION))?.unwrap_or(0);
        let credit_limit = p.amount("credit_limit", None)?.unwrap_or(0);
        let code = p.get("code").unwrap_or("").to_string();
        if self.code_taken(&code, None) {
            return Err("Reseller code already exists".into());
        }
        let id = self.next_reseller_id;
        self.next_reseller_id += 1;
        let text = |f: &str| p.get(f).unwrap_or("").to_string();
        self.resellers.push(Reseller {
            id,
            ispid,
            kind: kind.to_string(),
            name: text("name"),
            code,
            address: text("address"),
            mobile,
            email,
            state: text("state"),
            invoice_by: invoice_by.to_string(),
            payment_by: payment_by.to_string(),
            commission,
            credit_limit,
            wallet: 0,
            created: now,
        });
        Ok(json!(id))
    }

    /// The reseller named by `resellerid` (and `ispid`, when sent) that the login user may write.
    fn writable_reseller(&self, who: &Who, p: &Params) -> Result<usize, String> {
        if who.resellerid.is_some() {
            return Err(PERMISSION_DENIED.into());
        }
        let id = p.need_id("resellerid")?;
        let ispid = p.id("ispid")?;
        let index = self
            .resellers
            .iter()
            .position(|r| r.id == id && who.sees(r.ispid, r.id))
            .ok_or_else(|| "Reseller not found".to_string())?;
        if ispid.map(|i| i != self.resellers[index].ispid).unwrap_or(false) {
            return Err("Invalid ispid".into());
        }
        Ok(index)
    }

    pub(super) fn reseller_update(&mut self, who: &Who, p: &Params) -> Outcome {
        let index = self.writable_reseller(who, p)?;
        let invoice_by = p.one_of("invoice_by", INVOICE_BY)?;
        let payment_by = p.one_of("payment_by", PAYMENT_BY)?;
        let kind = p.one_of("type", RESELLER_TYPES)?;
        let mobile = p.mobile("mobile")?;
        let email = p.email("email")?;
        let commission = p.amount("commission_percent", Some(MAX_COMMISSION))?;
        let credit_limit = p.amount("credit_limit", None)?;
        let code = p.get("code");
        let id = self.resellers[index].id;
        if code.map(|c| self.code_taken(c, Some(id))).unwrap_or(false) {
            return Err("Reseller code already exists".into());
        }
        let r = &mut self.resellers[index];
        let set = |slot: &mut String, v: Option<&str>| {
            if let Some(v) = v {
                *slot = v.to_string();
            }
        };
        set(&mut r.name, p.get("name"));
        set(&mut r.code, code);
        set(&mut r.address, p.get("address"));
        set(&mut r.mobile, mobile.as_deref());
        set(&mut r.email, email.as_deref());
        set(&mut r.state, p.get("state"));
        set(&mut r.invoice_by, invoice_by);
        set(&mut r.payment_by, payment_by);
        set(&mut r.kind, kind);
        if let Some(c) = commission {
            r.commission = c;
        }
        if let Some(c) = credit_limit {
            r.credit_limit = c;
        }
        Ok(json!("done"))
    }

    pub(super) fn reseller_delete(&mut self, who: &Who, p: &Params) -> Outcome {
        let index = self.writable_reseller(who, p)?;
        let id = self.resellers[index].id;
        if self.customers.iter().any(|c| c.resellerid == id) {
            return Err("Reseller has customers. Delete or move them first".into());
        }
        self.resellers.remove(index);
        Ok(json!("done"))
    }

    pub(super) fn wallet_txn(&self, who: &Who, p: &Params) -> Outcome {
        let id = p.id("id")?;
        let ispid = p.id("ispid")?;
        let resellerid = p.id("resellerid")?;
        let txn_code = p.one_of("txn_code", TXN_CODES)?;
        let serviceid = p.id("serviceid")?;
        let from = p.date("created_from")?;
        let upto = p.date("created_upto")?;
        let opts = ListOpts::parse(p, TXN_SORT_FIELDS)?;
        let rows: Vec<&WalletTxn> = self
            .txns
            .iter()
            .filter(|t| who.sees(t.ispid, t.resellerid))
            .filter(|t| id.map(|v| v == t.id).unwrap_or(true))
            .filter(|t| ispid.map(|v| v == t.ispid).unwrap_or(true))
            .filter(|t| resellerid.map(|v| v == t.resellerid).unwrap_or(true))
            .filter(|t| txn_code.map(|v| v == t.txn_code).unwrap_or(true))
            .filter(|t| serviceid.map(|v| Some(v) == t.serviceid).unwrap_or(true))
            .filter(|t| in_dates(t.created, from, upto))
            .collect();
        Ok(opts.apply(rows, |t| t.id, |a, b| a.id.cmp(&b.id), txn_row))
    }

    pub(super) fn wallet_update(&mut self, who: &Who, p: &Params, now: i64) -> Outcome {
        let index = self.writable_reseller(who, p)?;
        p.need("action")?;
        let action = p.one_of("action", WALLET_ACTIONS)?.unwrap_or("TopUp");
        let amt = parse_money(p.need("amt")?).ok_or_else(|| "Invalid amt".to_string())?;
        let (code, delta, description) = match action {
            "TopUp" if amt > 0 => ("Topup", amt, "Wallet top-up"),
            "Settlement" if amt > 0 => ("Settlement", -amt, "Wallet settlement"),
            "Adj" if amt != 0 => ("Adj", amt, "Wallet adjustment"),
            "Adj" => return Err("Invalid amt. Must not be 0".into()),
            _ => return Err("Invalid amt. Must be greater than 0".into()),
        };
        let r = &mut self.resellers[index];
        r.wallet = r.wallet.saturating_add(delta);
        let txn = WalletTxn {
            id: self.next_txn_id,
            ispid: r.ispid,
            resellerid: r.id,
            txn_code: code.to_string(),
            serviceid: None,
            customerid: None,
            amount: delta,
            balance: r.wallet,
            description: description.to_string(),
            created: now,
        };
        self.next_txn_id += 1;
        self.txns.push(txn);
        Ok(json!("done"))
    }
}
