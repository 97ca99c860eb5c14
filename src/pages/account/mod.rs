//! `/account`: the customer's registration details (changed and saved once, then shown as the
//! portal saved them) and their password (current one first, the new one twice). Billing
//! systems that cannot change them here (Kdata) show the details read-only and say whom to ask.

mod details;
mod password;

use crate::i18n::Msg;
use crate::state::prefs::tr;
use leptos::prelude::*;

pub use details::profile_problems;
pub use password::password_change_problem;

/// The page.
#[component]
pub fn AccountPage() -> impl IntoView {
    let editable = crate::state::brand::use_config()
        .backend
        .capabilities()
        .account_edit;
    view! {
        <h1 class="page__title">{tr(Msg::Account)}</h1>
        <details::DetailsForm editable=editable/>
        {editable.then(|| view! { <password::PasswordForm/> })}
    }
}
