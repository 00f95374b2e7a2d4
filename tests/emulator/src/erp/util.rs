//! Small helpers of the ERP emulation: customer ids, lenient field access and money.

use serde_json::{Map, Value};

use crate::codec::base64_decode;

/// A customer id as the portal sends it: raw digits (`4481`) or base64 of the digits (`NDQ4MQ==`).
pub fn customer_id(s: &str) -> Option<u32> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok();
    }
    let bytes = base64_decode(s)?;
    let text = String::from_utf8(bytes).ok()?;
    let text = text.trim();
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

/// A field of element_data as text: strings as they are, numbers and booleans written out.
pub fn text(ed: &Map<String, Value>, key: &str) -> Option<String> {
    match ed.get(key)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(if *b { "1".into() } else { "0".into() }),
        _ => None,
    }
}

/// A field that is present and not blank, trimmed.
pub fn field(ed: &Map<String, Value>, key: &str) -> Option<String> {
    text(ed, key)
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

/// The first present, non-blank field of several spellings.
pub fn field_any(ed: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| field(ed, k))
}

/// A non-negative integer field (None when absent or not a number).
pub fn uint(ed: &Map<String, Value>, key: &str) -> Option<u64> {
    field(ed, key)?.parse::<u64>().ok()
}

/// Money as cents from "2173.00", "2,173", "2173.5"; None when not a sane non-negative amount.
pub fn parse_money(s: &str) -> Option<i64> {
    let cleaned: String = s.trim().chars().filter(|c| *c != ',').collect();
    if cleaned.is_empty() || !cleaned.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let v: f64 = cleaned.parse().ok()?;
    if !v.is_finite() || !(0.0..=1.0e11).contains(&v) {
        return None;
    }
    Some((v * 100.0).round() as i64)
}

/// Cents written as "1234.00".
pub fn money(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let c = cents.unsigned_abs();
    format!("{sign}{}.{:02}", c / 100, c % 100)
}

/// Cents written with thousands separators: "12,345.00".
pub fn money_grouped(cents: i64) -> String {
    let plain = money(cents.abs());
    let (int, frac) = plain.split_once('.').unwrap_or((&plain, "00"));
    let mut grouped = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    format!("{}{grouped}.{frac}", if cents < 0 { "-" } else { "" })
}

/// Converts USD cents at an exchange rate (customer currency per USD).
pub fn convert(usd_cents: i64, rate: f64) -> i64 {
    let v = usd_cents as f64 * rate;
    if v.is_finite() && v.abs() < 9.0e15 {
        v.round() as i64
    } else {
        0
    }
}

/// An exchange rate as sent ("1", "1.3461"): positive and finite.
pub fn parse_rate(s: &str) -> Option<f64> {
    let v: f64 = s.trim().parse().ok()?;
    if v.is_finite() && v > 0.0 && v < 1.0e6 {
        Some(v)
    } else {
        None
    }
}
