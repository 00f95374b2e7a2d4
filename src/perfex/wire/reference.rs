//! The knowledge base and the `miscellaneous` groups: the rows the server sends.


use super::wire_row;
use crate::core::lenient::{Count, List, Text};

/// The `miscellaneous` group names.
pub mod misc {
    pub const CLIENT_MENU: &str = "client_menu";
    pub const DEPARTMENTS: &str = "departments";
    pub const SERVICES: &str = "get_services";
    pub const TICKET_PRIORITIES: &str = "get_ticket_priorities";
}

wire_row! {
    /// A knowledge base group with its articles.
    pub struct KbGroup {
        pub groupid: Text,
        pub name: Text,
        pub group_slug: Text,
        pub description: Text,
        pub color: Text,
        pub group_order: Count,
        pub articles: List<KbArticle>,
    }
}

wire_row! {
    /// An article, as groups list it and as `article/:slug` sends it (with `group_name`).
    pub struct KbArticle {
        pub articleid: Text,
        pub articlegroup: Text,
        pub slug: Text,
        pub subject: Text,
        pub description: Text,
        pub datecreated: Text,
        pub group_name: Text,
    }
}

wire_row! {
    /// An entry of the client menu (its id is a number on the wire).
    pub struct MenuItem {
        pub id: Text,
        pub name: Text,
        pub short_name: Text,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Envelope, IdName};
    use super::*;
    use super::super::sample;


    #[test]
    fn the_knowledge_base_samples_decode() {
        let all: List<KbGroup> = sample(include_str!("../../../tests/fixtures/perfex/knowledge_base.json"));
        assert_eq!(all.0[0].articles.0.len(), 2);
        assert_eq!(all.0[0].group_order.0, Some(1));
        let group: List<KbGroup> = sample(include_str!("../../../tests/fixtures/perfex/knowledge_base_group.json"));
        assert_eq!(group.0[0].group_slug.or_empty(), "group-2");
        let article: KbArticle = sample(include_str!("../../../tests/fixtures/perfex/knowledge_base_article.json"));
        assert_eq!((article.articleid.or_empty(), article.group_name.or_empty()), ("2".into(), "Group Name 1".into()));
        let mut empty = Envelope::of(crate::core::json::from_str(r#"{"status":true,"data":null,"message":"Articles retrived successfully"}"#).unwrap()).unwrap();
        assert!(empty.data::<List<KbGroup>>().unwrap().map_or(true, |l| l.0.is_empty()));
    }

    #[test]
    fn the_miscellaneous_samples_decode() {
        let menu: List<MenuItem> = sample(include_str!("../../../tests/fixtures/perfex/client_menu.json"));
        assert_eq!((menu.0[0].id.or_empty(), menu.0[5].short_name.or_empty()), ("1".into(), "projects".into()));
        let departments: List<IdName> = sample(include_str!("../../../tests/fixtures/perfex/departments.json"));
        assert_eq!(departments.0[1].id.or_empty(), "2");
        let services: List<IdName> = sample(include_str!("../../../tests/fixtures/perfex/services.json"));
        assert_eq!(services.0[0].name.or_empty(), "service 1");
        let priorities: List<IdName> = sample(include_str!("../../../tests/fixtures/perfex/ticket_priorities.json"));
        assert_eq!(priorities.0.len(), 3);
    }
}
