//! The knowledge base and the installation's lists (client menu, departments, services,
//! ticket priorities), as the caller sees them.

use tsify::Tsify;

use super::Named;

record! {
    /// A knowledge base article, as its group lists it.
    pub struct KnowledgeBaseArticleSummary {
        /// The article's id.
        pub id: String = "articleid" Text,
        /// Its slug, for `getKnowledgeBaseArticle`.
        pub slug: String = "slug" Text,
        /// Its title.
        pub subject: String = "subject" Trimmed,
        /// Its text, as HTML: untrusted, sanitize before display.
        pub description: String = "description" Text,
        /// When it was written.
        pub created_at?: String = "datecreated" Given,
    }
}

record! {
    /// A knowledge base group with its articles.
    pub struct KnowledgeBaseGroup {
        /// The group's id.
        pub id: String = "groupid" Text,
        /// Its name.
        pub name: String = "name" Text,
        /// Its slug, for `listKnowledgeBaseGroupArticles`.
        pub slug: String = "group_slug" Text,
        /// What it is about.
        pub description?: String = "description" Given,
        /// The colour the portal shows it in, e.g. "#28b8da".
        pub color?: String = "color" Given,
        /// Its position among the groups.
        pub order?: f64 = "group_order" Count,
        /// Its articles.
        pub articles: Vec<KnowledgeBaseArticleSummary> = "articles" List(KnowledgeBaseArticleSummary::COLUMNS, 0),
    }
}

record! {
    /// One knowledge base article.
    pub struct KnowledgeBaseArticle {
        /// The article's id.
        pub id: String = "articleid" Text,
        /// Its slug.
        pub slug: String = "slug" Text,
        /// Its title.
        pub subject: String = "subject" Trimmed,
        /// Its text, as HTML: untrusted, sanitize before display.
        pub description: String = "description" Text,
        /// The group it is in.
        pub group?: Named = "articlegroup" Named("group_name"),
    }
}

record! {
    /// An entry of the customer area's menu: a part of the portal the contact may use.
    pub struct ClientMenuItem {
        /// The entry's id (a number on the wire, text here like every id).
        pub id: String = "id" Text,
        /// Its display name, e.g. "Invoices".
        pub name: String = "name" Text,
        /// Its short name, e.g. "invoices" or "support".
        pub short_name: String = "short_name" Text,
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






#[cfg(test)]
mod tests {
    use super::*;
    use crate::perfex::table::{sample, sample_rows};

    #[test]
    fn knowledge_base_rows_convert() {
        let g = &sample_rows(include_str!("../../../tests/fixtures/perfex/knowledge_base.json"), KnowledgeBaseGroup::COLUMNS)[0];
        assert_eq!((&g["slug"], g["articles"].as_array().unwrap().len(), &g["order"]), (&"group-name-1".into(), 2, &1.0.into()));
        assert_eq!(g["articles"][0]["subject"], "coustom project");
        let a = sample(include_str!("../../../tests/fixtures/perfex/knowledge_base_article.json"), KnowledgeBaseArticle::COLUMNS);
        assert_eq!(a["group"]["name"], "Group Name 1");
    }

    #[test]
    fn installation_lists_convert() {
        let item = &sample_rows(include_str!("../../../tests/fixtures/perfex/client_menu.json"), ClientMenuItem::COLUMNS)[4];
        assert_eq!((&item["id"], &item["shortName"]), (&"5".into(), &"support".into()));
        let departments = sample_rows(include_str!("../../../tests/fixtures/perfex/departments.json"), Named::COLUMNS);
        assert_eq!(departments[0], crate::core::json::json!({"id": "1", "name": "Department Name 1"}));
    }
}
