//! The knowledge base and the installation's lists (client menu, departments, services,
//! ticket priorities), as the caller sees them.

use tsify::Tsify;

use super::{opt, Named};
use crate::perfex::wire;

record! {
    /// A knowledge base article, as its group lists it.
    pub struct KnowledgeBaseArticleSummary {
        /// The article's id.
        pub id: String,
        /// Its slug, for `getKnowledgeBaseArticle`.
        pub slug: String,
        /// Its title.
        pub subject: String,
        /// Its text, as HTML: untrusted, sanitize before display.
        pub description: String,
        /// When it was written.
        pub created_at?: String,
    }
}

record! {
    /// A knowledge base group with its articles.
    pub struct KnowledgeBaseGroup {
        /// The group's id.
        pub id: String,
        /// Its name.
        pub name: String,
        /// Its slug, for `listKnowledgeBaseGroupArticles`.
        pub slug: String,
        /// What it is about.
        pub description?: String,
        /// The colour the portal shows it in, e.g. "#28b8da".
        pub color?: String,
        /// Its position among the groups.
        pub order?: f64,
        /// Its articles.
        pub articles: Vec<KnowledgeBaseArticleSummary>,
    }
}

record! {
    /// One knowledge base article.
    pub struct KnowledgeBaseArticle {
        /// The article's id.
        pub id: String,
        /// Its slug.
        pub slug: String,
        /// Its title.
        pub subject: String,
        /// Its text, as HTML: untrusted, sanitize before display.
        pub description: String,
        /// The group it is in.
        pub group?: Named,
    }
}

record! {
    /// An entry of the customer area's menu: a part of the portal the contact may use.
    pub struct ClientMenuItem {
        /// The entry's id (a number on the wire, text here like every id).
        pub id: String,
        /// Its display name, e.g. "Invoices".
        pub name: String,
        /// Its short name, e.g. "invoices" or "support".
        pub short_name: String,
    }
}

/// Knowledge base groups, each with its articles.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct KnowledgeBaseGroups(pub Vec<KnowledgeBaseGroup>);

/// Knowledge base articles.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct KnowledgeBaseArticles(pub Vec<KnowledgeBaseArticleSummary>);

/// The customer area's menu.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct ClientMenu(pub Vec<ClientMenuItem>);

/// The support departments a ticket can go to.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct Departments(pub Vec<Named>);

/// The services a ticket can concern.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct Services(pub Vec<Named>);

/// The priorities a ticket can have.
#[allow(dead_code)] // declares the TypeScript type only
#[derive(Tsify)]
pub struct TicketPriorities(pub Vec<Named>);

impl From<&wire::KbArticle> for KnowledgeBaseArticleSummary {
    fn from(w: &wire::KbArticle) -> KnowledgeBaseArticleSummary {
        KnowledgeBaseArticleSummary {
            id: w.articleid.or_empty(),
            slug: w.slug.or_empty(),
            subject: w.subject.or_empty().trim().to_string(),
            description: w.description.or_empty(),
            created_at: opt(&w.datecreated),
        }
    }
}

impl From<&wire::KbGroup> for KnowledgeBaseGroup {
    fn from(w: &wire::KbGroup) -> KnowledgeBaseGroup {
        KnowledgeBaseGroup {
            id: w.groupid.or_empty(),
            name: w.name.or_empty(),
            slug: w.group_slug.or_empty(),
            description: opt(&w.description),
            color: opt(&w.color),
            order: w.group_order.0.map(|n| n as f64),
            articles: w.articles.0.iter().map(KnowledgeBaseArticleSummary::from).collect(),
        }
    }
}

impl From<&wire::KbArticle> for KnowledgeBaseArticle {
    fn from(w: &wire::KbArticle) -> KnowledgeBaseArticle {
        KnowledgeBaseArticle {
            id: w.articleid.or_empty(),
            slug: w.slug.or_empty(),
            subject: w.subject.or_empty().trim().to_string(),
            description: w.description.or_empty(),
            group: super::named(&w.articlegroup, &w.group_name),
        }
    }
}

impl From<&wire::MenuItem> for ClientMenuItem {
    fn from(w: &wire::MenuItem) -> ClientMenuItem {
        ClientMenuItem { id: w.id.or_empty(), name: w.name.or_empty(), short_name: w.short_name.or_empty() }
    }
}

impl From<&wire::IdName> for Named {
    fn from(w: &wire::IdName) -> Named {
        Named { id: w.id.or_empty(), name: opt(&w.name).map(|n| n.trim().to_string()) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::perfex::types::ToJson;
    use crate::perfex::wire::sample;
    use crate::core::lenient::List;


    #[test]
    fn knowledge_base_rows_convert() {
        let groups: List<wire::KbGroup> = sample(include_str!("../../../tests/fixtures/perfex/knowledge_base.json"));
        let g = KnowledgeBaseGroup::from(&groups.0[0]);
        assert_eq!((g.slug.as_str(), g.articles.len(), g.order), ("group-name-1", 2, Some(1.0)));
        assert_eq!(g.articles[0].subject, "coustom project");
        let a = KnowledgeBaseArticle::from(&sample::<wire::KbArticle>(include_str!("../../../tests/fixtures/perfex/knowledge_base_article.json")));
        assert_eq!(a.group.as_ref().and_then(|g| g.name.as_deref()), Some("Group Name 1"));
    }

    #[test]
    fn installation_lists_convert() {
        let menu: List<wire::MenuItem> = sample(include_str!("../../../tests/fixtures/perfex/client_menu.json"));
        let item = ClientMenuItem::from(&menu.0[4]);
        assert_eq!((item.id.as_str(), item.short_name.as_str()), ("5", "support"));
        let departments: List<wire::IdName> = sample(include_str!("../../../tests/fixtures/perfex/departments.json"));
        let v = departments.0.iter().map(Named::from).collect::<Vec<_>>().to_json();
        assert_eq!(v[0], crate::core::json::json!({"id": "1", "name": "Department Name 1"}));
    }
}
