//! The name, address and phone fields of a person, as the account details and a domain's
//! registrant contact both ask them: one labelled input per field, the error beside it, and the
//! checks both forms make before sending.

use crate::i18n::Msg;
use crate::state::prefs::{tr, use_prefs};
use leptos::prelude::*;

/// A contact field: its key, label, whether required, and how the browser may fill it.
pub struct ContactField {
    /// The field's key (also its element id, after the form's prefix).
    pub key: &'static str,
    /// Its label.
    pub label: Msg,
    /// Whether it must be filled in.
    pub required: bool,
    /// The `autocomplete` token.
    pub autocomplete: &'static str,
}

/// One row of a form's field table.
pub const fn field(
    key: &'static str,
    label: Msg,
    required: bool,
    autocomplete: &'static str,
) -> ContactField {
    ContactField {
        key,
        label,
        required,
        autocomplete,
    }
}

/// Whether `v` looks like an e-mail address: something, an @, and a domain with a dot inside.
pub fn is_email(v: &str) -> bool {
    v.split_once('@')
        .is_some_and(|(a, d)| !a.is_empty() && d.contains('.') && !d.ends_with('.'))
}

/// Whether `v` is a two-letter country code (either case).
pub fn is_country_code(v: &str) -> bool {
    v.len() == 2 && v.bytes().all(|b| b.is_ascii_alphabetic())
}

/// The inputs of `fields`, bound to `draft` through `get` and `set`, with `problems` (by field
/// key) shown beside their fields and announced through `aria-describedby`.
#[component]
pub fn ContactFields<T: Send + Sync + 'static>(
    /// The fields, in order.
    fields: &'static [ContactField],
    /// Prefix of the inputs' ids (`account` gives `account-email`).
    id_prefix: &'static str,
    /// What is being edited.
    draft: RwSignal<T>,
    /// A field's value.
    get: fn(&T, &str) -> String,
    /// Changes a field's value.
    set: fn(&mut T, &str, String),
    /// What is wrong, by field key.
    problems: RwSignal<Vec<(&'static str, Msg)>>,
    /// Shown but not editable (a billing system that cannot change them here).
    #[prop(optional)]
    readonly: bool,
) -> impl IntoView {
    let prefs = use_prefs();
    let problem_of =
        move |key: &str| problems.with(|p| p.iter().find(|(k, _)| *k == key).map(|(_, m)| *m));
    fields
        .iter()
        .map(|f| {
            let key = f.key;
            let id = format!("{id_prefix}-{key}");
            let error_id = format!("{id}-error");
            view! {
                <div class="field">
                    <label for=id.clone()>{tr(f.label)}</label>
                    <input id=id autocomplete=f.autocomplete readonly=readonly aria-required=f.required.to_string()
                        prop:value=move || draft.with(|d| get(d, key))
                        on:input=move |ev| draft.update(|d| set(d, key, event_target_value(&ev)))
                        aria-invalid=move || problem_of(key).is_some().to_string() aria-describedby=error_id.clone()/>
                    <p class="field__error" id=error_id>{move || problem_of(key).map(|m| prefs.t(m))}</p>
                </div>
            }
        })
        .collect_view()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_and_country_codes() {
        assert!(is_email("alex@example.vn"));
        for bad in [
            "alex",
            "alex@",
            "@example.vn",
            "alex@example",
            "alex@example.",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
        assert!(is_country_code("vn") && is_country_code("VN"));
        assert!(!is_country_code("VNM") && !is_country_code("V1"));
    }
}
