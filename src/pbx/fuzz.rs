//! The PBX answer decoders, fuzzed from the documented samples (see `core::fuzz`).

use crate::core::json::Value;

use super::types::*;
use super::{convert, wire};
use crate::core::error::{Error, Result};
use crate::core::fuzz::{self, Decoded, Decoder, Route};
use crate::core::record::Column;

/// A list operation: `wire::list`, each row read by its columns.
fn list(columns: &'static [Column]) -> Decoder {
    Box::new(move |reply| Ok(Decoded::list(&wire::list(wire::data(reply), columns, "list")?)))
}

/// A list operation whose rows `convert` puts together.
fn each(convert: fn(&Value) -> Result<Value>) -> Decoder {
    Box::new(move |reply| {
        let rows = wire::items(wire::data(reply), "list")?.iter().map(convert).collect::<Result<Vec<_>>>()?;
        Ok(Decoded::list(&rows))
    })
}

/// A list of phone numbers.
fn numbers(field: &'static str) -> Decoder {
    Box::new(move |reply| {
        let numbers = convert::numbers(&wire::items(wire::data(reply), "list")?, field)?;
        let count = numbers.as_array().map_or(0, Vec::len);
        Ok(Decoded { rows: Some(count), ..Decoded::one(&numbers) })
    })
}

/// A single-record operation: `wire::one`.
fn one(columns: &'static [Column]) -> Decoder {
    Box::new(move |reply| Ok(Decoded::one(&wire::one(wire::data(reply)?, columns, "record")?)))
}

/// A single record that `convert` puts together.
fn one_by(convert: fn(&Value) -> Result<Value>) -> Decoder {
    Box::new(move |reply| Ok(Decoded::one(&convert(&wire::first(wire::data(reply)?, "record")?)?)))
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
fn new_id(field: &'static str) -> Decoder {
    Box::new(move |reply| {
        let row = wire::first(wire::data(reply)?, "record")?;
        Ok(Decoded::one(&wire::field(&row, field).ok_or_else(|| Error::decode("no id"))?))
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
        route(sample!("cdr_getcallhistory.json"), data, each(convert::call_record)),
        route(sample!("condition_bytenant.json"), data, each(convert::condition)),
        route(sample!("custom_bytenant.json"), data, list(CustomDestination::COLUMNS)),
        route(sample!("destination_all.json"), data, list(PbxDestination::COLUMNS)),
        route(sample!("did_bytenant.json"), data, list(Did::COLUMNS)),
        route(sample!("extension_bytenant.json"), data, list(Extension::COLUMNS)),
        route(sample!("extension_getcidnumberlist.json"), data, numbers("ex_cidnum")),
        route(sample!("extension_getfmfcalleridlist.json"), data, numbers("GetFMFCallerId")),
        route(sample!("hunt_bytenant.json"), data, list(HuntList::COLUMNS)),
        route(sample!("ivr_bytenant.json"), data, list(Ivr::COLUMNS)),
        route(sample!("phone_bytenant.json"), data, list(PbxPhone::COLUMNS)),
        route(sample!("user_get.json"), data, list(PbxUser::COLUMNS)),
        route(sample!("voicemail_bytenant.json"), data, list(VoicemailBox::COLUMNS)),
        route(sample!("not_found.json"), None, list(Extension::COLUMNS)),
        route(
            sample!("did_byid.json"),
            data,
            Box::new(|reply| Ok(Decoded::one(&convert::did_detail(&wire::first(wire::data(reply)?, "DID")?, "7")?))),
        ),
        route(sample!("extension_byid.json"), data, one(Extension::COLUMNS)),
        route(sample!("extension_user.json"), data, one(SipUser::COLUMNS)),
        route(sample!("hunt_byid.json"), data, one(HuntList::COLUMNS)),
        route(sample!("user_tenants.json"), data, one_by(convert::user_tenants)),
        route(sample!("user_login.json"), None, new_id("user_id")),
        route(sample!("phone_addnewphone.json"), None, new_id("PhoneID")),
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
