//! `ErpClient`'s order and cart methods, over the steps in `steps.rs`.

use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::cart::*;
use super::steps::calls;
use super::types::*;
use crate::core::json::Value;
use crate::core::error::{Error, Result};
use crate::core::js::{js_of, record_id};
use crate::erp::client::{call_options, optional_input, ErpClient, Work};
use crate::core::fields::{read_input, read_open_input};
use crate::erp::types::required;
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
        self.flow("listEditions", |inner| async move {
            let query: ErpEditionQuery = optional_input("query", query.map(JsValue::from))?;
            Ok(js_of(&inner.catalog(query.sale_type.unwrap_or_default(), &call_options(options)?).await?))
        })
    }

    /// The sizes (simultaneous calls) an edition is sold in, priced (`edition_change`).
    #[wasm_bindgen(js_name = getSimultaneousCallOptions, unchecked_return_type = "Promise<ErpCallTiers>")]
    pub fn get_simultaneous_call_options(
        &self,
        #[wasm_bindgen(js_name = editionKey, unchecked_param_type = "string")] edition_key: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.flow("getSimultaneousCallOptions", |inner| async move {
            let key = text_arg("editionKey", &edition_key)?;
            let found = inner.tiers(&key, &call_options(options)?).await?;
            Ok(js_of(&call_tiers(&found.0, &found.1)))
        })
    }

    /// The quote of a new license of one edition and size, with the price of maintenance
    /// (`concurrent_license_change`).
    #[wasm_bindgen(js_name = getMaintenanceOptions, unchecked_return_type = "Promise<ErpNewLicenseQuote>")]
    pub fn get_maintenance_options(
        &self,
        choice: Ts<ErpNewLicenseChoice>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.flow("getMaintenanceOptions", |inner| async move {
            let choice: ErpNewLicenseChoice = read_input("choice", &choice.into())?;
            let key = required("editionKey", &choice.edition_key)?;
            let calls = calls(choice.simultaneous_calls)?;
            let (edition, row) = inner.new_license_quote(&key, calls, &call_options(options)?).await?;
            Ok(js_of(&new_license_quote(&row, &edition)))
        })
    }

    /// What a license can be upgraded to, priced (`price_information_upgrade`). A license
    /// already at the largest size is refused with an `api` error.
    #[wasm_bindgen(js_name = getUpgradeQuote, unchecked_return_type = "Promise<ErpUpgradeOptions>")]
    pub fn get_upgrade_quote(
        &self,
        #[wasm_bindgen(js_name = licenseKey, unchecked_param_type = "string")] license_key: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.flow("getUpgradeQuote", |inner| async move {
            let license = text_arg("licenseKey", &license_key)?;
            Ok(js_of(&upgrade_options(&*inner.upgrade_info(&license, true, &call_options(options)?).await?)))
        })
    }

    /// The quote of one upgrade of a license (`simultaneous_call_change`).
    #[wasm_bindgen(js_name = changeSimultaneousCalls, unchecked_return_type = "Promise<ErpUpgradeQuote>")]
    pub fn change_simultaneous_calls(
        &self,
        choice: Ts<ErpUpgradeChoice>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.flow("changeSimultaneousCalls", |inner| async move {
            let choice: ErpUpgradeChoice = read_input("choice", &choice.into())?;
            let license = required("licenseKey", &choice.license_key)?;
            let key = required("editionKey", &choice.edition_key)?;
            let row = inner.upgrade_quote(&license, &key, calls(choice.simultaneous_calls)?, &call_options(options)?).await?;
            Ok(js_of(&upgrade_quote(&row)))
        })
    }

    /// The quote of a year of maintenance for a license (`anual_renew_maintenance`).
    #[wasm_bindgen(js_name = getMaintenanceRenewalQuote, unchecked_return_type = "Promise<ErpRenewalQuote>")]
    pub fn get_maintenance_renewal_quote(
        &self,
        #[wasm_bindgen(js_name = licenseKey, unchecked_param_type = "string")] license_key: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        self.flow("getMaintenanceRenewalQuote", |inner| async move {
            let license = text_arg("licenseKey", &license_key)?;
            Ok(js_of(&renewal_quote(&*inner.renewal(&license, &call_options(options)?).await?)))
        })
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
        self.flow("addToCart", |inner| async move {
            let item = read_open_input("item", &item.into(), ErpCartItemInput::read)?;
            let options = call_options(options)?;
            let fields = inner.cart_fields(item, &options).await?;
            let answer = inner.send(Action::write("insert_cart").fields(fields), &options).await?;
            Ok(js_of(&cart_change(&answer.record::<Value>()?, true)?))
        })
    }

    /// The cart: lines, totals and the ways to pay (`viewcartlist`); an empty cart has no
    /// lines and totals of "0.00".
    #[wasm_bindgen(js_name = viewCart, unchecked_return_type = "Promise<ErpCart>")]
    pub fn view_cart(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let work = Work::send(Action::read("viewcartlist"), options, |answer| {
            let answer = if answer.is_empty() { None } else { Some(answer.record::<Value>()?) };
            Ok(js_of(&cart(answer.as_ref())?))
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
            if cart_item_ids.is_array() {
                // A loop, not a `Result` collect: that brings an iterator adapter of its own.
                for id in js_sys::Array::from(&cart_item_ids).iter() {
                    ids.push(record_id("cartItemIds", &id)?);
                }
            } else {
                ids.push(record_id("cartItemId", &cart_item_ids)?);
            }
            if ids.is_empty() {
                return Err(Error::invalid_input("cartItemIds", "must name at least one cart line"));
            }
            let action = Action::write("remove_cart").field("select_chk", ids.join(","));
            Ok(Work::send(action, options, |answer| {
                Ok(js_of(&cart_change(&answer.record::<Value>()?, false)?))
            }))
        })();
        self.perform("removeFromCart", work)
    }
}

/// A required text argument.
fn text_arg(field: &str, value: &JsValue) -> Result<String> {
    let text = crate::core::js::string(field, value)?.ok_or_else(|| Error::invalid_input(field, "must be a string"))?;
    required(field, &text)
}
