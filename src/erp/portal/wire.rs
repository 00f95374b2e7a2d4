//! Portal users and extensions as the server sends them.

use serde::Deserialize;

use crate::core::lenient::{List, Text};

/// A portal user (`cms_user` → `CMS_user`).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CmsUser {
    pub cms_user_id: Text,
    pub cms_user_name: Text,
    pub cus_permission: Text,
    pub status: Text,
    pub created_date: Text,
}

/// A menu a permission can grant (`cms_user_details` → `Menu_list`).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Menu {
    pub menu_id: Text,
    pub menu_name: Text,
    pub menu_key: Text,
}

/// `cms_user_insert`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UserCreated {
    pub message: Text,
    pub cms_user_id: Text,
    pub cms_user_name: Text,
}

/// `cms_user_edit`: `{"CMS_user": [row]}`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UserRows {
    #[serde(rename = "CMS_user")]
    pub rows: List<CmsUser>,
}

/// An extension (`viewall_extension` → `CMS_extension`).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Extension {
    pub extn_name_id: Text,
    pub extn_name: Text,
    pub extn_no: Text,
}

/// `add_extension`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ExtensionAdded {
    pub message: Text,
    pub extn_name_id: Text,
}

/// `edit_extension` / `update_extension_info`: `{"CMS_extension": [row]}`.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ExtensionRows {
    #[serde(rename = "CMS_extension")]
    pub rows: List<Extension>,
}
