//! The order flow and cart as the server sends them: `online_order`, `edition_change`,
//! `concurrent_license_change`, `price_information_upgrade`, `simultaneous_call_change`,
//! `anual_renew_maintenance` (the cart's answers are read in `cart.rs`).

use crate::erp::from_wire::wire_struct;

use crate::core::lenient::{List, Text};

wire_struct! {
    /// `online_order`: the editions on sale and the reseller data the later steps send back.
    pub struct OnlineOrder {
        editions: List<EditionRow> = "Edition",
        reseller: Reseller3cx = "Customer_3cx_data",
    }
}

wire_struct! {
    /// An edition: `{edition_key, edition, value: "KEY/Name"}`.
    pub struct EditionRow {
        edition_key: Text,
        edition: Text,
        value: Text,
    }
}

wire_struct! {
    /// `Customer_3cx_data`. `Apikey` is a reseller secret: it never leaves the client.
    pub struct Reseller3cx {
        reseller_id: Text = "Resellerid",
        api_key: Text = "Apikey",
        discount: Text = "Reseller_dis_per",
        currency: Text = "Customer_currency",
        symbol: Text = "Currency_symbol",
        rate: Text = "Currency_value",
    }
}

wire_struct! {
    /// A priced option or quote: the rows of `edition_change`, `concurrent_license_change` and
    /// `price_information_upgrade`, and the flat answer of `simultaneous_call_change`.
    #[derive(Clone)]
    pub struct PriceRow {
        license_key: Text,
        edition: Text,
        edition_key: Text,
        simultaneous_call: Text,
        actual_price: Text,
        temp_price: Text,
        discount: Text = "dicountPercentage",
        temp_maintenace_price: Text,
        perpetual: Text,
        currency_name: Text,
        price_data: Text,
        message: Text,
        /// "SC/price", what the next step sends back as `simultaneous_call`.
        value: Text,
    }
}

wire_struct! {
    /// `edition_change`: the simultaneous-call tiers of an edition.
    pub struct EditionChange {
        edition_key: Text,
        edition: Text,
        options: List<PriceRow> = "Options",
    }
}

wire_struct! {
    /// `concurrent_license_change`: one row, the quote of a new license.
    pub struct ConcurrentChange {
        options: List<PriceRow> = "Options",
    }
}

wire_struct! {
    /// `price_information_upgrade`: what a license can become.
    pub struct UpgradeInfo {
        license_key: Text,
        current_edition: Text,
        current_edition_key: Text,
        current_simultaneous_call: Text,
        editions: List<EditionRow> = "Edition",
        tiers: List<PriceRow> = "Simultaneouscall",
    }
}

wire_struct! {
    /// `anual_renew_maintenance`: the renewal quote (flat).
    pub struct Renewal {
        license_key: Text,
        /// The edition KEY (the name is in `edition`).
        edition_upper: Text = "Edition",
        edition: Text,
        edition_key: Text,
        simultaneous_calls: Text = "simultaneousCalls",
        maintenance_date: Text,
        new_maintenance_date: Text,
        perpetual: Text = "Perpetual",
        actual_price: Text,
        temp_price: Text,
        discount: Text,
        currency_name: Text,
        price_data: Text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_reseller_block_decodes() {
        // The document's only answer sample, with its missing outer braces put back.
        let answer: OnlineOrder = crate::erp::from_wire::parse(include_str!("../../../tests/fixtures/erp/online_order.json"));
        assert_eq!(answer.reseller.currency.or_empty(), "USD");
        assert_eq!(answer.reseller.rate.or_empty(), "1");
        assert!(answer.reseller.api_key.non_empty().is_some());
        assert_eq!(answer.editions.0.len(), 2);
        assert_eq!(answer.editions.0[1].value.or_empty(), "3CXPSPROFENT/Enterprise");
    }

    #[test]
    fn quotes_decode() {
        let tiers: EditionChange = crate::erp::from_wire::parse(include_str!("../../../tests/fixtures/erp/edition_change.json"));
        assert_eq!(tiers.options.0[0].value.or_empty(), "16/2173.00");
        let upgrade: UpgradeInfo = crate::erp::from_wire::parse(include_str!("../../../tests/fixtures/erp/price_information_upgrade.json"));
        assert_eq!(upgrade.tiers.0.len(), 2);
        let renewal: Renewal = crate::erp::from_wire::parse(include_str!("../../../tests/fixtures/erp/anual_renew_maintenance.json"));
        assert_eq!((renewal.edition_upper.or_empty(), renewal.simultaneous_calls.or_empty()), ("3CXPSPROF".into(), "64".into()));
    }
}
