//! What the caller of the sales lists receives: deal registrations, leads, referrals, news.

use serde::Serialize;
use tsify::Tsify;

use super::wire;
use crate::erp::types::page_of;

/// A deal registered by a reseller.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ErpDeal {
    /// The deal's id.
    pub id: String,
    /// The prospect company.
    pub company_name: String,
    /// The contact there, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub contact_name: Option<String>,
    /// The deal's value (decimal string), if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub value: Option<String>,
    /// The currency code, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub currency: Option<String>,
    /// Its status as the portal words it, e.g. `"Approved"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub status: Option<String>,
    /// When it is expected to close, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub expected_close: Option<String>,
    /// When it was registered, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub created_on: Option<String>,
}

/// A sales lead.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ErpLead {
    /// The lead's id.
    pub id: String,
    /// The lead's name.
    pub name: String,
    /// Their company, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub company_name: Option<String>,
    /// Their phone, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub phone: Option<String>,
    /// Their e-mail address, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub email: Option<String>,
    /// Its status as the portal words it, e.g. `"Qualified"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub status: Option<String>,
    /// When it came in, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub created_on: Option<String>,
}

/// A referral.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ErpReferral {
    /// The referral's id.
    pub id: String,
    /// The referred person's name.
    pub name: String,
    /// Their company, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub company_name: Option<String>,
    /// Their e-mail address, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub email: Option<String>,
    /// When it was made, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub date: Option<String>,
    /// Its status as the portal words it, e.g. `"Converted"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub status: Option<String>,
    /// The commission earned (decimal string), if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub commission: Option<String>,
    /// The currency code, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub currency: Option<String>,
}

/// A news item or an event.
#[derive(Tsify, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ErpNewsItem {
    /// The item's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// A short description, if there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub summary: Option<String>,
    /// Its date, if the server says.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub date: Option<String>,
    /// What it is as the portal words it, e.g. `"News"` or `"Event"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub kind: Option<String>,
    /// Where to read more, if there is a link.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub link: Option<String>,
}

page_of!(
    /// A page of deal registrations.
    ErpDealPage,
    ErpDeal
);
page_of!(
    /// A page of leads.
    ErpLeadPage,
    ErpLead
);
page_of!(
    /// A page of referrals.
    ErpReferralPage,
    ErpReferral
);
page_of!(
    /// A page of news and events.
    ErpNewsPage,
    ErpNewsItem
);

impl From<&wire::Deal> for ErpDeal {
    fn from(w: &wire::Deal) -> ErpDeal {
        ErpDeal {
            id: w.deal_id.or_empty(),
            company_name: w.company_name.or_empty(),
            contact_name: w.contact_name.non_empty(),
            value: w.deal_value.non_empty(),
            currency: w.currency_name.non_empty(),
            status: w.deal_status.non_empty(),
            expected_close: w.expected_close.non_empty(),
            created_on: w.created_date.non_empty(),
        }
    }
}

impl From<&wire::Lead> for ErpLead {
    fn from(w: &wire::Lead) -> ErpLead {
        ErpLead {
            id: w.lead_id.or_empty(),
            name: w.lead_name.or_empty(),
            company_name: w.company_name.non_empty(),
            phone: w.phone.non_empty(),
            email: w.email.non_empty(),
            status: w.lead_status.non_empty(),
            created_on: w.created_date.non_empty(),
        }
    }
}

impl From<&wire::Referral> for ErpReferral {
    fn from(w: &wire::Referral) -> ErpReferral {
        ErpReferral {
            id: w.referral_id.or_empty(),
            name: w.referral_name.or_empty(),
            company_name: w.company_name.non_empty(),
            email: w.email.non_empty(),
            date: w.referral_date.non_empty(),
            status: w.status.non_empty(),
            commission: w.commission.non_empty(),
            currency: w.currency_name.non_empty(),
        }
    }
}

impl From<&wire::News> for ErpNewsItem {
    fn from(w: &wire::News) -> ErpNewsItem {
        ErpNewsItem {
            id: w.news_id.or_empty(),
            title: w.title.or_empty(),
            summary: w.short_description.non_empty(),
            date: w.news_date.non_empty(),
            kind: w.event_type.non_empty(),
            link: w.link.non_empty(),
        }
    }
}
