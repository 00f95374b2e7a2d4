//! The per-tenant resources of `PbxClient`: extensions, DIDs, hunt lists, phones, the
//! read-only lists, and the call history.

use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::client::{field, PbxClient, Route, BACKEND};
use crate::core::js::input;
use super::inputs::*;
use super::types::*;
use super::wire;
use crate::core::js::{output, record_id, run};

/// The lists keyed by `tenant_id` differ only in path and row type: one method each. Their docs
/// are written as `#[doc = "…"]`: wasm-bindgen 0.2.130 copies a `///` comment that passes
/// through a macro into the TypeScript with the `r"` of the raw string rustc turns it into.
macro_rules! tenant_lists {
    ($( $(#[doc = $doc:literal])* $js:ident / $rust:ident: $path:literal, $what:literal, $wire:ty => $row:ty, $list:ident; )*) => {
        #[wasm_bindgen]
        impl PbxClient {
            $(
                $(#[doc = $doc])*
                #[wasm_bindgen(js_name = $js)]
                pub async fn $rust(
                    &self,
                    #[wasm_bindgen(js_name = "tenantId", unchecked_param_type = "string | number")] tenant_id: JsValue,
                    #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
                ) -> std::result::Result<Ts<$list>, JsValue> {
                    let inner = self.inner.clone();
                    run(BACKEND, stringify!($js), &inner.secrets(), async move {
                        let rows: Vec<$wire> = inner.by_tenant($path, &tenant_id, $what, options).await?;
                        output(&$list(rows.iter().map(<$row>::from).collect()))
                    })
                    .await
                }
            )*
        }
    };
}

tenant_lists! {
    #[doc = " A tenant's call routing steps; `[]` when there are none."]
    listDestinations / list_destinations: "/destination/all", "list of destinations", wire::Destination => PbxDestination, PbxDestinations;
    #[doc = " A tenant's extensions; `[]` when there are none."]
    listExtensions / list_extensions: "/extension/bytenant", "list of extensions", wire::Extension => Extension, Extensions;
    #[doc = " The outgoing caller id number of each of a tenant's extensions."]
    listCallerIdNumbers / list_caller_id_numbers: "/extension/getCidNumberList", "list of caller id numbers", wire::CidNumber => String, PhoneNumbers;
    #[doc = " The find-me-follow-me caller id of each of a tenant's extensions."]
    listFollowMeCallerIds / list_follow_me_caller_ids: "/extension/GetFMFCallerIdList", "list of follow-me caller ids", wire::FmfCallerId => String, PhoneNumbers;
    #[doc = " A tenant's DIDs (inbound numbers); `[]` when there are none."]
    listDids / list_dids: "/did/bytenant", "list of DIDs", wire::Did => Did, Dids;
    #[doc = " A tenant's hunt lists; `[]` when there are none."]
    listHuntLists / list_hunt_lists: "/hunt/bytenant", "list of hunt lists", wire::Hunt => HuntList, HuntLists;
    #[doc = " A tenant's provisioned phones; `[]` when there are none."]
    listPhones / list_phones: "/phone/bytenant", "list of phones", wire::Phone => PbxPhone, PbxPhones;
    #[doc = " A tenant's voicemail boxes; `[]` when there are none."]
    listVoicemailBoxes / list_voicemail_boxes: "/voicemail/bytenant", "list of voicemail boxes", wire::Voicemail => VoicemailBox, VoicemailBoxes;
    #[doc = " A tenant's routing conditions; `[]` when there are none."]
    listConditions / list_conditions: "/condition/bytenant", "list of conditions", wire::Condition => PbxCondition, PbxConditions;
    #[doc = " A tenant's IVRs (voice menus); `[]` when there are none."]
    listIvrs / list_ivrs: "/ivr/bytenant", "list of IVRs", wire::Ivr => Ivr, Ivrs;
    #[doc = " A tenant's custom destinations; `[]` when there are none."]
    listCustomDestinations / list_custom_destinations: "/custom/bytenant", "list of custom destinations", wire::Custom => CustomDestination, CustomDestinations;
}

#[wasm_bindgen]
impl PbxClient {
    /// One extension; a `not_found` error for an unknown id.
    #[wasm_bindgen(js_name = getExtension)]
    pub async fn get_extension(
        &self,
        #[wasm_bindgen(js_name = "extensionId", unchecked_param_type = "string | number")] extension_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<Ts<Extension>, JsValue> {
        let inner = self.inner.clone();
        run(BACKEND, "getExtension", &inner.secrets(), async move {
            let fields = vec![field("extension_id", record_id("extensionId", &extension_id)?)];
            let row: wire::Extension = inner.one(Route::read("/extension/byid"), fields, "extension", options).await?;
            output(&Extension::from(&row))
        })
        .await
    }

    /// The SIP account of a tenant's extension, secret included (treat it as a password);
    /// a `not_found` error when the extension is not that tenant's.
    #[wasm_bindgen(js_name = getSipUser)]
    pub async fn get_sip_user(
        &self,
        #[wasm_bindgen(js_name = "tenantId", unchecked_param_type = "string | number")] tenant_id: JsValue,
        #[wasm_bindgen(js_name = "extensionId", unchecked_param_type = "string | number")] extension_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<Ts<SipUser>, JsValue> {
        let inner = self.inner.clone();
        run(BACKEND, "getSipUser", &inner.secrets(), async move {
            let fields = vec![field("tenant_id", record_id("tenantId", &tenant_id)?), field("extension_id", record_id("extensionId", &extension_id)?)];
            let row: wire::SipUser = inner.one(Route::read("/extension/user"), fields, "SIP user", options).await?;
            let user = SipUser::from(&row);
            output(&user).map_err(|e| e.redact(&[user.secret.as_str()]))
        })
        .await
    }

    /// The SIP secret of a tenant's extension (treat it as a password); a `not_found` error
    /// when the extension is not that tenant's.
    #[wasm_bindgen(js_name = getExtensionSecret)]
    pub async fn get_extension_secret(
        &self,
        #[wasm_bindgen(js_name = "tenantId", unchecked_param_type = "string | number")] tenant_id: JsValue,
        #[wasm_bindgen(js_name = "extensionId", unchecked_param_type = "string | number")] extension_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<String, JsValue> {
        let inner = self.inner.clone();
        run(BACKEND, "getExtensionSecret", &inner.secrets(), async move {
            let fields = vec![field("tenant_id", record_id("tenantId", &tenant_id)?), field("extension_id", record_id("extensionId", &extension_id)?)];
            inner.text(Route::read("/extension/usersecret"), fields, "SIP secret", options).await
        })
        .await
    }

    /// An extension's outgoing caller id number ("" when none is set).
    #[wasm_bindgen(js_name = getCallerIdNumber)]
    pub async fn get_caller_id_number(
        &self,
        #[wasm_bindgen(js_name = "extensionId", unchecked_param_type = "string | number")] extension_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<String, JsValue> {
        let inner = self.inner.clone();
        run(BACKEND, "getCallerIdNumber", &inner.secrets(), async move {
            let fields = vec![field("extension_id", record_id("extensionId", &extension_id)?)];
            inner.text(Route::read("/extension/getCidNumber"), fields, "caller id number", options).await
        })
        .await
    }

    /// An extension's find-me-follow-me caller id ("" when none is set).
    #[wasm_bindgen(js_name = getFollowMeCallerId)]
    pub async fn get_follow_me_caller_id(
        &self,
        #[wasm_bindgen(js_name = "extensionId", unchecked_param_type = "string | number")] extension_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<String, JsValue> {
        let inner = self.inner.clone();
        run(BACKEND, "getFollowMeCallerId", &inner.secrets(), async move {
            let fields = vec![field("extension_id", record_id("extensionId", &extension_id)?)];
            inner.text(Route::read("/extension/GetFMFCallerId"), fields, "follow-me caller id", options).await
        })
        .await
    }

    /// Changes an extension's name, number, caller id or call waiting (only the fields
    /// given); a `not_found` error for an unknown id.
    #[wasm_bindgen(js_name = updateExtension)]
    pub async fn update_extension(
        &self,
        #[wasm_bindgen(js_name = "extensionId", unchecked_param_type = "string | number")] extension_id: JsValue,
        changes: Ts<ExtensionChanges>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<(), JsValue> {
        let inner = self.inner.clone();
        run(BACKEND, "updateExtension", &inner.secrets(), async move {
            let id = record_id("extensionId", &extension_id)?;
            let changes = input::<ExtensionChanges>("changes", changes.into())?.into_wire()?;
            let fields = vec![field("extension_id", id), field("extension", wire::json_field(&changes)?)];
            inner.send(Route::write("/extension/updatebyid"), fields, options).await.map(drop)
        })
        .await
    }

    /// One DID with its settings; a `not_found` error for an unknown id.
    #[wasm_bindgen(js_name = getDid)]
    pub async fn get_did(
        &self,
        #[wasm_bindgen(js_name = "didId", unchecked_param_type = "string | number")] did_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<Ts<DidDetail>, JsValue> {
        let inner = self.inner.clone();
        run(BACKEND, "getDid", &inner.secrets(), async move {
            let id = record_id("didId", &did_id)?;
            let row: wire::Did = inner.one(Route::read("/did/byid"), vec![field("did_id", id.as_str())], "DID", options).await?;
            output(&DidDetail::from_wire(&row, &id))
        })
        .await
    }

    /// Changes a DID (only the fields given); a `not_found` error for an unknown id.
    #[wasm_bindgen(js_name = updateDid)]
    pub async fn update_did(
        &self,
        #[wasm_bindgen(js_name = "didId", unchecked_param_type = "string | number")] did_id: JsValue,
        changes: Ts<DidChanges>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<(), JsValue> {
        let inner = self.inner.clone();
        run(BACKEND, "updateDid", &inner.secrets(), async move {
            let id = record_id("didId", &did_id)?;
            let changes = input::<DidChanges>("changes", changes.into())?.into_wire()?;
            let fields = vec![field("did_id", id), field("did", wire::json_field(&changes)?)];
            inner.send(Route::write("/did/updatebyid"), fields, options).await.map(drop)
        })
        .await
    }

    /// One hunt list; a `not_found` error for an unknown id.
    #[wasm_bindgen(js_name = getHuntList)]
    pub async fn get_hunt_list(
        &self,
        #[wasm_bindgen(js_name = "huntListId", unchecked_param_type = "string | number")] hunt_list_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<Ts<HuntList>, JsValue> {
        let inner = self.inner.clone();
        run(BACKEND, "getHuntList", &inner.secrets(), async move {
            let fields = vec![field("hunt_id", record_id("huntListId", &hunt_list_id)?)];
            let row: wire::Hunt = inner.one(Route::read("/hunt/byid"), fields, "hunt list", options).await?;
            output(&HuntList::from(&row))
        })
        .await
    }

    /// Changes a hunt list (only the fields given); a `not_found` error for an unknown id.
    #[wasm_bindgen(js_name = updateHuntList)]
    pub async fn update_hunt_list(
        &self,
        #[wasm_bindgen(js_name = "huntListId", unchecked_param_type = "string | number")] hunt_list_id: JsValue,
        changes: Ts<HuntListChanges>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<(), JsValue> {
        let inner = self.inner.clone();
        run(BACKEND, "updateHuntList", &inner.secrets(), async move {
            let id = record_id("huntListId", &hunt_list_id)?;
            let changes = input::<HuntListChanges>("changes", changes.into())?.into_wire()?;
            let fields = vec![field("hunt_id", id), field("hunt", wire::json_field(&changes)?)];
            inner.send(Route::write("/hunt/updatebyid"), fields, options).await.map(drop)
        })
        .await
    }

    /// Deletes a hunt list; a `not_found` error for an unknown id.
    #[wasm_bindgen(js_name = deleteHuntList)]
    pub async fn delete_hunt_list(
        &self,
        #[wasm_bindgen(js_name = "huntListId", unchecked_param_type = "string | number")] hunt_list_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<(), JsValue> {
        let inner = self.inner.clone();
        run(BACKEND, "deleteHuntList", &inner.secrets(), async move {
            let fields = vec![field("hunt_id", record_id("huntListId", &hunt_list_id)?)];
            inner.send(Route::write("/hunt/deletebyid"), fields, options).await.map(drop)
        })
        .await
    }

    /// Provisions a phone and returns its new id. Name, tenant, model and MAC are required
    /// (checked before sending); a `not_found` error when the tenant does not exist.
    #[wasm_bindgen(js_name = addPhone)]
    pub async fn add_phone(
        &self,
        phone: Ts<NewPbxPhone>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<String, JsValue> {
        let inner = self.inner.clone();
        let phone: JsValue = phone.into();
        let mut secrets = inner.secrets();
        // Also a wrongly typed one: the input error would quote it.
        let password = js_sys::Reflect::get(&phone, &JsValue::from_str("httpPassword")).ok();
        secrets.extend(password.and_then(|v| v.as_string().or_else(|| v.as_f64().map(|n| n.to_string()))));
        run(BACKEND, "addPhone", &secrets, async move {
            let phone = input::<NewPbxPhone>("phone", phone)?.into_wire()?;
            let data = inner.send(Route::write("/phone/AddNewPhone"), vec![field("phone", wire::json_field(&phone)?)], options).await?;
            let added: wire::PhoneAdded = wire::first(data, "new phone")?;
            added.phone_id.non_empty().ok_or_else(|| crate::core::error::Error::decode("the answer holds no new phone id"))
        })
        .await
    }

    /// Deletes a phone; a `not_found` error for an unknown id.
    #[wasm_bindgen(js_name = deletePhone)]
    pub async fn delete_phone(
        &self,
        #[wasm_bindgen(js_name = "phoneId", unchecked_param_type = "string | number")] phone_id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<(), JsValue> {
        let inner = self.inner.clone();
        run(BACKEND, "deletePhone", &inner.secrets(), async move {
            let fields = vec![field("phone_id", record_id("phoneId", &phone_id)?)];
            inner.send(Route::write("/phone/deletebyid"), fields, options).await.map(drop)
        })
        .await
    }

    /// A tenant's calls between two days (inclusive, `YYYY-MM-DD`), newest first, optionally
    /// only those to one number, ending one way, or costing at least an amount; `[]` when
    /// there are none (the server says the same for an unknown tenant code).
    #[wasm_bindgen(js_name = listCalls)]
    pub async fn list_calls(
        &self,
        filter: Ts<CallFilter>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> std::result::Result<Ts<CallRecords>, JsValue> {
        let inner = self.inner.clone();
        run(BACKEND, "listCalls", &inner.secrets(), async move {
            let query = input::<CallFilter>("filter", filter.into())?.into_wire()?;
            let rows: Vec<wire::Cdr> = inner.list(Route::read("/cdr/getCallHistory"), query.fields(), "list of calls", options).await?;
            output(&CallRecords(rows.iter().map(CallRecord::from).collect()))
        })
        .await
    }
}
