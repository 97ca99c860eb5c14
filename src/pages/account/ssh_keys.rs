//! SSH keys: the list with fingerprints, a key read as it is pasted (type, size, fingerprint, or
//! why it is not a usable public key) before anything is sent, and removal confirmed.

use super::security_words::SecurityWord as W;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::error_panel::ErrorPanel;
use crate::model::SshKeyEntry;
use crate::security::ssh_key::{KeyProblem, parse_key};
use crate::state::prefs::{tw, use_prefs};
use crate::state::session::use_session;
use leptos::prelude::*;

fn problem_word(p: KeyProblem) -> W {
    match p {
        KeyProblem::Empty => W::KeyEmpty,
        KeyProblem::Private => W::KeyPrivate,
        KeyProblem::NotAKey => W::KeyNotAKey,
        KeyProblem::Dsa => W::KeyDsa,
        KeyProblem::RsaTooShort => W::KeyRsaShort,
    }
}

/// The SSH keys card.
#[component]
pub fn SshKeysCard(
    /// The keys as the portal listed them.
    #[prop(into)]
    keys: Signal<Vec<SshKeyEntry>>,
    /// Re-reads the list after a change.
    changed: Callback<()>,
) -> impl IntoView {
    let prefs = use_prefs();
    let session = use_session();
    let (name, key) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let tried = RwSignal::new(false);
    let parsed = Memo::new(move |_| parse_key(&key.get()));
    let name_ok = move || {
        let n = name.get();
        !n.trim().is_empty() && n.trim().chars().count() <= 64
    };
    let add = Action::new_local(move |(name, line): &(String, String)| {
        let api = session.api();
        let (name, line) = (name.clone(), line.clone());
        async move { api.add_ssh_key(&name, &line).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = add.value().get() {
            name.set(String::new());
            key.set(String::new());
            tried.set(false);
            changed.run(());
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        if let (true, Ok(k)) = (name_ok(), parsed.get_untracked())
            && !add.pending().get_untracked()
        {
            add.dispatch_local((name.get_untracked().trim().to_string(), k.line));
        }
    };
    let removing = RwSignal::new(None::<SshKeyEntry>);
    let remove = Action::new_local(move |id: &String| {
        let api = session.api();
        let id = id.clone();
        async move { api.remove_ssh_key(&id).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = remove.value().get() {
            changed.run(());
        }
    });
    let key_problem = move || match (tried.get(), parsed.get()) {
        (true, Err(p)) => Some(p),
        (false, Err(p)) if p != KeyProblem::Empty && !key.get().trim().is_empty() => Some(p),
        _ => None,
    };
    view! {
        <section class="card" aria-labelledby="ssh-title">
            <h2 id="ssh-title">{tw(W::KeysTitle)}</h2>
            <p class="muted">{tw(W::KeysIntro)}</p>
            {move || {
                let list = keys.get();
                if list.is_empty() {
                    view! { <p class="muted">{tw(W::NoKeys)}</p> }.into_any()
                } else {
                    view! {
                        <table class="table">
                            <caption class="visually-hidden">{tw(W::KeysTitle)}</caption>
                            <thead><tr><th scope="col">{tw(W::KeyName)}</th><th scope="col">{tw(W::Fingerprint)}</th><th scope="col"><span class="visually-hidden">{tw(W::Remove)}</span></th></tr></thead>
                            <tbody>
                                {list.into_iter().map(|k| {
                                    let shown = k.clone();
                                    let label = format!("{} {}", prefs.w(W::Remove), k.name);
                                    view! {
                                        <tr>
                                            <td>{k.name.clone()}</td>
                                            <td><code class="fingerprint">{k.fingerprint.clone().unwrap_or_default()}</code></td>
                                            <td><button type="button" class="button button--secondary button--small" aria-label=label
                                                disabled=move || remove.pending().get()
                                                on:click=move |_| removing.set(Some(shown.clone()))>{tw(W::Remove)}</button></td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()
                }
            }}
            {move || remove.value().get().and_then(|r| r.err()).map(|e| view! { <ErrorPanel error=e/> })}
            <form class="form" novalidate on:submit=submit aria-labelledby="ssh-add-title">
                <h3 id="ssh-add-title">{tw(W::AddKey)}</h3>
                <div class="field">
                    <label for="ssh-name">{tw(W::KeyNameLabel)}</label>
                    <input id="ssh-name" type="text" maxlength="64" bind:value=name aria-describedby="ssh-name-error"
                        aria-invalid=move || (tried.get() && !name_ok()).to_string()/>
                    <p class="field__error" id="ssh-name-error">{move || (tried.get() && !name_ok()).then(|| prefs.w(W::KeyNameProblem))}</p>
                </div>
                <div class="field">
                    <label for="ssh-key">{tw(W::KeyLabel)}</label>
                    <textarea id="ssh-key" rows="3" spellcheck="false" class="mono" bind:value=key aria-describedby="ssh-key-hint"
                        aria-invalid=move || key_problem().is_some().to_string()></textarea>
                    <p class=move || if key_problem().is_some() { "field__error" } else { "field__hint muted" } id="ssh-key-hint">
                        {move || match (key_problem(), parsed.get()) {
                            (Some(p), _) => prefs.w(problem_word(p)).to_string(),
                            (None, Ok(k)) => format!(
                                "{} {}{} · {}",
                                prefs.w(W::KeyReads),
                                k.kind,
                                k.bits.map(|b| format!(" ({b} bit)")).unwrap_or_default(),
                                k.fingerprint
                            ),
                            (None, Err(_)) => prefs.w(W::KeyHint).to_string(),
                        }}
                    </p>
                </div>
                <div>
                    <button type="submit" class="button button--primary" disabled=move || add.pending().get()>{tw(W::AddKey)}</button>
                </div>
            </form>
            {move || match add.value().get() {
                Some(Ok(())) => Some(view! { <p class="banner banner--success" role="status">{tw(W::KeyAdded)}</p> }.into_any()),
                Some(Err(e)) => Some(view! { <ErrorPanel error=e/> }.into_any()),
                None => None,
            }}
            <ConfirmDialog id="ssh-remove" heading=Signal::derive(move || prefs.w(W::RemoveKeyTitle).to_string())
                message=Signal::derive(move || removing.get().map(|k| prefs.w(W::RemoveKeyText).replace("{name}", &k.name)).unwrap_or_default())
                open=Signal::derive(move || removing.get().is_some())
                confirm_label=Signal::derive(move || prefs.w(W::Remove).to_string())
                on_confirm=Callback::new(move |_| {
                    if let Some(k) = removing.get_untracked() && !remove.pending().get_untracked() {
                        remove.dispatch_local(k.id);
                    }
                    removing.set(None);
                })
                on_cancel=Callback::new(move |_| removing.set(None))/>
        </section>
    }
}
