//! What else a project groups: timesheets, milestones, files, discussions, subscriptions,
//! expenses and credit notes (its proposals, estimates, invoices, tickets and contracts use
//! the same types as the customer-wide lists).

use tsify::Tsify;

use super::{Amounts, Named};

code_enum! {
    /// Where a credit note stands.
    CreditNoteStatus { Open = "1", Closed = "2", Void = "3" }
}

record! {
    /// Time someone spent on a task of the project.
    pub struct Timesheet {
        /// The entry's id.
        pub id: String = "id" Text,
        /// The task the time was spent on.
        pub task?: Named = "task_id" Named("task_name"),
        /// Who spent it.
        pub staff?: Named = "staff_id" Named("staff_name"),
        /// When the timer started (unix time in seconds, as the server keeps it).
        pub start_time?: f64 = "start_time" Count,
        /// When it stopped (unix seconds); absent while it runs.
        pub end_time?: f64 = "end_time" Count,
        /// How long it ran, in seconds.
        pub duration_seconds?: f64 = "total_spent" Count,
        /// The hourly rate, as a decimal string.
        pub hourly_rate?: String = "hourly_rate" Given,
        /// What was done.
        pub note?: String = "note" Given,
    }
}

record! {
    /// A milestone of a project.
    pub struct Milestone {
        /// The milestone's id.
        pub id: String = "id" Text,
        /// Its name.
        pub name: String = "name" Text,
        /// Its description (only when staff made it visible to customers).
        pub description?: String = "description" GivenUnless("description_visible_to_customer"),
        /// When it starts.
        pub start_date?: String = "start_date" Given,
        /// When it is due.
        pub due_date?: String = "due_date" Given,
        /// The colour the portal shows it in, e.g. "#28b8da".
        pub color?: String = "color" Given,
        /// Its position among the milestones.
        pub order?: f64 = "milestone_order" Count,
        /// How many tasks it has.
        pub task_count?: f64 = "total_tasks" Count,
        /// How many of them are complete.
        pub finished_task_count?: f64 = "total_finished_tasks" Count,
    }
}

record! {
    /// A file shared in a project.
    pub struct ProjectFile {
        /// The file's id.
        pub id: String = "id" Text,
        /// Its stored name.
        pub file_name: String = "file_name" Text,
        /// The name it was uploaded with.
        pub original_file_name?: String = "original_file_name" Given,
        /// Its subject.
        pub subject?: String = "subject" Given,
        /// Its description.
        pub description?: String = "description" Given,
        /// Its MIME type.
        pub file_type?: String = "filetype" Given,
        /// When it was added.
        pub uploaded_at: String = "dateadded" Text,
        /// When it last saw activity.
        pub last_activity?: String = "last_activity" Given,
        /// Where it lives, for a file linked from outside (e.g. a cloud drive).
        pub external_link?: String = "external_link" Given,
    }
}

record! {
    /// A discussion in a project.
    pub struct ProjectDiscussion {
        /// The discussion's id.
        pub id: String = "id" Text,
        /// Its subject.
        pub subject: String = "subject" Text,
        /// Its opening text.
        pub description?: String = "description" Given,
        /// When it was opened.
        pub created_at: String = "datecreated" Text,
        /// When it last saw activity.
        pub last_activity?: String = "last_activity" Given,
        /// How many comments it has, when the server says.
        pub comment_count?: f64 = "total_comments" Count,
    }
}

record! {
    /// A subscription billed within a project.
    pub struct Subscription {
        /// The subscription's id.
        pub id: String = "id" Text,
        /// Its name.
        pub name: String = "name" Text,
        /// Its description.
        pub description?: String = "description" Given,
        /// Its first billing date.
        pub date?: String = "date" Given,
        /// The payment provider's status, e.g. "active" or "past_due".
        pub status?: String = "status" Given,
        /// How many units are billed.
        pub quantity?: f64 = "quantity" Count,
        /// When it is billed next (unix time in seconds).
        pub next_billing_time?: f64 = "next_billing_cycle" Positive,
        /// When it ends (unix time in seconds), if it does.
        pub end_time?: f64 = "ends_at" Positive,
        /// When it was created.
        pub created_at: String = "created" Text,
        /// When the customer subscribed.
        pub subscribed_at?: String = "date_subscribed" Given,
    }
}

record! {
    /// An expense recorded against a project.
    pub struct Expense {
        /// The expense's id.
        pub id: String = "id" Text,
        /// Its name.
        pub name?: String = "expense_name" Given,
        /// Its category.
        pub category?: Named = "category" Named("category_name"),
        /// The amount, as a decimal string.
        pub amount: String = "amount" Trimmed,
        /// When it was spent.
        pub date: String = "date" Text,
        /// A note about it.
        pub note?: String = "note" Given,
        /// The receipt's reference.
        pub reference?: String = "reference_no" Given,
        /// Whether it is billed to the customer.
        pub billable: bool = "billable" Flag,
        /// The invoice it was billed on, if it was.
        pub invoice_id?: String = "invoiceid" Id,
        /// When it was recorded.
        pub created_at: String = "dateadded" Text,
    }
}

record! {
    /// A credit note of a project.
    pub struct CreditNote {
        /// The credit note's id.
        pub id: String = "id" Text,
        /// Its number (without prefix).
        pub number: String = "number" Text,
        /// The number's prefix, e.g. "CN-".
        pub prefix: String = "prefix" Text,
        /// Its date.
        pub date: String = "date" Text,
        /// Where it stands (absent for a status code this client does not know).
        pub status?: CreditNoteStatus = "status" Code(CreditNoteStatus::WORDS),
        /// The status as the installation names it, e.g. "Open".
        pub status_name?: String = "status_name" Given,
        /// Totals and currency.
        #[serde(flatten)]
        pub amounts: Amounts = "" Flatten(Amounts::COLUMNS),
        /// The note written for the customer.
        pub client_note?: String = "clientnote" Given,
        /// Terms and conditions.
        pub terms?: String = "terms" Given,
        /// The customer's reference.
        pub reference?: String = "reference_no" Given,
        /// When it was created.
        pub created_at: String = "datecreated" Text,
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








#[cfg(test)]
mod tests {
    use super::*;
    use crate::perfex::table::parse;

    #[test]
    fn group_rows_convert() {
        let t = parse(
            r#"{"id":"1","task_id":"1","task_name":"Mockups","staff_id":"2","staff_name":"Rita Okafor","start_time":"1741600800","end_time":"1741611600","total_spent":"10800","hourly_rate":"40.00","note":""}"#,
            Timesheet::COLUMNS,
        );
        assert_eq!((&t["startTime"], &t["endTime"], &t["durationSeconds"]), (&1_741_600_800.0.into(), &1_741_611_600.0.into(), &10_800.0.into()));
        assert_eq!((&t["task"]["id"], t.get("note")), (&"1".into(), None));
        let m = parse(
            r#"{"id":"2","name":"Migration","description":"internal","description_visible_to_customer":"0","due_date":"2025-05-15","milestone_order":"2","total_tasks":"3","total_finished_tasks":"1"}"#,
            Milestone::COLUMNS,
        );
        assert_eq!((m.get("description"), &m["order"], &m["taskCount"], &m["finishedTaskCount"]), (None, &2.0.into(), &3.0.into(), &1.0.into()));
        let e = parse(
            r#"{"id":"1","expense_name":"Photos","category":"1","category_name":"Design","amount":"89.00","billable":"1","invoiceid":null,"date":"2025-03-14","dateadded":"2025-03-14 16:20:00"}"#,
            Expense::COLUMNS,
        );
        assert_eq!((&e["amount"], &e["billable"], e.get("invoiceId")), (&"89.00".into(), &true.into(), None));
        let c = parse(r#"{"id":"1","status":"3","total":"50.00","currency_name":"EUR"}"#, CreditNote::COLUMNS);
        assert_eq!((&c["status"], &c["total"], &c["currency"]), (&"void".into(), &"50.00".into(), &"EUR".into()));
        let s = parse(r#"{"id":"1","name":"Care","status":"active","quantity":"2","next_billing_cycle":"0","ends_at":null}"#, Subscription::COLUMNS);
        assert_eq!((&s["quantity"], s.get("nextBillingTime"), s.get("endTime")), (&2.0.into(), None, None));
    }
}
