//! The `miscellaneous` groups: their paths (`/miscellaneous/group/<group>`).

/// The parts of the customer area the contact may use.
pub const MISC_CLIENT_MENU: &str = "/customers_api/v1/miscellaneous/group/client_menu";
/// The support departments.
pub const MISC_DEPARTMENTS: &str = "/customers_api/v1/miscellaneous/group/departments";
/// The services a ticket can concern.
pub const MISC_SERVICES: &str = "/customers_api/v1/miscellaneous/group/get_services";
/// The ticket priorities.
pub const MISC_TICKET_PRIORITIES: &str = "/customers_api/v1/miscellaneous/group/get_ticket_priorities";
