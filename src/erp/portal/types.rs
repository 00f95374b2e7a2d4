//! What the caller of the portal-user and extension methods sends and receives.

use crate::core::json::Value;
use tsify::Tsify;

use crate::core::error::Result;
use crate::core::lenient::Text;
use crate::core::fields::{Fields, Input};
use crate::erp::out::{Out, Row};

/// A login of the portal under the customer's account.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpPortalUser {
    /// The user's id.
    pub id: String,
    /// The login name (an e-mail address).
    pub user_name: String,
    /// The ids of the menus the user may use (see `listPortalMenus`).
    pub permissions: Vec<String>,
    /// The status as the portal words it, e.g. `"Active"`, if it says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub status: Option<String>,
    /// When the user was created, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub created_on: Option<String>,
}

/// The portal users.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct ErpPortalUsers(pub Vec<ErpPortalUser>);

/// A menu of the portal that a permission grants.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct ErpPortalMenu {
    /// The menu's id (what `permissions` lists).
    pub id: String,
    /// Its display name.
    pub name: String,
    /// Its short key, e.g. `"invoice"`, if the server sends one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub key: Option<String>,
}

/// The menus a portal user can be given.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct ErpPortalMenus(pub Vec<ErpPortalMenu>);

/// A new portal user.
#[derive(Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpNewPortalUser {
    /// The login name, a full e-mail address.
    pub user_name: String,
    /// The ids of the menus the user may use (default: none).
    #[serde(default)]
    #[tsify(optional)]
    pub permissions: Option<Vec<String>>,
}

impl Input for ErpNewPortalUser {
    const FIELDS: &'static [&'static str] = &["userName", "permissions"];
    fn read(f: &Fields) -> Result<ErpNewPortalUser> {
        Ok(ErpNewPortalUser { user_name: f.string("userName")?, permissions: f.optional_strings("permissions")? })
    }
}

/// Changes to a portal user; absent fields stay as they are.
#[derive(Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpPortalUserUpdate {
    /// The user's id.
    #[tsify(type = "string | number")]
    pub id: Text,
    /// A new login name (a full e-mail address).
    #[serde(default)]
    #[tsify(optional)]
    pub user_name: Option<String>,
    /// The menus the user may use from now on (`[]` removes every one).
    #[serde(default)]
    #[tsify(optional)]
    pub permissions: Option<Vec<String>>,
}

impl Input for ErpPortalUserUpdate {
    const FIELDS: &'static [&'static str] = &["id", "userName", "permissions"];
    fn read(f: &Fields) -> Result<ErpPortalUserUpdate> {
        Ok(ErpPortalUserUpdate { id: f.id("id")?, user_name: f.optional_string("userName")?, permissions: f.optional_strings("permissions")? })
    }
}

/// An extension of the customer's phone system directory.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct ErpExtension {
    /// The directory entry's id.
    pub id: String,
    /// The extension number, e.g. `"101"`.
    pub number: String,
    /// Its name, e.g. `"Reception"`.
    pub name: String,
}

/// The extensions.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct ErpExtensions(pub Vec<ErpExtension>);

/// A new extension.
#[derive(Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpNewExtension {
    /// The extension number (digits).
    #[tsify(type = "string | number")]
    pub number: Text,
    /// Its name.
    pub name: String,
}

impl Input for ErpNewExtension {
    const FIELDS: &'static [&'static str] = &["number", "name"];
    fn read(f: &Fields) -> Result<ErpNewExtension> {
        Ok(ErpNewExtension { number: f.id("number")?, name: f.string("name")? })
    }
}

/// An extension's new number and name.
#[derive(Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ErpExtensionUpdate {
    /// The directory entry's id.
    #[tsify(type = "string | number")]
    pub id: Text,
    /// The extension number (digits).
    #[tsify(type = "string | number")]
    pub number: Text,
    /// Its name.
    pub name: String,
}

impl Input for ErpExtensionUpdate {
    const FIELDS: &'static [&'static str] = &["id", "number", "name"];
    fn read(f: &Fields) -> Result<ErpExtensionUpdate> {
        Ok(ErpExtensionUpdate { id: f.id("id")?, number: f.id("number")?, name: f.string("name")? })
    }
}

/// A portal user just created.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct ErpCreatedPortalUser {
    /// The user's id.
    pub id: String,
    /// The login name as stored.
    pub user_name: String,
}

/// The caller's `ErpPortalUser` of a server row.
pub fn portal_user(w: &Row) -> Value {
    let permissions = crate::erp::wire::split_ids(&w.text("cus_permission")).into_iter().map(Value::String).collect();
    Out::new()
        .texts(w, &[("id", "cms_user_id"), ("userName", "cms_user_name")])
        .value("permissions", permissions)
        .optionals(w, &[("status", "status"), ("createdOn", "created_date")])
        .build()
}

/// The caller's `ErpPortalMenu` of a server row.
pub fn portal_menu(w: &Row) -> Value {
    Out::new().text("id", w.text("menu_id")).text("name", w.text("menu_name")).optional("key", w.non_empty("menu_key")).build()
}

/// The caller's `ErpExtension`.
pub fn extension(id: String, number: String, name: String) -> Value {
    Out::new().text("id", id).text("number", number).text("name", name).build()
}

/// The caller's `ErpExtension` of a server row.
pub fn extension_of(w: &Row) -> Value {
    extension(w.text("extn_name_id"), w.text("extn_no"), w.text("extn_name"))
}
