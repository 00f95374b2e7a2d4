//! What the caller of `PbxClient` receives (inputs are in `inputs.rs`; conversions from the
//! server's rows in `convert.rs`).

use serde::{Deserialize, Serialize};
use tsify::Tsify;

/// Options of a `PbxClient`: where the PBX admin API lives and the HTTP Basic credentials
/// every call is signed with. (Read as `ClientOptions` plus the two credentials, so that a
/// wrong type is reported with its field name and never quoted; this type exists for its
/// TypeScript declaration.)
#[allow(dead_code)]
#[derive(Tsify, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PbxOptions {
    #[serde(flatten)]
    pub common: crate::core::options::ClientOptions,
    /// The PBX administrator's user name.
    pub username: String,
    /// Their password (kept inside the client, never shown in errors).
    pub password: String,
}

/// The user the client's credentials belong to.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PbxLogin {
    /// The user's id.
    pub user_id: String,
}

/// A PBX user account.
#[derive(Tsify, Serialize)]
pub struct PbxUser {
    /// The user's id.
    pub id: String,
    /// The user name.
    pub username: String,
}

/// A list of PBX users.
#[derive(Tsify, Serialize)]
pub struct PbxUsers(pub Vec<PbxUser>);

/// A tenant (one customer's slice of the PBX).
#[derive(Tsify, Serialize)]
pub struct PbxTenant {
    /// The tenant's id: the `tenantId` every per-tenant method takes.
    pub id: String,
    /// The tenant's name.
    pub name: String,
    /// The tenant's code, e.g. "T100" (the `tenantCode` of `listCalls`), when the server sends it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub code: Option<String>,
}

/// A user and the tenants they may manage.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UserTenants {
    /// The user's id.
    pub user_id: String,
    /// Their tenants.
    pub tenants: Vec<PbxTenant>,
}

/// One step of a tenant's call routing: calls leaving a `sourceType` object go to a
/// `destinationType` object.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PbxDestination {
    /// The destination's id.
    pub id: String,
    /// What the call comes from, e.g. "CONDITION", "NOTCONDITION", "IVR", "DID".
    pub source_type: String,
    /// Where it goes, e.g. "EXTENSION", "HUNT", "VOICEMAIL", "DISA".
    pub destination_type: String,
    /// Its position among the destinations of the same source (1 first), when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub order: Option<u32>,
}

/// A list of routing destinations.
#[derive(Tsify, Serialize)]
pub struct PbxDestinations(pub Vec<PbxDestination>);

/// A tenant's extension.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Extension {
    /// The extension's id (not its dialled number).
    pub id: String,
    /// Who or what it belongs to, e.g. "Reception".
    pub name: String,
    /// The number dialled to reach it, e.g. "201".
    pub number: String,
    /// The caller id number it shows on outgoing calls, if set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub caller_id_number: Option<String>,
    /// The caller id name it shows on outgoing calls, if set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub caller_id_name: Option<String>,
    /// Whether call waiting is on.
    pub call_waiting: bool,
}

/// A list of extensions.
#[derive(Tsify, Serialize)]
pub struct Extensions(pub Vec<Extension>);

/// The SIP account a phone registers an extension with.
#[derive(Tsify, Serialize)]
pub struct SipUser {
    /// The SIP user name, e.g. "201-T100".
    pub name: String,
    /// Where the phone registers from ("dynamic" for a registering phone).
    pub host: String,
    /// The SIP password: handle it as a secret.
    pub secret: String,
}

/// A list of phone numbers, as the server sends them (one per extension, so possibly
/// repeated or empty).
#[derive(Tsify, Serialize)]
pub struct PhoneNumbers(pub Vec<String>);

/// A DID (an inbound phone number), as listed.
#[derive(Tsify, Serialize)]
pub struct Did {
    /// The DID's id.
    pub id: String,
    /// The phone number.
    pub number: String,
    /// Its country, if set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub country: Option<String>,
    /// Its area, if set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub area: Option<String>,
    /// A free comment, if set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub comment: Option<String>,
}

/// A list of DIDs.
#[derive(Tsify, Serialize)]
pub struct Dids(pub Vec<Did>);

/// One DID with its settings.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DidDetail {
    /// The DID itself.
    #[serde(flatten)]
    pub did: Did,
    /// The tenant it belongs to, when the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub tenant_id: Option<String>,
    /// Whether its calls are recorded.
    pub recording: bool,
    /// Whether it receives faxes.
    pub fax: bool,
    /// Digits put in front of the dialled number, if set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub prefix: Option<String>,
    /// Text put in front of the caller's name, if set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub name_prefix: Option<String>,
}

/// A hunt list: a group of extensions rung together or in turn.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HuntList {
    /// The hunt list's id.
    pub id: String,
    /// The number dialled to reach it.
    pub number: String,
    /// Its name.
    pub name: String,
    /// How members are rung, as the server names it, e.g. "RINGALL" or "HUNT".
    pub strategy: String,
    /// How long it rings, in seconds, when set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub ring_time: Option<u32>,
    /// Whether members already on a call are skipped (sent by `getHuntList` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub check_in_use: Option<bool>,
}

/// A list of hunt lists.
#[derive(Tsify, Serialize)]
pub struct HuntLists(pub Vec<HuntList>);

/// A desk phone provisioned for a tenant.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PbxPhone {
    /// The phone's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// The tenant it belongs to.
    pub tenant_id: String,
    /// The phone model's id.
    pub model_id: String,
    /// Its MAC address, as entered.
    pub mac: String,
    /// The provisioning file it is served, if set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub config_file: Option<String>,
}

/// A list of phones.
#[derive(Tsify, Serialize)]
pub struct PbxPhones(pub Vec<PbxPhone>);

/// A voicemail box.
#[derive(Tsify, Serialize)]
pub struct VoicemailBox {
    /// The box's id.
    pub id: String,
    /// The voicemail context it lives in (the tenant's).
    pub context: String,
    /// Its owner's name.
    pub name: String,
    /// Where new messages are e-mailed, if set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub email: Option<String>,
}

/// A list of voicemail boxes.
#[derive(Tsify, Serialize)]
pub struct VoicemailBoxes(pub Vec<VoicemailBox>);

/// A routing condition (caller id, time of day, date ...).
#[derive(Tsify, Serialize)]
pub struct PbxCondition {
    /// The condition's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// What it tests, as the server names it, e.g. "CALLERID" or "TIME".
    #[serde(rename = "type")]
    pub kind: String,
    /// The time zone its times are in, if set.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub timezone: Option<String>,
    /// Its parameters in order (up to twelve; trailing empty ones left out).
    pub parameters: Vec<String>,
}

/// A list of conditions.
#[derive(Tsify, Serialize)]
pub struct PbxConditions(pub Vec<PbxCondition>);

/// An IVR (voice menu).
#[derive(Tsify, Serialize)]
pub struct Ivr {
    /// The IVR's id.
    pub id: String,
    /// Its name.
    pub name: String,
}

/// A list of IVRs.
#[derive(Tsify, Serialize)]
pub struct Ivrs(pub Vec<Ivr>);

/// A custom destination, e.g. a forward to an outside number.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomDestination {
    /// The custom destination's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// The id of its type.
    pub type_id: String,
    /// Its type, e.g. "FORWARD".
    pub type_name: String,
    /// What the type does, in plain text (e.g. "Forward call to"), if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub type_description: Option<String>,
}

/// A list of custom destinations.
#[derive(Tsify, Serialize)]
pub struct CustomDestinations(pub Vec<CustomDestination>);

/// One call of the call history. Apart from the id, date, numbers, disposition and times,
/// fields are present only when the server sends them.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CallRecord {
    /// The record's id.
    pub id: String,
    /// When the call started, as the server writes it ("2024-03-01 09:15:00").
    pub date: String,
    /// The caller id, e.g. "\"Reception\" <200>".
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub caller_id: Option<String>,
    /// The calling number.
    pub source: String,
    /// The number called.
    pub destination: String,
    /// How the call ended, e.g. "ANSWERED", "NO ANSWER", "BUSY", "FAILED".
    pub disposition: String,
    /// The whole call, ringing included, in seconds.
    pub duration_seconds: u32,
    /// The answered part, in seconds.
    pub billable_seconds: u32,
    /// The call's cost, a decimal string such as "0.0240".
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub cost: Option<String>,
    /// The rate it was charged at, per minute, a decimal string.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub rate: Option<String>,
    /// "in", "out" or "internal", when the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub direction: Option<String>,
    /// The first number the call was routed to.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub first_destination: Option<String>,
    /// The last number the call was routed to.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub last_destination: Option<String>,
    /// Where the call ended up, e.g. "EXTENSION 201" or "VOICEMAIL 202".
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub landed_on: Option<String>,
    /// The tenant's code.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub tenant_code: Option<String>,
    /// The calling channel.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub channel: Option<String>,
    /// The answering channel.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub destination_channel: Option<String>,
    /// The call's unique id in the PBX.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub unique_id: Option<String>,
}

/// A list of calls, newest first as the server orders them.
#[derive(Tsify, Serialize)]
pub struct CallRecords(pub Vec<CallRecord>);
