//! The deterministic seed data of the NeuCRM emulation (all names, numbers and addresses made up).
//!
//! - ISPs `1` and `2`.
//! - Logins: `1` super admin, `5` ISP 1, `6` ISP 2, `7` reseller 3 (keys in the module comment).
//! - Resellers `1`–`23` belong to ISP 1, `24`–`27` to ISP 2 (next id 28). Every third one
//!   (3, 6, …, 27) is a `Franchisee` with a commission, a credit limit and a wallet history;
//!   resellers 20–23 have no customers (so they can be deleted). Codes `R01`…`R27`.
//! - Customers `1001`–`1057` belong to ISP 1 (resellers 1–19 in turn), `1058`–`1065` to ISP 2
//!   (next id 1066). Every fifth one is an `Organisation`; five of every six have a service
//!   (`serviceid` = 4000 + id, PPPoE `username` = `<reseller code>_<first name><id>`, lower case).
//!   Created between 2023-03 and 2024-08.
//! - Wallet transactions for the franchisees, 2023 to 2024-06-30, more than 100 in all, ids in
//!   date order.

use super::*;
use crate::dates::{days_from_civil, DAY};

const PLACES: &[&str] = &[
    "Panaji", "Margao", "Vasco", "Mapusa", "Ponda", "Bicholim", "Canacona", "Quepem", "Sanguem", "Pernem", "Valpoi",
    "Curchorem", "Mysuru", "Hubballi", "Mangaluru", "Belagavi", "Udupi", "Karwar", "Kochi", "Thrissur", "Kollam",
    "Madurai", "Salem", "Pune", "Nashik", "Kolhapur", "Satara",
];
const SUFFIXES: &[&str] = &["Broadband", "Netlink", "Connect", "Cable & Net"];
const STATES: &[(&str, &str, &str)] = &[
    ("Goa", "Panaji", "403001"),
    ("Goa", "Margao", "403601"),
    ("Karnataka", "Bengaluru", "560001"),
    ("Karnataka", "Mysuru", "570001"),
    ("Maharashtra", "Pune", "411001"),
    ("Maharashtra", "Mumbai", "400001"),
    ("Kerala", "Kochi", "682001"),
    ("Tamil Nadu", "Chennai", "600001"),
];
const FIRST: &[&str] = &[
    "Aarav", "Diya", "Rohan", "Meera", "Kabir", "Ananya", "Vikram", "Isha", "Arjun", "Priya", "Nikhil", "Sneha", "Rahul",
    "Kavya", "Siddharth", "Pooja", "Aditya", "Neha", "Manoj", "Lakshmi", "Farhan", "Tara", "Joel", "Maria",
];
const LAST: &[&str] = &[
    "Naik", "Fernandes", "Kamat", "Shetty", "Pai", "Desai", "Menon", "Iyer", "Rao", "Kulkarni", "D'Souza", "Nair",
    "Joshi", "Gawas", "Prabhu", "Pillai",
];
const ORGS: &[&str] = &[
    "Sunrise Traders", "Bluewave Cafe", "Konkan Hardware", "Lotus Clinic", "Harbour Logistics", "Greenleaf School",
    "Coastal Bakers", "Zenith Pharma", "Monsoon Studios", "Spice Route Hotel", "Riverbend Dental", "Palm Grove Resort",
    "Anchor Marine",
];
const STREETS: &[&str] = &["MG Road", "Church Street", "Market Road", "Station Road", "Temple Lane", "Beach Road", "Hill View"];

fn st(v: &str) -> String {
    v.to_string()
}

fn at(y: i64, m: u32, d: u32, secs: i64) -> i64 {
    days_from_civil(y, m, d) * DAY + secs
}

pub(super) fn seed() -> NeuCrm {
    let logins = vec![
        Login { userid: 1, api_key: st("neucrm-admin-key"), ispid: None, resellerid: None },
        Login { userid: 5, api_key: st("neucrm-demo-key"), ispid: Some(1), resellerid: None },
        Login { userid: 6, api_key: st("neucrm-isp2-key"), ispid: Some(2), resellerid: None },
        Login { userid: 7, api_key: st("neucrm-reseller-key"), ispid: Some(1), resellerid: Some(3) },
    ];

    let mut resellers = Vec::new();
    for i in 1..=27u64 {
        let k = i as usize;
        let franchisee = i % 3 == 0;
        let (state, city, _) = STATES[k % STATES.len()];
        let code = format!("R{:02}", i);
        resellers.push(Reseller {
            id: i,
            ispid: if i <= 23 { 1 } else { 2 },
            kind: st(if franchisee { "Franchisee" } else { "Reseller" }),
            name: format!("{} {}", PLACES[k - 1], SUFFIXES[k % SUFFIXES.len()]),
            address: format!("{} {}, {}", 10 + k * 3, STREETS[k % STREETS.len()], city),
            mobile: format!("98220{:05}", 10007 * k % 100000),
            email: format!("{}@resellers.example", code.to_lowercase()),
            code,
            state: st(state),
            invoice_by: st(if franchisee || i % 2 == 0 { "Reseller" } else { "ISP" }),
            payment_by: st(["ISP", "Reseller", "ISP+Reseller"][(k + k / 3) % 3]),
            commission: if franchisee { [1000, 1250, 1500, 2000, 2500][k % 5] } else { 0 },
            credit_limit: if franchisee { [500000, 250000, 1000000][(k / 3 + 2) % 3] } else { 0 },
            wallet: 0,
            created: at(2023, 1, 5, 10 * 3600) + (i as i64) * 9 * DAY,
        });
    }

    let mut customers = Vec::new();
    for k in 0..65usize {
        let id = 1001 + k as u64;
        let (ispid, resellerid) = if k < 57 { (1, 1 + (k % 19) as u64) } else { (2, 24 + ((k - 57) % 4) as u64) };
        let org = k % 5 == 4;
        let first = FIRST[k % FIRST.len()];
        let last = LAST[(k * 7) % LAST.len()];
        let (state, city, zip) = STATES[(k * 3) % STATES.len()];
        let (name, surname, email, dob) = if org {
            let org_name = ORGS[(k / 5) % ORGS.len()];
            let slug: String = org_name.to_lowercase().chars().filter(|c| c.is_ascii_alphanumeric()).collect();
            (st(org_name), String::new(), format!("accounts@{}.example", slug), format!("{}-{:02}-{:02}", 1995 + k % 25, 1 + k % 12, 1 + k % 28))
        } else {
            let mail_last: String = last.to_lowercase().chars().filter(|c| c.is_ascii_alphanumeric()).collect();
            (
                st(first),
                st(last),
                format!("{}.{}{}@mail.example", first.to_lowercase(), mail_last, k),
                format!("{}-{:02}-{:02}", 1965 + (k * 3) % 40, 1 + (k * 5) % 12, 1 + (k * 11) % 28),
            )
        };
        let code = format!("r{:02}", resellerid);
        let has_service = k % 6 != 5;
        customers.push(Customer {
            id,
            ispid,
            resellerid,
            kind: st(if org { "Organisation" } else { "Individual" }),
            name,
            surname,
            dob,
            mobile: format!("9{:09}", 812_300_000 + k * 10_391),
            email,
            uniqueid: if k % 4 == 0 { format!("UID-{:05}", 20000 + k * 37) } else { String::new() },
            zipcode: st(zip),
            state: st(state),
            city: st(city),
            street: format!("{} {}", 1 + (k * 13) % 97, STREETS[k % STREETS.len()]),
            notes: if k % 7 == 3 { st("Prefers SMS reminders") } else { String::new() },
            serviceid: if has_service { Some(4000 + id) } else { None },
            username: if has_service { format!("{}_{}{}", code, first.to_lowercase(), id) } else { String::new() },
            created: at(2023, 3, 1, 9 * 3600 + (k as i64 % 9) * 3600 + (k as i64 * 367) % 3600) + (k as i64) * 8 * DAY,
            password_reset_at: String::new(),
        });
    }

    // Wallet history of the franchisees: an opening top-up of 5000.00, then monthly invoices
    // (debits) and payments (credits; every fourth month unpaid); one settlement and one
    // adjustment each. No wallet goes below minus its credit limit.
    let end = at(2024, 6, 30, 23 * 3600);
    // (created, resellerid, txn_code, amount, customerid, description)
    type Raw = (i64, u64, &'static str, i64, Option<u64>, String);
    let mut raw: Vec<Raw> = Vec::new();
    for r in resellers.iter().filter(|r| r.kind == "Franchisee") {
        let mine: Vec<&Customer> = customers.iter().filter(|c| c.resellerid == r.id && c.serviceid.is_some()).collect();
        let start = r.created + DAY;
        raw.push((start, r.id, "Topup", 500000, None, st("Opening wallet top-up")));
        let price = [49900, 69900, 99900, 149900][(r.id % 4) as usize];
        for m in 0..18i64 {
            let day = start + (m + 1) * 30 * DAY;
            if day > end {
                break;
            }
            if !mine.is_empty() {
                let c = mine[m as usize % mine.len()];
                let inv = format!("Invoice INV-{}-{:04} for service {}", r.code, m + 1, c.serviceid.unwrap_or(0));
                raw.push((day, r.id, "Invoice", -price, Some(c.id), inv));
                if m % 4 != 3 && day + 5 * DAY <= end {
                    raw.push((day + 5 * DAY, r.id, "Payment", price, Some(c.id), format!("Payment for INV-{}-{:04}", r.code, m + 1)));
                }
            }
            if m == 6 {
                raw.push((day + DAY, r.id, "Settlement", -100000, None, st("Quarterly settlement")));
            }
            if m == 9 {
                raw.push((day + 2 * DAY, r.id, "Adj", if r.id % 2 == 0 { 2550 } else { -1275 }, None, st("Rounding adjustment")));
            }
        }
    }
    raw.sort_by_key(|t| (t.0, t.1));
    let mut txns = Vec::new();
    for (i, (created, resellerid, code, amount, customerid, description)) in raw.into_iter().enumerate() {
        let Some(r) = resellers.iter_mut().find(|r| r.id == resellerid) else { continue };
        r.wallet += amount;
        txns.push(WalletTxn {
            id: i as u64 + 1,
            ispid: r.ispid,
            resellerid,
            txn_code: st(code),
            serviceid: customerid.map(|c| 4000 + c),
            customerid,
            amount,
            balance: r.wallet,
            description,
            created,
        });
    }

    NeuCrm {
        logins,
        isps: vec![1, 2],
        next_customer_id: 1066,
        next_reseller_id: 28,
        next_txn_id: txns.len() as u64 + 1,
        customers,
        resellers,
        txns,
    }
}
