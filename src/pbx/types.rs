//! What the caller of `PbxClient` receives (inputs are in `inputs.rs`).

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::wire;
use crate::core::lenient::{strip_tags, Text};

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

/// A number of seconds or an order, when the text holds one.
fn small_count(text: &Text) -> Option<u32> {
    text.as_count().and_then(|n| u32::try_from(n).ok())
}

impl From<&wire::User> for PbxUser {
    fn from(w: &wire::User) -> PbxUser {
        PbxUser { id: w.us_id.or_empty(), username: w.us_username.or_empty() }
    }
}

impl From<&wire::UserTenants> for UserTenants {
    fn from(w: &wire::UserTenants) -> UserTenants {
        let tenants = w
            .tenants
            .0
            .iter()
            .map(|t| PbxTenant { id: t.te_id.or_empty(), name: t.te_name.or_empty(), code: t.te_code.non_empty() })
            .collect();
        UserTenants { user_id: w.user_id.or_empty(), tenants }
    }
}

impl From<&wire::Destination> for PbxDestination {
    fn from(w: &wire::Destination) -> PbxDestination {
        PbxDestination {
            id: w.de_id.or_empty(),
            source_type: w.de_type_src.or_empty(),
            destination_type: w.de_type_dst.or_empty(),
            order: small_count(&w.de_ord),
        }
    }
}

impl From<&wire::Extension> for Extension {
    fn from(w: &wire::Extension) -> Extension {
        Extension {
            id: w.ex_id.or_empty(),
            name: w.ex_name.or_empty(),
            number: w.ex_number.or_empty(),
            caller_id_number: w.ex_cidnum.non_empty(),
            caller_id_name: w.ex_cidname.non_empty(),
            call_waiting: w.ex_callwaiting.as_flag().unwrap_or(false),
        }
    }
}

impl From<&wire::SipUser> for SipUser {
    fn from(w: &wire::SipUser) -> SipUser {
        SipUser { name: w.name.or_empty(), host: w.host.or_empty(), secret: w.secret.or_empty() }
    }
}

impl From<&wire::CidNumber> for String {
    fn from(w: &wire::CidNumber) -> String {
        w.ex_cidnum.or_empty()
    }
}

impl From<&wire::FmfCallerId> for String {
    fn from(w: &wire::FmfCallerId) -> String {
        w.caller_id.or_empty()
    }
}

impl From<&wire::Did> for Did {
    fn from(w: &wire::Did) -> Did {
        Did {
            id: w.di_id.or_empty(),
            number: w.di_number.or_empty(),
            country: w.di_country.non_empty(),
            area: w.di_area.non_empty(),
            comment: w.di_comment.non_empty(),
        }
    }
}

impl DidDetail {
    /// `did/byid` sends no id (and names the tenant `di_te_id`): the id asked for fills in.
    pub fn from_wire(w: &wire::Did, requested_id: &str) -> DidDetail {
        let mut did = Did::from(w);
        if did.id.is_empty() {
            did.id = requested_id.to_string();
        }
        DidDetail {
            did,
            tenant_id: w.di_te_id.non_empty(),
            recording: w.di_recording.as_flag().unwrap_or(false),
            fax: w.di_fax.as_flag().unwrap_or(false),
            prefix: w.di_didprefix.non_empty(),
            name_prefix: w.di_didnameprefix.non_empty(),
        }
    }
}

impl From<&wire::Hunt> for HuntList {
    fn from(w: &wire::Hunt) -> HuntList {
        HuntList {
            id: w.hu_id.or_empty(),
            number: w.hu_number.or_empty(),
            name: w.hu_name.or_empty(),
            strategy: w.hu_type.or_empty(),
            ring_time: small_count(&w.hu_ringtime),
            check_in_use: w.hu_checkinuse.as_ref().map(|t| t.as_flag().unwrap_or(false)),
        }
    }
}

impl From<&wire::Phone> for PbxPhone {
    fn from(w: &wire::Phone) -> PbxPhone {
        PbxPhone {
            id: w.ph_id.or_empty(),
            name: w.ph_name.or_empty(),
            tenant_id: w.ph_te_id.or_empty(),
            model_id: w.ph_pm_id.or_empty(),
            mac: w.ph_mac.or_empty(),
            config_file: w.ph_filename.non_empty(),
        }
    }
}

impl From<&wire::Voicemail> for VoicemailBox {
    fn from(w: &wire::Voicemail) -> VoicemailBox {
        VoicemailBox { id: w.uniqueid.or_empty(), context: w.context.or_empty(), name: w.fullname.or_empty(), email: w.email.non_empty() }
    }
}

impl From<&wire::Condition> for PbxCondition {
    fn from(w: &wire::Condition) -> PbxCondition {
        let mut parameters: Vec<String> = w.params().iter().map(|p| p.or_empty()).collect();
        while parameters.last().is_some_and(|p| p.is_empty()) {
            parameters.pop();
        }
        PbxCondition { id: w.co_id.or_empty(), name: w.co_name.or_empty(), kind: w.co_type.or_empty(), timezone: w.co_timezone.non_empty(), parameters }
    }
}

impl From<&wire::Ivr> for Ivr {
    fn from(w: &wire::Ivr) -> Ivr {
        Ivr { id: w.iv_id.or_empty(), name: w.iv_name.or_empty() }
    }
}

impl From<&wire::Custom> for CustomDestination {
    fn from(w: &wire::Custom) -> CustomDestination {
        CustomDestination {
            id: w.cu_id.or_empty(),
            name: w.cu_name.or_empty(),
            type_id: w.cu_ct_id.or_empty(),
            type_name: w.ct_name.or_empty(),
            // "<t>Forward call to</t>": a translation marker around plain text.
            type_description: w.ct_description.non_empty().map(|d| strip_tags(&d)).filter(|d| !d.is_empty()),
        }
    }
}

impl From<&wire::Cdr> for CallRecord {
    fn from(w: &wire::Cdr) -> CallRecord {
        CallRecord {
            id: w.cdr_id.or_empty(),
            date: w.calldate.or_empty(),
            caller_id: w.clid.non_empty(),
            source: w.src.or_empty(),
            destination: w.dst.or_empty(),
            disposition: w.disposition.or_empty(),
            duration_seconds: small_count(&w.duration).unwrap_or(0),
            billable_seconds: small_count(&w.billsec).unwrap_or(0),
            cost: w.cost.non_empty(),
            rate: w.rate.non_empty(),
            direction: w.direction.non_empty(),
            first_destination: w.firstdst.non_empty(),
            last_destination: w.lastdst.non_empty(),
            landed_on: w.wherelanded.non_empty(),
            tenant_code: w.tenant_code.non_empty().or_else(|| w.accountcode.non_empty()),
            channel: w.channel.non_empty(),
            destination_channel: w.dstchannel.non_empty(),
            unique_id: w.uniqueid.non_empty(),
        }
    }
}
