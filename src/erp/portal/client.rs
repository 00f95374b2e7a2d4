//! `ErpClient`'s portal-user and extension methods.

use tsify::Ts;
use wasm_bindgen::prelude::*;

use super::types::*;
use crate::core::error::{Error, Result};
use crate::core::js::record_id;
use crate::erp::out::{Out, Row};
use crate::core::json::Value;
use crate::core::lenient::Text;
use crate::erp::client::{ErpClient, Work};
use crate::core::fields::read_input;
use crate::erp::types::{required, text_arg};
use crate::erp::wire::{Action, Answer};

#[wasm_bindgen]
impl ErpClient {
    /// The portal users of the customer's account (`cms_user`).
    #[wasm_bindgen(js_name = listPortalUsers, unchecked_return_type = "Promise<ErpPortalUsers>")]
    pub fn list_portal_users(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let work = Work::send(Action::read("cms_user"), options, |answer| {
            rows_of(&answer, "CMS_user", portal_user)
        });
        self.perform("listPortalUsers", Ok(work))
    }

    /// The menus a portal user can be given (`cms_user_details`).
    #[wasm_bindgen(js_name = listPortalMenus, unchecked_return_type = "Promise<ErpPortalMenus>")]
    pub fn list_portal_menus(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let work = Work::send(Action::read("cms_user_details"), options, |answer| {
            rows_of(&answer, "Menu_list", portal_menu)
        });
        self.perform("listPortalMenus", Ok(work))
    }

    /// Whether a login name is still free (`cms_user_validation`).
    #[wasm_bindgen(js_name = isPortalUserNameAvailable, unchecked_return_type = "Promise<boolean>")]
    pub fn is_portal_user_name_available(
        &self,
        #[wasm_bindgen(js_name = userName, unchecked_param_type = "string")] user_name: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let work = text_arg("userName", &user_name).map(|name| {
            let action = Action::read("cms_user_validation").field("cms_user_name", name);
            Work::send(action, options, |answer| Ok(Value::Bool(answer.status() != Some(false))))
        });
        self.perform("isPortalUserNameAvailable", work)
    }

    /// Creates a portal user (`cms_user_insert`); a taken name is a `validation` error.
    #[wasm_bindgen(js_name = createPortalUser, unchecked_return_type = "Promise<ErpCreatedPortalUser>")]
    pub fn create_portal_user(
        &self,
        user: Ts<ErpNewPortalUser>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let work = (|| {
            let user: ErpNewPortalUser = read_input("user", &user.into())?;
            let name = required("userName", &user.user_name)?;
            let action = Action::write("cms_user_insert")
                .fields(user_name_fields(&name))
                .field("cus_permission", permissions(&user.permissions.unwrap_or_default())?);
            Ok(Work::send_with(action, options, [name, String::new()], |answer, [name, _]| {
                let created = answer.row()?;
                let user_name = created.non_empty("cms_user_name").unwrap_or(name);
                Ok(Out::new().text("id", created.text("cms_user_id")).text("userName", user_name).build())
            }))
        })();
        self.perform("createPortalUser", work)
    }

    /// One portal user (`cms_user_edit` without changes); `not_found` for an unknown id.
    #[wasm_bindgen(js_name = getPortalUser, unchecked_return_type = "Promise<ErpPortalUser>")]
    pub fn get_portal_user(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | number")] id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let work = record_id("id", &id).map(|id| {
            Work::send(Action::read("cms_user_edit").field("cms_user_id", id), options, first_user)
        });
        self.perform("getPortalUser", work)
    }

    /// Changes a portal user's login name and / or permissions (`cms_user_edit`).
    #[wasm_bindgen(js_name = updatePortalUser, unchecked_return_type = "Promise<ErpPortalUser>")]
    pub fn update_portal_user(
        &self,
        update: Ts<ErpPortalUserUpdate>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let work = (|| {
            let update: ErpPortalUserUpdate = read_input("update", &update.into())?;
            let id = text_id("id", &update.id)?;
            let mut action = Action::write("cms_user_edit").field("cms_user_id", id);
            if let Some(name) = &update.user_name {
                action = action.fields(user_name_fields(&required("userName", name)?));
            }
            if let Some(list) = &update.permissions {
                action = action.field("cus_permission", permissions(list)?);
            }
            Ok(Work::send(action, options, first_user))
        })();
        self.perform("updatePortalUser", work)
    }

    /// Deletes a portal user (`cms_userdelete`); `not_found` for an unknown id.
    #[wasm_bindgen(js_name = deletePortalUser, unchecked_return_type = "Promise<void>")]
    pub fn delete_portal_user(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | number")] id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let work = record_id("id", &id).map(|id| {
            Work::send_js(Action::write("cms_userdelete").field("cms_user_id", id), options, |answer| match answer.refusal() {
                Some(error) => Err(error),
                None => Ok(JsValue::UNDEFINED),
            })
        });
        self.perform("deletePortalUser", work)
    }

    /// The customer's extensions (`viewall_extension`).
    #[wasm_bindgen(js_name = listExtensions, unchecked_return_type = "Promise<ErpExtensions>")]
    pub fn list_extensions(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let work = Work::send(Action::read("viewall_extension"), options, |answer| {
            rows_of(&answer, "CMS_extension", extension_of)
        });
        self.perform("listExtensions", Ok(work))
    }

    /// Adds an extension (`add_extension`); a number in use is a `validation` error.
    #[wasm_bindgen(js_name = addExtension, unchecked_return_type = "Promise<ErpExtension>")]
    pub fn add_extension(
        &self,
        extension: Ts<ErpNewExtension>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let work = (|| {
            let extension: ErpNewExtension = read_input("extension", &extension.into())?;
            let number = extension_number(&extension.number)?;
            let name = required("name", &extension.name)?;
            let action = Action::write("add_extension").field("extn_no", number.clone()).field("extn_name", name.clone());
            Ok(Work::send_with(action, options, [number, name], |answer, [number, name]| {
                Ok(super::types::extension(answer.row()?.text("extn_name_id"), number, name))
            }))
        })();
        self.perform("addExtension", work)
    }

    /// One extension (`edit_extension`); `not_found` for an unknown id.
    #[wasm_bindgen(js_name = getExtension, unchecked_return_type = "Promise<ErpExtension>")]
    pub fn get_extension(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string | number")] id: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let work = record_id("id", &id).map(|id| {
            Work::send(Action::read("edit_extension").field("extn_name_id", id), options, first_extension)
        });
        self.perform("getExtension", work)
    }

    /// Changes an extension's number and name (`update_extension_info`).
    #[wasm_bindgen(js_name = updateExtension, unchecked_return_type = "Promise<ErpExtension>")]
    pub fn update_extension(
        &self,
        update: Ts<ErpExtensionUpdate>,
        #[wasm_bindgen(unchecked_optional_param_type = "RequestOptions")] options: Option<JsValue>,
    ) -> js_sys::Promise {
        let work = (|| {
            let update: ErpExtensionUpdate = read_input("update", &update.into())?;
            let action = Action::write("update_extension_info")
                .customer_in(Some("customer_id_hd"))
                .field("extn_name_id", text_id("id", &update.id)?)
                .field("extn_no", extension_number(&update.number)?)
                .field("extn_name", required("name", &update.name)?);
            Ok(Work::send(action, options, first_extension))
        })();
        self.perform("updateExtension", work)
    }
}

/// A login name as the portal's form sends it: the part before `@` in `cms_user_name`, the
/// domain (with its `@`) in `log_userName`.
fn user_name_fields(name: &str) -> Vec<(&'static str, String)> {
    match name.split_once('@') {
        Some((local, domain)) if !local.is_empty() && !domain.is_empty() => {
            vec![("cms_user_name", local.to_string()), ("log_userName", format!("@{domain}"))]
        }
        _ => vec![("cms_user_name", name.to_string())],
    }
}

/// Menu ids as `cus_permission`: comma-separated.
fn permissions(ids: &[String]) -> Result<String> {
    let ids: Vec<&str> = ids.iter().map(|s| s.trim()).collect();
    if ids.iter().any(|id| id.is_empty() || id.contains(',')) {
        return Err(Error::invalid_input("permissions", "must be menu ids from listPortalMenus"));
    }
    Ok(crate::core::search::joined(&ids, "", ","))
}

/// An id given as a string or a number.
fn text_id(field: &str, value: &Text) -> Result<String> {
    value.non_empty().map(|v| v.trim().to_string()).filter(|v| !v.is_empty()).ok_or_else(|| Error::invalid_input(field, "is required"))
}

/// An extension number: digits only.
fn extension_number(value: &Text) -> Result<String> {
    let number = text_id("number", value)?;
    if !number.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Error::invalid_input("number", "must be digits, e.g. \"101\""));
    }
    Ok(number)
}

/// The caller's list of the rows under `key`, each made by `each`: one copy of the reading
/// for every list of this file.
#[inline(never)]
fn rows_of(answer: &Answer, key: &str, each: fn(&Row) -> Value) -> Result<Value> {
    let rows = answer.row_list(key)?;
    Ok(rows.iter().map(each).collect())
}

/// The caller's record of the first row under `key` of an answer's record, made by `each`
/// (`missing` is the decode error when there is none): one copy for every single-row reader.
#[inline(never)]
fn first_of(answer: &Answer, key: &str, each: fn(&Row) -> Value, missing: &'static str) -> Result<Value> {
    let rows = answer.row()?.list(key)?;
    rows.first().map(each).ok_or_else(|| Error::decode(missing))
}

/// The user row of a `cms_user_edit` answer.
fn first_user(answer: Answer) -> Result<Value> {
    first_of(&answer, "CMS_user", portal_user, "the answer holds no user")
}

/// The extension row of an `edit_extension` / `update_extension_info` answer.
fn first_extension(answer: Answer) -> Result<Value> {
    first_of(&answer, "CMS_extension", extension_of, "the answer holds no extension")
}
