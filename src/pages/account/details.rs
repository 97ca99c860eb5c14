//! The registration details form: every field the portal keeps, required ones checked before
//! sending (a valid e-mail, a two-letter country, a phone as `+CC.NUMBER` or digits), sent once.

use crate::components::async_view::AsyncView;
use crate::components::contact_fields::{
    ContactField, ContactFields, field, is_country_code, is_email,
};
use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::model::AccountProfile;
use crate::state::last_sent::LastSent;
use crate::state::prefs::tr;
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

/// The details the portal keeps, in form order.
pub(super) const FIELDS: [ContactField; 11] = [
    field("first_name", Msg::FirstName, true, "given-name"),
    field("last_name", Msg::LastName, true, "family-name"),
    field("email", Msg::Email, true, "email"),
    field("company", Msg::CompanyOptional, false, "organization"),
    field("address1", Msg::AddressLine1, true, "address-line1"),
    field("address2", Msg::AddressLine2, false, "address-line2"),
    field("city", Msg::City, true, "address-level2"),
    field("state", Msg::StateRegion, false, "address-level1"),
    field("postcode", Msg::Postcode, false, "postal-code"),
    field("country", Msg::CountryCode, true, "country"),
    field("phone", Msg::PhoneWithCode, true, "tel"),
];

pub(super) fn slot<'a>(p: &'a mut AccountProfile, key: &str) -> &'a mut String {
    match key {
        "first_name" => &mut p.first_name,
        "last_name" => &mut p.last_name,
        "email" => &mut p.email,
        "company" => &mut p.company,
        "address1" => &mut p.address1,
        "address2" => &mut p.address2,
        "city" => &mut p.city,
        "state" => &mut p.state,
        "postcode" => &mut p.postcode,
        "country" => &mut p.country,
        _ => &mut p.phone,
    }
}

pub(super) fn get(p: &AccountProfile, key: &str) -> String {
    let mut p = p.clone();
    slot(&mut p, key).clone()
}

/// What is wrong with the details, by field key (empty when they can be sent).
pub fn profile_problems(p: &AccountProfile) -> Vec<(&'static str, Msg)> {
    let mut out = Vec::new();
    for f in &FIELDS {
        let v = get(p, f.key);
        let v = v.trim();
        if f.required && v.is_empty() {
            out.push((f.key, Msg::FieldRequired));
            continue;
        }
        let problem = match f.key {
            "email" => (!is_email(v)).then_some(Msg::InvalidEmail),
            "country" => (!is_country_code(v)).then_some(Msg::CountryCodeInvalid),
            "phone" => {
                let digits = v.trim_start_matches('+').replacen('.', "", 1);
                (digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()))
                    .then_some(Msg::PhoneInvalid)
            }
            _ => None,
        };
        if let Some(m) = problem {
            out.push((f.key, m));
        }
    }
    out
}

/// The details as sent: trimmed, the country upper-case.
pub(super) fn cleaned(p: &AccountProfile) -> AccountProfile {
    let mut out = p.clone();
    for f in &FIELDS {
        let s = slot(&mut out, f.key);
        *s = s.trim().to_string();
    }
    out.country = out.country.to_ascii_uppercase();
    out
}

/// The form (read-only where the billing system cannot change the details here).
#[component]
pub fn DetailsForm(editable: bool) -> impl IntoView {
    let session = use_session();
    let profile = read(move || {
        let api = session.api_for_read();
        async move { api.account_profile().await }
    });
    view! {
        <section class="card" aria-labelledby="details-title">
            <h2 id="details-title">{tr(Msg::YourDetails)}</h2>
            {(!editable).then(|| view! { <p class="muted">{tr(Msg::AccountReadOnly)}</p> })}
            <AsyncView resource=profile let:p skeleton_lines=6>
                <Editor initial=p editable=editable/>
            </AsyncView>
        </section>
    }
}

#[component]
fn Editor(initial: AccountProfile, editable: bool) -> impl IntoView {
    let session = use_session();
    let draft = RwSignal::new(initial);
    let problems = RwSignal::new(Vec::<(&'static str, Msg)>::new());
    let save = Action::new_local(move |p: &AccountProfile| {
        let api = session.api();
        let p = p.clone();
        async move { api.update_profile(&p).await }
    });
    let sent = LastSent::new();
    Effect::new(move |_| match save.value().get() {
        Some(Ok(saved)) => draft.set(saved),
        Some(Err(_)) => sent.forget(),
        None => {}
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let p = draft.get_untracked();
        let found = profile_problems(&p);
        let ok = found.is_empty();
        problems.set(found);
        let p = cleaned(&p);
        if ok && !save.pending().get_untracked() && sent.is_new(&p) {
            save.dispatch_local(p);
        }
    };
    view! {
        <form class="form form--grid" novalidate on:submit=submit>
            <ContactFields fields=&FIELDS id_prefix="account" draft=draft get=get
                set=|p, key, v| *slot(p, key) = v problems=problems readonly=!editable/>
            {editable.then(|| view! {
                <div class="form__actions">
                    <button type="submit" class="button button--primary" disabled=move || save.pending().get()>{tr(Msg::SaveDetails)}</button>
                </div>
            })}
        </form>
        {move || match save.value().get() {
            Some(Ok(_)) => Some(view! { <p class="banner banner--success" role="status">{tr(Msg::DetailsSaved)}</p> }.into_any()),
            Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
            None => None,
        }}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> AccountProfile {
        AccountProfile {
            email: "alex@example.vn".into(),
            first_name: "Alex".into(),
            last_name: "Nguyen".into(),
            address1: "12 Ly Tu Trong".into(),
            city: "Ho Chi Minh City".into(),
            country: "vn".into(),
            phone: "+84.901234567".into(),
            ..AccountProfile::default()
        }
    }

    #[test]
    fn complete_details_pass_and_problems_sit_on_their_fields() {
        assert!(profile_problems(&full()).is_empty());
        assert_eq!(cleaned(&full()).country, "VN");
        let mut p = full();
        p.email = "alex".into();
        p.last_name = " ".into();
        p.phone = "+84 90".into();
        p.country = "VNM".into();
        assert_eq!(
            profile_problems(&p),
            [
                ("last_name", Msg::FieldRequired),
                ("email", Msg::InvalidEmail),
                ("country", Msg::CountryCodeInvalid),
                ("phone", Msg::PhoneInvalid),
            ]
        );
        p = full();
        p.phone = "0901234567".into();
        assert!(profile_problems(&p).is_empty(), "digits only are fine");
    }
}
