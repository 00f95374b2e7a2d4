//! The deterministic seed data of the ERP emulation (all values made up).

use std::collections::{BTreeMap, HashMap};

use serde_json::{json, Value};

use crate::dates::{date, DAY};
use super::util::money;
use super::{
    Account, Attachment, CmsUser, Customer, Entry, Erp, Extension, License, Reseller, Ticket,
};

/// 2024-01-01 00:00:00 UTC.
pub const BASE: i64 = 1_704_067_200;

/// The seed licenses of customer 4481: (key, edition key, simultaneous calls, maintenance until (days from BASE)).
pub const LICENSES: [(&str, &str, u32, i64); 12] = [
    ("EM01-PR08-4481-A1B2", "3CXPSPROF", 8, 820),
    ("EM02-PR16-4481-C3D4", "3CXPSPROF", 16, 700),
    ("EM03-PR64-4481-E5F6", "3CXPSPROF", 64, 760),
    ("EM04-EN16-4481-G7H8", "3CXPSPROFENT", 16, 790),
    ("EM05-EN32-4481-J9K1", "3CXPSPROFENT", 32, 640),
    ("EM06-PR04-4481-L2M3", "3CXPSPROF", 4, 500),
    ("EM07-PR24-4481-N4P5", "3CXPSPROF", 24, 610),
    ("EM08-EN08-4481-Q6R7", "3CXPSPROFENT", 8, 905),
    ("EM09-PR32-4481-S8T9", "3CXPSPROF", 32, 380),
    ("EM10-EN64-4481-U1V2", "3CXPSPROFENT", 64, 930),
    ("EM11-PR48-4481-W3X4", "3CXPSPROF", 48, 880),
    ("EM12-EN1K-4481-Y5Z6", "3CXPSPROFENT", 1024, 990),
];

const SUBJECTS: [&str; 8] = [
    "SIP trunk registration failing",
    "Cannot receive inbound calls",
    "Request to add new extensions",
    "Voicemail to e-mail not working",
    "Invoice clarification",
    "License key activation issue",
    "Call quality: one-way audio",
    "Change of billing contact",
];

fn customer(id: u32, name: &str, code: &str, email: &str, reseller: Reseller) -> Customer {
    Customer {
        id,
        name: name.into(),
        code: code.into(),
        email: email.into(),
        finance_email: format!("finance-{id}@example.com"),
        phone: "+65 6000 0000".into(),
        address1: "1 Example Street #01-01".into(),
        city: "Singapore".into(),
        state: "Singapore".into(),
        country: "Singapore".into(),
        permission: "1,2,3,4,5,6,7,8,9".into(),
        reseller,
        invoices: Vec::new(),
        credit_notes: Vec::new(),
        prepaid_notes: Vec::new(),
        deals: Vec::new(),
        leads: Vec::new(),
        referrals: Vec::new(),
        call_balances: Vec::new(),
        licenses: Vec::new(),
        users: Vec::new(),
        extensions: Vec::new(),
        tickets: Vec::new(),
        cart: Vec::new(),
    }
}

fn invoices() -> Vec<Value> {
    let types = [
        "3CX License",
        "Maintenance",
        "Cloud PBX Service",
        "SIP Trunk",
    ];
    let mut rows: Vec<(i64, Value)> = Vec::new();
    for i in 0..32i64 {
        let paid = i < 27;
        let at = if paid {
            BASE + (i * 13 + 2) * DAY
        } else {
            BASE + (27 * 13 + 5 + (i - 27) * 9) * DAY
        };
        let cents = (i * 7919 + 1237) % 300_000 + 10_000;
        let kind = types[(i % 4) as usize];
        let number = if paid {
            format!("INV-2024-{}", 1001 + i)
        } else {
            format!("INV-2025-{}", 2001 + i - 27)
        };
        rows.push((
            at,
            json!({
                "billId": (9001 + i).to_string(),
                "cus_invoice_no": number,
                "date": date(at),
                "total": money(cents),
                "currency_name": "USD",
                "billerCode": "EMU-SG",
                "invoice_type": kind,
                "invoice_status": if paid { "paid" } else { "unpaid" },
                "payment_link": if paid { String::new() } else { format!("https://pay.example.com/invoice/{number}") },
                "license_attach": if kind == "3CX License" { "1" } else { "0" },
                "paid_amount": money(if paid { cents } else { 0 }),
                "balance_amount": money(if paid { 0 } else { cents }),
            }),
        ));
    }
    rows.sort_by_key(|r| std::cmp::Reverse(r.0));
    rows.into_iter().map(|(_, v)| v).collect()
}

fn notes(prefix: &str, id_key: &str, count: i64, start: i64) -> Vec<Value> {
    let reasons = [
        "Service credit",
        "Overbilling adjustment",
        "Returned hardware",
        "Goodwill credit",
    ];
    (0..count)
        .rev()
        .map(|i| {
            let total = (i * 4513 + 2500) % 90_000 + 5_000;
            let balance = if i % 3 == 0 {
                total
            } else if i % 3 == 1 {
                total / 2
            } else {
                0
            };
            let mut row = json!({
                id_key: (start + i).to_string(),
                "Docnumber": format!("{prefix}-2024-{:04}", 101 + i),
                "Date": date(BASE + (i * 17 + 4) * DAY),
                "Totalamt": money(total),
                "Balanceamt": money(balance),
                "currency_name": "USD",
            });
            if prefix == "CN" {
                row["reason"] = json!(reasons[(i % 4) as usize]);
            }
            row
        })
        .collect()
}

fn tickets(next_entry: &mut u32) -> Vec<Ticket> {
    let staff = [(12u32, "Emu Support Agent"), (14u32, "Emu Billing Desk")];
    let mut out = Vec::new();
    for i in 0..32u32 {
        let open = i >= 9;
        let created = BASE + 60 * DAY + i as i64 * 2 * DAY + (i as i64 % 7) * 3600 + 9 * 3600;
        let dept_id = [3u32, 5, 1, 3, 2, 5, 3, 4][(i % 8) as usize];
        let subject = format!("{} (#{})", SUBJECTS[(i % 8) as usize], i + 1);
        let mut entries = Vec::new();
        let n = 3 + (i % 2);
        for e in 0..n {
            *next_entry += 1;
            let staff_side = e % 2 == 1;
            entries.push(Entry {
                id: *next_entry,
                staff: staff_side,
                poster: if staff_side {
                    staff[(i % 2) as usize].1.into()
                } else {
                    "Emu Networks Pte Ltd".into()
                },
                created: created + e as i64 * 5400,
                title: if e == 0 {
                    subject.clone()
                } else {
                    format!("Re: {subject}")
                },
                body: if staff_side {
                    format!(
                        "<p>Thank you for the details. Update {} from our side.</p>",
                        e
                    )
                } else if e == 0 {
                    format!(
                        "<p>Hello team, {}. Please check.</p>",
                        SUBJECTS[(i % 8) as usize].to_lowercase()
                    )
                } else {
                    "<p>Thanks, we are still seeing this. Logs attached.</p>".into()
                },
                attachments: if e == 2 {
                    vec![Attachment {
                        id: *next_entry,
                        name: "pbx-log.txt".into(),
                        size: 2048 + i as usize,
                        content_type: "text/plain".into(),
                    }]
                } else {
                    Vec::new()
                },
            });
        }
        out.push(Ticket {
            id: 7001 + i,
            number: (480_101 + i).to_string(),
            subject,
            dept_id,
            open,
            priority: ["Normal", "High", "Low", "Normal", "Emergency"][(i % 5) as usize].into(),
            source: if i % 3 == 0 {
                "Email".into()
            } else {
                "Web".into()
            },
            created,
            due: if i % 4 == 0 {
                None
            } else {
                Some(created + 3 * DAY)
            },
            closed: if open { None } else { Some(created + 4 * DAY) },
            assigned: if i % 5 == 4 {
                None
            } else {
                Some(staff[(i % 2) as usize])
            }
            .map(|(id, n)| (id, n.to_string())),
            user_name: "Emu Networks Pte Ltd".into(),
            user_email: "demo@example.com".into(),
            entries,
        });
    }
    out
}

fn demo_customer(next_entry: &mut u32) -> Customer {
    let mut c = customer(
        4481,
        "Emu Networks Pte Ltd",
        "EMU-4481",
        "demo@example.com",
        Reseller {
            biller_id: "2".into(),
            reseller_id: "910517".into(),
            api_key: "EmuRsK7q2Lw9xPz4Vb1N".into(),
            discount: "20".into(),
            currency: "USD".into(),
            symbol: "US $".into(),
            rate: "1".into(),
        },
    );
    c.invoices = invoices();
    c.credit_notes = notes("CN", "credit_note_id", 13, 3101);
    c.prepaid_notes = notes("PP", "prepaid_note_id", 4, 3201);
    let deal_status = ["Approved", "Pending", "Rejected"];
    c.deals = (0..3i64)
        .map(|i| {
            json!({
                "deal_id": (5101 + i).to_string(),
                "company_name": format!("Harbour Logistics {}", i + 1),
                "contact_name": format!("Contact Person {}", i + 1),
                "deal_value": money(250_000 + i * 125_000),
                "currency_name": "USD",
                "deal_status": deal_status[i as usize],
                "expected_close": date(BASE + (200 + i * 30) * DAY),
                "created_date": date(BASE + (150 + i * 20) * DAY),
            })
        })
        .collect();
    let lead_status = ["New", "Contacted", "Qualified", "Lost", "Converted"];
    c.leads = (0..5i64)
        .map(|i| {
            json!({
                "lead_id": (5201 + i).to_string(),
                "lead_name": format!("Lead {}", i + 1),
                "company_name": format!("Prospect Trading {}", i + 1),
                "phone": format!("+65 6100 00{:02}", i + 1),
                "email": format!("lead{}@example.org", i + 1),
                "lead_status": lead_status[i as usize],
                "created_date": date(BASE + (120 + i * 11) * DAY),
            })
        })
        .collect();
    c.referrals = (0..14i64)
        .rev()
        .map(|i| {
            json!({
                "referral_id": (5301 + i).to_string(),
                "referral_name": format!("Referral {}", i + 1),
                "company_name": format!("Referred Company {}", i + 1),
                "email": format!("referral{}@example.org", i + 1),
                "referral_date": date(BASE + (30 + i * 19) * DAY),
                "status": if i % 3 == 0 { "Converted" } else { "Pending" },
                "commission": money(if i % 3 == 0 { 5_000 + i * 700 } else { 0 }),
                "currency_name": "USD",
            })
        })
        .collect();
    c.call_balances = vec![
        json!({"bill_code": "870101", "service_name": "SIP Trunk SG", "balance": "152.40", "credit_limit": "500.00", "currency_name": "USD", "last_updated": date(BASE + 400 * DAY)}),
        json!({"bill_code": "870102", "service_name": "SIP Trunk MY", "balance": "48.15", "credit_limit": "200.00", "currency_name": "USD", "last_updated": date(BASE + 401 * DAY)}),
        json!({"bill_code": "870103", "service_name": "International Calls", "balance": "0.00", "credit_limit": "100.00", "currency_name": "USD", "last_updated": date(BASE + 395 * DAY)}),
    ];
    c.licenses = LICENSES
        .iter()
        .enumerate()
        .map(|(i, (key, edition, sc, until))| License {
            id: 6001 + i as u32,
            key: (*key).into(),
            edition_key: (*edition).into(),
            sc: *sc,
            purchased: BASE + (i as i64 * 23 + 1) * DAY,
            maintenance_until: BASE + until * DAY,
            invoice_no: format!("INV-2024-{}", 1001 + i * 2),
        })
        .collect();
    c.users = vec![
        CmsUser {
            id: 81,
            name: "ops@emu-networks.example".into(),
            permission: "1,2,3,6,7".into(),
            created: BASE + 40 * DAY,
        },
        CmsUser {
            id: 82,
            name: "billing@emu-networks.example".into(),
            permission: "1,2,4,5".into(),
            created: BASE + 55 * DAY,
        },
    ];
    let names = [
        "Reception",
        "Sales Desk",
        "Support Line",
        "Accounts",
        "Warehouse",
        "Conference Room",
    ];
    c.extensions = names
        .iter()
        .enumerate()
        .map(|(i, n)| Extension {
            id: 631 + i as u32,
            no: (101 + i).to_string(),
            name: (*n).into(),
        })
        .collect();
    c.tickets = tickets(next_entry);
    c
}

fn news() -> Vec<Value> {
    (0..12i64)
        .rev()
        .map(|i| {
            json!({
                "news_id": (401 + i).to_string(),
                "title": format!("{} {}", if i % 2 == 0 { "Product update" } else { "Webinar" }, i + 1),
                "short_description": format!("What is new in release {}.{}", 18 + i / 6, i % 6),
                "news_date": date(BASE + (i * 29 + 10) * DAY),
                "event_type": if i % 2 == 0 { "News" } else { "Event" },
                "link": format!("https://news.example.com/item/{}", 401 + i),
            })
        })
        .collect()
}

/// The installation as the seed describes it.
pub fn build() -> Erp {
    let mut next_entry = 8000;
    let demo = demo_customer(&mut next_entry);
    let empty = customer(
        4482,
        "Quiet Harbour Trading",
        "QHT-4482",
        "nootp@example.com",
        Reseller {
            biller_id: "2".into(),
            reseller_id: "910518".into(),
            api_key: "EmuRsK7q2Lw9xPz4Vb2M".into(),
            discount: "0".into(),
            currency: "SGD".into(),
            symbol: "S$".into(),
            rate: "1.35".into(),
        },
    );
    let mut customers = BTreeMap::new();
    customers.insert(demo.id, demo);
    customers.insert(empty.id, empty);
    Erp {
        accounts: vec![
            Account {
                username: "demo@example.com".into(),
                password: "erp-demo-1".into(),
                customer_id: 4481,
                otp: true,
            },
            Account {
                username: "nootp@example.com".into(),
                password: "erp-demo-1".into(),
                customer_id: 4482,
                otp: false,
            },
        ],
        customers,
        news: news(),
        sessions: HashMap::new(),
        issued: 0,
        next_id: 9500,
    }
}
