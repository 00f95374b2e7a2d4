//! The per-tenant resources of `PbxClient`: extensions, DIDs, hunt lists, phones, the
//! read-only lists, and the call history.

use js_sys::Promise;
use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::client::{field, Answer, PbxClient, Route, Rows, Work};
use super::inputs::*;
use super::types::*;
use super::convert;
use crate::core::error::Result;
use crate::core::fields::read_input;
use crate::core::js::record_id;

/// The lists keyed by `tenant_id` differ only in path and row type: one method each. Their docs
/// are written as `#[doc = "…"]`: wasm-bindgen 0.2.130 copies a `///` comment that passes
/// through a macro into the TypeScript with the `r"` of the raw string rustc turns it into.
macro_rules! tenant_lists {
    ($( $(#[doc = $doc:literal])* $js:ident / $rust:ident: $path:literal, $what:literal, $rows:expr, $list:literal; )*) => {
        #[wasm_bindgen]
        impl PbxClient {
            $(
                $(#[doc = $doc])*
                #[wasm_bindgen(js_name = $js, unchecked_return_type = $list)]
                pub fn $rust(
                    &self,
                    #[wasm_bindgen(js_name = "tenantId", unchecked_param_type = "string | number")] tenant_id: JsValue,
                    #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
                ) -> Promise {
                    let work = record_id("tenantId", &tenant_id).map(|id| Work::list(Route::read($path), vec![field("tenant_id", id)], $rows, $what));
                    self.perform(stringify!($js), work, options)
                }
            )*
        }
    };
}

tenant_lists! {
    #[doc = " A tenant's call routing steps; `[]` when there are none."]
    listDestinations / list_destinations: "/destination/all", "list of destinations", Rows::Table(PbxDestination::COLUMNS), "Promise<PbxDestinations>";
    #[doc = " A tenant's extensions; `[]` when there are none."]
    listExtensions / list_extensions: "/extension/bytenant", "list of extensions", Rows::Table(Extension::COLUMNS), "Promise<Extensions>";
    #[doc = " The outgoing caller id number of each of a tenant's extensions."]
    listCallerIdNumbers / list_caller_id_numbers: "/extension/getCidNumberList", "list of caller id numbers", Rows::Numbers("ex_cidnum"), "Promise<PhoneNumbers>";
    #[doc = " The find-me-follow-me caller id of each of a tenant's extensions."]
    listFollowMeCallerIds / list_follow_me_caller_ids: "/extension/GetFMFCallerIdList", "list of follow-me caller ids", Rows::Numbers("GetFMFCallerId"), "Promise<PhoneNumbers>";
    #[doc = " A tenant's DIDs (inbound numbers); `[]` when there are none."]
    listDids / list_dids: "/did/bytenant", "list of DIDs", Rows::Table(Did::COLUMNS), "Promise<Dids>";
    #[doc = " A tenant's hunt lists; `[]` when there are none."]
    listHuntLists / list_hunt_lists: "/hunt/bytenant", "list of hunt lists", Rows::Table(HuntList::COLUMNS), "Promise<HuntLists>";
    #[doc = " A tenant's provisioned phones; `[]` when there are none."]
    listPhones / list_phones: "/phone/bytenant", "list of phones", Rows::Table(PbxPhone::COLUMNS), "Promise<PbxPhones>";
    #[doc = " A tenant's voicemail boxes; `[]` when there are none."]
    listVoicemailBoxes / list_voicemail_boxes: "/voicemail/bytenant", "list of voicemail boxes", Rows::Table(VoicemailBox::COLUMNS), "Promise<VoicemailBoxes>";
    #[doc = " A tenant's routing conditions; `[]` when there are none."]
    listConditions / list_conditions: "/condition/bytenant", "list of conditions", Rows::Each(convert::condition), "Promise<PbxConditions>";
    #[doc = " A tenant's IVRs (voice menus); `[]` when there are none."]
    listIvrs / list_ivrs: "/ivr/bytenant", "list of IVRs", Rows::Table(Ivr::COLUMNS), "Promise<Ivrs>";
    #[doc = " A tenant's custom destinations; `[]` when there are none."]
    listCustomDestinations / list_custom_destinations: "/custom/bytenant", "list of custom destinations", Rows::Table(CustomDestination::COLUMNS), "Promise<CustomDestinations>";
}

#[wasm_bindgen]
impl PbxClient {
    /// One extension; a `not_found` error for an unknown id.
    #[wasm_bindgen(js_name = getExtension, unchecked_return_type = "Promise<Extension>")]
    pub fn get_extension(
        &self,
        #[wasm_bindgen(js_name = "extensionId", unchecked_param_type = "string | number")] extension_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Promise {
        let work = record_id("extensionId", &extension_id).map(|id| Work::one(Route::read("/extension/byid"), vec![field("extension_id", id)], Extension::COLUMNS, "extension"));
        self.perform("getExtension", work, options)
    }

    /// The SIP account of a tenant's extension, secret included (treat it as a password);
    /// a `not_found` error when the extension is not that tenant's.
    #[wasm_bindgen(js_name = getSipUser, unchecked_return_type = "Promise<SipUser>")]
    pub fn get_sip_user(
        &self,
        #[wasm_bindgen(js_name = "tenantId", unchecked_param_type = "string | number")] tenant_id: JsValue,
        #[wasm_bindgen(js_name = "extensionId", unchecked_param_type = "string | number")] extension_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Promise {
        let work = tenant_extension(&tenant_id, &extension_id).map(|fields| Work::one(Route::read("/extension/user"), fields, SipUser::COLUMNS, "SIP user"));
        self.perform("getSipUser", work, options)
    }

    /// The SIP secret of a tenant's extension (treat it as a password); a `not_found` error
    /// when the extension is not that tenant's.
    #[wasm_bindgen(js_name = getExtensionSecret, unchecked_return_type = "Promise<string>")]
    pub fn get_extension_secret(
        &self,
        #[wasm_bindgen(js_name = "tenantId", unchecked_param_type = "string | number")] tenant_id: JsValue,
        #[wasm_bindgen(js_name = "extensionId", unchecked_param_type = "string | number")] extension_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Promise {
        let work = tenant_extension(&tenant_id, &extension_id).map(|fields| Work::text(Route::read("/extension/usersecret"), fields, "SIP secret"));
        self.perform("getExtensionSecret", work, options)
    }

    /// An extension's outgoing caller id number ("" when none is set).
    #[wasm_bindgen(js_name = getCallerIdNumber, unchecked_return_type = "Promise<string>")]
    pub fn get_caller_id_number(
        &self,
        #[wasm_bindgen(js_name = "extensionId", unchecked_param_type = "string | number")] extension_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Promise {
        let work = record_id("extensionId", &extension_id).map(|id| Work::text(Route::read("/extension/getCidNumber"), vec![field("extension_id", id)], "caller id number"));
        self.perform("getCallerIdNumber", work, options)
    }

    /// An extension's find-me-follow-me caller id ("" when none is set).
    #[wasm_bindgen(js_name = getFollowMeCallerId, unchecked_return_type = "Promise<string>")]
    pub fn get_follow_me_caller_id(
        &self,
        #[wasm_bindgen(js_name = "extensionId", unchecked_param_type = "string | number")] extension_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Promise {
        let work = record_id("extensionId", &extension_id).map(|id| Work::text(Route::read("/extension/GetFMFCallerId"), vec![field("extension_id", id)], "follow-me caller id"));
        self.perform("getFollowMeCallerId", work, options)
    }

    /// Changes an extension's name, number, caller id or call waiting (only the fields
    /// given); a `not_found` error for an unknown id.
    #[wasm_bindgen(js_name = updateExtension, unchecked_return_type = "Promise<void>")]
    pub fn update_extension(
        &self,
        #[wasm_bindgen(js_name = "extensionId", unchecked_param_type = "string | number")] extension_id: JsValue,
        changes: Ts<ExtensionChanges>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Promise {
        let work = (|| {
            let id = record_id("extensionId", &extension_id)?;
            let changes = changes_payload(&changes.into(), EXTENSION_CHANGES)?;
            Ok(Work::write(Route::write("/extension/updatebyid"), vec![field("extension_id", id), field("extension", changes)]))
        })();
        self.perform("updateExtension", work, options)
    }

    /// One DID with its settings; a `not_found` error for an unknown id.
    #[wasm_bindgen(js_name = getDid, unchecked_return_type = "Promise<DidDetail>")]
    pub fn get_did(
        &self,
        #[wasm_bindgen(js_name = "didId", unchecked_param_type = "string | number")] did_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Promise {
        let work = record_id("didId", &did_id).map(|id| Work { route: Route::read("/did/byid"), fields: vec![field("did_id", id.as_str())], answer: Answer::Did(id) });
        self.perform("getDid", work, options)
    }

    /// Changes a DID (only the fields given); a `not_found` error for an unknown id.
    #[wasm_bindgen(js_name = updateDid, unchecked_return_type = "Promise<void>")]
    pub fn update_did(
        &self,
        #[wasm_bindgen(js_name = "didId", unchecked_param_type = "string | number")] did_id: JsValue,
        changes: Ts<DidChanges>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Promise {
        let work = (|| {
            let id = record_id("didId", &did_id)?;
            let changes = changes_payload(&changes.into(), DID_CHANGES)?;
            Ok(Work::write(Route::write("/did/updatebyid"), vec![field("did_id", id), field("did", changes)]))
        })();
        self.perform("updateDid", work, options)
    }

    /// One hunt list; a `not_found` error for an unknown id.
    #[wasm_bindgen(js_name = getHuntList, unchecked_return_type = "Promise<HuntList>")]
    pub fn get_hunt_list(
        &self,
        #[wasm_bindgen(js_name = "huntListId", unchecked_param_type = "string | number")] hunt_list_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Promise {
        let work = record_id("huntListId", &hunt_list_id).map(|id| Work::one(Route::read("/hunt/byid"), vec![field("hunt_id", id)], HuntList::COLUMNS, "hunt list"));
        self.perform("getHuntList", work, options)
    }

    /// Changes a hunt list (only the fields given); a `not_found` error for an unknown id.
    #[wasm_bindgen(js_name = updateHuntList, unchecked_return_type = "Promise<void>")]
    pub fn update_hunt_list(
        &self,
        #[wasm_bindgen(js_name = "huntListId", unchecked_param_type = "string | number")] hunt_list_id: JsValue,
        changes: Ts<HuntListChanges>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Promise {
        let work = (|| {
            let id = record_id("huntListId", &hunt_list_id)?;
            let changes = changes_payload(&changes.into(), HUNT_LIST_CHANGES)?;
            Ok(Work::write(Route::write("/hunt/updatebyid"), vec![field("hunt_id", id), field("hunt", changes)]))
        })();
        self.perform("updateHuntList", work, options)
    }

    /// Deletes a hunt list; a `not_found` error for an unknown id.
    #[wasm_bindgen(js_name = deleteHuntList, unchecked_return_type = "Promise<void>")]
    pub fn delete_hunt_list(
        &self,
        #[wasm_bindgen(js_name = "huntListId", unchecked_param_type = "string | number")] hunt_list_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Promise {
        let work = record_id("huntListId", &hunt_list_id).map(|id| Work::write(Route::write("/hunt/deletebyid"), vec![field("hunt_id", id)]));
        self.perform("deleteHuntList", work, options)
    }

    /// Provisions a phone and returns its new id. Name, tenant, model and MAC are required
    /// (checked before sending); a `not_found` error when the tenant does not exist.
    #[wasm_bindgen(js_name = addPhone, unchecked_return_type = "Promise<string>")]
    pub fn add_phone(
        &self,
        phone: Ts<NewPbxPhone>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Promise {
        let phone: JsValue = phone.into();
        let mut secrets = self.inner.secrets();
        // Also a wrongly typed one: the input error would quote it.
        let password = js_sys::Reflect::get(&phone, &JsValue::from_str("httpPassword")).ok();
        secrets.extend(password.and_then(|v| v.as_string().or_else(|| v.as_f64().map(crate::core::fields::number_text))));
        let work = (|| {
            let phone = read_input::<NewPbxPhone>("phone", &phone)?.into_wire()?;
            Ok(Work { route: Route::write("/phone/AddNewPhone"), fields: vec![field("phone", phone)], answer: Answer::NewPhone })
        })();
        self.perform_with("addPhone", secrets, work, options)
    }

    /// Deletes a phone; a `not_found` error for an unknown id.
    #[wasm_bindgen(js_name = deletePhone, unchecked_return_type = "Promise<void>")]
    pub fn delete_phone(
        &self,
        #[wasm_bindgen(js_name = "phoneId", unchecked_param_type = "string | number")] phone_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Promise {
        let work = record_id("phoneId", &phone_id).map(|id| Work::write(Route::write("/phone/deletebyid"), vec![field("phone_id", id)]));
        self.perform("deletePhone", work, options)
    }

    /// A tenant's calls between two days (inclusive, `YYYY-MM-DD`), newest first, optionally
    /// only those to one number, ending one way, or costing at least an amount; `[]` when
    /// there are none (the server says the same for an unknown tenant code).
    #[wasm_bindgen(js_name = listCalls, unchecked_return_type = "Promise<CallRecords>")]
    pub fn list_calls(
        &self,
        filter: Ts<CallFilter>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> Promise {
        let work = read_input::<CallFilter>("filter", &filter.into())
            .and_then(CallFilter::into_wire)
            .map(|query| Work::list(Route::read("/cdr/getCallHistory"), query.fields(), Rows::Each(convert::call_record), "list of calls"));
        self.perform("listCalls", work, options)
    }
}

/// The form fields naming a tenant's extension.
fn tenant_extension(tenant_id: &JsValue, extension_id: &JsValue) -> Result<Vec<(String, String)>> {
    Ok(vec![field("tenant_id", record_id("tenantId", tenant_id)?), field("extension_id", record_id("extensionId", extension_id)?)])
}
