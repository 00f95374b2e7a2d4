//! What the caller of the order flow sends and receives (the cart's types are in `cart.rs`). Prices are decimal
//! strings, as the server writes them ("2173.00"); simultaneous calls are numbers.

use crate::core::json::Value;
use tsify::Tsify;

use crate::core::error::Result;
use crate::erp::out::{self, Out, Row};
use crate::core::fields::{Fields, Input};
use super::steps::{calls, Goal, Quoted};
use crate::erp::types::{required, ErpEdition};

/// What kind of sale: a new license, an upgrade of one, or a maintenance renewal.
#[derive(Tsify, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum ErpSaleType {
    /// A new license.
    #[default]
    New,
    /// More simultaneous calls or a higher edition for a license.
    Upgrade,
    /// Another year of maintenance for a license.
    Maintenance,
}

impl ErpSaleType {
    /// The server's word for it.
    pub fn wire(self) -> &'static str {
        match self {
            ErpSaleType::New => "new",
            ErpSaleType::Upgrade => "upgrade",
            ErpSaleType::Maintenance => "maintenance",
        }
    }

    /// The sale type the server names, if it is a known one.
    pub fn parse(text: &str) -> Option<ErpSaleType> {
        match text.trim().to_ascii_lowercase().as_str() {
            "new" => Some(ErpSaleType::New),
            "upgrade" => Some(ErpSaleType::Upgrade),
            "maintenance" => Some(ErpSaleType::Maintenance),
            _ => None,
        }
    }
}

/// Which editions to list.
#[derive(Tsify, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpEditionQuery {
    /// The kind of sale (default `"new"`).
    #[serde(default)]
    #[tsify(optional)]
    pub sale_type: Option<ErpSaleType>,
}

impl Input for ErpEditionQuery {
    const FIELDS: &'static [&'static str] = &["saleType"];
    fn read(f: &Fields) -> Result<ErpEditionQuery> {
        let sale_type = f.optional_choice("saleType", &["new", "upgrade", "maintenance"])?;
        Ok(ErpEditionQuery { sale_type: sale_type.map(|i| match i {
            0 => ErpSaleType::New,
            1 => ErpSaleType::Upgrade,
            _ => ErpSaleType::Maintenance,
        }) })
    }
}

/// The editions on sale and the currency prices are quoted in.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpEditionCatalog {
    /// The editions.
    pub editions: Vec<ErpEdition>,
    /// The currency of every price, e.g. `"USD"`.
    pub currency: String,
    /// How the currency is written, e.g. `"US $"`, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub currency_symbol: Option<String>,
    /// The exchange rate from USD list prices (a decimal string), if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub exchange_rate: Option<String>,
    /// The reseller discount in percent (a decimal string), if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub reseller_discount_percent: Option<String>,
    /// The reseller the customer buys through, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub reseller_id: Option<String>,
}

/// One size of an edition: its number of simultaneous calls and its price.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpCallTier {
    /// Simultaneous calls.
    pub simultaneous_calls: u64,
    /// The price to pay (decimal string).
    pub price: String,
    /// The list price before adjustments (decimal string).
    pub list_price: String,
    /// The discount in percent (decimal string), if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub discount_percent: Option<String>,
    /// The price of each extra year of maintenance (decimal string), if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub maintenance_per_year: Option<String>,
    /// The currency code.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub currency: Option<String>,
    /// The price as the portal displays it, e.g. `"USD 2,173.00"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub price_text: Option<String>,
}

/// The sizes an edition is sold in.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpCallTiers {
    /// The edition.
    pub edition: ErpEdition,
    /// Its sizes, smallest first as the server lists them.
    pub tiers: Vec<ErpCallTier>,
}

/// The choice of a new license: an edition and a size.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpNewLicenseChoice {
    /// The edition's key, from `listEditions`.
    pub edition_key: String,
    /// Simultaneous calls, one of the tiers `getSimultaneousCallOptions` lists.
    pub simultaneous_calls: f64,
}

/// The goal of the caller's `ErpNewLicenseChoice`: its fields read, then checked (no struct
/// in between).
pub(super) struct NewLicenseGoal(pub Goal);

impl Input for NewLicenseGoal {
    const FIELDS: &'static [&'static str] = &["editionKey", "simultaneousCalls"];
    fn read(f: &Fields) -> Result<NewLicenseGoal> {
        let (key, calls_asked) = (f.string("editionKey")?, f.number("simultaneousCalls")?);
        let key = required("editionKey", &key)?;
        Ok(NewLicenseGoal(Goal::Quote(Quoted::New(key, calls(calls_asked)?))))
    }
}

/// The quote of a new license, with what maintenance costs.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpNewLicenseQuote {
    /// The edition.
    pub edition: ErpEdition,
    /// Simultaneous calls.
    pub simultaneous_calls: u64,
    /// The price to pay (decimal string), with the first year of maintenance.
    pub price: String,
    /// The list price (decimal string).
    pub list_price: String,
    /// The discount in percent (decimal string), if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub discount_percent: Option<String>,
    /// The price of each extra year of maintenance (decimal string), if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub maintenance_per_year: Option<String>,
    /// Whether the license is perpetual.
    pub perpetual: bool,
    /// The currency code.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub currency: Option<String>,
    /// The price as the portal displays it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub price_text: Option<String>,
    /// The portal's note about maintenance, if it sends one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub note: Option<String>,
}

/// A size (and edition) a license can be upgraded to, with the price of the upgrade.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpUpgradeTier {
    /// The edition after the upgrade.
    pub edition: ErpEdition,
    /// Simultaneous calls after the upgrade.
    pub simultaneous_calls: u64,
    /// The price of the upgrade (decimal string).
    pub price: String,
    /// The list price of the upgrade (decimal string).
    pub list_price: String,
    /// The discount in percent (decimal string), if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub discount_percent: Option<String>,
    /// The currency code.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub currency: Option<String>,
    /// The price as the portal displays it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub price_text: Option<String>,
}

/// What a license is and what it can be upgraded to.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpUpgradeOptions {
    /// The license key.
    pub license_key: String,
    /// Its edition now.
    pub current_edition: ErpEdition,
    /// Its simultaneous calls now.
    pub current_simultaneous_calls: u64,
    /// The editions it can move to.
    pub editions: Vec<ErpEdition>,
    /// Every upgrade on offer, priced.
    pub tiers: Vec<ErpUpgradeTier>,
}

/// The choice of an upgrade.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpUpgradeChoice {
    /// The license to upgrade.
    pub license_key: String,
    /// The edition after the upgrade (the current one to add calls only).
    pub edition_key: String,
    /// Simultaneous calls after the upgrade, one of the tiers `getUpgradeOptions` lists.
    pub simultaneous_calls: f64,
}

/// The goal of the caller's `ErpUpgradeChoice`: its fields read, then checked.
pub(super) struct UpgradeGoal(pub Goal);

impl Input for UpgradeGoal {
    const FIELDS: &'static [&'static str] = &["licenseKey", "editionKey", "simultaneousCalls"];
    fn read(f: &Fields) -> Result<UpgradeGoal> {
        let (license, key, calls_asked) = (f.string("licenseKey")?, f.string("editionKey")?, f.number("simultaneousCalls")?);
        let license = required("licenseKey", &license)?;
        let key = required("editionKey", &key)?;
        Ok(UpgradeGoal(Goal::Quote(Quoted::Upgrade(license, key, calls(calls_asked)?))))
    }
}

/// The quote of one upgrade.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpUpgradeQuote {
    /// The license.
    pub license_key: String,
    /// The edition after the upgrade.
    pub edition: ErpEdition,
    /// Simultaneous calls after the upgrade.
    pub simultaneous_calls: u64,
    /// The price of the upgrade (decimal string).
    pub price: String,
    /// The list price of the upgrade (decimal string).
    pub list_price: String,
    /// The discount in percent (decimal string), if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub discount_percent: Option<String>,
    /// Whether the license is perpetual.
    pub perpetual: bool,
    /// The currency code.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub currency: Option<String>,
    /// The price as the portal displays it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub price_text: Option<String>,
}

/// The quote of a year of maintenance for a license.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpRenewalQuote {
    /// The license.
    pub license_key: String,
    /// Its edition.
    pub edition: ErpEdition,
    /// Its simultaneous calls.
    pub simultaneous_calls: u64,
    /// Until when maintenance runs now (the server's date), if it says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub maintenance_until: Option<String>,
    /// Until when it would run after the renewal, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub new_maintenance_until: Option<String>,
    /// The price of one year (decimal string).
    pub price: String,
    /// The list price of one year (decimal string).
    pub list_price: String,
    /// The discount in percent (decimal string), if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub discount_percent: Option<String>,
    /// Whether the license is perpetual.
    pub perpetual: bool,
    /// The currency code.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub currency: Option<String>,
    /// The price as the portal displays it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub price_text: Option<String>,
}

/// A count the server sent as text (0 when it did not).
pub fn count(row: &Row, key: &str) -> u64 {
    row.count(key).unwrap_or(0)
}

/// An edition from its key and name, the name falling back to the key.
pub fn edition(key: String, name: Option<String>) -> ErpEdition {
    ErpEdition { name: name.unwrap_or_else(|| key.clone()), key }
}

/// The edition of a row's `edition_key` and `edition`.
pub fn row_edition(w: &Row) -> ErpEdition {
    edition(w.text("edition_key"), w.non_empty("edition"))
}

/// An edition as the caller sees it.
fn edition_value(e: &ErpEdition) -> Value {
    out::edition(e.key.clone(), Some(e.name.clone()))
}

/// The list price of a row: `actual_price`, else the price.
fn list_price(w: &Row) -> String {
    w.non_empty("actual_price").unwrap_or_else(|| w.text("temp_price"))
}

/// The fields every priced row starts with: its size, price, list price and discount.
fn priced(out: Out, w: &Row, calls: &str, discount: &str) -> Out {
    out.number("simultaneousCalls", count(w, calls))
        .text("price", w.text("temp_price"))
        .text("listPrice", list_price(w))
        .optional("discountPercent", w.non_empty(discount))
}

/// The fields every priced row ends with: its currency and the price as the portal shows it.
fn shown(out: Out, w: &Row) -> Out {
    out.optionals(w, &[("currency", "currency_name"), ("priceText", "price_data")])
}

/// The caller's `ErpCallTier` of a priced row.
pub fn call_tier(w: &Row) -> Value {
    shown(priced(Out::new(), w, "simultaneous_call", "dicountPercentage").optional("maintenancePerYear", w.non_empty("temp_maintenace_price")), w).build()
}

/// The caller's `ErpCallTiers`.
pub fn call_tiers(edition: &ErpEdition, rows: &[Row]) -> Value {
    Out::new().value("edition", edition_value(edition)).value("tiers", rows.iter().map(call_tier).collect()).build()
}

/// The edition of a `concurrent_license_change` row, else the one of the request.
pub fn new_license_edition(w: &Row, fallback: &ErpEdition) -> ErpEdition {
    if w.non_empty("edition_key").is_some() { row_edition(w) } else { fallback.clone() }
}

/// Whether a quote is perpetual (it is unless the server says otherwise).
fn perpetual(w: &Row, key: &str) -> bool {
    w.flag(key).unwrap_or(true)
}

/// The caller's `ErpNewLicenseQuote` of a `concurrent_license_change` row, the edition known
/// from the request.
pub fn new_license_quote(w: &Row, fallback: &ErpEdition) -> Value {
    let out = priced(Out::new().value("edition", edition_value(&new_license_edition(w, fallback))), w, "simultaneous_call", "dicountPercentage")
        .optional("maintenancePerYear", w.non_empty("temp_maintenace_price"))
        .flag("perpetual", perpetual(w, "perpetual"));
    shown(out, w).optional("note", w.non_empty("message")).build()
}

/// The caller's `ErpUpgradeTier` of a priced row.
fn upgrade_tier(w: &Row) -> Value {
    shown(priced(Out::new().value("edition", edition_value(&row_edition(w))), w, "simultaneous_call", "dicountPercentage"), w).build()
}

/// The caller's `ErpUpgradeOptions` of a `price_information_upgrade` answer.
pub fn upgrade_options(w: &Row) -> Result<Value> {
    let editions = w.list("Edition")?.iter().map(|e| edition_value(&row_edition(e))).collect();
    let tiers = w.list("Simultaneouscall")?.iter().map(upgrade_tier).collect();
    Ok(Out::new()
        .text("licenseKey", w.text("license_key"))
        .value("currentEdition", edition_value(&edition(w.text("current_edition_key"), w.non_empty("current_edition"))))
        .number("currentSimultaneousCalls", count(w, "current_simultaneous_call"))
        .value("editions", editions)
        .value("tiers", tiers)
        .build())
}

/// The caller's `ErpUpgradeQuote` of a `simultaneous_call_change` answer, of `license` when
/// the answer names none.
pub fn upgrade_quote(w: &Row, license: &str) -> Value {
    let out = Out::new().text("licenseKey", license_of(w, license)).value("edition", edition_value(&row_edition(w)));
    shown(priced(out, w, "simultaneous_call", "dicountPercentage").flag("perpetual", perpetual(w, "perpetual")), w).build()
}

/// The license key a quote names, else the one of the request.
pub fn license_of(w: &Row, license: &str) -> String {
    w.non_empty("license_key").unwrap_or_else(|| license.to_string())
}

/// The edition of a renewal: `edition_key`, else the upper-case `Edition`, named `edition`.
pub fn renewal_edition(w: &Row) -> ErpEdition {
    let key = w.non_empty("edition_key").unwrap_or_else(|| w.text("Edition"));
    edition(key, w.non_empty("edition"))
}

/// The caller's `ErpRenewalQuote` of an `anual_renew_maintenance` answer, of `license` when
/// the answer names none.
pub fn renewal_quote(w: &Row, license: &str) -> Value {
    let out = Out::new()
        .text("licenseKey", license_of(w, license))
        .value("edition", edition_value(&renewal_edition(w)))
        .number("simultaneousCalls", count(w, "simultaneousCalls"))
        .optionals(w, &[("maintenanceUntil", "maintenance_date"), ("newMaintenanceUntil", "new_maintenance_date")]);
    let out = out.text("price", w.text("temp_price")).text("listPrice", list_price(w)).optional("discountPercent", w.non_empty("discount"));
    shown(out.flag("perpetual", perpetual(w, "Perpetual")), w).build()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::json::json;

    /// A sample answer.
    fn sample(text: &str) -> Value {
        crate::core::json::from_str(text).unwrap()
    }

    #[test]
    fn the_documented_reseller_block_and_quotes_read() {
        // The document's only answer sample, with its missing outer braces put back.
        let order = sample(include_str!("../../../tests/fixtures/erp/online_order.json"));
        let order = Row::of(&order).unwrap();
        let reseller = order.record("Customer_3cx_data").unwrap();
        assert_eq!((reseller.text("Customer_currency"), reseller.text("Currency_value")), ("USD".into(), "1".into()));
        assert!(reseller.non_empty("Apikey").is_some());
        let editions = order.list("Edition").unwrap();
        assert_eq!((editions.len(), editions[1].text("value")), (2, "3CXPSPROFENT/Enterprise".into()));
        let tiers = sample(include_str!("../../../tests/fixtures/erp/edition_change.json"));
        assert_eq!(Row::of(&tiers).unwrap().list("Options").unwrap()[0].text("value"), "16/2173.00");
        let renewal = sample(include_str!("../../../tests/fixtures/erp/anual_renew_maintenance.json"));
        let renewal = Row::of(&renewal).unwrap();
        assert_eq!((renewal.text("Edition"), renewal.text("simultaneousCalls")), ("3CXPSPROF".into(), "64".into()));
    }

    #[test]
    fn a_renewal_names_its_edition_by_key_and_name() {
        let renewal = sample(include_str!("../../../tests/fixtures/erp/anual_renew_maintenance.json"));
        let quote = renewal_quote(&Row::of(&renewal).unwrap(), "L");
        assert_eq!(quote["edition"], json!({ "key": "3CXPSPROF", "name": "Professional" }));
        assert_eq!((quote["simultaneousCalls"].as_u64(), quote["price"].as_str(), quote["perpetual"].as_bool()), (Some(64), Some("838.50"), Some(true)));
        let keys: Vec<&str> = quote.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys[..4], ["licenseKey", "edition", "simultaneousCalls", "maintenanceUntil"]);
    }

    #[test]
    fn upgrade_options_list_editions_and_tiers() {
        let info = sample(include_str!("../../../tests/fixtures/erp/price_information_upgrade.json"));
        let options = upgrade_options(&Row::of(&info).unwrap()).unwrap();
        assert_eq!(options["tiers"].as_array().map(Vec::len), Some(2));
        assert!(options["tiers"][0]["edition"]["key"].is_string() && options["currentEdition"]["name"].is_string());
    }
}
