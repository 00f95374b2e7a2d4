//! From the server's rows (`wire.rs`) to what the caller sees (`types.rs`).

use super::types::*;
use super::wire;
use crate::core::lenient::{strip_tags, Text};

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
