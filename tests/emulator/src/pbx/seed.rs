//! The deterministic seed data of the PBX emulation (all names, numbers and secrets made up).
//!
//! Tenants: `1` = `T100` "Northwind Travel" (has a bit of everything), `2` = `T200` "Bluebird
//! Dental" (no phones, no IVRs), `3` = `T300` "Empty Test Tenant" (nothing at all).

use super::*;

fn st(v: &str) -> String {
    v.to_string()
}

#[allow(clippy::too_many_arguments)]
fn ext(id: u64, te_id: u64, name: &str, number: &str, cidnum: &str, cidname: &str, cw: &str, secret: &str, fmf: &str) -> Extension {
    Extension {
        id,
        te_id,
        name: st(name),
        number: st(number),
        cidnum: st(cidnum),
        cidname: st(cidname),
        callwaiting: st(cw),
        secret: st(secret),
        fmf_callerid: st(fmf),
    }
}

#[allow(clippy::too_many_arguments)]
fn did(id: u64, te_id: u64, country: &str, area: &str, number: &str, comment: &str, recording: &str, fax: &str, prefix: &str, nameprefix: &str) -> Did {
    Did {
        id,
        te_id,
        country: st(country),
        area: st(area),
        number: st(number),
        comment: st(comment),
        recording: st(recording),
        fax: st(fax),
        didprefix: st(prefix),
        didnameprefix: st(nameprefix),
    }
}

fn hunt(id: u64, te_id: u64, number: &str, name: &str, kind: &str, ringtime: &str, checkinuse: &str) -> Hunt {
    Hunt {
        id,
        te_id,
        number: st(number),
        name: st(name),
        kind: st(kind),
        ringtime: st(ringtime),
        checkinuse: st(checkinuse),
    }
}

fn cond(id: u64, te_id: u64, name: &str, kind: &str, tz: &str, params: &[&str]) -> Condition {
    let mut p: [String; 12] = Default::default();
    for (slot, v) in p.iter_mut().zip(params) {
        *slot = st(v);
    }
    Condition { id, te_id, name: st(name), kind: st(kind), timezone: st(tz), params: p }
}

fn dest(id: u64, te_id: u64, src: &str, dst: &str, ord: &str) -> Destination {
    Destination { id, te_id, src: st(src), dst: st(dst), ord: st(ord) }
}

pub(super) fn seed() -> Pbx {
    let users = vec![
        User { id: 1, username: st("admin"), email: st("pbx-admin@example.com"), password: st("pbx-demo-1"), tenants: None },
        User { id: 2, username: st("northwind"), email: st("it@northwind.example"), password: st("pbx-demo-2"), tenants: Some(vec![1]) },
        User { id: 3, username: st("Bluebird"), email: st("office@bluebird.example"), password: st("pbx-demo-3"), tenants: Some(vec![2]) },
        User { id: 4, username: st("auditor"), email: st("auditor@example.com"), password: st("pbx-demo-4"), tenants: Some(vec![]) },
    ];
    let tenants = vec![
        Tenant { id: 1, code: st("T100"), name: st("Northwind Travel") },
        Tenant { id: 2, code: st("T200"), name: st("Bluebird Dental") },
        Tenant { id: 3, code: st("T300"), name: st("Empty Test Tenant") },
    ];
    let nw = "Northwind Travel";
    let extensions = vec![
        ext(11, 1, "Ada Lovelace", "201", "15550100100", nw, "yes", "sw9Qx2Lm7Rb4Tz", "15550100100"),
        ext(12, 1, "Grace Hopper", "202", "15550100100", nw, "", "kP3vN8cW1yH6jD", "15550187202"),
        ext(13, 1, "Alan Turing", "203", "15550100101", nw, "", "Zt5mE2qR9wL0aX", "15550100101"),
        ext(14, 1, "Reception", "200", "15550100100", nw, "yes", "Hc4bU7nJ2sV8kM", "15550100100"),
        ext(15, 1, "Conference Room", "210", "", "Conference", "", "Ry1gF6tP3oQ9eW", ""),
        ext(16, 1, "Fax Line", "290", "15550100199", "Northwind Fax", "", "Lw8dS5hK0iB2uN", "15550100199"),
        ext(21, 2, "Front Desk", "301", "15550200200", "Bluebird Dental", "yes", "Ep6yC3zA9fG1rT", "15550200200"),
        ext(22, 2, "Dr. Imogen Park", "302", "15550200200", "Bluebird Dental", "", "Ux2kV7lM4jN8pQ", "15550288302"),
        ext(23, 2, "Hygiene Room", "303", "15550200201", "Bluebird Dental", "", "Bo0wX5sD1hZ6cY", "15550200201"),
    ];
    let dids = vec![
        did(2, 1, "USA", "New York", "15550100100", "Northwind - Main", "yes", "no", "", "NW "),
        did(3, 1, "", "", "15550100101", "", "no", "no", "", ""),
        did(30, 1, "USA", "New York", "15550100199", "Northwind - Fax", "no", "yes", "9", "FAX "),
        did(41, 2, "USA", "Boston", "15550200200", "Bluebird - Main", "yes", "no", "", "BB "),
        did(42, 2, "", "", "15550200201", "Bluebird - Hygiene", "no", "no", "", ""),
    ];
    let hunts = vec![
        hunt(3, 1, "501", "Sales", "RINGALL", "60", ""),
        hunt(4, 1, "502", "Support", "RINGALL", "60", "yes"),
        hunt(5, 1, "503", "After Hours", "HUNT", "30", ""),
        hunt(7, 2, "601", "Front Desk Group", "RINGALL", "45", ""),
    ];
    let phones = vec![
        Phone { id: 1, te_id: 1, name: st("Reception Desk"), pm_id: st("1"), mac: st("00:15:65:aa:00:01"), filename: st("001565aa0001.cfg") },
        Phone { id: 2, te_id: 1, name: st("Ada Desk Phone"), pm_id: st("2"), mac: st("00:15:65:aa:00:02"), filename: st("001565aa0002.cfg") },
        Phone { id: 3, te_id: 1, name: st("Conference Speaker"), pm_id: st("3"), mac: st("80:5e:c0:11:22:33"), filename: st("805ec0112233.cfg") },
    ];
    let voicemails = vec![
        Voicemail { id: 55, te_id: 1, fullname: st("General Delivery Voicemail"), email: st("voicemail@northwind.example") },
        Voicemail { id: 56, te_id: 1, fullname: st("Ada Lovelace"), email: st("ada.vm@northwind.example") },
        Voicemail { id: 61, te_id: 2, fullname: st("Front Desk Voicemail"), email: st("frontdesk@bluebird.example") },
    ];
    let conditions = vec![
        cond(2, 1, "VIP Callers", "CALLERID", "", &["15550188001", "15550188002"]),
        cond(3, 1, "Business Hours", "TIME", "America/New_York", &["mon-fri", "09:00-17:30"]),
        cond(4, 1, "Holiday Closure", "DATE", "America/New_York", &["2024-12-25", "2025-01-01"]),
        cond(8, 2, "Lunch Break", "TIME", "America/New_York", &["mon-fri", "12:00-13:00"]),
    ];
    let ivrs = vec![
        Ivr { id: 1, te_id: 1, name: st("Main Menu - EN") },
        Ivr { id: 4, te_id: 1, name: st("Main Menu - FR") },
    ];
    let customs = vec![
        Custom { id: 2, te_id: 1, name: st("Duty Manager Mobile"), ct_id: 1 },
        Custom { id: 3, te_id: 1, name: st("Closed Message"), ct_id: 2 },
        Custom { id: 9, te_id: 2, name: st("Dentist On Call"), ct_id: 1 },
    ];
    let destinations = vec![
        dest(156, 1, "CONDITION", "IVR", "1"),
        dest(157, 1, "NOTCONDITION", "VOICEMAIL", "1"),
        dest(158, 1, "DID", "CONDITION", "1"),
        dest(159, 1, "IVR", "HUNT", "1"),
        dest(160, 1, "IVR", "EXTENSION", "2"),
        dest(161, 1, "HUNT", "CUSTOM", "1"),
        dest(170, 2, "DID", "HUNT", "1"),
        dest(171, 2, "HUNT", "VOICEMAIL", "2"),
    ];
    Pbx {
        users,
        tenants,
        extensions,
        dids,
        hunts,
        phones,
        voicemails,
        conditions,
        ivrs,
        customs,
        destinations,
        cdrs: Vec::new(),
        next_phone_id: 0,
    }
}
