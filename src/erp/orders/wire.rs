//! The order flow and cart as the server sends them: `online_order`, `edition_change`,
//! `concurrent_license_change`, `price_information_upgrade`, `simultaneous_call_change`,
//! `anual_renew_maintenance`, `insert_cart`, `remove_cart`, `viewcartlist`.

use serde::Deserialize;

use crate::core::lenient::{Count, List, Text};

/// `online_order`: the editions on sale and the reseller data the later steps send back.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct OnlineOrder {
    #[serde(rename = "Edition")]
    pub editions: List<EditionRow>,
    #[serde(rename = "Customer_3cx_data")]
    pub reseller: Reseller3cx,
}

/// An edition: `{edition_key, edition, value: "KEY/Name"}`.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct EditionRow {
    pub edition_key: Text,
    pub edition: Text,
    pub value: Text,
}

/// `Customer_3cx_data`. `Apikey` is a reseller secret: it never leaves the client.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Reseller3cx {
    #[serde(rename = "Billerid")]
    pub biller_id: Text,
    #[serde(rename = "Resellerid")]
    pub reseller_id: Text,
    #[serde(rename = "Apikey")]
    pub api_key: Text,
    #[serde(rename = "Reseller_dis_per")]
    pub discount: Text,
    #[serde(rename = "Customer_currency")]
    pub currency: Text,
    #[serde(rename = "Currency_symbol")]
    pub symbol: Text,
    #[serde(rename = "Currency_value")]
    pub rate: Text,
}

/// A priced option or quote: the rows of `edition_change`, `concurrent_license_change` and
/// `price_information_upgrade`, and the flat answer of `simultaneous_call_change`.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct PriceRow {
    pub license_key: Text,
    pub edition: Text,
    pub edition_key: Text,
    pub simultaneous_call: Text,
    pub actual_price: Text,
    pub temp_price: Text,
    #[serde(rename = "dicountPercentage")]
    pub discount: Text,
    pub temp_maintenace_price: Text,
    pub perpetual: Text,
    pub maintenance: Text,
    pub quantity: Text,
    pub currency_name: Text,
    pub price_data: Text,
    pub message: Text,
    /// "SC/price", what the next step sends back as `simultaneous_call`.
    pub value: Text,
}

/// `edition_change`: the simultaneous-call tiers of an edition.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct EditionChange {
    pub edition_key: Text,
    pub edition: Text,
    #[serde(rename = "Options")]
    pub options: List<PriceRow>,
}

/// `concurrent_license_change`: one row, the quote of a new license.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ConcurrentChange {
    #[serde(rename = "Options")]
    pub options: List<PriceRow>,
}

/// `price_information_upgrade`: what a license can become.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct UpgradeInfo {
    pub license_key: Text,
    pub current_edition: Text,
    pub current_edition_key: Text,
    pub current_simultaneous_call: Text,
    #[serde(rename = "Edition")]
    pub editions: List<EditionRow>,
    #[serde(rename = "Simultaneouscall")]
    pub tiers: List<PriceRow>,
}

/// `anual_renew_maintenance`: the renewal quote (flat).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Renewal {
    pub license_key: Text,
    /// The edition KEY (the name is in `edition`).
    #[serde(rename = "Edition")]
    pub edition_upper: Text,
    pub edition: Text,
    pub edition_key: Text,
    #[serde(rename = "simultaneousCalls")]
    pub simultaneous_calls: Text,
    pub maintenance: Text,
    pub maintenance_date: Text,
    pub new_maintenance_date: Text,
    #[serde(rename = "Perpetual")]
    pub perpetual: Text,
    pub actual_price: Text,
    pub temp_price: Text,
    pub temp_maintenace_price: Text,
    pub discount: Text,
    pub currency_name: Text,
    pub price_data: Text,
}

/// `insert_cart` / `remove_cart`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CartChange {
    pub message: Text,
    pub cart_id: Text,
    #[serde(rename = "Total")]
    pub total: Count,
}

/// `viewcartlist` / `getcartlist`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CartAnswer {
    #[serde(rename = "Customer_data")]
    pub customer: CartCustomer,
    pub options: List<CartRow>,
    pub total_price_all: Text,
    pub total_tax_value: Text,
    pub grand_total_value: Text,
    pub order_date: Text,
    pub payment_gateway: List<Gateway>,
}

/// `Customer_data` of the cart.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CartCustomer {
    pub currency_name: Text,
    pub tax_percent: Text,
    pub terms_condition: Text,
}

/// A cart line.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CartRow {
    pub cart_id: Text,
    pub product_sale_type: Text,
    pub product_name: Text,
    pub edition: Text,
    pub edition_key: Text,
    pub license_key: Text,
    pub simultaneous_call: Text,
    pub quantity: Text,
    pub maintenance: Text,
    pub perpetual: Text,
    pub actual_price: Text,
    pub temp_price: Text,
    pub temp_maintenace_price: Text,
    #[serde(rename = "dicountPercentage")]
    pub discount: Text,
    pub total_price: Text,
    pub currency_name: Text,
}

/// A way to pay.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Gateway {
    pub payment_key: Text,
    pub payment_name: Text,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_reseller_block_decodes() {
        // The document's only answer sample, with its missing outer braces put back.
        let answer: OnlineOrder = serde_json::from_str(include_str!("../../../tests/fixtures/erp/online_order.json")).unwrap();
        assert_eq!(answer.reseller.currency.or_empty(), "USD");
        assert_eq!(answer.reseller.rate.or_empty(), "1");
        assert!(answer.reseller.api_key.non_empty().is_some());
        assert_eq!(answer.editions.0.len(), 2);
        assert_eq!(answer.editions.0[1].value.or_empty(), "3CXPSPROFENT/Enterprise");
    }

    #[test]
    fn quotes_decode() {
        let tiers: EditionChange = serde_json::from_str(include_str!("../../../tests/fixtures/erp/edition_change.json")).unwrap();
        assert_eq!(tiers.options.0[0].value.or_empty(), "16/2173.00");
        let upgrade: UpgradeInfo = serde_json::from_str(include_str!("../../../tests/fixtures/erp/price_information_upgrade.json")).unwrap();
        assert_eq!(upgrade.tiers.0.len(), 2);
        let renewal: Renewal = serde_json::from_str(include_str!("../../../tests/fixtures/erp/anual_renew_maintenance.json")).unwrap();
        assert_eq!((renewal.edition_upper.or_empty(), renewal.simultaneous_calls.or_empty()), ("3CXPSPROF".into(), "64".into()));
        let cart: CartAnswer = serde_json::from_str(include_str!("../../../tests/fixtures/erp/viewcartlist.json")).unwrap();
        assert_eq!(cart.options.0.len(), 1);
        assert_eq!(cart.payment_gateway.0.len(), 2);
    }
}
