//! App-wide handles, each provided once and used anywhere: brand/config, preferences (language,
//! theme), and the session with its API client.

pub mod brand;
pub mod cart;
pub mod last_sent;
pub mod painted_sign_in;
pub mod prefs;
pub mod read;
pub mod session;

use crate::model::Date;

/// Today's date on the customer's clock (for "overdue" and "due in N days").
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date {
        year: now.get_full_year() as u16,
        month: (now.get_month() + 1) as u8,
        day: now.get_date() as u8,
    }
}
