//! What the caller of the cart sends and receives: the types, the goal a cart item becomes
//! (`cart_goal`), the fields `insert_cart` sends for a quote, and the cart as the caller sees it.

use crate::core::json::Value;
use tsify::Tsify;

use super::steps::{calls, Goal, Quote, Quoted};
use super::types::*;
use crate::core::error::{Error, Result};
use crate::core::fields::Fields;
use crate::core::options::whole_number;
use crate::erp::types::required;
use crate::core::record::text;
use crate::erp::out::{Out, Row};
use crate::erp::types::ErpEdition;

/// A new license to put in the cart.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpNewLicenseItem {
    /// The edition's key, from `listEditions`.
    pub edition_key: String,
    /// Simultaneous calls, one of the edition's tiers.
    pub simultaneous_calls: f64,
    /// How many licenses (1–1000, default 1).
    #[serde(default)]
    #[tsify(optional)]
    pub quantity: Option<f64>,
    /// Years of maintenance beyond the first, included one (0–10, default 0).
    #[serde(default)]
    #[tsify(optional)]
    pub extra_maintenance_years: Option<f64>,
}

/// An upgrade to put in the cart.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpUpgradeItem {
    /// The license to upgrade.
    pub license_key: String,
    /// The edition after the upgrade.
    pub edition_key: String,
    /// Simultaneous calls after the upgrade.
    pub simultaneous_calls: f64,
}

/// A maintenance renewal to put in the cart.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpRenewalItem {
    /// The license to renew.
    pub license_key: String,
    /// Years of maintenance (1–10, default 1).
    #[serde(default)]
    #[tsify(optional)]
    pub years: Option<f64>,
}

/// What to put in the cart: the client quotes it afresh and sends the server's prices.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(tag = "saleType", rename_all = "snake_case")]
pub enum ErpCartItemInput {
    /// A new license.
    New(ErpNewLicenseItem),
    /// An upgrade of a license.
    Upgrade(ErpUpgradeItem),
    /// A maintenance renewal of a license.
    Maintenance(ErpRenewalItem),
}

/// A line added to the cart.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpCartAddition {
    /// The cart line's id (for `removeFromCart`).
    pub cart_item_id: String,
    /// How many lines the cart holds now, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub item_count: Option<u64>,
    /// The portal's words, if there are some.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub message: Option<String>,
}

/// Lines removed from the cart.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpCartRemoval {
    /// How many lines the cart holds now, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub item_count: Option<u64>,
    /// The portal's words, if there are some.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub message: Option<String>,
}

/// A line of the cart.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpCartItem {
    /// The line's id (for `removeFromCart`).
    pub id: String,
    /// What kind of sale, if the server names a known one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub sale_type: Option<ErpSaleType>,
    /// The product as the portal names it.
    pub product_name: String,
    /// The edition.
    pub edition: ErpEdition,
    /// The license upgraded or renewed, if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub license_key: Option<String>,
    /// Simultaneous calls.
    pub simultaneous_calls: u64,
    /// How many.
    pub quantity: u64,
    /// Years of maintenance (extra years for a new license, renewed years for a renewal).
    pub maintenance_years: u64,
    /// Whether the license is perpetual.
    pub perpetual: bool,
    /// The list price (decimal string).
    pub list_price: String,
    /// The unit price (decimal string).
    pub price: String,
    /// The price of a year of maintenance (decimal string), if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub maintenance_per_year: Option<String>,
    /// The discount in percent (decimal string), if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub discount_percent: Option<String>,
    /// The line's total (decimal string).
    pub total: String,
    /// The currency code.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub currency: Option<String>,
}

/// A way to pay the cart.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpPaymentGateway {
    /// The portal's key for it.
    pub key: String,
    /// Its display name.
    pub name: String,
}

/// The cart: its lines, totals and the ways to pay.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpCart {
    /// The lines (empty when the cart is).
    pub items: Vec<ErpCartItem>,
    /// The sum of the lines (decimal string; "0.00" for an empty cart).
    pub subtotal: String,
    /// The tax (decimal string).
    pub tax: String,
    /// What to pay (decimal string).
    pub grand_total: String,
    /// The currency code, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub currency: Option<String>,
    /// The order date, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub order_date: Option<String>,
    /// The terms the portal shows with the cart, if there are some.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub terms: Option<String>,
    /// The ways to pay.
    pub payment_gateways: Vec<ErpPaymentGateway>,
}

/// The caller's cart line of a server row.
fn cart_item(r: &Row) -> Value {
    let sale = r.get("product_sale_type").and_then(text).as_deref().and_then(ErpSaleType::parse);
    Out::new()
        .text("id", r.text("cart_id"))
        .optional("saleType", sale.map(|s| s.wire().to_string()))
        .text("productName", r.text("product_name"))
        .value("edition", r.edition("edition_key", "edition"))
        .optional("licenseKey", r.non_empty("license_key"))
        .number("simultaneousCalls", r.count("simultaneous_call").unwrap_or(0))
        .number("quantity", r.count("quantity").unwrap_or(1))
        .number("maintenanceYears", r.count("maintenance").unwrap_or(0))
        .flag("perpetual", r.flag("perpetual").unwrap_or(true))
        .text("listPrice", r.non_empty("actual_price").unwrap_or_else(|| r.text("temp_price")))
        .text("price", r.text("temp_price"))
        .optionals(r, &[("maintenancePerYear", "temp_maintenace_price"), ("discountPercent", "dicountPercentage")])
        .text("total", r.text("total_price"))
        .optional("currency", r.non_empty("currency_name"))
        .build()
}

/// The caller's `ErpCart` of a `viewcartlist` answer; `None` is the empty cart.
pub fn cart(answer: Option<&Value>) -> Result<Value> {
    let Some(answer) = answer else {
        let zero = || "0.00".to_string();
        let none = Value::Array(Vec::new());
        return Ok(Out::new().value("items", none.clone()).text("subtotal", zero()).text("tax", zero()).text("grandTotal", zero())
            .value("paymentGateways", none).build());
    };
    let w = Row::of(answer)?;
    let customer = w.record("Customer_data")?;
    let rows = w.list("options")?;
    let currency = customer.non_empty("currency_name").or_else(|| rows.iter().find_map(|r| r.non_empty("currency_name")));
    let gateways = w.list("payment_gateway")?;
    let gateways = gateways.iter().map(|g| Out::new().text("key", g.text("payment_key")).text("name", g.text("payment_name")).build());
    let grand_total = w.text("grand_total_value");
    Ok(Out::new()
        .value("items", rows.iter().map(cart_item).collect())
        .text("subtotal", w.non_empty("total_price_all").unwrap_or_else(|| grand_total.clone()))
        .text("tax", w.non_empty("total_tax_value").unwrap_or_else(|| "0.00".into()))
        .text("grandTotal", grand_total)
        .optional("currency", currency)
        .optional("orderDate", w.non_empty("order_date"))
        .optional("terms", customer.non_empty("terms_condition"))
        .value("paymentGateways", gateways.collect())
        .build())
}

/// The caller's `ErpCartAddition` (with the line's id) or `ErpCartRemoval` of an
/// `insert_cart` / `remove_cart` answer.
pub fn cart_change(answer: &Value, added: bool) -> Result<Value> {
    let w = Row::of(answer)?;
    let out = if added { Out::new().text("cartItemId", w.text("cart_id")) } else { Out::new() };
    Ok(out.optional_number("itemCount", w.count("Total")).optional("message", w.non_empty("message")).build())
}

/// The goal of the caller's cart item (an `ErpCartItemInput`), by its `saleType` (other keys
/// are ignored): every field read, then checked.
pub(super) fn cart_goal(f: &Fields) -> Result<Goal> {
    let sale = f.optional_choice("saleType", &["new", "upgrade", "maintenance"])?;
    Ok(match sale.ok_or_else(|| Error::invalid_input("saleType", "is required"))? {
        0 => {
            let (key, calls_asked) = (f.string("editionKey")?, f.number("simultaneousCalls")?);
            let (quantity, years) = (f.optional_number("quantity")?, f.optional_number("extraMaintenanceYears")?);
            let key = required("editionKey", &key)?;
            let calls = calls(calls_asked)?;
            let quantity = whole_number("quantity", quantity, 1, 1000, 1)?;
            let maintenance = whole_number("extraMaintenanceYears", years, 0, 10, 0)?;
            Goal::Cart(Quoted::New(key, calls), quantity, maintenance)
        }
        1 => {
            let (license, key, calls_asked) = (f.string("licenseKey")?, f.string("editionKey")?, f.number("simultaneousCalls")?);
            let license = required("licenseKey", &license)?;
            let key = required("editionKey", &key)?;
            Goal::Cart(Quoted::Upgrade(license, key, calls(calls_asked)?), 1, 0)
        }
        _ => {
            let (license, years) = (f.string("licenseKey")?, f.optional_number("years")?);
            let license = required("licenseKey", &license)?;
            Goal::Cart(Quoted::Renewal(license), 1, whole_number("years", years, 1, 10, 1)?)
        }
    })
}

/// `insert_cart`'s fields of a quote (of `calls` simultaneous calls unless a renewal), in the document's order and spelling; the discount falls
/// back to the reseller's.
pub(super) fn cart_fields(quote: &Quote, calls: u64, quantity: u32, maintenance: u32, fallback_discount: Option<String>) -> Result<Vec<(&'static str, String)>> {
    // What each kind of quote contributes: the sale, the edition, the calls, the license key,
    // the maintenance price, and the names of its discount and perpetual fields.
    let row = quote.row()?;
    let (sale, edition, calls, license_key, maintenance_price, discount, perpetual) = match quote {
        Quote::New(fallback, _) => {
            let maintenance_price = row.non_empty("temp_maintenace_price");
            (ErpSaleType::New, new_license_edition(&row, fallback), calls, None, maintenance_price, "dicountPercentage", "perpetual")
        }
        Quote::Upgrade(_, license) => {
            (ErpSaleType::Upgrade, row_edition(&row), calls, Some(license_of(&row, license)), None, "dicountPercentage", "perpetual")
        }
        Quote::Renewal(_, license) => {
            let calls = count(&row, "simultaneousCalls");
            (ErpSaleType::Maintenance, renewal_edition(&row), calls, Some(license_of(&row, license)), None, "discount", "Perpetual")
        }
    };
    let (actual, temp) = (price(&row, "actual_price", "list price")?, price(&row, "temp_price", "price")?);
    let mut fields = vec![
        ("product_sale_type", sale.wire().to_string()),
        ("quantity", quantity.to_string()),
        ("maintenance", maintenance.to_string()),
        ("simultaneous_call", calls.to_string()),
    ];
    fields.push(match license_key {
        // The document's new-license example spells it `llicense_key`, empty.
        None => ("llicense_key", String::new()),
        Some(key) => ("license_key", key),
    });
    fields.extend([
        ("edition_key", edition.key),
        ("dicountPercentage", row.non_empty(discount).or(fallback_discount).unwrap_or_else(|| "0".into())),
        ("temp_price", temp),
        ("actual_price", actual),
        ("perpetual", row.non_empty(perpetual).unwrap_or_else(|| "1".into())),
        ("edition", edition.name),
        ("temp_maintenace_price", maintenance_price.unwrap_or_else(|| "0".into())),
    ]);
    Ok(fields)
}

/// A price the server must have sent (`what` names it in the error).
fn price(row: &Row, key: &str, what: &str) -> Result<String> {
    row.non_empty(key).ok_or_else(|| Error::decode(format!("the quote holds no {what}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::json::json;

    #[test]
    fn a_cart_line_reads_as_the_caller_sees_it() {
        let answer: Value = crate::core::json::from_str(include_str!("../../../tests/fixtures/erp/viewcartlist.json")).unwrap();
        let whole = cart(Some(&answer)).unwrap();
        let line = &whole["items"][0];
        assert_eq!(line["saleType"], "new");
        assert_eq!((line["simultaneousCalls"].as_u64(), line["quantity"].as_u64(), line["maintenanceYears"].as_u64()), (Some(16), Some(1), Some(0)));
        assert_eq!(line["edition"], json!({ "key": "3CXPSPROFENT", "name": "Enterprise" }));
        assert_eq!((line["price"].as_str(), whole["grandTotal"].as_str()), (Some("2173.00"), Some("2173.00")));
        assert!(line.get("licenseKey").is_none());
        let keys: Vec<&str> = line.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys[..4], ["id", "saleType", "productName", "edition"]);
        let empty = cart(None).unwrap();
        assert_eq!(empty, json!({ "items": [], "subtotal": "0.00", "tax": "0.00", "grandTotal": "0.00", "paymentGateways": [] }));
    }

    #[test]
    fn cart_changes_carry_the_count_and_message() {
        let added = cart_change(&json!({ "cart_id": 9, "Total": "2", "message": "" }), true).unwrap();
        assert_eq!(added, json!({ "cartItemId": "9", "itemCount": 2 }));
        assert_eq!(cart_change(&json!({ "message": "done" }), false).unwrap(), json!({ "message": "done" }));
    }
}
