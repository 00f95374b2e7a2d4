//! `cdr/getCallHistory`: the document gives the request only, so the answer is invented in the shape
//! of a MiRTA (Asterisk) CDR table.
//!
//! Request fields: `start_date_ymd`, `end_date_ymd` (both `YYYY-MM-DD`, inclusive, required),
//! `tenant_code` (e.g. `T100`, required, case-insensitive), optional `firstdst` (exact number),
//! `disposition` (`ANSWERED`, `NO ANSWER`, `BUSY`, `FAILED`; case-insensitive) and `cost` (a
//! minimum cost: rows with `cost >= value`; non-numeric counts as 0 the way MySQL compares).
//!
//! Answer: `{"status":"success","data":[row, …]}` newest first, where every row is
//! `{"cdr_id","calldate":"YYYY-MM-DD HH:MM:SS","clid","src","dst","dcontext","channel","dstchannel",
//! "lastapp","duration","billsec","disposition","accountcode","uniqueid","firstdst","lastdst",
//! "wherelanded","direction":"in|out|internal","tenant_code","rate","cost"}`, all strings (`duration`
//! and `billsec` in seconds, `rate` per minute and `cost` with 4 decimals). No rows, or an unknown
//! tenant code → `Record Not Found.`; a missing field → `Please Enter Required Fields.`; a
//! malformed or impossible date → `Invalid Date Format.`.
//!
//! Seed: calls every day from 2024-01-01 to 2024-06-30 (UTC): 2–4 a day for `T100`, 0–2 a day for
//! `T200`, none for `T300`. Outbound answered calls cost `rate` (0.0120) per started minute; all
//! others cost 0.0000.

use super::{fail, list, Did, Extension, Hunt, Tenant, NOT_FOUND, REQUIRED};
use crate::dates::{datetime, days_from_civil, parse_ymd, DAY};
use crate::forms::Form;
use crate::http::Response;
use serde_json::{json, Value};

/// One call record: the filter keys and the row as sent.
pub(crate) struct Cdr {
    ts: i64,
    id: u64,
    tenant_code: String,
    firstdst: String,
    disposition: String,
    /// Cost in ten-thousandths.
    cost: i64,
    row: Value,
}

/// First and last seeded day.
const FIRST_DAY: (i64, u32, u32) = (2024, 1, 1);
const LAST_DAY: (i64, u32, u32) = (2024, 6, 30);

fn money(ten_thousandths: i64) -> String {
    format!("{}.{:04}", ten_thousandths / 10000, ten_thousandths % 10000)
}

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }
}

pub(crate) fn seed_cdrs(tenants: &[Tenant], extensions: &[Extension], dids: &[Did], hunts: &[Hunt]) -> Vec<Cdr> {
    let mut rng = Rng(0x5EED_CAFE_F00D_1234);
    let mut out = Vec::new();
    let first = days_from_civil(FIRST_DAY.0, FIRST_DAY.1, FIRST_DAY.2);
    let last = days_from_civil(LAST_DAY.0, LAST_DAY.1, LAST_DAY.2);
    let rate: i64 = 120; // 0.0120 per minute
    for day in first..=last {
        for tenant in tenants {
            let exts: Vec<&Extension> = extensions.iter().filter(|e| e.te_id == tenant.id).collect();
            let tdids: Vec<&Did> = dids.iter().filter(|d| d.te_id == tenant.id).collect();
            let thunts: Vec<&Hunt> = hunts.iter().filter(|h| h.te_id == tenant.id).collect();
            if exts.is_empty() {
                continue;
            }
            let calls = if tenant.code == "T100" { 2 + rng.below(3) } else { rng.below(3) };
            let mut times: Vec<i64> = (0..calls).map(|_| (8 * 3600 + rng.below(10 * 3600)) as i64).collect();
            times.sort_unstable();
            for secs in times {
                let id = out.len() as u64 + 1;
                let ts = day * DAY + secs;
                let ext = exts[rng.below(exts.len() as u64) as usize];
                let roll = rng.below(100);
                let disposition = match roll {
                    0..=69 => "ANSWERED",
                    70..=84 => "NO ANSWER",
                    85..=92 => "BUSY",
                    _ => "FAILED",
                };
                let answered = disposition == "ANSWERED";
                let ring = 3 + rng.below(18) as i64;
                let billsec = if answered { 5 + rng.below(900) as i64 } else { 0 };
                let external = format!("1555{:07}", rng.below(10_000_000));
                let kind = rng.below(10);
                let code = tenant.code.as_str();
                let chan = format!("{:08x}", id);
                let (direction, clid, src, dst, channel, dstchannel, lastdst, wherelanded) = if kind < 4 && !tdids.is_empty() {
                    let d = tdids[rng.below(tdids.len() as u64) as usize];
                    let (lastdst, landed) = if !thunts.is_empty() && rng.below(3) == 0 {
                        let h = thunts[rng.below(thunts.len() as u64) as usize];
                        (h.number.clone(), format!("HUNT {}", h.number))
                    } else if answered {
                        (ext.number.clone(), format!("EXTENSION {}", ext.number))
                    } else {
                        (format!("vm{}", ext.number), format!("VOICEMAIL {}", ext.number))
                    };
                    let dstchannel = if answered { format!("SIP/{}-{}-{}", ext.number, code, chan) } else { String::new() };
                    (
                        "in",
                        format!("\"{}\" <{}>", external, external),
                        external.clone(),
                        d.number.clone(),
                        format!("SIP/trunk-{}", chan),
                        dstchannel,
                        lastdst,
                        landed,
                    )
                } else if kind < 8 {
                    let dstchannel = if answered { format!("SIP/trunk-{}", chan) } else { String::new() };
                    (
                        "out",
                        format!("\"{}\" <{}>", ext.name, ext.number),
                        ext.number.clone(),
                        external.clone(),
                        format!("SIP/{}-{}-{}", ext.number, code, chan),
                        dstchannel,
                        external.clone(),
                        "TRUNK".to_string(),
                    )
                } else {
                    let other = exts[rng.below(exts.len() as u64) as usize];
                    let dstchannel = if answered { format!("SIP/{}-{}-{}", other.number, code, chan) } else { String::new() };
                    (
                        "internal",
                        format!("\"{}\" <{}>", ext.name, ext.number),
                        ext.number.clone(),
                        other.number.clone(),
                        format!("SIP/{}-{}-{}", ext.number, code, chan),
                        dstchannel,
                        other.number.clone(),
                        format!("EXTENSION {}", other.number),
                    )
                };
                let (row_rate, cost) = if direction == "out" {
                    (rate, if answered { rate * ((billsec + 59) / 60) } else { 0 })
                } else {
                    (0, 0)
                };
                let row = json!({
                    "cdr_id": id.to_string(),
                    "calldate": datetime(ts),
                    "clid": clid,
                    "src": src,
                    "dst": dst,
                    "dcontext": code,
                    "channel": channel,
                    "dstchannel": dstchannel,
                    "lastapp": "Dial",
                    "duration": (billsec + ring).to_string(),
                    "billsec": billsec.to_string(),
                    "disposition": disposition,
                    "accountcode": code,
                    "uniqueid": format!("{}.{}", ts, id),
                    "firstdst": dst,
                    "lastdst": lastdst,
                    "wherelanded": wherelanded,
                    "direction": direction,
                    "tenant_code": code,
                    "rate": money(row_rate),
                    "cost": money(cost),
                });
                out.push(Cdr {
                    ts,
                    id,
                    tenant_code: tenant.code.clone(),
                    firstdst: dst,
                    disposition: disposition.to_string(),
                    cost,
                    row,
                });
            }
        }
    }
    out
}

/// A decimal as MySQL would compare it with a number: leading numeric part, else 0;
/// in ten-thousandths.
fn loose_decimal(s: &str) -> i64 {
    let s = s.trim();
    let (neg, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let mut int: i64 = 0;
    let mut frac: i64 = 0;
    let mut frac_digits = 0;
    let mut seen_dot = false;
    for c in digits.chars() {
        match c {
            '0'..='9' if !seen_dot => int = int.saturating_mul(10).saturating_add(c as i64 - '0' as i64),
            '0'..='9' => {
                if frac_digits < 4 {
                    frac = frac * 10 + (c as i64 - '0' as i64);
                    frac_digits += 1;
                }
            }
            '.' if !seen_dot => seen_dot = true,
            _ => break,
        }
    }
    while frac_digits < 4 {
        frac *= 10;
        frac_digits += 1;
    }
    let v = int.saturating_mul(10000).saturating_add(frac);
    if neg {
        -v
    } else {
        v
    }
}

pub(crate) fn call_history(cdrs: &[Cdr], tenants: &[Tenant], form: &Form) -> Response {
    let (Some(start), Some(end), Some(code)) =
        (form.required("start_date_ymd"), form.required("end_date_ymd"), form.required("tenant_code"))
    else {
        return fail(REQUIRED);
    };
    let (Some(start), Some(end)) = (parse_ymd(start), parse_ymd(end)) else {
        return fail("Invalid Date Format.");
    };
    let code = code.trim();
    let Some(tenant) = tenants.iter().find(|t| t.code.eq_ignore_ascii_case(code)) else {
        return fail(NOT_FOUND);
    };
    let firstdst = form.required("firstdst").map(str::trim);
    let disposition = form.required("disposition").map(str::trim);
    let min_cost = form.required("cost").map(loose_decimal);
    let mut rows: Vec<&Cdr> = cdrs
        .iter()
        .filter(|c| c.tenant_code == tenant.code)
        .filter(|c| {
            let day = c.ts.div_euclid(DAY);
            day >= start && day <= end
        })
        .filter(|c| firstdst.map(|f| c.firstdst == f).unwrap_or(true))
        .filter(|c| disposition.map(|d| c.disposition.eq_ignore_ascii_case(d)).unwrap_or(true))
        .filter(|c| min_cost.map(|m| c.cost >= m).unwrap_or(true))
        .collect();
    rows.sort_by(|a, b| b.ts.cmp(&a.ts).then(b.id.cmp(&a.id)));
    list(rows.into_iter().map(|c| c.row.clone()).collect())
}
