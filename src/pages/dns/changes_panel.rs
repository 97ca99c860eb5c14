//! The staged changes as a diff (added, removed, changed with before and after), with undo, redo,
//! discard, and Apply. A change the portal refused stays listed with the portal's message.

use super::dns_words::DnsWord;
use crate::dns::Record;
use crate::dns::changeset::{Change, ChangeSet};
use crate::dns::names::to_unicode;
use crate::state::prefs::{tw, use_prefs};
use leptos::prelude::*;

fn line(r: &Record) -> String {
    let data = if r.rtype.has_priority() {
        format!("{} {}", r.priority, r.content)
    } else {
        r.content.clone()
    };
    format!("{} {} {} {}", to_unicode(r.owner()), r.ttl, r.rtype, data)
}

/// The panel.
#[component]
pub fn ChangesPanel(
    /// The change set.
    changes: RwSignal<ChangeSet>,
    /// `(sent, total)` while applying.
    applying: Signal<Option<(usize, usize)>>,
    /// Sends the changes.
    on_apply: Callback<()>,
) -> impl IntoView {
    let prefs = use_prefs();
    let busy = move || applying.get().is_some();
    view! {
        <section class="card changes" aria-labelledby="changes-title">
            <div class="changes__head">
                <h2 id="changes-title">{tw(DnsWord::DnsStagedChanges)}" "
                    <span class="badge" data-figure="staged-count">{move || changes.with(ChangeSet::len)}</span></h2>
                <div class="changes__tools">
                    <button type="button" class="button button--secondary button--small" disabled=move || busy() || !changes.with(ChangeSet::can_undo)
                        on:click=move |_| changes.update(ChangeSet::undo)>{tw(DnsWord::Undo)}</button>
                    <button type="button" class="button button--secondary button--small" disabled=move || busy() || !changes.with(ChangeSet::can_redo)
                        on:click=move |_| changes.update(ChangeSet::redo)>{tw(DnsWord::Redo)}</button>
                    <button type="button" class="button button--secondary button--small" disabled=move || busy() || changes.with(ChangeSet::is_empty)
                        on:click=move |_| changes.update(ChangeSet::clear)>{tw(DnsWord::DnsDiscardAll)}</button>
                </div>
            </div>
            {move || if changes.with(ChangeSet::is_empty) {
                view! { <p class="muted">{tw(DnsWord::DnsNoChanges)}</p> }.into_any()
            } else {
                view! {
                    <ol class="diff">
                        {changes.get().changes().iter().map(|s| {
                            let key = s.key;
                            let (class, sign, body) = match &s.change {
                                Change::Add(r) => ("diff__item diff__item--add", "+", view! { <code>{line(r)}</code> }.into_any()),
                                Change::Delete(r) => ("diff__item diff__item--remove", "−", view! { <code>{line(r)}</code> }.into_any()),
                                Change::Edit { before, after } => ("diff__item diff__item--change", "~", view! {
                                    <code class="diff__before">{line(before)}</code>
                                    <span aria-hidden="true">" → "</span><span class="visually-hidden">{tw(DnsWord::DnsBecomes)}</span>
                                    <code>{line(after)}</code>
                                }.into_any()),
                            };
                            let error = s.error.clone();
                            view! {
                                <li class=class>
                                    <span class="diff__sign" aria-hidden="true">{sign}</span>
                                    <span class="diff__body">{body}
                                        {error.map(|e| view! { <span class="field__error diff__error" role="alert">{e}</span> })}
                                    </span>
                                    <button type="button" class="button button--secondary button--small" disabled=busy
                                        on:click=move |_| changes.update(|c| c.discard(key))>{tw(DnsWord::DnsDiscard)}</button>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
            <div class="changes__apply">
                <button type="button" class="button button--primary" disabled=move || busy() || changes.with(ChangeSet::is_empty)
                    aria-busy=move || busy().to_string()
                    on:click=move |_| on_apply.run(())>
                    {move || match applying.get() {
                        Some((sent, total)) => prefs.w(DnsWord::DnsApplying).replace("{n}", &(sent + 1).min(total).to_string()).replace("{total}", &total.to_string()),
                        None => prefs.w_n(DnsWord::DnsApply, changes.with(ChangeSet::len) as i64),
                    }}
                </button>
            </div>
        </section>
    }
}
