//! The registrant contact: every field BoxBilling requires is checked here first (required,
//! an email with an @, a two-letter country code, digits for the phone), with the error beside
//! its field; then the whole contact is sent once.

use crate::components::error_panel::ErrorPanel;
use crate::i18n::Msg;
use crate::model::{DomainContact, DomainDetail};
use crate::state::prefs::{tr, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;

/// A contact field: its key, label, whether required, and how the browser may fill it.
struct Field {
    key: &'static str,
    label: Msg,
    required: bool,
    autocomplete: &'static str,
}

const FIELDS: [Field; 12] = [
    Field {
        key: "first_name",
        label: Msg::FirstName,
        required: true,
        autocomplete: "given-name",
    },
    Field {
        key: "last_name",
        label: Msg::LastName,
        required: true,
        autocomplete: "family-name",
    },
    Field {
        key: "email",
        label: Msg::Email,
        required: true,
        autocomplete: "email",
    },
    Field {
        key: "company",
        label: Msg::CompanyOptional,
        required: false,
        autocomplete: "organization",
    },
    Field {
        key: "address1",
        label: Msg::AddressLine1,
        required: true,
        autocomplete: "address-line1",
    },
    Field {
        key: "address2",
        label: Msg::AddressLine2,
        required: false,
        autocomplete: "address-line2",
    },
    Field {
        key: "city",
        label: Msg::City,
        required: true,
        autocomplete: "address-level2",
    },
    Field {
        key: "state",
        label: Msg::StateRegion,
        required: true,
        autocomplete: "address-level1",
    },
    Field {
        key: "postcode",
        label: Msg::Postcode,
        required: true,
        autocomplete: "postal-code",
    },
    Field {
        key: "country",
        label: Msg::CountryCode,
        required: true,
        autocomplete: "country",
    },
    Field {
        key: "phone_cc",
        label: Msg::PhoneCountryCode,
        required: true,
        autocomplete: "tel-country-code",
    },
    Field {
        key: "phone",
        label: Msg::PhoneNumber,
        required: true,
        autocomplete: "tel-national",
    },
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
            "email" => {
                let parts = v.split_once('@');
                !parts.is_some_and(|(a, d)| !a.is_empty() && d.contains('.') && !d.ends_with('.'))
            }
            "country" => !(v.len() == 2 && v.bytes().all(|b| b.is_ascii_alphabetic())),
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
    let prefs = use_prefs();
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
    let problem_of =
        move |key: &str| problems.with(|p| p.iter().find(|(k, _)| *k == key).map(|(_, m)| *m));
    view! {
        <section class="card" aria-labelledby="contact-title">
            <h2 id="contact-title">{tr(Msg::RegistrantContact)}</h2>
            <p class="muted">{tr(Msg::ContactLead)}</p>
            <form class="form form--grid" novalidate on:submit=submit>
                {FIELDS.iter().map(|f| {
                    let key = f.key;
                    let id = format!("contact-{key}");
                    let error_id = format!("{id}-error");
                    view! {
                        <div class="field">
                            <label for=id.clone()>{tr(f.label)}</label>
                            <input id=id autocomplete=f.autocomplete aria-required=f.required.to_string()
                                prop:value=move || draft.with(|c| get(c, key).to_string())
                                on:input=move |ev| draft.update(|c| set(c, key, event_target_value(&ev)))
                                aria-invalid=move || problem_of(key).is_some().to_string() aria-describedby=error_id.clone()/>
                            <p class="field__error" id=error_id>{move || problem_of(key).map(|m| prefs.t(m))}</p>
                        </div>
                    }
                }).collect_view()}
                <div class="form__actions">
                    <button type="submit" class="button button--primary" disabled=move || save.pending().get()>{tr(Msg::SaveContact)}</button>
                </div>
            </form>
            {move || match save.value().get() {
                Some(Ok(())) => Some(view! { <p class="banner banner--success" role="status">{tr(Msg::ContactSaved)}</p> }.into_any()),
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
