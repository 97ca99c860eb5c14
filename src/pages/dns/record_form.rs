//! Adding or editing one record: the fields its type needs, TTL presets or a custom value, every
//! problem shown next to its field, and zone-wide conflicts (CNAME beside other data, MX or NS
//! at an alias) shown before anything is staged. Nothing is sent from here: it stages.

use super::dns_words::DnsWord;
use super::messages::{conflict, problem};
use crate::dns::rdata::{Draft, Field, Fields, TTL_PRESETS};
use crate::dns::zone_rules::conflicts;
use crate::dns::{Record, RecordType};
use crate::i18n::Msg;
use crate::state::prefs::{tr, tw, use_prefs};
use leptos::prelude::*;

fn ttl_label(secs: u32) -> DnsWord {
    match secs {
        60 => DnsWord::Ttl1Minute,
        300 => DnsWord::Ttl5Minutes,
        3600 => DnsWord::Ttl1Hour,
        14_400 => DnsWord::Ttl4Hours,
        86_400 => DnsWord::Ttl1Day,
        _ => DnsWord::Ttl1Week,
    }
}

/// The form.
#[component]
pub fn RecordForm(
    /// The zone's ASCII name.
    origin: String,
    /// Where the form starts.
    initial: Draft,
    /// Editing: the record being changed (kept out of the conflict check).
    editing: Option<Record>,
    /// The zone as it will be, for the conflict check.
    zone: Signal<Vec<Record>>,
    /// Stages the record.
    on_stage: Callback<Record>,
    /// Closes the form.
    on_cancel: Callback<()>,
) -> impl IntoView {
    let prefs = use_prefs();
    let draft = RwSignal::new(initial);
    let problems = RwSignal::new(Vec::<(Field, String)>::new());
    let zone_problems = RwSignal::new(Vec::<String>::new());
    let custom_ttl = RwSignal::new(
        !TTL_PRESETS
            .iter()
            .any(|p| p.to_string() == draft.get_untracked().ttl),
    );
    let is_edit = editing.is_some();
    let origin_for_submit = origin.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = prefs.lang.get_untracked();
        match draft.get_untracked().to_record(&origin_for_submit) {
            Err(list) => {
                problems.set(list.iter().map(|(f, p)| (*f, problem(lang, p))).collect());
                zone_problems.set(Vec::new());
            }
            Ok(record) => {
                problems.set(Vec::new());
                let others: Vec<Record> = zone.with_untracked(|z| {
                    z.iter()
                        .filter(|r| match &editing {
                            Some(e) => !(r.id == e.id && r.same_data(e)),
                            None => true,
                        })
                        .cloned()
                        .collect()
                });
                let found = conflicts(&others, &record, &origin_for_submit);
                if found.is_empty() {
                    zone_problems.set(Vec::new());
                    on_stage.run(record);
                } else {
                    zone_problems.set(found.iter().map(|c| conflict(lang, c)).collect());
                }
            }
        }
    };
    let error_of =
        move |f: Field| problems.with(|p| p.iter().find(|(x, _)| *x == f).map(|(_, m)| m.clone()));
    // One text input bound to a part of the draft.
    let input = move |id: &'static str,
                      label: DnsWord,
                      field: Field,
                      get: fn(&Draft) -> String,
                      set: fn(&mut Draft, String),
                      numeric: bool| {
        let error_id = format!("{id}-error");
        view! {
            <div class="field">
                <label for=id>{tw(label)}</label>
                <input id=id autocomplete="off" spellcheck="false" inputmode=if numeric { "numeric" } else { "text" }
                    prop:value=move || draft.with(get)
                    on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| set(d, v)); }
                    aria-invalid=move || error_of(field).is_some().to_string() aria-describedby=error_id.clone()/>
                <p class="field__error" id=error_id>{move || error_of(field)}</p>
            </div>
        }
    };
    let type_fields = move || {
        let d = draft.get();
        match d.fields {
            Fields::Address(_) => input("rec-value", if d.rtype == RecordType::A { DnsWord::DnsIpv4 } else { DnsWord::DnsIpv6 }, Field::Value,
                |d| match &d.fields { Fields::Address(v) => v.clone(), _ => String::new() },
                |d, v| d.fields = Fields::Address(v), false).into_any(),
            Fields::Host(_) => input("rec-value", DnsWord::DnsTarget, Field::Value,
                |d| match &d.fields { Fields::Host(v) => v.clone(), _ => String::new() },
                |d, v| d.fields = Fields::Host(v), false).into_any(),
            Fields::Mx { .. } => view! {
                {input("rec-priority", DnsWord::DnsPreference, Field::Priority,
                    |d| match &d.fields { Fields::Mx { preference, .. } => preference.clone(), _ => String::new() },
                    |d, v| if let Fields::Mx { preference, .. } = &mut d.fields { *preference = v }, true)}
                {input("rec-target", DnsWord::DnsMailServer, Field::Target,
                    |d| match &d.fields { Fields::Mx { exchange, .. } => exchange.clone(), _ => String::new() },
                    |d, v| if let Fields::Mx { exchange, .. } = &mut d.fields { *exchange = v }, false)}
            }.into_any(),
            Fields::Txt(_) => view! {
                <div class="field field--wide">
                    <label for="rec-value">{tw(DnsWord::DnsText)}</label>
                    <textarea id="rec-value" rows="3" spellcheck="false"
                        prop:value=move || draft.with(|d| match &d.fields { Fields::Txt(v) => v.clone(), _ => String::new() })
                        on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.fields = Fields::Txt(v)); }
                        aria-describedby="rec-value-hint rec-value-error"></textarea>
                    <p class="muted field__hint" id="rec-value-hint">{tw(DnsWord::DnsTxtHint)}</p>
                    <p class="field__error" id="rec-value-error">{move || error_of(Field::Value)}</p>
                </div>
            }.into_any(),
            Fields::Srv { .. } => view! {
                {input("rec-priority", DnsWord::DnsPriority, Field::Priority,
                    |d| match &d.fields { Fields::Srv { priority, .. } => priority.clone(), _ => String::new() },
                    |d, v| if let Fields::Srv { priority, .. } = &mut d.fields { *priority = v }, true)}
                {input("rec-weight", DnsWord::DnsWeight, Field::Weight,
                    |d| match &d.fields { Fields::Srv { weight, .. } => weight.clone(), _ => String::new() },
                    |d, v| if let Fields::Srv { weight, .. } = &mut d.fields { *weight = v }, true)}
                {input("rec-port", DnsWord::DnsPort, Field::Port,
                    |d| match &d.fields { Fields::Srv { port, .. } => port.clone(), _ => String::new() },
                    |d, v| if let Fields::Srv { port, .. } = &mut d.fields { *port = v }, true)}
                {input("rec-target", DnsWord::DnsTarget, Field::Target,
                    |d| match &d.fields { Fields::Srv { target, .. } => target.clone(), _ => String::new() },
                    |d, v| if let Fields::Srv { target, .. } = &mut d.fields { *target = v }, false)}
            }.into_any(),
            Fields::Caa { .. } => view! {
                {input("rec-flags", DnsWord::DnsFlags, Field::Flags,
                    |d| match &d.fields { Fields::Caa { flags, .. } => flags.clone(), _ => String::new() },
                    |d, v| if let Fields::Caa { flags, .. } = &mut d.fields { *flags = v }, true)}
                {input("rec-tag", DnsWord::DnsTag, Field::Tag,
                    |d| match &d.fields { Fields::Caa { tag, .. } => tag.clone(), _ => String::new() },
                    |d, v| if let Fields::Caa { tag, .. } = &mut d.fields { *tag = v }, false)}
                {input("rec-value", DnsWord::DnsCaaValue, Field::Value,
                    |d| match &d.fields { Fields::Caa { value, .. } => value.clone(), _ => String::new() },
                    |d, v| if let Fields::Caa { value, .. } = &mut d.fields { *value = v }, false)}
            }.into_any(),
            Fields::Raw(_) => input("rec-value", DnsWord::DnsContent, Field::Value,
                |d| match &d.fields { Fields::Raw(v) => v.clone(), _ => String::new() },
                |d, v| d.fields = Fields::Raw(v), false).into_any(),
        }
    };
    let title = if is_edit {
        DnsWord::DnsEditRecord
    } else {
        DnsWord::DnsAddRecord
    };
    view! {
        <section class="card record-form" aria-labelledby="record-form-title"
            on:keydown=move |ev| if ev.key() == "Escape" { ev.prevent_default(); on_cancel.run(()); }>
            <h2 id="record-form-title">{tw(title)}</h2>
            <form class="form record-form__grid" novalidate on:submit=submit>
                <div class="field">
                    <label for="rec-type">{tw(DnsWord::DnsType)}</label>
                    <select id="rec-type" on:change=move |ev| {
                        let t = RecordType::parse(&event_target_value(&ev));
                        draft.update(|d| *d = d.with_type(t));
                        problems.set(Vec::new());
                    }>
                        {RecordType::EDITABLE.into_iter().map(|t| {
                            let selected = draft.with_untracked(|d| d.rtype == t);
                            view! { <option value=t.as_str().to_string() selected=selected>{t.as_str().to_string()}</option> }
                        }).collect_view()}
                        {draft.with_untracked(|d| matches!(d.rtype, RecordType::Other(_))).then(|| {
                            let t = draft.with_untracked(|d| d.rtype.as_str().to_string());
                            view! { <option value=t.clone() selected=true>{t.clone()}</option> }
                        })}
                    </select>
                </div>
                {input("rec-name", DnsWord::DnsName, Field::Name, |d| d.name.clone(), |d, v| d.name = v, false)}
                <div class="field">
                    <label for="rec-ttl">{tw(DnsWord::DnsTtl)}</label>
                    <select id="rec-ttl" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if v == "custom" {
                            custom_ttl.set(true);
                        } else {
                            custom_ttl.set(false);
                            draft.update(|d| d.ttl = v);
                        }
                    }>
                        {TTL_PRESETS.into_iter().map(|p| view! {
                            <option value=p.to_string() selected=move || !custom_ttl.get() && draft.with(|d| d.ttl == p.to_string())>{tw(ttl_label(p))}</option>
                        }).collect_view()}
                        <option value="custom" selected=move || custom_ttl.get()>{tw(DnsWord::TtlCustom)}</option>
                    </select>
                </div>
                <Show when=move || custom_ttl.get()>
                    {input("rec-ttl-custom", DnsWord::TtlSeconds, Field::Ttl, |d| d.ttl.clone(), |d, v| d.ttl = v, true)}
                </Show>
                <Show when=move || !custom_ttl.get() && error_of(Field::Ttl).is_some()>
                    <p class="field__error">{move || error_of(Field::Ttl)}</p>
                </Show>
                {type_fields}
                <ul class="record-form__conflicts" role="alert">
                    {move || zone_problems.get().into_iter().map(|m| view! { <li class="field__error">{m}</li> }).collect_view()}
                </ul>
                <div class="record-form__actions">
                    <button type="button" class="button button--secondary" on:click=move |_| on_cancel.run(())>{tr(Msg::Cancel)}</button>
                    <button type="submit" class="button button--primary">{tw(DnsWord::DnsStage)}</button>
                </div>
            </form>
        </section>
    }
}
