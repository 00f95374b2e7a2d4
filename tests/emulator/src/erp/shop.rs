//! The license order flow (editions, prices, upgrade and renewal quotes) and the shopping cart.
//!
//! Made-up price list in USD (per license, perpetual, 1 year of maintenance included); Enterprise is
//! Professional × 1.3; a year of maintenance (renewal, or an extra year on a new license) is 30 % of
//! the list price; an upgrade costs the list-price difference. Prices are converted with the
//! `currency_value` the request sends. The reseller discount (`dicountPercentage`) is informative:
//! cart totals do not apply it.

use serde_json::{json, Value};

use crate::dates::{date, DAY};
use super::util::{convert, field, field_any, money, money_grouped, parse_money, parse_rate};
use super::{fail, no_rows, Call, CartLine, Customer, Erp, License};

/// (edition key, name, rank).
pub const EDITIONS: [(&str, &str, u8); 2] = [
    ("3CXPSPROF", "Professional", 1),
    ("3CXPSPROFENT", "Enterprise", 2),
];
/// The simultaneous-call sizes on sale.
pub const SC_STEPS: [u32; 13] = [4, 8, 16, 24, 32, 48, 64, 96, 128, 192, 256, 512, 1024];
/// Professional list prices in USD cents, per entry of `SC_STEPS`.
const PRO_CENTS: [i64; 13] = [
    19_500, 39_500, 79_500, 109_500, 149_500, 219_500, 279_500, 409_500, 539_500, 799_500,
    1_059_500, 2_119_500, 4_239_500,
];

/// The display name of an edition key.
pub fn edition_name(key: &str) -> Option<&'static str> {
    EDITIONS.iter().find(|e| e.0 == key).map(|e| e.1)
}

fn rank(key: &str) -> Option<u8> {
    EDITIONS.iter().find(|e| e.0 == key).map(|e| e.2)
}

/// List price in USD cents.
pub fn list_price(edition_key: &str, sc: u32) -> Option<i64> {
    let i = SC_STEPS.iter().position(|s| *s == sc)?;
    let pro = PRO_CENTS[i];
    match rank(edition_key)? {
        1 => Some(pro),
        _ => Some(pro * 13 / 10),
    }
}

/// A year of maintenance in USD cents.
pub fn maintenance_price(edition_key: &str, sc: u32) -> Option<i64> {
    list_price(edition_key, sc).map(|p| p * 3 / 10)
}

/// An edition key from `"3CXPSPROFENT"` or `"3CXPSPROFENT/Enterprise"`, if known.
fn parse_edition(s: &str) -> Option<&'static str> {
    let key = s.split('/').next().unwrap_or("").trim();
    EDITIONS
        .iter()
        .find(|e| e.0.eq_ignore_ascii_case(key))
        .map(|e| e.0)
}

/// Simultaneous calls from `"16"` or `"16/1033.50"`, if on sale.
fn parse_sc(s: &str) -> Option<u32> {
    let n: u32 = s.split('/').next().unwrap_or("").trim().parse().ok()?;
    SC_STEPS.contains(&n).then_some(n)
}

/// The currency a quote is made in.
struct Pricing {
    currency: String,
    rate: f64,
    discount: String,
}

impl Pricing {
    fn data(&self, cents: i64) -> String {
        format!("{} {}", self.currency, money_grouped(cents))
    }
}

fn pricing(call: &Call, c: &Customer) -> Result<Pricing, Value> {
    let Some(currency) = field(call.ed, "customer_currency") else {
        return Err(fail("customer_currency is required"));
    };
    let Some(rate) = field(call.ed, "currency_value").and_then(|v| parse_rate(&v)) else {
        return Err(fail("currency_value is required"));
    };
    Ok(Pricing {
        currency: currency.to_ascii_uppercase(),
        rate,
        discount: c.reseller.discount.clone(),
    })
}

fn customer<'a>(erp: &'a Erp, call: &Call) -> Result<&'a Customer, Value> {
    erp.own_customer(call).ok_or_else(|| fail("Invalid customer"))
}

fn license<'a>(c: &'a Customer, call: &Call) -> Result<&'a License, Value> {
    let Some(key) = field_any(call.ed, &["license_key", "llicense_key"]) else {
        return Err(fail("license_key is required"));
    };
    c.licenses
        .iter()
        .find(|l| l.key.eq_ignore_ascii_case(&key))
        .ok_or_else(|| fail("Invalid license key"))
}

fn edition_rows(min_rank: u8) -> Vec<Value> {
    EDITIONS
        .iter()
        .filter(|e| e.2 >= min_rank)
        .map(|(key, name, _)| json!({"edition_key": key, "edition": name, "value": format!("{key}/{name}")}))
        .collect()
}

fn customer_3cx(c: &Customer) -> Value {
    let r = &c.reseller;
    json!({
        "Billerid": r.biller_id,
        "Resellerid": r.reseller_id,
        "Apikey": r.api_key,
        "Reseller_dis_per": r.discount,
        "Customer_currency": r.currency,
        "Currency_symbol": r.symbol,
        "Currency_value": r.rate,
    })
}

/// `online_order`: the editions on sale and the reseller data later steps send back.
pub fn online_order(erp: &mut Erp, call: &Call) -> Value {
    let c = match customer(erp, call) {
        Ok(c) => c,
        Err(e) => return e,
    };
    json!({
        "status": "true",
        "Total": EDITIONS.len().to_string(),
        "Edition": edition_rows(0),
        "Customer_3cx_data": customer_3cx(c),
    })
}

/// Checks the reseller data of `edition_change` / `concurrent_license_change` and the edition.
fn order_step(erp: &Erp, call: &Call) -> Result<(&'static str, Pricing), Value> {
    let c = customer(erp, call)?;
    let api_key = field(call.ed, "api_key").unwrap_or_default();
    let reseller_id = field(call.ed, "reseller_id").unwrap_or_default();
    if api_key != c.reseller.api_key || reseller_id != c.reseller.reseller_id {
        return Err(fail("Invalid reseller credentials"));
    }
    let Some(edition) = field(call.ed, "edition_key").and_then(|e| parse_edition(&e)) else {
        return Err(fail("Invalid edition"));
    };
    Ok((edition, pricing(call, c)?))
}

fn option_row(edition: &str, sc: u32, p: &Pricing) -> Value {
    let price = convert(list_price(edition, sc).unwrap_or(0), p.rate);
    let maint = convert(maintenance_price(edition, sc).unwrap_or(0), p.rate);
    json!({
        "simultaneous_call": sc.to_string(),
        "actual_price": money(price),
        "temp_price": money(price),
        "dicountPercentage": p.discount,
        "temp_maintenace_price": money(maint),
        "currency_name": p.currency,
        "price_data": p.data(price),
        "value": format!("{sc}/{}", money(price)),
    })
}

/// `edition_change`: the simultaneous-call options of an edition, priced.
pub fn edition_change(erp: &mut Erp, call: &Call) -> Value {
    let (edition, p) = match order_step(erp, call) {
        Ok(v) => v,
        Err(e) => return e,
    };
    let options: Vec<Value> = SC_STEPS
        .iter()
        .map(|sc| option_row(edition, *sc, &p))
        .collect();
    json!({
        "status": "true",
        "Total": options.len().to_string(),
        "edition_key": edition,
        "edition": edition_name(edition),
        "Options": options,
    })
}

/// `concurrent_license_change`: the price and maintenance of one edition / size.
pub fn concurrent_license_change(erp: &mut Erp, call: &Call) -> Value {
    let (edition, p) = match order_step(erp, call) {
        Ok(v) => v,
        Err(e) => return e,
    };
    let Some(sc) = field(call.ed, "simultaneous_call").and_then(|s| parse_sc(&s)) else {
        return fail("Invalid simultaneous_call");
    };
    let mut row = option_row(edition, sc, &p);
    let maint = row["temp_maintenace_price"]
        .as_str()
        .unwrap_or("0.00")
        .to_string();
    row["edition"] = json!(edition_name(edition));
    row["edition_key"] = json!(edition);
    row["perpetual"] = json!("1");
    row["maintenance"] = json!("0");
    row["message"] = json!(format!(
        "Includes 1 year of maintenance; each extra year costs {} {maint}",
        p.currency
    ));
    json!({"status": "true", "Options": [row]})
}

/// Whether `edition`/`sc` is an upgrade of the license.
fn is_upgrade(l: &License, edition: &str, sc: u32) -> bool {
    let (Some(from), Some(to)) = (rank(&l.edition_key), rank(edition)) else {
        return false;
    };
    to >= from && sc >= l.sc && (to > from || sc > l.sc)
}

fn upgrade_cents(l: &License, edition: &str, sc: u32) -> i64 {
    let to = list_price(edition, sc).unwrap_or(0);
    let from = list_price(&l.edition_key, l.sc).unwrap_or(0);
    (to - from).max(0)
}

/// `price_information_upgrade`: what a license can be upgraded to, priced.
pub fn price_information_upgrade(erp: &mut Erp, call: &Call) -> Value {
    let quote = || -> Result<Value, Value> {
        let c = customer(erp, call)?;
        let l = license(c, call)?;
        let p = pricing(call, c)?;
        let mut options = Vec::new();
        for (key, name, _) in EDITIONS.iter() {
            for sc in SC_STEPS
                .iter()
                .copied()
                .filter(|sc| is_upgrade(l, key, *sc))
            {
                let price = convert(upgrade_cents(l, key, sc), p.rate);
                options.push(json!({
                    "edition_key": key,
                    "edition": name,
                    "simultaneous_call": sc.to_string(),
                    "actual_price": money(price),
                    "temp_price": money(price),
                    "dicountPercentage": p.discount,
                    "currency_name": p.currency,
                    "price_data": p.data(price),
                    "value": format!("{sc}/{}", money(price)),
                }));
            }
        }
        if options.is_empty() {
            return Err(fail("No upgrade available for this license"));
        }
        let current_rank = rank(&l.edition_key).unwrap_or(0);
        Ok(json!({
            "status": "true",
            "Total": options.len().to_string(),
            "license_key": l.key,
            "current_edition": edition_name(&l.edition_key),
            "current_edition_key": l.edition_key,
            "current_simultaneous_call": l.sc.to_string(),
            "Edition": edition_rows(current_rank),
            "Simultaneouscall": options,
        }))
    };
    quote().unwrap_or_else(|e| e)
}

/// `simultaneous_call_change`: the upgrade quote for one edition / size.
pub fn simultaneous_call_change(erp: &mut Erp, call: &Call) -> Value {
    let quote = || -> Result<Value, Value> {
        let c = customer(erp, call)?;
        let l = license(c, call)?;
        let Some(edition) =
            field_any(call.ed, &["edition", "edition_key"]).and_then(|e| parse_edition(&e))
        else {
            return Err(fail("Invalid edition"));
        };
        let Some(sc) = field(call.ed, "simultaneous_call").and_then(|s| parse_sc(&s)) else {
            return Err(fail("Invalid simultaneous_call"));
        };
        if !is_upgrade(l, edition, sc) {
            return Err(fail("Not an upgrade of this license"));
        }
        let p = pricing(call, c)?;
        let price = convert(upgrade_cents(l, edition, sc), p.rate);
        let quantity = field(call.ed, "quantity")
            .filter(|q| q.parse::<u32>().is_ok_and(|n| n > 0))
            .unwrap_or_else(|| "1".into());
        Ok(json!({
            "status": "true",
            "license_key": l.key,
            "product_sale_type": "upgrade",
            "edition": edition_name(edition),
            "edition_key": edition,
            "simultaneous_call": sc.to_string(),
            "actual_price": money(price),
            "temp_price": money(price),
            "dicountPercentage": p.discount,
            "temp_maintenace_price": "0",
            "perpetual": "1",
            "maintenance": "0",
            "quantity": quantity,
            "currency_name": p.currency,
            "price_data": p.data(price),
        }))
    };
    quote().unwrap_or_else(|e| e)
}

/// `anual_renew_maintenance`: the renewal quote of a license.
pub fn anual_renew_maintenance(erp: &mut Erp, call: &Call) -> Value {
    let quote = || -> Result<Value, Value> {
        let c = customer(erp, call)?;
        let l = license(c, call)?;
        let p = pricing(call, c)?;
        let price = convert(maintenance_price(&l.edition_key, l.sc).unwrap_or(0), p.rate);
        Ok(json!({
            "status": "true",
            "license_key": l.key,
            "Edition": l.edition_key,
            "edition": edition_name(&l.edition_key),
            "edition_key": l.edition_key,
            "simultaneousCalls": l.sc.to_string(),
            "maintenance": "1",
            "maintenance_date": date(l.maintenance_until),
            "new_maintenance_date": date(l.maintenance_until.max(call.now).saturating_add(365 * DAY)),
            "Perpetual": "1",
            "actual_price": money(price),
            "temp_price": money(price),
            "temp_maintenace_price": "0",
            "discount": p.discount,
            "currency_name": p.currency,
            "price_data": p.data(price),
        }))
    };
    quote().unwrap_or_else(|e| e)
}

fn line_total(l: &CartLine) -> i64 {
    let qty = l.quantity as i64;
    if l.sale_type == "maintenance" {
        l.temp_cents
            .saturating_mul(l.maintenance.max(1) as i64)
            .saturating_mul(qty)
    } else {
        l.temp_cents
            .saturating_add(l.maint_cents.saturating_mul(l.maintenance as i64))
            .saturating_mul(qty)
    }
}

/// `insert_cart`.
pub fn insert_cart(erp: &mut Erp, call: &Call) -> Value {
    let line = || -> Result<CartLine, Value> {
        let c = customer(erp, call)?;
        let sale_type = field(call.ed, "product_sale_type")
            .unwrap_or_default()
            .to_ascii_lowercase();
        if !matches!(sale_type.as_str(), "new" | "upgrade" | "maintenance") {
            return Err(fail("Invalid product_sale_type"));
        }
        let Some(edition) = field(call.ed, "edition_key").and_then(|e| parse_edition(&e)) else {
            return Err(fail("Invalid edition"));
        };
        let Some(sc) = field(call.ed, "simultaneous_call").and_then(|s| parse_sc(&s)) else {
            return Err(fail("Invalid simultaneous_call"));
        };
        let Some(temp) = field(call.ed, "temp_price").and_then(|v| parse_money(&v)) else {
            return Err(fail("Invalid temp_price"));
        };
        let actual = match field(call.ed, "actual_price") {
            Some(v) => parse_money(&v).ok_or_else(|| fail("Invalid actual_price"))?,
            None => temp,
        };
        let maint = match field(call.ed, "temp_maintenace_price") {
            Some(v) => parse_money(&v).ok_or_else(|| fail("Invalid temp_maintenace_price"))?,
            None => 0,
        };
        let small = |key: &str, default: u32, max: u32| -> Result<u32, Value> {
            match field(call.ed, key) {
                None => Ok(default),
                Some(v) => v
                    .parse::<u32>()
                    .ok()
                    .filter(|n| *n <= max)
                    .ok_or_else(|| fail(&format!("Invalid {key}"))),
            }
        };
        let quantity = small("quantity", 1, 1000)?;
        if quantity == 0 {
            return Err(fail("Invalid quantity"));
        }
        let maintenance = small("maintenance", 0, 10)?;
        let license_key = if sale_type == "new" {
            String::new()
        } else {
            let l = license(c, call)?;
            let fits = if sale_type == "upgrade" {
                is_upgrade(l, edition, sc)
            } else {
                l.edition_key == edition && l.sc == sc
            };
            if !fits {
                return Err(fail(if sale_type == "upgrade" {
                    "Not an upgrade of this license"
                } else {
                    "Edition or simultaneous calls do not match the license"
                }));
            }
            l.key.clone()
        };
        Ok(CartLine {
            id: 0,
            sale_type,
            edition_key: edition.into(),
            edition: edition_name(edition).unwrap_or("").into(),
            license_key,
            sc,
            quantity,
            maintenance,
            perpetual: field(call.ed, "perpetual").unwrap_or_else(|| "1".into()),
            actual_cents: actual,
            temp_cents: temp,
            maint_cents: maint,
            discount: field(call.ed, "dicountPercentage")
                .unwrap_or_else(|| c.reseller.discount.clone()),
        })
    };
    let mut line = match line() {
        Ok(l) => l,
        Err(e) => return e,
    };
    line.id = erp.next_id();
    let id = line.id;
    let Some(c) = erp.customers.get_mut(&call.cust) else {
        return fail("Invalid customer");
    };
    c.cart.push(line);
    json!({"status": "true", "message": "Product added to cart", "cart_id": id.to_string(), "Total": c.cart.len().to_string()})
}

/// `remove_cart`: `select_chk` is one cart id or several, comma-separated.
pub fn remove_cart(erp: &mut Erp, call: &Call) -> Value {
    let Some(c) = erp.own_customer_mut(call) else {
        return fail("Invalid customer");
    };
    let ids: Vec<String> = field(call.ed, "select_chk")
        .unwrap_or_default()
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    let before = c.cart.len();
    c.cart.retain(|l| !ids.contains(&l.id.to_string()));
    if c.cart.len() == before {
        return fail("Cart item not found");
    }
    json!({"status": "true", "message": "Product removed from cart", "Total": c.cart.len().to_string()})
}

/// `viewcartlist` / `getcartlist`.
pub fn view_cart(erp: &mut Erp, call: &Call) -> Value {
    let Some(c) = erp.own_customer(call) else {
        return no_rows();
    };
    if c.cart.is_empty() {
        return no_rows();
    }
    let currency = &c.reseller.currency;
    let mut total: i64 = 0;
    let options: Vec<Value> = c
        .cart
        .iter()
        .map(|l| {
            let t = line_total(l);
            total = total.saturating_add(t);
            let product = match l.sale_type.as_str() {
                "upgrade" => format!(
                    "3CX Phone System {} {}SC (upgrade of {})",
                    l.edition, l.sc, l.license_key
                ),
                "maintenance" => format!(
                    "3CX Phone System {} {}SC (annual maintenance of {})",
                    l.edition, l.sc, l.license_key
                ),
                _ => format!("3CX Phone System {} {}SC", l.edition, l.sc),
            };
            json!({
                "cart_id": l.id.to_string(),
                "product_sale_type": l.sale_type,
                "product_name": product,
                "edition": l.edition,
                "edition_key": l.edition_key,
                "license_key": l.license_key,
                "simultaneous_call": l.sc.to_string(),
                "quantity": l.quantity.to_string(),
                "maintenance": l.maintenance.to_string(),
                "perpetual": l.perpetual,
                "actual_price": money(l.actual_cents),
                "temp_price": money(l.temp_cents),
                "temp_maintenace_price": money(l.maint_cents),
                "dicountPercentage": l.discount,
                "total_price": money(t),
                "currency_name": currency,
            })
        })
        .collect();
    json!({
        "status": "true",
        "Total": options.len().to_string(),
        "Customer_data": {
            "customerId": c.id.to_string(),
            "customerName": c.name,
            "customerAddress1": c.address1,
            "city": c.city,
            "state": c.state,
            "country": c.country,
            "reseller_id": c.reseller.reseller_id,
            "reseller_dis_per": c.reseller.discount,
            "currency_name": currency,
            "tax_percent": "0",
            "terms_condition": "Licenses are delivered by e-mail once payment is received.",
        },
        "Customer_3cx_data": customer_3cx(c),
        "options": options,
        "total_price_all": money(total),
        "total_tax_value": money(0),
        "grand_total_value": money(total),
        "order_date": date(call.now),
        "payment_gateway": [
            {"payment_key": "payment_type_offline", "payment_name": "Bank transfer (offline)"},
            {"payment_key": "payment_type_stripe_pay", "payment_name": "Card (Stripe)"},
            {"payment_key": "payment_type_paypal_checkout", "payment_name": "PayPal"},
        ],
    })
}
