//! What the caller of the order flow and the cart sends and receives. Prices are decimal
//! strings, as the server writes them ("2173.00"); simultaneous calls are numbers.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::wire;
use crate::erp::types::ErpEdition;

/// What kind of sale: a new license, an upgrade of one, or a maintenance renewal.
#[derive(Tsify, Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
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

    fn parse(text: &str) -> Option<ErpSaleType> {
        match text.trim().to_ascii_lowercase().as_str() {
            "new" => Some(ErpSaleType::New),
            "upgrade" => Some(ErpSaleType::Upgrade),
            "maintenance" => Some(ErpSaleType::Maintenance),
            _ => None,
        }
    }
}

/// Which editions to list.
#[derive(Tsify, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpEditionQuery {
    /// The kind of sale (default `"new"`).
    #[serde(default)]
    #[tsify(optional)]
    pub sale_type: Option<ErpSaleType>,
}

/// The editions on sale and the currency prices are quoted in.
#[derive(Tsify, Serialize)]
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
#[derive(Tsify, Serialize)]
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
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ErpCallTiers {
    /// The edition.
    pub edition: ErpEdition,
    /// Its sizes, smallest first as the server lists them.
    pub tiers: Vec<ErpCallTier>,
}

/// The choice of a new license: an edition and a size.
#[derive(Tsify, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpNewLicenseChoice {
    /// The edition's key, from `listEditions`.
    pub edition_key: String,
    /// Simultaneous calls, one of the tiers `getSimultaneousCallOptions` lists.
    pub simultaneous_calls: f64,
}

/// The quote of a new license, with what maintenance costs.
#[derive(Tsify, Serialize)]
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
#[derive(Tsify, Serialize)]
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
#[derive(Tsify, Serialize)]
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
#[derive(Tsify, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpUpgradeChoice {
    /// The license to upgrade.
    pub license_key: String,
    /// The edition after the upgrade (the current one to add calls only).
    pub edition_key: String,
    /// Simultaneous calls after the upgrade, one of the tiers `getUpgradeQuote` lists.
    pub simultaneous_calls: f64,
}

/// The quote of one upgrade.
#[derive(Tsify, Serialize)]
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
#[derive(Tsify, Serialize)]
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

/// A new license to put in the cart.
#[derive(Tsify, Deserialize)]
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
#[derive(Tsify, Deserialize)]
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
#[derive(Tsify, Deserialize)]
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
#[derive(Tsify, Deserialize)]
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
#[derive(Tsify, Serialize)]
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
#[derive(Tsify, Serialize)]
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
#[derive(Tsify, Serialize)]
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
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ErpPaymentGateway {
    /// The portal's key for it.
    pub key: String,
    /// Its display name.
    pub name: String,
}

/// The cart: its lines, totals and the ways to pay.
#[derive(Tsify, Serialize)]
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

fn count(text: &crate::core::lenient::Text) -> u64 {
    text.as_count().unwrap_or(0)
}

/// An edition from its key and name, the name falling back to the key.
pub fn edition(key: &crate::core::lenient::Text, name: &crate::core::lenient::Text) -> ErpEdition {
    let key = key.or_empty();
    ErpEdition { name: name.non_empty().unwrap_or_else(|| key.clone()), key }
}

impl From<&wire::PriceRow> for ErpCallTier {
    fn from(w: &wire::PriceRow) -> ErpCallTier {
        ErpCallTier {
            simultaneous_calls: count(&w.simultaneous_call),
            price: w.temp_price.or_empty(),
            list_price: w.actual_price.non_empty().unwrap_or_else(|| w.temp_price.or_empty()),
            discount_percent: w.discount.non_empty(),
            maintenance_per_year: w.temp_maintenace_price.non_empty(),
            currency: w.currency_name.non_empty(),
            price_text: w.price_data.non_empty(),
        }
    }
}

impl ErpNewLicenseQuote {
    /// The quote of a `concurrent_license_change` row, the edition known from the request.
    pub fn from_row(w: &wire::PriceRow, fallback: &ErpEdition) -> ErpNewLicenseQuote {
        let tier = ErpCallTier::from(w);
        let edition = if w.edition_key.non_empty().is_some() { edition(&w.edition_key, &w.edition) } else { fallback.clone() };
        ErpNewLicenseQuote {
            edition,
            simultaneous_calls: tier.simultaneous_calls,
            price: tier.price,
            list_price: tier.list_price,
            discount_percent: tier.discount_percent,
            maintenance_per_year: tier.maintenance_per_year,
            perpetual: w.perpetual.as_flag().unwrap_or(true),
            currency: tier.currency,
            price_text: tier.price_text,
            note: w.message.non_empty(),
        }
    }
}

impl From<&wire::PriceRow> for ErpUpgradeTier {
    fn from(w: &wire::PriceRow) -> ErpUpgradeTier {
        let tier = ErpCallTier::from(w);
        ErpUpgradeTier {
            edition: edition(&w.edition_key, &w.edition),
            simultaneous_calls: tier.simultaneous_calls,
            price: tier.price,
            list_price: tier.list_price,
            discount_percent: tier.discount_percent,
            currency: tier.currency,
            price_text: tier.price_text,
        }
    }
}

impl From<&wire::UpgradeInfo> for ErpUpgradeOptions {
    fn from(w: &wire::UpgradeInfo) -> ErpUpgradeOptions {
        ErpUpgradeOptions {
            license_key: w.license_key.or_empty(),
            current_edition: edition(&w.current_edition_key, &w.current_edition),
            current_simultaneous_calls: count(&w.current_simultaneous_call),
            editions: w.editions.0.iter().map(|e| edition(&e.edition_key, &e.edition)).collect(),
            tiers: w.tiers.0.iter().map(ErpUpgradeTier::from).collect(),
        }
    }
}

impl From<&wire::PriceRow> for ErpUpgradeQuote {
    fn from(w: &wire::PriceRow) -> ErpUpgradeQuote {
        let tier = ErpUpgradeTier::from(w);
        ErpUpgradeQuote {
            license_key: w.license_key.or_empty(),
            edition: tier.edition,
            simultaneous_calls: tier.simultaneous_calls,
            price: tier.price,
            list_price: tier.list_price,
            discount_percent: tier.discount_percent,
            perpetual: w.perpetual.as_flag().unwrap_or(true),
            currency: tier.currency,
            price_text: tier.price_text,
        }
    }
}

impl From<&wire::Renewal> for ErpRenewalQuote {
    fn from(w: &wire::Renewal) -> ErpRenewalQuote {
        let key = if w.edition_key.non_empty().is_some() { &w.edition_key } else { &w.edition_upper };
        ErpRenewalQuote {
            license_key: w.license_key.or_empty(),
            edition: edition(key, &w.edition),
            simultaneous_calls: count(&w.simultaneous_calls),
            maintenance_until: w.maintenance_date.non_empty(),
            new_maintenance_until: w.new_maintenance_date.non_empty(),
            price: w.temp_price.or_empty(),
            list_price: w.actual_price.non_empty().unwrap_or_else(|| w.temp_price.or_empty()),
            discount_percent: w.discount.non_empty(),
            perpetual: w.perpetual.as_flag().unwrap_or(true),
            currency: w.currency_name.non_empty(),
            price_text: w.price_data.non_empty(),
        }
    }
}

impl From<&wire::CartRow> for ErpCartItem {
    fn from(w: &wire::CartRow) -> ErpCartItem {
        ErpCartItem {
            id: w.cart_id.or_empty(),
            sale_type: w.product_sale_type.0.as_deref().and_then(ErpSaleType::parse),
            product_name: w.product_name.or_empty(),
            edition: edition(&w.edition_key, &w.edition),
            license_key: w.license_key.non_empty(),
            simultaneous_calls: count(&w.simultaneous_call),
            quantity: w.quantity.as_count().unwrap_or(1),
            maintenance_years: count(&w.maintenance),
            perpetual: w.perpetual.as_flag().unwrap_or(true),
            list_price: w.actual_price.non_empty().unwrap_or_else(|| w.temp_price.or_empty()),
            price: w.temp_price.or_empty(),
            maintenance_per_year: w.temp_maintenace_price.non_empty(),
            discount_percent: w.discount.non_empty(),
            total: w.total_price.or_empty(),
            currency: w.currency_name.non_empty(),
        }
    }
}

impl ErpCart {
    /// The cart of an answer; `None` is the empty cart.
    pub fn from_wire(w: Option<&wire::CartAnswer>) -> ErpCart {
        let Some(w) = w else {
            return ErpCart {
                items: Vec::new(),
                subtotal: "0.00".into(),
                tax: "0.00".into(),
                grand_total: "0.00".into(),
                currency: None,
                order_date: None,
                terms: None,
                payment_gateways: Vec::new(),
            };
        };
        let items: Vec<ErpCartItem> = w.options.0.iter().map(ErpCartItem::from).collect();
        let currency = w.customer.currency_name.non_empty().or_else(|| items.iter().find_map(|i| i.currency.clone()));
        let grand_total = w.grand_total_value.or_empty();
        ErpCart {
            items,
            subtotal: w.total_price_all.non_empty().unwrap_or_else(|| grand_total.clone()),
            tax: w.total_tax_value.non_empty().unwrap_or_else(|| "0.00".into()),
            grand_total,
            currency,
            order_date: w.order_date.non_empty(),
            terms: w.customer.terms_condition.non_empty(),
            payment_gateways: w
                .payment_gateway
                .0
                .iter()
                .map(|g| ErpPaymentGateway { key: g.payment_key.or_empty(), name: g.payment_name.or_empty() })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cart_line_reads_as_the_caller_sees_it() {
        let cart: wire::CartAnswer = serde_json::from_str(include_str!("../../../tests/fixtures/erp/viewcartlist.json")).unwrap();
        let cart = ErpCart::from_wire(Some(&cart));
        let line = &cart.items[0];
        assert_eq!(line.sale_type, Some(ErpSaleType::New));
        assert_eq!((line.simultaneous_calls, line.quantity, line.maintenance_years), (16, 1, 0));
        assert_eq!(line.edition, ErpEdition { key: "3CXPSPROFENT".into(), name: "Enterprise".into() });
        assert_eq!((line.price.as_str(), cart.grand_total.as_str()), ("2173.00", "2173.00"));
        assert_eq!(line.license_key, None);
        let empty = ErpCart::from_wire(None);
        assert!(empty.items.is_empty() && empty.grand_total == "0.00");
    }

    #[test]
    fn a_renewal_names_its_edition_by_key_and_name() {
        let renewal: wire::Renewal = serde_json::from_str(include_str!("../../../tests/fixtures/erp/anual_renew_maintenance.json")).unwrap();
        let quote = ErpRenewalQuote::from(&renewal);
        assert_eq!(quote.edition, ErpEdition { key: "3CXPSPROF".into(), name: "Professional".into() });
        assert_eq!((quote.simultaneous_calls, quote.price.as_str(), quote.perpetual), (64, "838.50", true));
    }
}
