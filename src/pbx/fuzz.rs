//! The PBX answer decoders, fuzzed from the documented samples (see `core::fuzz`).

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::types::*;
use super::wire;
use crate::core::error::Error;
use crate::core::fuzz::{self, Decoded, Decoder, Route};

/// A list operation: `wire::list`, each row converted.
fn list<W: DeserializeOwned + 'static, T: for<'a> From<&'a W> + Serialize>() -> Decoder {
    Box::new(|reply| Ok(Decoded::list(&wire::list::<W>(wire::data(reply), "list")?.iter().map(T::from).collect::<Vec<_>>())))
}

/// A single-record operation: `wire::first`, converted.
fn one<W: DeserializeOwned + 'static, T: for<'a> From<&'a W> + Serialize>() -> Decoder {
    Box::new(|reply| Ok(Decoded::one(&T::from(&wire::first::<W>(wire::data(reply)?, "record")?))))
}

/// A bare-string answer.
fn text() -> Decoder {
    Box::new(|reply| Ok(Decoded::one(&wire::text(wire::data(reply)?, "text")?)))
}

/// A write: success or the error the answer means.
fn write() -> Decoder {
    Box::new(|reply| wire::data(reply).map(|_| Decoded::one(&())))
}

/// A new id (`/user/login`, `/phone/AddNewPhone`): a missing one is a decode error.
fn new_id<W: DeserializeOwned + 'static>(id: fn(&W) -> Option<String>) -> Decoder {
    Box::new(move |reply| {
        let row = wire::first::<W>(wire::data(reply)?, "record")?;
        Ok(Decoded::one(&id(&row).ok_or_else(|| Error::decode("no id"))?))
    })
}

macro_rules! sample {
    ($file:literal) => {
        ($file, include_str!(concat!("../../tests/fixtures/pbx/", $file)))
    };
}

fn routes() -> Vec<Route> {
    let route = |(name, text): (&'static str, &'static str), lenient, decode| Route::new(name, text, lenient, decode);
    let data = Some("/data");
    vec![
        route(sample!("cdr_getcallhistory.json"), data, list::<wire::Cdr, CallRecord>()),
        route(sample!("condition_bytenant.json"), data, list::<wire::Condition, PbxCondition>()),
        route(sample!("custom_bytenant.json"), data, list::<wire::Custom, CustomDestination>()),
        route(sample!("destination_all.json"), data, list::<wire::Destination, PbxDestination>()),
        route(sample!("did_bytenant.json"), data, list::<wire::Did, Did>()),
        route(sample!("extension_bytenant.json"), data, list::<wire::Extension, Extension>()),
        route(sample!("extension_getcidnumberlist.json"), data, list::<wire::CidNumber, String>()),
        route(sample!("extension_getfmfcalleridlist.json"), data, list::<wire::FmfCallerId, String>()),
        route(sample!("hunt_bytenant.json"), data, list::<wire::Hunt, HuntList>()),
        route(sample!("ivr_bytenant.json"), data, list::<wire::Ivr, Ivr>()),
        route(sample!("phone_bytenant.json"), data, list::<wire::Phone, PbxPhone>()),
        route(sample!("user_get.json"), data, list::<wire::User, PbxUser>()),
        route(sample!("voicemail_bytenant.json"), data, list::<wire::Voicemail, VoicemailBox>()),
        route(sample!("not_found.json"), None, list::<wire::Extension, Extension>()),
        route(
            sample!("did_byid.json"),
            data,
            Box::new(|reply| Ok(Decoded::one(&DidDetail::from_wire(&wire::first(wire::data(reply)?, "DID")?, "7")))),
        ),
        route(sample!("extension_byid.json"), data, one::<wire::Extension, Extension>()),
        route(sample!("extension_user.json"), data, one::<wire::SipUser, SipUser>()),
        route(sample!("hunt_byid.json"), data, one::<wire::Hunt, HuntList>()),
        route(sample!("user_tenants.json"), data, one::<wire::UserTenants, UserTenants>()),
        route(sample!("user_login.json"), None, new_id::<wire::Login>(|l| l.user_id.non_empty())),
        route(sample!("phone_addnewphone.json"), None, new_id::<wire::PhoneAdded>(|p| p.phone_id.non_empty())),
        route(sample!("extension_getcidnumber.json"), None, text()),
        route(sample!("extension_getfmfcallerid.json"), None, text()),
        route(sample!("extension_usersecret.json"), None, text()),
        route(sample!("deleted.json"), None, write()),
        route(sample!("updated.json"), None, write()),
        route(sample!("required_fields.json"), None, write()),
        route(sample!("unauthorized.json"), None, write()),
    ]
}

#[test]
fn pbx_decoders_survive_mutated_samples() {
    fuzz::run("pbx", &routes());
}
