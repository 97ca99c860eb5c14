//! Statuses as coloured, translated badges: invoices, estimates, services and VMs. Each status
//! maps to a [`Look`] (a pure function, tested natively); one [`Badge`] draws them all, and a
//! status the app does not know is shown as the portal words it.

use crate::i18n::Msg;
use crate::model::InvoiceStatus;
use crate::state::prefs::use_prefs;
use leptos::prelude::*;

/// How a status is shown: its colour class and its words (translated, or the portal's own).
#[derive(Clone, Debug, PartialEq)]
pub struct Look {
    /// The badge's classes (`badge badge--success`).
    pub class: &'static str,
    /// The words: a message, or the portal's text for a status the app does not know.
    pub text: Result<Msg, String>,
}

fn look(class: &'static str, msg: Msg) -> Look {
    Look {
        class,
        text: Ok(msg),
    }
}

fn raw(text: String) -> Look {
    Look {
        class: "badge",
        text: Err(text),
    }
}

/// The one badge every status uses.
#[component]
fn Badge(look: Look) -> impl IntoView {
    let prefs = use_prefs();
    let Look { class, text } = look;
    view! { <span class=class>{move || match &text { Ok(m) => prefs.t(*m).to_string(), Err(raw) => raw.clone() }}</span> }
}

/// An invoice's look; an unpaid one past its due date is "Overdue".
pub fn invoice_look(status: InvoiceStatus, overdue: bool) -> Look {
    match status {
        _ if overdue => look("badge badge--danger", Msg::Overdue),
        InvoiceStatus::Unpaid => look("badge badge--warning", Msg::StatusUnpaid),
        InvoiceStatus::Paid => look("badge badge--success", Msg::StatusPaid),
        InvoiceStatus::Cancelled => look("badge", Msg::StatusCancelled),
        InvoiceStatus::Refunded => look("badge", Msg::StatusRefunded),
        InvoiceStatus::Collections => look("badge badge--danger", Msg::StatusCollections),
        InvoiceStatus::Draft => look("badge", Msg::StatusDraft),
        InvoiceStatus::Other(s) => raw(s),
    }
}

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
    let overdue = status.is_overdue(due, crate::state::today());
    view! { <Badge look=invoice_look(status, overdue)/> }
}

/// An estimate's look; an open estimate past its validity is "Expired".
pub fn estimate_look(status: crate::model::EstimateStatus, expired: bool) -> Look {
    use crate::model::EstimateStatus as S;
    match status {
        _ if expired => look("badge badge--danger", Msg::Expired),
        S::Draft => look("badge", Msg::StatusDraft),
        S::Sent => look("badge badge--warning", Msg::StatusSent),
        S::Accepted => look("badge badge--success", Msg::StatusAccepted),
        S::Declined => look("badge", Msg::StatusDeclined),
        S::Invoiced => look("badge badge--success", Msg::StatusInvoiced),
        S::Other(s) => raw(s),
    }
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
    view! { <Badge look=estimate_look(status, expired)/> }
}

/// A service's look.
pub fn service_look(status: crate::model::ServiceStatus) -> Look {
    use crate::model::ServiceStatus as S;
    match status {
        S::Active => look("badge badge--success", Msg::StatusActive),
        S::Pending => look("badge badge--warning", Msg::StatusPending),
        S::Suspended => look("badge badge--danger", Msg::StatusSuspended),
        S::Cancelled => look("badge", Msg::StatusCancelled),
        S::Terminated => look("badge", Msg::StatusTerminated),
        S::Other(s) => raw(s),
    }
}

/// A service's status.
#[component]
pub fn ServiceStatusBadge(
    /// The status to show.
    status: crate::model::ServiceStatus,
) -> impl IntoView {
    view! { <Badge look=service_look(status)/> }
}

/// A VM's look: transitional states are busy (an animated badge) and say what is happening.
pub fn vm_look(state: crate::vm::PowerState) -> Look {
    use crate::vm::{Busy, PowerState as P};
    match state {
        P::Running => look("badge badge--success", Msg::VmRunning),
        P::Stopped => look("badge", Msg::VmStopped),
        P::Rescue => look("badge badge--warning", Msg::VmRescue),
        P::Suspended => look("badge badge--danger", Msg::VmSuspended),
        P::Busy(b) => look(
            "badge badge--info badge--busy",
            match b {
                Busy::Starting => Msg::VmStarting,
                Busy::Stopping => Msg::VmStopping,
                Busy::ShuttingDown => Msg::VmShuttingDown,
                Busy::Rebooting => Msg::VmRebooting,
                Busy::EnteringRescue => Msg::VmEnteringRescue,
                Busy::LeavingRescue => Msg::VmLeavingRescue,
                Busy::Rebuilding => Msg::VmRebuilding,
                Busy::Creating => Msg::VmCreating,
                Busy::Locked => Msg::VmLocked,
            },
        ),
        P::Unknown(s) => raw(s),
    }
}

/// A VM's power state as the portal last reported it; announced politely when it changes.
#[component]
pub fn VmStatusBadge(
    /// The state to show.
    #[prop(into)]
    state: Signal<crate::vm::PowerState>,
) -> impl IntoView {
    let prefs = use_prefs();
    let now = move || vm_look(state.get());
    view! {
        <span class=move || now().class data-vm-state=move || format!("{:?}", state.get()).to_lowercase()>
            {move || match now().text { Ok(m) => prefs.t(m).to_string(), Err(raw) => raw }}
        </span>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overdue_and_expired_win_and_unknown_statuses_keep_the_portals_words() {
        assert_eq!(
            invoice_look(InvoiceStatus::Unpaid, true).text,
            Ok(Msg::Overdue)
        );
        assert_eq!(
            invoice_look(InvoiceStatus::Paid, false).class,
            "badge badge--success"
        );
        assert_eq!(
            invoice_look(InvoiceStatus::Other("Chargeback".into()), false).text,
            Err("Chargeback".into())
        );
        assert_eq!(
            estimate_look(crate::model::EstimateStatus::Sent, true).text,
            Ok(Msg::Expired)
        );
        assert_eq!(
            service_look(crate::model::ServiceStatus::Suspended).class,
            "badge badge--danger"
        );
        assert!(
            vm_look(crate::vm::PowerState::Busy(crate::vm::Busy::Rebooting))
                .class
                .contains("badge--busy")
        );
    }
}
