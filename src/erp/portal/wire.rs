//! Portal users and extensions as the server sends them.

use crate::erp::from_wire::wire_struct;

use crate::core::lenient::{List, Text};

wire_struct! {
    /// A portal user (`cms_user` → `CMS_user`).
    pub struct CmsUser {
        cms_user_id: Text,
        cms_user_name: Text,
        cus_permission: Text,
        status: Text,
        created_date: Text,
    }
}

wire_struct! {
    /// A menu a permission can grant (`cms_user_details` → `Menu_list`).
    pub struct Menu {
        menu_id: Text,
        menu_name: Text,
        menu_key: Text,
    }
}

wire_struct! {
    /// `cms_user_insert`.
    pub struct UserCreated {
        cms_user_id: Text,
        cms_user_name: Text,
    }
}

wire_struct! {
    /// `cms_user_edit`: `{"CMS_user": [row]}`.
    pub struct UserRows {
        rows: List<CmsUser> = "CMS_user",
    }
}

wire_struct! {
    /// An extension (`viewall_extension` → `CMS_extension`).
    pub struct Extension {
        extn_name_id: Text,
        extn_name: Text,
        extn_no: Text,
    }
}

wire_struct! {
    /// `add_extension`.
    pub struct ExtensionAdded {
        extn_name_id: Text,
    }
}

wire_struct! {
    /// `edit_extension` / `update_extension_info`: `{"CMS_extension": [row]}`.
    pub struct ExtensionRows {
        rows: List<Extension> = "CMS_extension",
    }
}
