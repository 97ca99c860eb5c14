//! `/news`: the provider's news (HostBill `GET /post/recent`), its current offers (`GET
//! /post/sale`) and the files it offers (`GET /downloads`, each fetched through the API client
//! with `GET /download/@id` and saved under its own name). Posts are plain text (the portal's
//! HTML reduced to its words by the decoder) with a link out only to http(s) addresses.
//! The page is its own chunk (src/areas.rs); the dashboard only links to it.

pub mod news_words;

use crate::components::async_view::AsyncView;
use crate::components::download_button::{Document, DownloadButton};
use crate::i18n::format_date;
use crate::model::news::Post;
use crate::state::prefs::{tw, use_prefs};
use crate::state::read::{Read, read};
use crate::state::session::use_session;
use leptos::prelude::*;
use news_words::NewsWord as W;

/// The page.
#[component]
pub fn NewsPage() -> impl IntoView {
    let session = use_session();
    let prefs = use_prefs();
    let recent = read(move || {
        let api = session.api_for_read();
        async move { api.posts(false).await }
    });
    let offers = read(move || {
        let api = session.api_for_read();
        async move { api.posts(true).await }
    });
    let files = read(move || {
        let api = session.api_for_read();
        async move { api.downloads().await }
    });
    view! {
        <h1 class="page__title">{tw(W::Title)}</h1>
        <div class="news-grid">
            <Posts id="news-latest" title=W::Latest empty=W::NoPosts posts=recent/>
            <Posts id="news-offers" title=W::Offers empty=W::NoOffers posts=offers/>
        </div>
        <section class="card" aria-labelledby="downloads-title">
            <h2 id="downloads-title">{tw(W::Downloads)}</h2>
            <AsyncView resource=files let:list skeleton_lines=3>
                {if list.is_empty() {
                    view! { <p class="muted">{tw(W::NoDownloads)}</p> }.into_any()
                } else {
                    view! {
                        <div class="table-scroll">
                            <table class="table" aria-label=move || prefs.w(W::Downloads)>
                                <thead><tr>
                                    <th scope="col">{tw(W::File)}</th>
                                    <th scope="col" class="num">{tw(W::Size)}</th>
                                    <th scope="col"><span class="visually-hidden">{tw(W::Download)}</span></th>
                                </tr></thead>
                                <tbody>
                                    {list.into_iter().map(|f| {
                                        let doc = Document::Download {
                                            id: f.id.clone(),
                                            name: f.filename.clone().unwrap_or_else(|| f.name.clone()),
                                            label: format!("{} {}", prefs.w(W::Download), f.name),
                                        };
                                        view! {
                                            <tr>
                                                <th scope="row">
                                                    {f.name.clone()}
                                                    {(!f.category.is_empty()).then(|| view! { " "<span class="badge">{f.category.clone()}</span> })}
                                                    {(!f.description.is_empty()).then(|| view! { <p class="muted">{f.description.clone()}</p> })}
                                                </th>
                                                <td class="num">{f.size.map(size_text).unwrap_or_default()}</td>
                                                <td><DownloadButton doc=doc/></td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }.into_any()
                }}
            </AsyncView>
        </section>
    }
}

/// A byte count as people read it (KB and MB, powers of 1024).
fn size_text(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 20 => format!("{:.1} MB", b as f64 / f64::from(1u32 << 20)),
        b if b >= 1 << 10 => format!("{} KB", b.div_ceil(1 << 10)),
        b => format!("{b} B"),
    }
}

#[component]
fn Posts(id: &'static str, title: W, empty: W, posts: Read<Vec<Post>>) -> impl IntoView {
    let prefs = use_prefs();
    let heading = format!("{id}-title");
    let labelled = heading.clone();
    view! {
        <section class="card" aria-labelledby=labelled>
            <h2 id=heading>{tw(title)}</h2>
            <AsyncView resource=posts let:list skeleton_lines=3>
                {if list.is_empty() {
                    view! { <p class="muted">{tw(empty)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="post-list">
                            {list.into_iter().map(|p| {
                                let date = p.date;
                                view! {
                                    <li>
                                        <h3 class="post-list__title">{p.title.clone()}</h3>
                                        {date.map(|d| view! { <p class="muted">{move || format_date(prefs.lang.get(), d)}</p> })}
                                        {(!p.summary.is_empty()).then(|| view! { <p>{p.summary.clone()}</p> })}
                                        {p.url.clone().map(|u| view! {
                                            <a class="link" href=u rel="external noopener noreferrer" target="_blank">{tw(W::ReadMore)}" →"</a>
                                        })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </AsyncView>
        </section>
    }
}
