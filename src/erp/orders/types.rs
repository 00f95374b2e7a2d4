//! What the caller of the order flow sends and receives (the cart's types are in `cart.rs`). Prices are decimal
//! strings, as the server writes them ("2173.00"); simultaneous calls are numbers.

use serde::Serialize;
use tsify::Tsify;

use super::wire;
use crate::core::error::Result;
use crate::core::fields::{Fields, Input};
use crate::erp::types::ErpEdition;

/// What kind of sale: a new license, an upgrade of one, or a maintenance renewal.
#[derive(Tsify, Serialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
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
        Ok(ErpEditionQuery { sale_type: sale_type.map(|i| [ErpSaleType::New, ErpSaleType::Upgrade, ErpSaleType::Maintenance][i]) })
    }
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
#[derive(Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpNewLicenseChoice {
    /// The edition's key, from `listEditions`.
    pub edition_key: String,
    /// Simultaneous calls, one of the tiers `getSimultaneousCallOptions` lists.
    pub simultaneous_calls: f64,
}

impl Input for ErpNewLicenseChoice {
    const FIELDS: &'static [&'static str] = &["editionKey", "simultaneousCalls"];
    fn read(f: &Fields) -> Result<ErpNewLicenseChoice> {
        Ok(ErpNewLicenseChoice { edition_key: f.string("editionKey")?, simultaneous_calls: f.number("simultaneousCalls")? })
    }
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
#[derive(Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpUpgradeChoice {
    /// The license to upgrade.
    pub license_key: String,
    /// The edition after the upgrade (the current one to add calls only).
    pub edition_key: String,
    /// Simultaneous calls after the upgrade, one of the tiers `getUpgradeQuote` lists.
    pub simultaneous_calls: f64,
}

impl Input for ErpUpgradeChoice {
    const FIELDS: &'static [&'static str] = &["licenseKey", "editionKey", "simultaneousCalls"];
    fn read(f: &Fields) -> Result<ErpUpgradeChoice> {
        Ok(ErpUpgradeChoice {
            license_key: f.string("licenseKey")?,
            edition_key: f.string("editionKey")?,
            simultaneous_calls: f.number("simultaneousCalls")?,
        })
    }
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

/// A count the server sent as text (0 when it did not).
pub fn count(text: &crate::core::lenient::Text) -> u64 {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_renewal_names_its_edition_by_key_and_name() {
        let renewal: wire::Renewal = crate::erp::from_wire::parse(include_str!("../../../tests/fixtures/erp/anual_renew_maintenance.json"));
        let quote = ErpRenewalQuote::from(&renewal);
        assert_eq!(quote.edition, ErpEdition { key: "3CXPSPROF".into(), name: "Professional".into() });
        assert_eq!((quote.simultaneous_calls, quote.price.as_str(), quote.perpetual), (64, "838.50", true));
    }
}
