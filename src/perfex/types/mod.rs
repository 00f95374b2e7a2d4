//! What the caller of `PerfexClient` sends and receives: camelCase records with honest types
//! (ids as the server's strings, flags as booleans, counts as numbers, money as decimal
//! strings, dates as the server's strings). No wire name appears here.

/// A closed set of values the server sends as numeric codes ("1", "2", ...), exported to
/// TypeScript as a union of names. `from_code` maps the server's code; `code` maps back.
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(tsify::Tsify, Clone, Copy, Debug, PartialEq, Eq)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// The value of the server's code, unless the code is not one of the known ones
            /// (out of line: one copy, not one in each row conversion using it).
            #[inline(never)]
            pub fn from_code(code: &crate::core::lenient::Text) -> Option<$name> {
                match code.0.as_deref().map(str::trim) {
                    $(Some($code) => Some($name::$variant),)+
                    _ => None,
                }
            }

            /// The server's code of this value.
            #[allow(dead_code)]
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }
        }

        impl $crate::perfex::types::ToJson for $name {
            fn to_json(self) -> crate::core::json::Value {
                let variant = match self {
                    $($name::$variant => $crate::perfex::types::snake_name_of!($variant)),+
                };
                crate::core::json::Value::String(variant.to_string())
            }
        }

        impl $name {
            /// The value the caller may give in the field `name` of an input, by its
            /// snake_case name; another text is an error that lists them.
            #[allow(dead_code)]
            pub fn from_field(fields: &$crate::core::fields::Fields, name: &str) -> $crate::core::error::Result<Option<$name>> {
                const NAMES: &[&str] = &[$($crate::perfex::types::snake_name_of!($variant)),+];
                Ok(fields.optional_choice(name, NAMES)?.and_then(|i| [$($name::$variant),+].get(i).copied()))
            }
        }
    };
}

/// A record declared once with its doc comments, camelCase, in one of two directions:
/// - `record! { pub struct … }`, what the caller receives: a field written `name?: T` is an
///   `Option<T>` left out when `None` (optional in TypeScript, as tsify reads serde's
///   `skip_serializing_if`); it becomes JSON through `ToJson` (a `#[serde(flatten)]` field
///   adds its own fields), not a serde derive;
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
        record!(@fields
            [$(#[$meta])* #[derive(tsify::Tsify)] #[serde(rename_all = "camelCase")] $name]
            {#[serde(skip_serializing_if = "Option::is_none")]} [] $($fields)*);
        record!(@json $name [] $($fields)*);
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
    // Each field as `flatten name` or `put name`, then the `Fields` and `ToJson` impls.
    (@json $name:ident [$($done:tt)*] $(#[doc = $doc:literal])* #[serde(flatten)] pub $field:ident : $ty:ty, $($rest:tt)*) => {
        record!(@json $name [$($done)* flatten $field] $($rest)*);
    };
    (@json $name:ident [$($done:tt)*] $(#[$field_meta:meta])* pub $field:ident ?: $ty:ty, $($rest:tt)*) => {
        record!(@json $name [$($done)* put $field] $($rest)*);
    };
    (@json $name:ident [$($done:tt)*] $(#[$field_meta:meta])* pub $field:ident : $ty:ty, $($rest:tt)*) => {
        record!(@json $name [$($done)* put $field] $($rest)*);
    };
    (@json $name:ident [$($how:ident $field:ident)*]) => {
        impl $crate::perfex::types::Fields for $name {
            fn fields(self, record: &mut crate::core::json::Map) {
                $(record!(@put self record $how $field);)*
            }
        }

        impl $crate::perfex::types::ToJson for $name {
            fn to_json(self) -> crate::core::json::Value {
                // Sized for its own fields at once (growing the map rehashes it each time).
                let mut record = crate::core::json::Map::with_capacity([$(stringify!($field)),*].len());
                $crate::perfex::types::Fields::fields(self, &mut record);
                crate::core::json::Value::Object(record)
            }
        }
    };
    (@put $self:tt $record:ident flatten $field:ident) => {
        $crate::perfex::types::Fields::fields($self.$field, $record)
    };
    (@put $self:tt $record:ident put $field:ident) => {
        $crate::perfex::types::ToJson::put($self.$field, $record, $crate::core::js::caller_name_of!($field))
    };
}

mod contracts;
mod input;
mod invoices;
mod json;
mod project_records;
mod projects;
mod quotes;
mod reference;
mod support;
mod tasks;

pub use contracts::*;
use input::{next, next_given, texts, Kind};
pub use invoices::*;
pub use json::*;
pub use project_records::*;
pub use projects::*;
pub use quotes::*;
pub use reference::*;
pub use support::*;
pub use tasks::*;

use serde::Deserialize;
use tsify::Tsify;

use super::wire;
use crate::core::error::Result;
use crate::core::fields::{Fields as InputFields, Input};
use crate::core::lenient::Text;


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

record! {
    /// The signed-in contact. The token itself stays inside the client.
    pub struct PerfexSession {
        /// The customer (company) id.
        pub client_id: String,
        /// The contact's id.
        pub contact_id: String,
        /// When the server will refuse the token (ms since the epoch): 7 days after sign-in.
        pub expires_at?: f64,
    }
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

impl Input for PerfexRegistration {
    const FIELDS: &'static [&'static str] = &[
        "company", "firstName", "lastName", "email", "password", "vat", "phoneNumber", "contactPhoneNumber", "website",
        "position", "country", "city", "address", "zip", "state",
    ];

    fn read(f: &InputFields) -> Result<Self> {
        use Kind::{OptionalId as I, OptionalText as O, Text as T};
        let mut t = texts(f, Self::FIELDS, &[T, T, T, T, T, O, O, O, O, O, I, O, O, O, O])?;
        Ok(PerfexRegistration {
            company: next_given(&mut t),
            first_name: next_given(&mut t),
            last_name: next_given(&mut t),
            email: next_given(&mut t),
            password: next_given(&mut t),
            vat: next(&mut t),
            phone_number: next(&mut t),
            contact_phone_number: next(&mut t),
            website: next(&mut t),
            position: next(&mut t),
            country: next(&mut t).map(IdInput),
            city: next(&mut t),
            address: next(&mut t),
            zip: next(&mut t),
            state: next(&mut t),
        })
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
        pub id: String,
        /// The display name (absent when the server does not send one).
        pub name?: String,
    }
}

record! {
    /// A postal address.
    pub struct Address {
        /// Street and number.
        pub street?: String,
        /// City.
        pub city?: String,
        /// State or region.
        pub state?: String,
        /// Postal code.
        pub zip?: String,
        /// The country's id in the installation's country list.
        pub country_id?: String,
    }
}

record! {
    /// Who accepted (signed) a document in the customer area, and when.
    pub struct Acceptance {
        /// First name as entered when accepting.
        pub first_name?: String,
        /// Last name as entered when accepting.
        pub last_name?: String,
        /// E-mail address as entered when accepting.
        pub email?: String,
        /// When it was accepted ("2023-05-18 10:23:26").
        pub date?: String,
    }
}

/// The text, absent when missing or empty.
fn opt(text: &Text) -> Option<String> {
    text.non_empty().filter(|t| !t.trim().is_empty())
}

/// An id, absent when missing, empty or "0" (the server's "none").
fn id_opt(text: &Text) -> Option<String> {
    opt(text).filter(|id| id.trim() != "0")
}

/// An id with its name, absent when the id is missing or "0".
fn named(id: &Text, name: &Text) -> Option<Named> {
    id_opt(id).map(|id| Named { id, name: opt(name).map(|n| n.trim().to_string()) })
}

/// An address, absent when every part is empty (a country id "0" counts as empty).
fn address(street: &Text, city: &Text, state: &Text, zip: &Text, country: &Text) -> Option<Address> {
    let a = Address { street: opt(street), city: opt(city), state: opt(state), zip: opt(zip), country_id: id_opt(country) };
    let empty = a.street.is_none() && a.city.is_none() && a.state.is_none() && a.zip.is_none() && a.country_id.is_none();
    (!empty).then_some(a)
}

fn acceptance(w: &super::wire::Acceptance) -> Option<Acceptance> {
    let a = Acceptance {
        first_name: opt(&w.acceptance_firstname),
        last_name: opt(&w.acceptance_lastname),
        email: opt(&w.acceptance_email),
        date: opt(&w.acceptance_date),
    };
    (a.date.is_some() || a.first_name.is_some() || a.email.is_some()).then_some(a)
}

/// Money as the server's decimal string ("500.00"); "" only when the server sent nothing.
fn money(text: &Text) -> String {
    text.or_empty().trim().to_string()
}


/// A count as a JS number.
fn count(c: &crate::core::lenient::Count) -> Option<f64> {
    c.0.map(|n| n as f64)
}

/// The project a document belongs to: its id with the joined name, or the embedded one.
fn project(id: &Text, name: &Text, data: &wire::Maybe<wire::ProjectRef>) -> Option<Named> {
    let embedded = data.0.as_ref().map(|p| p.name.clone()).unwrap_or_default();
    named(id, if opt(name).is_some() { name } else { &embedded })
}

/// The billing and shipping addresses of a document (each absent when empty).
fn addresses(w: &wire::Addresses) -> (Option<Address>, Option<Address>) {
    (
        address(&w.billing_street, &w.billing_city, &w.billing_state, &w.billing_zip, &w.billing_country),
        address(&w.shipping_street, &w.shipping_city, &w.shipping_state, &w.shipping_zip, &w.shipping_country),
    )
}

