//! What the caller of the sales lists receives: deal registrations, leads, referrals, news.
//! Each record is a table of columns over the server's row (see `core::record`).

use crate::core::record::output_record;
use crate::erp::types::page_of;

output_record! {
    /// A deal registered by a reseller.
    pub struct ErpDeal {
        /// The deal's id.
        id: Text = "deal_id",
        /// The prospect company.
        company_name: Text = "company_name",
        /// The contact there, if known.
        contact_name: Optional = "contact_name",
        /// The deal's value (decimal string), if known.
        value: Optional = "deal_value",
        /// The currency code, if the server says.
        currency: Optional = "currency_name",
        /// Its status as the portal words it, e.g. `"Approved"`.
        status: Optional = "deal_status",
        /// When it is expected to close, if known.
        expected_close: Optional = "expected_close",
        /// When it was registered, if the server says.
        created_on: Optional = "created_date",
    }
}

output_record! {
    /// A sales lead.
    pub struct ErpLead {
        /// The lead's id.
        id: Text = "lead_id",
        /// The lead's name.
        name: Text = "lead_name",
        /// Their company, if known.
        company_name: Optional = "company_name",
        /// Their phone, if known.
        phone: Optional = "phone",
        /// Their e-mail address, if known.
        email: Optional = "email",
        /// Its status as the portal words it, e.g. `"Qualified"`.
        status: Optional = "lead_status",
        /// When it came in, if the server says.
        created_on: Optional = "created_date",
    }
}

output_record! {
    /// A referral.
    pub struct ErpReferral {
        /// The referral's id.
        id: Text = "referral_id",
        /// The referred person's name.
        name: Text = "referral_name",
        /// Their company, if known.
        company_name: Optional = "company_name",
        /// Their e-mail address, if known.
        email: Optional = "email",
        /// When it was made, if the server says.
        date: Optional = "referral_date",
        /// Its status as the portal words it, e.g. `"Converted"`.
        status: Optional = "status",
        /// The commission earned (decimal string), if the server says.
        commission: Optional = "commission",
        /// The currency code, if the server says.
        currency: Optional = "currency_name",
    }
}

output_record! {
    /// A news item or an event.
    pub struct ErpNewsItem {
        /// The item's id.
        id: Text = "news_id",
        /// Its title.
        title: Text = "title",
        /// A short description, if there is one.
        summary: Optional = "short_description",
        /// Its date, if the server says.
        date: Optional = "news_date",
        /// What it is as the portal words it, e.g. `"News"` or `"Event"`.
        kind: Optional = "event_type",
        /// Where to read more, if there is a link.
        link: Optional = "link",
    }
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
