//! The `miscellaneous` groups.

/// The `miscellaneous` group names.
pub mod misc {
    pub const CLIENT_MENU: &str = "client_menu";
    pub const DEPARTMENTS: &str = "departments";
    pub const SERVICES: &str = "get_services";
    pub const TICKET_PRIORITIES: &str = "get_ticket_priorities";
}
