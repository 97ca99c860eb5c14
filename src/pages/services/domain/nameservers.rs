//! Name servers: four fields (two required), checked before sending: host names with a dot,
//! no repeats; sent once; the fields then show what the registrar holds.

use crate::components::error_panel::ErrorPanel;
use crate::i18n::Word;
use crate::model::DomainDetail;
use crate::pages::services::service_words::ServiceWord;
use crate::pages::vms::solusvm_settings::hostname_problem;
use crate::state::last_sent::LastSent;
use crate::state::prefs::{tw, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;

/// The name servers to send, from the four fields (lower-cased, without a trailing dot or
/// blanks), or the problem of each field that has one (by field index; a missing second server
/// is reported on field 1).
pub fn nameserver_list(fields: &[String]) -> Result<Vec<String>, Vec<(usize, Word<ServiceWord>)>> {
    let mut problems = Vec::new();
    let mut list: Vec<String> = Vec::new();
    for (i, raw) in fields.iter().enumerate() {
        let name = raw.trim().trim_end_matches('.').to_ascii_lowercase();
        if name.is_empty() {
            continue;
        }
        if let Some(m) = hostname_problem(&name) {
            problems.push((i, Word::Common(m)));
        } else if list.contains(&name) {
            problems.push((i, Word::Area(ServiceWord::NameserverRepeated)));
        } else {
            list.push(name);
        }
    }
    if problems.is_empty() && list.len() < 2 {
        let first_empty = fields
            .iter()
            .position(|f| f.trim().is_empty())
            .unwrap_or(1)
            .min(1);
        problems.push((first_empty, Word::Area(ServiceWord::NameserversTooFew)));
    }
    if problems.is_empty() {
        Ok(list)
    } else {
        Err(problems)
    }
}

/// The form.
#[component]
pub fn NameserversForm(
    service: String,
    current: RwSignal<Option<DomainDetail>>,
    on_saved: Callback<()>,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let fields: [RwSignal<String>; 4] = std::array::from_fn(|_| RwSignal::new(String::new()));
    // Follow the registrar: when what it holds changes (a save here), the fields show it. A
    // re-read after another form's change leaves whatever is being typed here alone.
    let seen = StoredValue::new(None::<Vec<String>>);
    Effect::new(move |_| {
        let servers = current.with(|d| {
            d.as_ref()
                .map(|d| d.nameservers.clone())
                .unwrap_or_default()
        });
        if seen.with_value(|s| s.as_ref() == Some(&servers)) {
            return;
        }
        for (i, f) in fields.iter().enumerate() {
            f.set(servers.get(i).cloned().unwrap_or_default());
        }
        seen.set_value(Some(servers));
    });
    let problems = RwSignal::new(Vec::<(usize, Word<ServiceWord>)>::new());
    let save = Action::new_local(move |list: &Vec<String>| {
        let api = session.api();
        let (order, list) = (service.clone(), list.clone());
        async move { api.set_nameservers(&order, &list).await }
    });
    let sent = LastSent::new();
    Effect::new(move |_| match save.value().get() {
        Some(Ok(())) => on_saved.run(()),
        Some(Err(_)) => sent.forget(),
        None => {}
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed: Vec<String> = fields.iter().map(|f| f.get_untracked()).collect();
        match nameserver_list(&typed) {
            Ok(list) => {
                problems.set(vec![]);
                if !save.pending().get_untracked() && sent.is_new(&list) {
                    save.dispatch_local(list);
                }
            }
            Err(p) => problems.set(p),
        }
    };
    let problem_of =
        move |i: usize| problems.with(|p| p.iter().find(|(at, _)| *at == i).map(|(_, m)| *m));
    view! {
        <section class="card" aria-labelledby="ns-title">
            <h2 id="ns-title">{tw(ServiceWord::Nameservers)}</h2>
            <p class="muted">{tw(ServiceWord::NameserversLead)}</p>
            <form class="form form--grid" novalidate on:submit=submit>
                {fields.into_iter().enumerate().map(|(i, value)| {
                    let id = format!("ns-{}", i + 1);
                    let error_id = format!("ns-{}-error", i + 1);
                    view! {
                        <div class="field">
                            <label for=id.clone()>{move || prefs.w(ServiceWord::NameserverN).replace("{n}", &(i + 1).to_string())}</label>
                            <input id=id autocomplete="off" spellcheck="false" inputmode="url" bind:value=value
                                aria-invalid=move || problem_of(i).is_some().to_string() aria-describedby=error_id.clone()/>
                            <p class="field__error" id=error_id>{move || problem_of(i).map(|m| prefs.w(m))}</p>
                        </div>
                    }
                }).collect_view()}
                <div class="form__actions">
                    <button type="submit" class="button button--primary" disabled=move || save.pending().get()>{tw(ServiceWord::SaveNameservers)}</button>
                </div>
            </form>
            {move || match save.value().get() {
                Some(Ok(())) => Some(view! { <p class="banner banner--success" role="status">{tw(ServiceWord::NameserversSaved)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Msg;

    fn f(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn two_to_four_host_names_are_sent_normalised() {
        assert_eq!(
            nameserver_list(&f(&["NS1.Example.net.", " ns2.example.net ", "", ""])),
            Ok(f(&["ns1.example.net", "ns2.example.net"]))
        );
        assert_eq!(
            nameserver_list(&f(&["a.example.net", "", "b.example.net", "c.example.net"])),
            Ok(f(&["a.example.net", "b.example.net", "c.example.net"]))
        );
    }

    #[test]
    fn too_few_repeats_and_bad_names_are_caught_per_field() {
        assert_eq!(
            nameserver_list(&f(&["ns1.example.net", "", "", ""])),
            Err(vec![(1, Word::Area(ServiceWord::NameserversTooFew))])
        );
        assert_eq!(
            nameserver_list(&f(&["", "", "", ""])),
            Err(vec![(0, Word::Area(ServiceWord::NameserversTooFew))])
        );
        assert_eq!(
            nameserver_list(&f(&["ns1.example.net", "ns1.example.net.", "", ""])),
            Err(vec![(1, Word::Area(ServiceWord::NameserverRepeated))])
        );
        assert_eq!(
            nameserver_list(&f(&["ns1", "ns2.example.net", "ns 3.example.net", ""])),
            Err(vec![
                (0, Word::Common(Msg::HostnameInvalid)),
                (2, Word::Common(Msg::HostnameInvalid))
            ])
        );
    }
}
