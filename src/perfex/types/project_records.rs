//! What else a project groups: timesheets, milestones, files, discussions, subscriptions,
//! expenses and credit notes (its proposals, estimates, invoices, tickets and contracts use
//! the same types as the customer-wide lists).

use tsify::Tsify;

use super::{count, id_opt, money, named, opt, Amounts, Named};
use crate::perfex::wire;

code_enum! {
    /// Where a credit note stands.
    CreditNoteStatus { Open = "1", Closed = "2", Void = "3" }
}

record! {
    /// Time someone spent on a task of the project.
    pub struct Timesheet {
        /// The entry's id.
        pub id: String,
        /// The task the time was spent on.
        pub task?: Named,
        /// Who spent it.
        pub staff?: Named,
        /// When the timer started (unix time in seconds, as the server keeps it).
        pub start_time?: f64,
        /// When it stopped (unix seconds); absent while it runs.
        pub end_time?: f64,
        /// How long it ran, in seconds.
        pub duration_seconds?: f64,
        /// The hourly rate, as a decimal string.
        pub hourly_rate?: String,
        /// What was done.
        pub note?: String,
    }
}

record! {
    /// A milestone of a project.
    pub struct Milestone {
        /// The milestone's id.
        pub id: String,
        /// Its name.
        pub name: String,
        /// Its description (only when staff made it visible to customers).
        pub description?: String,
        /// When it starts.
        pub start_date?: String,
        /// When it is due.
        pub due_date?: String,
        /// The colour the portal shows it in, e.g. "#28b8da".
        pub color?: String,
        /// Its position among the milestones.
        pub order?: f64,
        /// How many tasks it has.
        pub task_count?: f64,
        /// How many of them are complete.
        pub finished_task_count?: f64,
    }
}

record! {
    /// A file shared in a project.
    pub struct ProjectFile {
        /// The file's id.
        pub id: String,
        /// Its stored name.
        pub file_name: String,
        /// The name it was uploaded with.
        pub original_file_name?: String,
        /// Its subject.
        pub subject?: String,
        /// Its description.
        pub description?: String,
        /// Its MIME type.
        pub file_type?: String,
        /// When it was added.
        pub uploaded_at: String,
        /// When it last saw activity.
        pub last_activity?: String,
        /// Where it lives, for a file linked from outside (e.g. a cloud drive).
        pub external_link?: String,
    }
}

record! {
    /// A discussion in a project.
    pub struct ProjectDiscussion {
        /// The discussion's id.
        pub id: String,
        /// Its subject.
        pub subject: String,
        /// Its opening text.
        pub description?: String,
        /// When it was opened.
        pub created_at: String,
        /// When it last saw activity.
        pub last_activity?: String,
        /// How many comments it has, when the server says.
        pub comment_count?: f64,
    }
}

record! {
    /// A subscription billed within a project.
    pub struct Subscription {
        /// The subscription's id.
        pub id: String,
        /// Its name.
        pub name: String,
        /// Its description.
        pub description?: String,
        /// Its first billing date.
        pub date?: String,
        /// The payment provider's status, e.g. "active" or "past_due".
        pub status?: String,
        /// How many units are billed.
        pub quantity?: f64,
        /// When it is billed next (unix time in seconds).
        pub next_billing_time?: f64,
        /// When it ends (unix time in seconds), if it does.
        pub end_time?: f64,
        /// When it was created.
        pub created_at: String,
        /// When the customer subscribed.
        pub subscribed_at?: String,
    }
}

record! {
    /// An expense recorded against a project.
    pub struct Expense {
        /// The expense's id.
        pub id: String,
        /// Its name.
        pub name?: String,
        /// Its category.
        pub category?: Named,
        /// The amount, as a decimal string.
        pub amount: String,
        /// When it was spent.
        pub date: String,
        /// A note about it.
        pub note?: String,
        /// The receipt's reference.
        pub reference?: String,
        /// Whether it is billed to the customer.
        pub billable: bool,
        /// The invoice it was billed on, if it was.
        pub invoice_id?: String,
        /// When it was recorded.
        pub created_at: String,
    }
}

record! {
    /// A credit note of a project.
    pub struct CreditNote {
        /// The credit note's id.
        pub id: String,
        /// Its number (without prefix).
        pub number: String,
        /// The number's prefix, e.g. "CN-".
        pub prefix: String,
        /// Its date.
        pub date: String,
        /// Where it stands (absent for a status code this client does not know).
        pub status?: CreditNoteStatus,
        /// The status as the installation names it, e.g. "Open".
        pub status_name?: String,
        /// Totals and currency.
        #[serde(flatten)]
        pub amounts: Amounts,
        /// The note written for the customer.
        pub client_note?: String,
        /// Terms and conditions.
        pub terms?: String,
        /// The customer's reference.
        pub reference?: String,
        /// When it was created.
        pub created_at: String,
    }
}

/// A list of timesheet entries.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct Timesheets(pub Vec<Timesheet>);

/// A list of milestones.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct Milestones(pub Vec<Milestone>);

/// A list of project files.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct ProjectFiles(pub Vec<ProjectFile>);

/// A list of project discussions.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct ProjectDiscussions(pub Vec<ProjectDiscussion>);

/// A list of subscriptions.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct Subscriptions(pub Vec<Subscription>);

/// A list of expenses.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct Expenses(pub Vec<Expense>);

/// A list of credit notes.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct CreditNotes(pub Vec<CreditNote>);

impl From<&wire::Timesheet> for Timesheet {
    fn from(w: &wire::Timesheet) -> Timesheet {
        Timesheet {
            id: w.id.or_empty(),
            task: named(&w.task_id, &w.task_name),
            staff: named(&w.staff_id, &w.staff_name),
            start_time: count(&w.start_time),
            end_time: count(&w.end_time),
            duration_seconds: count(&w.total_spent),
            hourly_rate: opt(&w.hourly_rate),
            note: opt(&w.note),
        }
    }
}

impl From<&wire::Milestone> for Milestone {
    fn from(w: &wire::Milestone) -> Milestone {
        Milestone {
            id: w.id.or_empty(),
            name: w.name.or_empty(),
            description: opt(&w.description).filter(|_| w.description_visible_to_customer.0 != Some(false)),
            start_date: opt(&w.start_date),
            due_date: opt(&w.due_date),
            color: opt(&w.color),
            order: count(&w.milestone_order),
            task_count: count(&w.total_tasks),
            finished_task_count: count(&w.total_finished_tasks),
        }
    }
}

impl From<&wire::ProjectFile> for ProjectFile {
    fn from(w: &wire::ProjectFile) -> ProjectFile {
        ProjectFile {
            id: w.id.or_empty(),
            file_name: w.file_name.or_empty(),
            original_file_name: opt(&w.original_file_name),
            subject: opt(&w.subject),
            description: opt(&w.description),
            file_type: opt(&w.filetype),
            uploaded_at: w.dateadded.or_empty(),
            last_activity: opt(&w.last_activity),
            external_link: opt(&w.external_link),
        }
    }
}

impl From<&wire::Discussion> for ProjectDiscussion {
    fn from(w: &wire::Discussion) -> ProjectDiscussion {
        ProjectDiscussion {
            id: w.id.or_empty(),
            subject: w.subject.or_empty(),
            description: opt(&w.description),
            created_at: w.datecreated.or_empty(),
            last_activity: opt(&w.last_activity),
            comment_count: count(&w.total_comments),
        }
    }
}

impl From<&wire::Subscription> for Subscription {
    fn from(w: &wire::Subscription) -> Subscription {
        Subscription {
            id: w.id.or_empty(),
            name: w.name.or_empty(),
            description: opt(&w.description),
            date: opt(&w.date),
            status: opt(&w.status),
            quantity: count(&w.quantity),
            next_billing_time: count(&w.next_billing_cycle).filter(|t| *t > 0.0),
            end_time: count(&w.ends_at).filter(|t| *t > 0.0),
            created_at: w.created.or_empty(),
            subscribed_at: opt(&w.date_subscribed),
        }
    }
}

impl From<&wire::Expense> for Expense {
    fn from(w: &wire::Expense) -> Expense {
        Expense {
            id: w.id.or_empty(),
            name: opt(&w.expense_name),
            category: named(&w.category, &w.category_name),
            amount: money(&w.amount),
            date: w.date.or_empty(),
            note: opt(&w.note),
            reference: opt(&w.reference_no),
            billable: w.billable.or_false(),
            invoice_id: id_opt(&w.invoiceid),
            created_at: w.dateadded.or_empty(),
        }
    }
}

impl From<&wire::CreditNote> for CreditNote {
    fn from(w: &wire::CreditNote) -> CreditNote {
        CreditNote {
            id: w.id.or_empty(),
            number: w.number.or_empty(),
            prefix: w.prefix.or_empty(),
            date: w.date.or_empty(),
            status: CreditNoteStatus::from_code(&w.status),
            status_name: opt(&w.status_name),
            amounts: Amounts::from(&w.amounts),
            client_note: opt(&w.clientnote),
            terms: opt(&w.terms),
            reference: opt(&w.reference_no),
            created_at: w.datecreated.or_empty(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_rows_convert() {
        let t = Timesheet::from(&wire::parse::<wire::Timesheet>(
            r#"{"id":"1","task_id":"1","task_name":"Mockups","staff_id":"2","staff_name":"Rita Okafor","start_time":"1741600800","end_time":"1741611600","total_spent":"10800","hourly_rate":"40.00","note":""}"#,
        ).unwrap());
        assert_eq!((t.start_time, t.end_time, t.duration_seconds), (Some(1_741_600_800.0), Some(1_741_611_600.0), Some(10_800.0)));
        assert_eq!((t.task.as_ref().map(|n| n.id.as_str()), t.note.as_deref()), (Some("1"), None));
        let m = Milestone::from(&wire::parse::<wire::Milestone>(
            r#"{"id":"2","name":"Migration","description":"internal","description_visible_to_customer":"0","due_date":"2025-05-15","milestone_order":"2","total_tasks":"3","total_finished_tasks":"1"}"#,
        ).unwrap());
        assert_eq!((m.description, m.order, m.task_count, m.finished_task_count), (None, Some(2.0), Some(3.0), Some(1.0)));
        let e = Expense::from(&wire::parse::<wire::Expense>(
            r#"{"id":"1","expense_name":"Photos","category":"1","category_name":"Design","amount":"89.00","billable":"1","invoiceid":null,"date":"2025-03-14","dateadded":"2025-03-14 16:20:00"}"#,
        ).unwrap());
        assert_eq!((e.amount.as_str(), e.billable, e.invoice_id), ("89.00", true, None));
        let c = CreditNote::from(&wire::parse::<wire::CreditNote>(r#"{"id":"1","status":"3","total":"50.00","currency_name":"EUR"}"#).unwrap());
        assert_eq!((c.status, c.amounts.total.as_str(), c.amounts.currency.as_deref()), (Some(CreditNoteStatus::Void), "50.00", Some("EUR")));
        let s = Subscription::from(&wire::parse::<wire::Subscription>(r#"{"id":"1","name":"Care","status":"active","quantity":"2","next_billing_cycle":"0","ends_at":null}"#).unwrap());
        assert_eq!((s.quantity, s.next_billing_time, s.end_time), (Some(2.0), None, None));
    }
}
