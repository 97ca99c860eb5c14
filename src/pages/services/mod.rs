//! Services: the list (status filter in the URL) and one service (details, label, the actions
//! the portal lists for it).

pub mod detail;
pub mod list;
