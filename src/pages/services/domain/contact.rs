//! The registrant contact: every field BoxBilling requires is checked here first (required,
//! an email with an @, a two-letter country code, digits for the phone), with the error beside
//! its field; then the whole contact is sent once.

use crate::components::contact_fields::{
    ContactField, ContactFields, field, is_country_code, is_email,
};
use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::model::{DomainContact, DomainDetail};
use crate::pages::services::service_words::ServiceWord;
use crate::state::prefs::tw;
use crate::state::session::use_session;
use leptos::prelude::*;

const FIELDS: [ContactField; 12] = [
    field("first_name", Msg::FirstName, true, "given-name"),
    field("last_name", Msg::LastName, true, "family-name"),
    field("email", Msg::Email, true, "email"),
    field("company", Msg::CompanyOptional, false, "organization"),
    field("address1", Msg::AddressLine1, true, "address-line1"),
    field("address2", Msg::AddressLine2, false, "address-line2"),
    field("city", Msg::City, true, "address-level2"),
    field("state", Msg::StateRegion, true, "address-level1"),
    field("postcode", Msg::Postcode, true, "postal-code"),
    field("country", Msg::CountryCode, true, "country"),
    field("phone_cc", Msg::PhoneCountryCode, true, "tel-country-code"),
    field("phone", Msg::PhoneNumber, true, "tel-national"),
];

fn get<'a>(c: &'a DomainContact, key: &str) -> &'a str {
    match key {
        "first_name" => &c.first_name,
        "last_name" => &c.last_name,
        "email" => &c.email,
        "company" => &c.company,
        "address1" => &c.address1,
        "address2" => &c.address2,
        "city" => &c.city,
        "state" => &c.state,
        "postcode" => &c.postcode,
        "country" => &c.country,
        "phone_cc" => &c.phone_cc,
        _ => &c.phone,
    }
}

fn set(c: &mut DomainContact, key: &str, value: String) {
    let slot = match key {
        "first_name" => &mut c.first_name,
        "last_name" => &mut c.last_name,
        "email" => &mut c.email,
        "company" => &mut c.company,
        "address1" => &mut c.address1,
        "address2" => &mut c.address2,
        "city" => &mut c.city,
        "state" => &mut c.state,
        "postcode" => &mut c.postcode,
        "country" => &mut c.country,
        "phone_cc" => &mut c.phone_cc,
        _ => &mut c.phone,
    };
    *slot = value;
}

/// What is wrong with a contact, by field key (empty when it can be sent). Values are judged
/// trimmed; a phone may be typed with spaces, dots or dashes.
pub fn contact_problems(c: &DomainContact) -> Vec<(&'static str, Msg)> {
    let mut out = Vec::new();
    for f in &FIELDS {
        let v = get(c, f.key).trim();
        if f.required && v.is_empty() {
            out.push((f.key, Msg::FieldRequired));
            continue;
        }
        let bad = match f.key {
            "email" => !is_email(v),
            "country" => !is_country_code(v),
            "phone_cc" => !v
                .trim_start_matches('+')
                .bytes()
                .all(|b| b.is_ascii_digit()),
            "phone" => !v
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b' ' | b'.' | b'-')),
            _ => false,
        };
        if bad {
            out.push((
                f.key,
                match f.key {
                    "email" => Msg::InvalidEmail,
                    "country" => Msg::CountryCodeInvalid,
                    _ => Msg::DigitsOnly,
                },
            ));
        }
    }
    out
}

/// The contact as sent: trimmed, the country upper-case, the phone digits only.
fn cleaned(c: &DomainContact) -> DomainContact {
    let mut out = DomainContact::default();
    for f in &FIELDS {
        let v = get(c, f.key).trim();
        let v = match f.key {
            "country" => v.to_ascii_uppercase(),
            "phone_cc" | "phone" => v.chars().filter(char::is_ascii_digit).collect(),
            _ => v.to_string(),
        };
        set(&mut out, f.key, v);
    }
    out
}

/// The form.
#[component]
pub fn ContactForm(
    service: String,
    current: RwSignal<Option<DomainDetail>>,
    on_saved: Callback<()>,
) -> impl IntoView {
    let session = use_session();
    let draft = RwSignal::new(DomainContact::default());
    // Follow the registrar when its contact changes (after a save here); a re-read after another
    // form's change leaves the typing alone.
    let seen = StoredValue::new(None::<DomainContact>);
    Effect::new(move |_| {
        let held = current.with(|d| d.as_ref().map(|d| d.contact.clone()).unwrap_or_default());
        if seen.with_value(|s| s.as_ref() != Some(&held)) {
            draft.set(held.clone());
            seen.set_value(Some(held));
        }
    });
    let problems = RwSignal::new(Vec::<(&'static str, Msg)>::new());
    let save = Action::new_local(move |c: &DomainContact| {
        let api = session.api();
        let (order, c) = (service.clone(), c.clone());
        async move { api.set_domain_contact(&order, &c).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = save.value().get() {
            on_saved.run(());
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let c = draft.get_untracked();
        let found = contact_problems(&c);
        let ok = found.is_empty();
        problems.set(found);
        if ok && !save.pending().get_untracked() {
            save.dispatch_local(cleaned(&c));
        }
    };
    view! {
        <section class="card" aria-labelledby="contact-title">
            <h2 id="contact-title">{tw(ServiceWord::RegistrantContact)}</h2>
            <p class="muted">{tw(ServiceWord::ContactLead)}</p>
            <form class="form form--grid" novalidate on:submit=submit>
                <ContactFields fields=&FIELDS id_prefix="contact" draft=draft
                    get=|c, key| get(c, key).to_string() set=set problems=problems/>
                <div class="form__actions">
                    <button type="submit" class="button button--primary" disabled=move || save.pending().get()>{tw(ServiceWord::SaveContact)}</button>
                </div>
            </form>
            {move || match save.value().get() {
                Some(Ok(())) => Some(view! { <p class="banner banner--success" role="status">{tw(ServiceWord::ContactSaved)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> DomainContact {
        DomainContact {
            first_name: "Alex".into(),
            last_name: "Nguyen".into(),
            email: "alex@example.vn".into(),
            company: String::new(),
            address1: "12 Tran Phu".into(),
            address2: String::new(),
            city: "Da Nang".into(),
            state: "Da Nang".into(),
            postcode: "550000".into(),
            country: "vn".into(),
            phone_cc: "+84".into(),
            phone: "905 123-456".into(),
        }
    }

    #[test]
    fn a_complete_contact_passes_and_is_cleaned() {
        assert!(contact_problems(&full()).is_empty());
        let c = cleaned(&full());
        assert_eq!(
            (c.country.as_str(), c.phone_cc.as_str(), c.phone.as_str()),
            ("VN", "84", "905123456")
        );
    }

    #[test]
    fn each_problem_is_on_its_field() {
        let mut c = full();
        c.city = "  ".into();
        c.email = "alex@".into();
        c.country = "Vietnam".into();
        c.phone = "0905-abc".into();
        c.company = String::new();
        assert_eq!(
            contact_problems(&c),
            [
                ("email", Msg::InvalidEmail),
                ("city", Msg::FieldRequired),
                ("country", Msg::CountryCodeInvalid),
                ("phone", Msg::DigitsOnly),
            ]
        );
    }
}
