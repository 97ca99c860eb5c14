//! An invoice status as a coloured, translated badge (unknown statuses shown as the portal words them).

use crate::i18n::Msg;
use crate::model::InvoiceStatus;
use crate::state::prefs::use_prefs;
use leptos::prelude::*;

/// The badge. Every page that shows an invoice's status uses it with the due date, so an unpaid
/// invoice past its due date reads "Overdue" everywhere (list, invoice, service page), by the one
/// rule of [`InvoiceStatus::is_overdue`].
#[component]
pub fn InvoiceStatusBadge(
    /// The status to show.
    status: InvoiceStatus,
    /// The due date, for "Overdue".
    due: Option<crate::model::Date>,
) -> impl IntoView {
    let prefs = use_prefs();
    let overdue = status.is_overdue(due, crate::state::today());
    let (class, msg) = match &status {
        _ if overdue => ("badge badge--danger", Some(Msg::Overdue)),
        InvoiceStatus::Unpaid => ("badge badge--warning", Some(Msg::StatusUnpaid)),
        InvoiceStatus::Paid => ("badge badge--success", Some(Msg::StatusPaid)),
        InvoiceStatus::Cancelled => ("badge", Some(Msg::StatusCancelled)),
        InvoiceStatus::Refunded => ("badge", Some(Msg::StatusRefunded)),
        InvoiceStatus::Collections => ("badge badge--danger", Some(Msg::StatusCollections)),
        InvoiceStatus::Draft => ("badge", Some(Msg::StatusDraft)),
        InvoiceStatus::Other(_) => ("badge", None),
    };
    let raw = match status {
        InvoiceStatus::Other(s) => s,
        _ => String::new(),
    };
    view! { <span class=class>{move || msg.map(|m| prefs.t(m).to_string()).unwrap_or_else(|| raw.clone())}</span> }
}

/// An estimate's status; an open estimate past its validity shows as expired.
#[component]
pub fn EstimateStatusBadge(
    /// The status to show.
    status: crate::model::EstimateStatus,
    /// Past its "valid until" date.
    #[prop(optional)]
    expired: bool,
) -> impl IntoView {
    use crate::model::EstimateStatus as S;
    let prefs = use_prefs();
    let (class, msg) = match &status {
        _ if expired => ("badge badge--danger", Some(Msg::Expired)),
        S::Draft => ("badge", Some(Msg::StatusDraft)),
        S::Sent => ("badge badge--warning", Some(Msg::StatusSent)),
        S::Accepted => ("badge badge--success", Some(Msg::StatusAccepted)),
        S::Declined => ("badge", Some(Msg::StatusDeclined)),
        S::Invoiced => ("badge badge--success", Some(Msg::StatusInvoiced)),
        S::Other(_) => ("badge", None),
    };
    let raw = match status {
        S::Other(s) => s,
        _ => String::new(),
    };
    view! { <span class=class>{move || msg.map(|m| prefs.t(m).to_string()).unwrap_or_else(|| raw.clone())}</span> }
}

/// A service's status.
#[component]
pub fn ServiceStatusBadge(
    /// The status to show.
    status: crate::model::ServiceStatus,
) -> impl IntoView {
    use crate::model::ServiceStatus as S;
    let prefs = use_prefs();
    let (class, msg) = match &status {
        S::Active => ("badge badge--success", Some(Msg::StatusActive)),
        S::Pending => ("badge badge--warning", Some(Msg::StatusPending)),
        S::Suspended => ("badge badge--danger", Some(Msg::StatusSuspended)),
        S::Cancelled => ("badge", Some(Msg::StatusCancelled)),
        S::Terminated => ("badge", Some(Msg::StatusTerminated)),
        S::Other(_) => ("badge", None),
    };
    let raw = match status {
        S::Other(s) => s,
        _ => String::new(),
    };
    view! { <span class=class>{move || msg.map(|m| prefs.t(m).to_string()).unwrap_or_else(|| raw.clone())}</span> }
}

/// A VM's power state as the portal last reported it; announced politely when it changes.
#[component]
pub fn VmStatusBadge(
    /// The state to show.
    #[prop(into)]
    state: Signal<crate::vm::PowerState>,
) -> impl IntoView {
    use crate::vm::{Busy, PowerState as P};
    let prefs = use_prefs();
    let look = move || match state.get() {
        P::Running => ("badge badge--success", Some(Msg::VmRunning), String::new()),
        P::Stopped => ("badge", Some(Msg::VmStopped), String::new()),
        P::Rescue => ("badge badge--warning", Some(Msg::VmRescue), String::new()),
        P::Suspended => ("badge badge--danger", Some(Msg::VmSuspended), String::new()),
        P::Busy(b) => (
            "badge badge--info badge--busy",
            Some(match b {
                Busy::Starting => Msg::VmStarting,
                Busy::Stopping => Msg::VmStopping,
                Busy::ShuttingDown => Msg::VmShuttingDown,
                Busy::Rebooting => Msg::VmRebooting,
                Busy::EnteringRescue => Msg::VmEnteringRescue,
                Busy::LeavingRescue => Msg::VmLeavingRescue,
                Busy::Rebuilding => Msg::VmRebuilding,
                Busy::Creating => Msg::VmCreating,
                Busy::Locked => Msg::VmLocked,
            }),
            String::new(),
        ),
        P::Unknown(raw) => ("badge", None, raw),
    };
    view! {
        <span class=move || look().0 data-vm-state=move || format!("{:?}", state.get()).to_lowercase()>
            {move || { let (_, m, raw) = look(); m.map(|m| prefs.t(m).to_string()).unwrap_or(raw) }}
        </span>
    }
}
