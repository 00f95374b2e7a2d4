//! What the caller of the cart sends and receives.

use serde::Serialize;
use tsify::Tsify;

use super::types::{count, edition, ErpSaleType};
use super::wire;
use crate::core::error::{Error, Result};
use crate::core::fields::Fields;
use crate::erp::types::ErpEdition;

/// A new license to put in the cart.
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

impl ErpCartItemInput {
    /// The item of the caller's fields, by its `saleType` (other keys are ignored).
    pub fn read(f: &Fields) -> Result<ErpCartItemInput> {
        let sale = f.optional_choice("saleType", &["new", "upgrade", "maintenance"])?;
        Ok(match sale.ok_or_else(|| Error::invalid_input("saleType", "is required"))? {
            0 => ErpCartItemInput::New(ErpNewLicenseItem {
                edition_key: f.string("editionKey")?,
                simultaneous_calls: f.number("simultaneousCalls")?,
                quantity: f.optional_number("quantity")?,
                extra_maintenance_years: f.optional_number("extraMaintenanceYears")?,
            }),
            1 => ErpCartItemInput::Upgrade(ErpUpgradeItem {
                license_key: f.string("licenseKey")?,
                edition_key: f.string("editionKey")?,
                simultaneous_calls: f.number("simultaneousCalls")?,
            }),
            _ => ErpCartItemInput::Maintenance(ErpRenewalItem { license_key: f.string("licenseKey")?, years: f.optional_number("years")? }),
        })
    }
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
        let cart: wire::CartAnswer = crate::erp::from_wire::parse(include_str!("../../../tests/fixtures/erp/viewcartlist.json"));
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
}
