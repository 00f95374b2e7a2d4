//! What the caller of `PerfexClient` sends and receives: camelCase records with honest types
//! (ids as the server's strings, flags as booleans, counts as numbers, money as decimal
//! strings, dates as the server's strings). No wire name appears here.

/// A closed set of values the server sends as numeric codes ("1", "2", … in the order of the
/// variants: checked when compiling), exported to TypeScript as a union of names. `NAMES` are
/// the caller's names in that order (what `table::Shape::Code` reads); `code` maps back.
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(tsify::Tsify, Clone, Copy, Debug, PartialEq, Eq)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        // The codes run "1", "2", … in the order of the variants (`NAMES` relies on it).
        const _: () = {
            let mut next = b'1';
            $(
                assert!($code.len() == 1 && $code.as_bytes()[0] == next, "codes run 1, 2, …");
                next += 1;
            )+
            let _ = next;
        };

        impl $name {
            /// The caller's (snake_case) names of the values, in the order of their codes.
            pub const NAMES: &'static [&'static str] = &[$($crate::perfex::types::snake_name_of!($variant)),+];

            /// `NAMES` separated by spaces (what `table::Shape::Code` reads).
            pub const WORDS: &'static str = {
                const LEN: usize = $crate::perfex::table::words_len($name::NAMES);
                const BYTES: [u8; LEN] = $crate::perfex::table::words($name::NAMES);
                match std::str::from_utf8(&BYTES) {
                    Ok(words) => words,
                    Err(_) => panic!("names are UTF-8"),
                }
            };

            /// The server's code of this value.
            #[allow(dead_code)]
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            /// The value the caller may give in the field `name` of an input, by its
            /// snake_case name; another text is an error that lists them.
            #[allow(dead_code)]
            pub fn from_field(fields: &$crate::core::fields::Fields, name: &str) -> $crate::core::error::Result<Option<$name>> {
                Ok(fields.optional_choice(name, Self::NAMES)?.and_then(|i| [$($name::$variant),+].get(i).copied()))
            }
        }
    };
}

/// A record declared once with its doc comments, camelCase, in one of two directions:
/// - `record! { pub struct … }`, what the caller receives: each field says where the server
///   sends it and how it is shaped (`pub id: String = "ticketid" Text`, see `table::Shape`);
///   the struct exists for its TypeScript declaration only (a field written `name?: T` is an
///   `Option<T>`, optional in TypeScript as tsify reads serde's `skip_serializing_if`), and
///   `COLUMNS` is the table `table::record` reads rows with;
/// - `record! { input pub struct … }`, what the caller sends: a field written `name?: T` may be
///   left out; it is read by its `core::fields::Input` impl, which refuses unknown fields.
///
/// A field written `name: T` is always there.
macro_rules! record {
    (input $(#[$meta:meta])* pub struct $name:ident { $($fields:tt)* }) => {
        record!(@fields
            [$(#[$meta])* #[derive(tsify::Tsify)] #[serde(rename_all = "camelCase", deny_unknown_fields)] $name]
            {#[serde(default)] #[tsify(optional)]} [] $($fields)*);
    };
    ($(#[$meta:meta])* pub struct $name:ident { $($fields:tt)* }) => {
        record!(@table [$(#[$meta])* $name] [] [] $($fields)*);
    };
    (@fields $head:tt {$($optional:tt)*} [$($done:tt)*] $(#[$field_meta:meta])* pub $field:ident ?: $ty:ty, $($rest:tt)*) => {
        record!(@fields $head {$($optional)*} [$($done)* $(#[$field_meta])* $($optional)* pub $field: Option<$ty>,] $($rest)*);
    };
    (@fields $head:tt {$($optional:tt)*} [$($done:tt)*] $(#[$field_meta:meta])* pub $field:ident : $ty:ty, $($rest:tt)*) => {
        record!(@fields $head {$($optional)*} [$($done)* $(#[$field_meta])* pub $field: $ty,] $($rest)*);
    };
    (@fields [$(#[$meta:meta])* $name:ident] {$($optional:tt)*} [$($done:tt)*]) => {
        $(#[$meta])*
        pub struct $name {
            $($done)*
        }
    };
    // What the caller receives: each field's declaration and column.
    (@table $head:tt [$($done:tt)*] [$($cols:tt)*] $(#[$field_meta:meta])* pub $field:ident ?: $ty:ty = $wire:literal $shape:ident $(($($arg:expr),*))?, $($rest:tt)*) => {
        record!(@table $head
            [$($done)* $(#[$field_meta])* #[serde(skip_serializing_if = "Option::is_none")] pub $field: Option<$ty>,]
            [$($cols)* (stringify!($field), $wire, $crate::perfex::table::Shape::$shape $(($($arg),*))?),]
            $($rest)*);
    };
    (@table $head:tt [$($done:tt)*] [$($cols:tt)*] $(#[$field_meta:meta])* pub $field:ident : $ty:ty = $wire:literal $shape:ident $(($($arg:expr),*))?, $($rest:tt)*) => {
        record!(@table $head
            [$($done)* $(#[$field_meta])* pub $field: $ty,]
            [$($cols)* (stringify!($field), $wire, $crate::perfex::table::Shape::$shape $(($($arg),*))?),]
            $($rest)*);
    };
    (@table [$(#[$meta:meta])* $name:ident] [$($done:tt)*] [$($cols:tt)*]) => {
        $(#[$meta])*
        #[allow(dead_code)] // declares the TypeScript type: rows are read by its `COLUMNS`
        #[derive(tsify::Tsify)]
        #[serde(rename_all = "camelCase")]
        pub struct $name {
            $($done)*
        }

        impl $name {
            /// How each field is read from the server's row.
            pub const COLUMNS: &'static $crate::perfex::table::Table = $crate::perfex::table::table![$($cols)*];
        }
    };
}

mod contracts;
mod input;
mod invoices;
mod names;
mod project_records;
mod projects;
mod quotes;
mod reference;
mod support;
mod tasks;

pub use contracts::*;
use input::{next, next_given, texts, Kind};
pub use invoices::*;
pub use names::*;
pub use project_records::*;
pub use projects::*;
pub use quotes::*;
pub use reference::*;
pub use support::*;
pub use tasks::*;

use serde::Deserialize;
use tsify::Tsify;

use crate::core::error::Result;
use crate::core::fields::{Fields as InputFields, Input};
use crate::perfex::table::{table, Shape, Table};


/// Options of a `PerfexClient` (read through `ClientOptions::settings_from_js`; this type
/// exists for its TypeScript declaration).
#[allow(dead_code)]
#[derive(Tsify, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PerfexOptions {
    #[serde(flatten)]
    pub common: crate::core::options::ClientOptions,
}

record! {
    input
    /// A contact's sign-in.
    pub struct PerfexCredentials {
        /// The contact's e-mail address.
        pub email: String,
        /// The contact's password (kept only for this request).
        pub password: String,
    }
}

impl Input for PerfexCredentials {
    const FIELDS: &'static [&'static str] = &["email", "password"];

    fn read(f: &InputFields) -> Result<Self> {
        let mut t = texts(f, Self::FIELDS, &[Kind::Text, Kind::Text])?;
        Ok(PerfexCredentials { email: next_given(&mut t), password: next_given(&mut t) })
    }
}

/// The signed-in contact. The token itself stays inside the client.
#[allow(dead_code)] // declares the TypeScript type: `session` writes it
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct PerfexSession {
    /// The customer (company) id.
    pub client_id: String,
    /// The contact's id.
    pub contact_id: String,
    /// When the server will refuse the token (ms since the epoch): 7 days after sign-in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<f64>,
}

/// The signed-in contact as the plain JS value of `PerfexSession`.
pub fn session(client_id: String, contact_id: String, expires_at: Option<f64>) -> wasm_bindgen::JsValue {
    use crate::core::json::{Map, Value};
    let mut record = Map::with_capacity(3);
    record.insert("clientId".to_string(), Value::String(client_id));
    record.insert("contactId".to_string(), Value::String(contact_id));
    if let Some(at) = expires_at {
        record.insert("expiresAt".to_string(), Value::from(at));
    }
    crate::core::js::js_of(&Value::Object(record))
}

record! {
    input
    /// A new customer account (company and first contact), for `register`.
    pub struct PerfexRegistration {
        /// The company's name.
        pub company: String,
        /// The contact's first name.
        pub first_name: String,
        /// The contact's last name.
        pub last_name: String,
        /// The contact's e-mail address, used to sign in.
        pub email: String,
        /// The password to sign in with (sent twice, as the form's confirmation field wants).
        pub password: String,
        /// The company's VAT number.
        pub vat?: String,
        /// The company's phone number.
        pub phone_number?: String,
        /// The contact's own phone number.
        pub contact_phone_number?: String,
        /// The company's website.
        pub website?: String,
        /// The contact's position (job title).
        pub position?: String,
        /// The country's id in the installation's country list.
        #[tsify(type = "string | number")]
        pub country?: IdInput,
        /// City.
        pub city?: String,
        /// Street address.
        pub address?: String,
        /// Postal code.
        pub zip?: String,
        /// State or region.
        pub state?: String,
    }
}

/// A `PerfexRegistration` as the form `register` sends, and its password: the caller's fields
/// are checked and turned into the form in one go (no struct in between).
pub struct RegistrationForm(pub Vec<(String, String)>, pub String);

impl Input for RegistrationForm {
    const FIELDS: &'static [&'static str] = &[
        "company", "firstName", "lastName", "email", "password", "vat", "phoneNumber", "contactPhoneNumber", "website",
        "position", "country", "city", "address", "zip", "state",
    ];

    fn read(f: &InputFields) -> Result<Self> {
        use Kind::{OptionalId as I, OptionalText as O, Text as T};
        let values = texts(f, Self::FIELDS, &[T, T, T, T, T, O, O, O, O, O, I, O, O, O, O])?;
        let (form, password) = crate::perfex::wire::registration_form(Self::FIELDS, values.collect())?;
        Ok(RegistrationForm(form, password))
    }
}

/// A record id in the caller's input: a non-empty string or a whole number, kept as the
/// server's text. Declared `string | number` in TypeScript.
#[derive(Clone, Debug, PartialEq)]
pub struct IdInput(pub String);

record! {
    /// An id with its display name, e.g. a ticket's department.
    pub struct Named {
        /// The id, as the server sends it.
        pub id: String = "id departmentid serviceid priorityid" Text,
        /// The display name (absent when the server does not send one).
        pub name?: String = "name" GivenTrimmed,
    }
}

record! {
    /// A postal address.
    pub struct Address {
        /// Street and number.
        pub street?: String = "billing_street" Given,
        /// City.
        pub city?: String = "billing_city" Given,
        /// State or region.
        pub state?: String = "billing_state" Given,
        /// Postal code.
        pub zip?: String = "billing_zip" Given,
        /// The country's id in the installation's country list.
        pub country_id?: String = "billing_country" Id,
    }
}

/// A document's shipping address (`Address::COLUMNS` read its billing address).
const SHIPPING_ADDRESS: &Table = table![
    ("street", "shipping_street", Shape::Given),
    ("city", "shipping_city", Shape::Given),
    ("state", "shipping_state", Shape::Given),
    ("zip", "shipping_zip", Shape::Given),
    ("countryId", "shipping_country", Shape::Id),
];

/// Every part of an address counts: it is absent when all are.
const ANY_PART: u8 = 0b11111;

record! {
    /// Who accepted (signed) a document in the customer area, and when.
    pub struct Acceptance {
        /// First name as entered when accepting.
        pub first_name?: String = "acceptance_firstname" Given,
        /// Last name as entered when accepting.
        pub last_name?: String = "acceptance_lastname" Given,
        /// E-mail address as entered when accepting.
        pub email?: String = "acceptance_email" Given,
        /// When it was accepted ("2023-05-18 10:23:26").
        pub date?: String = "acceptance_date" Given,
    }
}

/// An acceptance is there when its first name, e-mail address or date is (not its last name
/// alone).
const ACCEPTED: u8 = 0b1101;
