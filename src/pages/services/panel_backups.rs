//! A cPanel hosting account's backups, as its panel keeps them (HostBill's cPanel module,
//! `GET /service/cpanel2/@id/backup`), on the service's page when its methods list the route.
//! Listed only: the client API has no call to restore one, so the section says where to.

use crate::components::async_view::AsyncView;
use crate::pages::services::service_words::ServiceWord;
use crate::state::prefs::tw;
use crate::state::read::read;
use crate::state::session::use_session;
use leptos::prelude::*;

/// The section.
#[component]
pub fn PanelBackups(
    /// The service's id.
    service: String,
) -> impl IntoView {
    let session = use_session();
    let data = read(move || {
        let api = session.api_for_read();
        let id = service.clone();
        async move { api.panel_backups(&id).await }
    });
    view! {
        <section class="card" aria-labelledby="panel-backups-title">
            <h2 id="panel-backups-title">{tw(ServiceWord::PanelBackups)}</h2>
            <AsyncView resource=data let:backups skeleton_lines=3>
                {if backups.is_empty() {
                    view! { <p class="muted">{tw(ServiceWord::NoPanelBackups)}</p> }.into_any()
                } else {
                    view! {
                        <p class="muted">{tw(ServiceWord::PanelBackupsLead)}</p>
                        <div class="table-scroll">
                            <table class="table">
                                <thead><tr>
                                    <th scope="col">{tw(ServiceWord::BackupFile)}</th>
                                    <th scope="col">{tw(ServiceWord::BackupTaken)}</th>
                                </tr></thead>
                                <tbody>
                                    {backups.into_iter().map(|b| view! { <tr>
                                        <td><code>{b.name}</code></td>
                                        <td>{b.date.unwrap_or_else(|| "—".into())}</td>
                                    </tr> }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }.into_any()
                }}
            </AsyncView>
        </section>
    }
}
