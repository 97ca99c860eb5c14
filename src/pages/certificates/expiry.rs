//! When a certificate stops being valid, said the way a customer acts on it: the date, and how
//! many days are left, marked when it is close (browsers refuse an expired certificate, so the
//! site goes dark the next day).

use super::certificate_words::CertificateWord as W;
use crate::i18n::format_date;
use crate::model::Date;
use crate::state::prefs::use_prefs;
use leptos::prelude::*;

/// Days left under which the expiry is marked.
pub const SOON_DAYS: i64 = 30;

/// The expiry date with the days left; "—" when the portal gives none (not issued yet).
#[component]
pub fn Expiry(expires: Option<Date>) -> impl IntoView {
    let prefs = use_prefs();
    let left = expires.map(|d| d.days_since_epoch() - crate::state::today().days_since_epoch());
    let class = match left {
        Some(n) if n < 0 => "badge badge--danger",
        Some(n) if n <= SOON_DAYS => "badge badge--warning",
        _ => "muted",
    };
    move || match (expires, left) {
        (Some(d), Some(n)) => {
            let when = if n < 0 {
                prefs.w(W::Expired).to_string()
            } else {
                prefs.w_n(W::ExpiresIn, n)
            };
            view! {
                <span data-figure="expires">{format_date(prefs.lang.get(), d)}</span>
                " "<span class=class>{when}</span>
            }
            .into_any()
        }
        _ => view! { <span class="muted">"—"</span> }.into_any(),
    }
}
