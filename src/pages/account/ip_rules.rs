//! Sign-in IP rules: the list, a rule checked against HostBill's formats before sending, and a
//! warning (with "Add it anyway") when the rules as they would be match none of the address the
//! portal says this session comes from. Removing a rule is confirmed, with the same warning.

use super::security_words::SecurityWord as W;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::model::IpRuleEntry;
use crate::security::ip_rule::{IpRule, shuts_out};
use crate::state::prefs::{tw, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;

/// What the confirmation is about.
#[derive(Clone, Debug, PartialEq)]
enum Pending {
    /// Adding a rule that shuts the current address out.
    Add(String),
    /// Removing a rule (shutting out or not).
    Remove(IpRuleEntry),
}

/// Whether the rules would shut out `current` (unknown address: never said).
fn would_shut_out(rules: &[String], current: Option<&str>) -> bool {
    match current.and_then(|c| c.parse().ok()) {
        Some(ip) => shuts_out(rules.iter().map(String::as_str), ip),
        None => false,
    }
}

/// The IP rules card.
#[component]
pub fn IpRulesCard(
    /// The rules as the portal listed them.
    #[prop(into)]
    rules: Signal<Vec<IpRuleEntry>>,
    /// The address the portal sees, when it says.
    #[prop(into)]
    current_ip: Signal<Option<String>>,
    /// Re-reads the list after a change.
    changed: Callback<()>,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let typed = RwSignal::new(String::new());
    let invalid = RwSignal::new(false);
    let pending = RwSignal::new(None::<Pending>);
    let add = Action::new_local(move |rule: &String| {
        let api = session.api();
        let rule = rule.clone();
        async move { api.add_ip_rule(&rule).await }
    });
    let remove = Action::new_local(move |id: &String| {
        let api = session.api();
        let id = id.clone();
        async move { api.remove_ip_rule(&id).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = add.value().get() {
            typed.set(String::new());
            changed.run(());
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = remove.value().get() {
            changed.run(());
        }
    });
    let saved = move || rules.with(|r| r.iter().map(|r| r.rule.clone()).collect::<Vec<_>>());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let rule = typed.get_untracked().trim().to_string();
        invalid.set(IpRule::parse(&rule).is_none());
        if invalid.get_untracked() || add.pending().get_untracked() {
            return;
        }
        let mut after = saved();
        after.push(rule.clone());
        if would_shut_out(&after, current_ip.get_untracked().as_deref()) {
            pending.set(Some(Pending::Add(rule)));
        } else {
            add.dispatch_local(rule);
        }
    };
    let message = move || {
        let ip = current_ip.get().unwrap_or_default();
        match pending.get() {
            Some(Pending::Add(rule)) => prefs
                .w(W::LockoutAdd)
                .replace("{ip}", &ip)
                .replace("{rule}", &rule),
            Some(Pending::Remove(r)) => {
                let after: Vec<String> = saved().into_iter().filter(|x| *x != r.rule).collect();
                let word = if would_shut_out(&after, current_ip.get().as_deref()) {
                    W::LockoutRemove
                } else {
                    W::RemoveRuleText
                };
                prefs
                    .w(word)
                    .replace("{ip}", &ip)
                    .replace("{rule}", &r.rule)
            }
            None => String::new(),
        }
    };
    let title = move || match pending.get() {
        Some(Pending::Remove(_)) => prefs.w(W::RemoveRuleTitle),
        _ => prefs.w(W::LockoutTitle),
    };
    let confirm_label = move || match pending.get() {
        Some(Pending::Add(_)) => prefs.w(W::AddAnyway),
        Some(Pending::Remove(r)) => {
            let after: Vec<String> = saved().into_iter().filter(|x| *x != r.rule).collect();
            if would_shut_out(&after, current_ip.get().as_deref()) {
                prefs.w(W::RemoveAnyway)
            } else {
                prefs.w(W::Remove)
            }
        }
        None => "",
    };
    view! {
        <section class="card" aria-labelledby="ip-title">
            <h2 id="ip-title">{tw(W::RulesTitle)}</h2>
            <p class="muted">{tw(W::RulesIntro)}</p>
            {move || current_ip.get().map(|ip| view! { <p>{tw(W::YourAddress)}" "<strong data-figure="current-ip">{ip}</strong></p> })}
            {move || {
                let list = rules.get();
                if list.is_empty() {
                    view! { <p class="muted">{tw(W::NoRules)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain-list" aria-label=move || prefs.w(W::RulesTitle)>
                            {list.into_iter().map(|r| {
                                let shown = r.clone();
                                let label = format!("{} {}", prefs.w(W::Remove), r.rule);
                                view! {
                                    <li><code>{r.rule.clone()}</code>" "
                                        <button type="button" class="button button--secondary button--small" aria-label=label
                                            disabled=move || remove.pending().get()
                                            on:click=move |_| pending.set(Some(Pending::Remove(shown.clone())))>{tw(W::Remove)}</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
            {move || remove.value().get().and_then(|r| r.err()).map(|e| view! { <ErrorPanel error=e/> })}
            <form class="form form--inline" novalidate on:submit=submit aria-labelledby="ip-add-title">
                <h3 id="ip-add-title" class="visually-hidden">{tw(W::AddRule)}</h3>
                <div class="field">
                    <label for="ip-rule">{tw(W::RuleLabel)}</label>
                    <input id="ip-rule" type="text" spellcheck="false" bind:value=typed aria-describedby="ip-rule-hint"
                        aria-invalid=move || invalid.get().to_string()/>
                    <p class=move || if invalid.get() { "field__error" } else { "field__hint muted" } id="ip-rule-hint">
                        {move || prefs.w(if invalid.get() { W::RuleProblem } else { W::RuleHint })}
                    </p>
                </div>
                <button type="submit" class="button button--primary" disabled=move || add.pending().get()>{tw(W::AddRule)}</button>
            </form>
            {move || match add.value().get() {
                Some(Ok(())) => Some(view! { <p class="banner banner--success" role="status">{tw(W::RuleAdded)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
            <ConfirmDialog id="ip-confirm" heading=Signal::derive(move || title().to_string())
                message=Signal::derive(message)
                open=Signal::derive(move || pending.get().is_some())
                confirm_label=Signal::derive(move || confirm_label().to_string())
                on_confirm=Callback::new(move |_| {
                    match pending.get_untracked() {
                        Some(Pending::Add(rule)) if !add.pending().get_untracked() => { add.dispatch_local(rule); }
                        Some(Pending::Remove(r)) if !remove.pending().get_untracked() => { remove.dispatch_local(r.id); }
                        _ => {}
                    }
                    pending.set(None);
                })
                on_cancel=Callback::new(move |_| pending.set(None))/>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::would_shut_out;

    #[test]
    fn an_unknown_address_is_never_warned_about() {
        let rules = vec!["10.0.0.0/8".to_string()];
        assert!(would_shut_out(&rules, Some("203.0.113.9")));
        assert!(!would_shut_out(&rules, Some("10.2.3.4")));
        assert!(!would_shut_out(&rules, None));
        assert!(!would_shut_out(&rules, Some("not an address")));
    }
}
