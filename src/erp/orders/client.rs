//! `ErpClient`'s order and cart methods, over the steps in `steps.rs`.

use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::cart::*;
use super::steps::{run, Goal, Quoted};
use super::types::*;
use crate::core::error::{Error, Result};
use crate::core::js::record_id;

use crate::erp::client::{optional_input, ErpClient, Work};
use crate::core::fields::{read_input, read_open_input};
use crate::erp::types::text_arg;
use crate::erp::wire::Action;

#[wasm_bindgen]
impl ErpClient {
    /// The editions on sale (`online_order`), with the currency every later price is in.
    /// The client keeps the reseller data of this answer for the next steps.
    #[wasm_bindgen(js_name = listEditions, unchecked_return_type = "Promise<ErpEditionCatalog>")]
    pub fn list_editions(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "ErpEditionQuery")] query: Option<Ts<ErpEditionQuery>>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let ask = optional_input::<ErpEditionQuery>("query", query.map(JsValue::from)).map(|q| Goal::Editions(q.sale_type.unwrap_or_default()));
        self.order("listEditions", ask, options)
    }

    /// The sizes (simultaneous calls) an edition is sold in, priced (`edition_change`).
    #[wasm_bindgen(js_name = getSimultaneousCallOptions, unchecked_return_type = "Promise<ErpCallTiers>")]
    pub fn get_simultaneous_call_options(
        &self,
        #[wasm_bindgen(js_name = editionKey, unchecked_param_type = "string")] edition_key: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.order("getSimultaneousCallOptions", text_arg("editionKey", &edition_key).map(Goal::Tiers), options)
    }

    /// The quote of a new license of one edition and size, with the price of maintenance
    /// (`concurrent_license_change`).
    #[wasm_bindgen(js_name = quoteNewLicense, unchecked_return_type = "Promise<ErpNewLicenseQuote>")]
    pub fn quote_new_license(
        &self,
        choice: Ts<ErpNewLicenseChoice>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let ask = read_input::<NewLicenseGoal>("choice", &choice.into()).map(|goal| goal.0);
        self.order("quoteNewLicense", ask, options)
    }

    /// What a license can be upgraded to, priced (`price_information_upgrade`). A license
    /// already at the largest size is refused with an `api` error.
    #[wasm_bindgen(js_name = getUpgradeOptions, unchecked_return_type = "Promise<ErpUpgradeOptions>")]
    pub fn get_upgrade_options(
        &self,
        #[wasm_bindgen(js_name = licenseKey, unchecked_param_type = "string")] license_key: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.order("getUpgradeOptions", text_arg("licenseKey", &license_key).map(Goal::Upgrades), options)
    }

    /// The quote of one upgrade of a license (`simultaneous_call_change`).
    #[wasm_bindgen(js_name = quoteUpgrade, unchecked_return_type = "Promise<ErpUpgradeQuote>")]
    pub fn quote_upgrade(
        &self,
        choice: Ts<ErpUpgradeChoice>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let ask = read_input::<UpgradeGoal>("choice", &choice.into()).map(|goal| goal.0);
        self.order("quoteUpgrade", ask, options)
    }

    /// The quote of a year of maintenance for a license (`anual_renew_maintenance`).
    #[wasm_bindgen(js_name = getMaintenanceRenewalQuote, unchecked_return_type = "Promise<ErpRenewalQuote>")]
    pub fn get_maintenance_renewal_quote(
        &self,
        #[wasm_bindgen(js_name = licenseKey, unchecked_param_type = "string")] license_key: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.order("getMaintenanceRenewalQuote", text_arg("licenseKey", &license_key).map(|license| Goal::Quote(Quoted::Renewal(license))), options)
    }

    /// Puts a new license, an upgrade or a renewal in the cart (`insert_cart`). The client
    /// quotes the item afresh and sends the server's own prices. Never retried automatically:
    /// after a network error, check `viewCart()` before trying again.
    #[wasm_bindgen(js_name = addToCart, unchecked_return_type = "Promise<ErpCartAddition>")]
    pub fn add_to_cart(
        &self,
        item: Ts<ErpCartItemInput>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let ask = read_open_input("item", &item.into(), cart_goal);
        self.order("addToCart", ask, options)
    }

    /// The cart: lines, totals and the ways to pay (`viewcartlist`); an empty cart has no
    /// lines and totals of "0.00".
    #[wasm_bindgen(js_name = viewCart, unchecked_return_type = "Promise<ErpCart>")]
    pub fn view_cart(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let work = Work::send(Action::read("viewcartlist"), options, |answer| {
            let answer = if answer.is_empty() { None } else { Some(answer.record()?) };
            cart(answer.as_ref())
        });
        self.perform("viewCart", Ok(work))
    }

    /// Removes one cart line, or several (`remove_cart`); an unknown id is `not_found`.
    #[wasm_bindgen(js_name = removeFromCart, unchecked_return_type = "Promise<ErpCartRemoval>")]
    pub fn remove_from_cart(
        &self,
        #[wasm_bindgen(js_name = cartItemIds, unchecked_param_type = "string | number | Array<string | number>")] cart_item_ids: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let work = (|| {
            let mut ids = Vec::new();
            if let Some(items) = crate::core::js::array_items("cartItemIds", &cart_item_ids)? {
                // A loop, not a `Result` collect: that brings an iterator adapter of its own.
                for id in items.iter() {
                    ids.push(record_id("cartItemIds", &id)?);
                }
            } else {
                ids.push(record_id("cartItemId", &cart_item_ids)?);
            }
            if ids.is_empty() {
                return Err(Error::invalid_input("cartItemIds", "must name at least one cart line"));
            }
            let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            let action = Action::write("remove_cart").field("select_chk", crate::core::search::joined(&ids, "", ","));
            Ok(Work::send(action, options, |answer| {
                cart_change(&answer.record()?, false)
            }))
        })();
        self.perform("removeFromCart", work)
    }
}

impl ErpClient {
    /// The promise of an order method: `ask` (or its input error) carried out by the step
    /// runner, one future for every order method instead of one per method.
    fn order(&self, operation: &'static str, ask: Result<Goal>, options: Option<JsValue>) -> js_sys::Promise {
        let inner = self.inner.clone();
        self.perform(operation, ask.map(|ask| Work::Flow(Box::pin(run(inner, ask, options)))))
    }
}
