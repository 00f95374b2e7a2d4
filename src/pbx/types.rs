//! What the caller of `PbxClient` receives (inputs are in `inputs.rs`): each record with the
//! server's field it is read from (`core::record`); the few records that need more than a
//! column table are put together in `convert.rs`.

use serde::Deserialize;
use tsify::Tsify;

use crate::core::record::output_record;

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
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct PbxLogin {
    /// The user's id.
    pub user_id: String,
}

output_record! {
    /// A PBX user account.
    pub struct PbxUser {
        /// The user's id.
        id: Text = "us_id",
        /// The user name.
        username: Text = "us_username",
    }
}

/// A list of PBX users.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct PbxUsers(pub Vec<PbxUser>);

output_record! {
    /// A tenant (one customer's slice of the PBX).
    pub struct PbxTenant {
        /// The tenant's id: the `tenantId` every per-tenant method takes.
        id: Text = "te_id",
        /// The tenant's name.
        name: Text = "te_name",
        /// The tenant's code, e.g. "T100" (the `tenantCode` of `listCalls`), when the server sends it.
        code: Optional = "te_code",
    }
}

/// A user and the tenants they may manage.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct UserTenants {
    /// The user's id.
    pub user_id: String,
    /// Their tenants.
    pub tenants: Vec<PbxTenant>,
}

output_record! {
    /// One step of a tenant's call routing: calls leaving a `sourceType` object go to a
    /// `destinationType` object.
    pub struct PbxDestination {
        /// The destination's id.
        id: Text = "de_id",
        /// What the call comes from, e.g. "CONDITION", "NOTCONDITION", "IVR", "DID".
        source_type: Text = "de_type_src",
        /// Where it goes, e.g. "EXTENSION", "HUNT", "VOICEMAIL", "DISA".
        destination_type: Text = "de_type_dst",
        /// Its position among the destinations of the same source (1 first), when known.
        order: Count = "de_ord",
    }
}

/// A list of routing destinations.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct PbxDestinations(pub Vec<PbxDestination>);

output_record! {
    /// A tenant's extension.
    pub struct Extension {
        /// The extension's id (not its dialled number).
        id: Text = "ex_id",
        /// Who or what it belongs to, e.g. "Reception".
        name: Text = "ex_name",
        /// The number dialled to reach it, e.g. "201".
        number: Text = "ex_number",
        /// The caller id number it shows on outgoing calls, if set.
        caller_id_number: Optional = "ex_cidnum",
        /// The caller id name it shows on outgoing calls, if set.
        caller_id_name: Optional = "ex_cidname",
        /// Whether call waiting is on.
        call_waiting: Flag = "ex_callwaiting",
    }
}

/// A list of extensions.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct Extensions(pub Vec<Extension>);

output_record! {
    /// The SIP account a phone registers an extension with.
    pub struct SipUser {
        /// The SIP user name, e.g. "201-T100".
        name: Text = "name",
        /// Where the phone registers from ("dynamic" for a registering phone).
        host: Text = "host",
        /// The SIP password: handle it as a secret.
        secret: Text = "secret",
    }
}

/// A list of phone numbers, as the server sends them (one per extension, so possibly
/// repeated or empty).
#[allow(dead_code)]
#[derive(Tsify)]
pub struct PhoneNumbers(pub Vec<String>);

output_record! {
    /// A DID (an inbound phone number), as listed.
    pub struct Did {
        /// The DID's id.
        id: Text = "di_id",
        /// The phone number.
        number: Text = "di_number",
        /// Its country, if set.
        country: Optional = "di_country",
        /// Its area, if set.
        area: Optional = "di_area",
        /// A free comment, if set.
        comment: Optional = "di_comment",
    }
}

/// A list of DIDs.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct Dids(pub Vec<Did>);

// Put together by `convert::did_detail` from the `Did` columns and `DidDetail::COLUMNS`.
/// One DID with its settings.
#[allow(dead_code)]
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct DidDetail {
    /// The DID itself.
    #[serde(flatten)]
    pub did: Did,
    /// The tenant it belongs to, when the server says.
    #[tsify(optional)]
    pub tenant_id: Option<String>,
    /// Whether its calls are recorded.
    pub recording: bool,
    /// Whether it receives faxes.
    pub fax: bool,
    /// Digits put in front of the dialled number, if set.
    #[tsify(optional)]
    pub prefix: Option<String>,
    /// Text put in front of the caller's name, if set.
    #[tsify(optional)]
    pub name_prefix: Option<String>,
}

impl DidDetail {
    /// How the settings beyond the `Did` columns are read (`did/byid` names the tenant
    /// `di_te_id`).
    pub const COLUMNS: &'static [crate::core::record::Column] = &[
        column("tenantId", "di_te_id", crate::core::record::Shape::Optional),
        column("recording", "di_recording", crate::core::record::Shape::Flag),
        column("fax", "di_fax", crate::core::record::Shape::Flag),
        column("prefix", "di_didprefix", crate::core::record::Shape::Optional),
        column("namePrefix", "di_didnameprefix", crate::core::record::Shape::Optional),
    ];
}

/// A column (`caller` is the caller's name of the field).
const fn column(caller: &'static str, wire: &'static str, shape: crate::core::record::Shape) -> crate::core::record::Column {
    crate::core::record::Column { caller, wire, shape }
}

output_record! {
    /// A hunt list: a group of extensions rung together or in turn.
    pub struct HuntList {
        /// The hunt list's id.
        id: Text = "hu_id",
        /// The number dialled to reach it.
        number: Text = "hu_number",
        /// Its name.
        name: Text = "hu_name",
        /// How members are rung, as the server names it, e.g. "RINGALL" or "HUNT".
        strategy: Text = "hu_type",
        /// How long it rings, in seconds, when set.
        ring_time: Count = "hu_ringtime",
        /// Whether members already on a call are skipped (sent by `getHuntList` only).
        check_in_use: FlagIfSent = "hu_checkinuse",
    }
}

/// A list of hunt lists.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct HuntLists(pub Vec<HuntList>);

output_record! {
    /// A desk phone provisioned for a tenant.
    pub struct PbxPhone {
        /// The phone's id.
        id: Text = "ph_id",
        /// Its name.
        name: Text = "ph_name",
        /// The tenant it belongs to.
        tenant_id: Text = "ph_te_id",
        /// The phone model's id.
        model_id: Text = "ph_pm_id",
        /// Its MAC address, as entered.
        mac: Text = "ph_mac",
        /// The provisioning file it is served, if set.
        config_file: Optional = "ph_filename",
    }
}

/// A list of phones.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct PbxPhones(pub Vec<PbxPhone>);

output_record! {
    /// A voicemail box.
    pub struct VoicemailBox {
        /// The box's id.
        id: Text = "uniqueid",
        /// The voicemail context it lives in (the tenant's).
        context: Text = "context",
        /// Its owner's name.
        name: Text = "fullname",
        /// Where new messages are e-mailed, if set.
        email: Optional = "email",
    }
}

/// A list of voicemail boxes.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct VoicemailBoxes(pub Vec<VoicemailBox>);

// Put together by `convert::condition` from `PbxCondition::COLUMNS` and the parameters.
/// A routing condition (caller id, time of day, date ...).
#[allow(dead_code)]
#[derive(Tsify)]
pub struct PbxCondition {
    /// The condition's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// What it tests, as the server names it, e.g. "CALLERID" or "TIME".
    #[serde(rename = "type")]
    pub kind: String,
    /// The time zone its times are in, if set.
    #[tsify(optional)]
    pub timezone: Option<String>,
    /// Its parameters in order (up to twelve; trailing empty ones left out).
    pub parameters: Vec<String>,
}

impl PbxCondition {
    /// How the fields other than `parameters` are read.
    pub const COLUMNS: &'static [crate::core::record::Column] = &[
        column("id", "co_id", crate::core::record::Shape::Text),
        column("name", "co_name", crate::core::record::Shape::Text),
        crate::core::record::Column { caller: "type", wire: "co_type", shape: crate::core::record::Shape::Text },
        column("timezone", "co_timezone", crate::core::record::Shape::Optional),
    ];
}

/// A list of conditions.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct PbxConditions(pub Vec<PbxCondition>);

output_record! {
    /// An IVR (voice menu).
    pub struct Ivr {
        /// The IVR's id.
        id: Text = "iv_id",
        /// Its name.
        name: Text = "iv_name",
    }
}

/// A list of IVRs.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct Ivrs(pub Vec<Ivr>);

output_record! {
    /// A custom destination, e.g. a forward to an outside number.
    pub struct CustomDestination {
        /// The custom destination's id.
        id: Text = "cu_id",
        /// Its name.
        name: Text = "cu_name",
        /// The id of its type.
        type_id: Text = "cu_ct_id",
        /// Its type, e.g. "FORWARD".
        type_name: Text = "ct_name",
        /// What the type does, in plain text (e.g. "Forward call to"), if the server says.
        type_description: Plain = "ct_description",
    }
}

/// A list of custom destinations.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct CustomDestinations(pub Vec<CustomDestination>);

output_record! {
    /// One call of the call history. Apart from the id, date, numbers, disposition and times,
    /// fields are present only when the server sends them.
    pub struct CallRecord {
        /// The record's id.
        id: Text = "cdr_id",
        /// When the call started, as the server writes it ("2024-03-01 09:15:00").
        date: Text = "calldate",
        /// The caller id, e.g. "\"Reception\" <200>".
        caller_id: Optional = "clid",
        /// The calling number.
        source: Text = "src",
        /// The number called.
        destination: Text = "dst",
        /// How the call ended, e.g. "ANSWERED", "NO ANSWER", "BUSY", "FAILED".
        disposition: Text = "disposition",
        /// The whole call, ringing included, in seconds.
        duration_seconds: CountOrZero = "duration",
        /// The answered part, in seconds.
        billable_seconds: CountOrZero = "billsec",
        /// The call's cost, a decimal string such as "0.0240".
        cost: Optional = "cost",
        /// The rate it was charged at, per minute, a decimal string.
        rate: Optional = "rate",
        /// "in", "out" or "internal", when the server says.
        direction: Optional = "direction",
        /// The first number the call was routed to.
        first_destination: Optional = "firstdst",
        /// The last number the call was routed to.
        last_destination: Optional = "lastdst",
        /// Where the call ended up, e.g. "EXTENSION 201" or "VOICEMAIL 202".
        landed_on: Optional = "wherelanded",
        /// The tenant's code.
        tenant_code: Optional = "tenant_code",
        /// The calling channel.
        channel: Optional = "channel",
        /// The answering channel.
        destination_channel: Optional = "dstchannel",
        /// The call's unique id in the PBX.
        unique_id: Optional = "uniqueid",
    }
}

/// A list of calls, newest first as the server orders them.
#[allow(dead_code)]
#[derive(Tsify)]
pub struct CallRecords(pub Vec<CallRecord>);
