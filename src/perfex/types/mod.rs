//! What the caller of `PerfexClient` sends and receives: camelCase records with honest types
//! (ids as the server's strings, flags as booleans, counts as numbers, money as decimal
//! strings, dates as the server's strings). No wire name appears here.

/// A closed set of values the server sends as numeric codes ("1", "2", ...), exported to
/// TypeScript as a union of names. `from_code` maps the server's code; `code` maps back.
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(tsify::Tsify, serde::Serialize, serde::Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// The value of the server's code, unless the code is not one of the known ones.
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
    };
}

/// A record declared once with its doc comments, camelCase, in one of two directions:
/// - `record! { pub struct … }`, what the caller receives: a field written `name?: T` is an
///   `Option<T>` left out when `None` (optional in TypeScript, as tsify reads serde's
///   `skip_serializing_if`);
/// - `record! { input pub struct … }`, what the caller sends: a field written `name?: T` may be
///   left out, and a field this client does not know is refused.
///
/// A field written `name: T` is always there.
macro_rules! record {
    (input $(#[$meta:meta])* pub struct $name:ident { $($fields:tt)* }) => {
        record!(@fields
            [$(#[$meta])* #[derive(tsify::Tsify, serde::Deserialize)] #[serde(rename_all = "camelCase", deny_unknown_fields)] $name]
            {#[serde(default)] #[tsify(optional)]} [] $($fields)*);
    };
    ($(#[$meta:meta])* pub struct $name:ident { $($fields:tt)* }) => {
        record!(@fields
            [$(#[$meta])* #[derive(tsify::Tsify, serde::Serialize)] #[serde(rename_all = "camelCase")] $name]
            {#[serde(skip_serializing_if = "Option::is_none")]} [] $($fields)*);
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
}

mod contracts;
mod invoices;
mod project_records;
mod projects;
mod quotes;
mod reference;
mod support;
mod tasks;

pub use contracts::*;
pub use invoices::*;
pub use project_records::*;
pub use projects::*;
pub use quotes::*;
pub use reference::*;
pub use support::*;
pub use tasks::*;

use serde::Deserialize;
use tsify::Tsify;

use super::wire;
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

/// A record id in the caller's input: a non-empty string or a whole number, kept as the
/// server's text. Declared `string | number` in TypeScript.
#[derive(Clone, Debug, PartialEq)]
pub struct IdInput(pub String);

impl<'de> Deserialize<'de> for IdInput {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl serde::de::Visitor<'_> for Visit {
            type Value = IdInput;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a record id (a non-empty string or a whole number)")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<IdInput, E> {
                let v = v.trim();
                if v.is_empty() || v.len() > 64 {
                    return Err(E::invalid_value(serde::de::Unexpected::Str(v), &self));
                }
                Ok(IdInput(v.to_string()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<IdInput, E> {
                Ok(IdInput(v.to_string()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<IdInput, E> {
                u64::try_from(v).map(|v| IdInput(v.to_string())).map_err(|_| E::invalid_value(serde::de::Unexpected::Signed(v), &self))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<IdInput, E> {
                if v.fract() == 0.0 && (0.0..9.0e15).contains(&v) {
                    Ok(IdInput(format!("{v}")))
                } else {
                    Err(E::invalid_value(serde::de::Unexpected::Float(v), &self))
                }
            }
        }
        d.deserialize_any(Visit)
    }
}

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
