//! Placing an order: sent once and never retried. If its answer is lost, what exists afterwards
//! is compared with what existed before, so a new invoice or service is recognised rather than
//! the customer being invited to order twice.

use crate::api::ApiError;
use crate::model::{InvoiceStatus, InvoiceSummary, OrderPlaced, ServiceSummary};
use crate::state::cart::Cart;
use crate::state::session::Session;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// How an order attempt ended.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// Placed: the portal said so, or the new invoice or service was found.
    Placed(OrderPlaced),
    /// Refused by the portal (nothing was placed).
    Refused(ApiError),
    /// The answer was lost, and no new invoice was found: safe to try again.
    NotPlaced,
}

/// Whether the order may have been placed although no answer came back (no answer, a gateway
/// error, an unreadable answer): the page must look before offering to send it again.
fn lost(e: &ApiError) -> bool {
    matches!(
        e,
        ApiError::Network | ApiError::Timeout | ApiError::Decode(_) | ApiError::Server { .. }
    ) || matches!(e, ApiError::Portal { status, .. } if *status >= 500)
}

/// "Place order" for the cart's items, promo code and `pay_method`.
pub fn place_action(
    session: Session,
    cart: Cart,
    pay_method: RwSignal<Option<String>>,
) -> Action<(), Outcome> {
    Action::new_local(move |_: &()| {
        let api = session.api();
        let items = cart.items.get_untracked();
        let promo = cart.promo.get_untracked();
        let method = pay_method.get_untracked().unwrap_or_default();
        async move {
            // What already exists, to recognise the new invoice or service if the answer is
            // lost (an order paid from credit leaves no unpaid invoice, only a service).
            let (invoices, services) = futures::join!(api.invoices(), api.services());
            let before = Existing::read(invoices, services);
            match api.place_order(&items, &method, &promo).await {
                Ok(placed) => Outcome::Placed(placed),
                Err(e) if lost(&e) => {
                    let (invoices, services) = futures::join!(api.invoices(), api.services());
                    match (&before, invoices, services) {
                        (Some(before), Ok(invoices), Ok(services)) => before
                            .placed_since(invoices, services)
                            .map_or(Outcome::NotPlaced, Outcome::Placed),
                        _ => Outcome::Refused(e),
                    }
                }
                Err(e) => Outcome::Refused(e),
            }
        }
    })
}

/// The invoices and services that existed before an order was sent.
struct Existing {
    invoices: BTreeSet<String>,
    services: BTreeSet<String>,
}

impl Existing {
    /// Both lists, or `None` when either could not be read (then a lost answer cannot be
    /// settled and the customer is told so instead of being invited to order twice).
    fn read(
        invoices: Result<Vec<InvoiceSummary>, ApiError>,
        services: Result<Vec<ServiceSummary>, ApiError>,
    ) -> Option<Existing> {
        Some(Existing {
            invoices: invoices.ok()?.into_iter().map(|i| i.id).collect(),
            services: services.ok()?.into_iter().map(|s| s.id).collect(),
        })
    }

    /// What the order left behind, if anything new appeared: a new unpaid invoice, a new
    /// service, or both.
    fn placed_since(
        &self,
        invoices: Vec<InvoiceSummary>,
        services: Vec<ServiceSummary>,
    ) -> Option<OrderPlaced> {
        let invoice = invoices
            .into_iter()
            .find(|i| !self.invoices.contains(&i.id) && i.status == InvoiceStatus::Unpaid);
        let service = services
            .into_iter()
            .find(|s| !self.services.contains(&s.id))
            .map(|s| s.id);
        if invoice.is_none() && service.is_none() {
            return None;
        }
        Some(OrderPlaced {
            order_number: None,
            total: invoice.as_ref().map(|i| i.total.amount),
            invoice_id: invoice.map(|i| i.id),
            service_id: service,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Money, ServiceStatus};

    fn invoice(id: &str, status: InvoiceStatus) -> InvoiceSummary {
        InvoiceSummary {
            id: id.into(),
            number: id.into(),
            date: None,
            due: None,
            total: Money::new(rust_decimal::Decimal::new(2000, 2), "USD"),
            status,
            merged_into: None,
        }
    }

    fn service(id: &str) -> ServiceSummary {
        ServiceSummary {
            id: id.into(),
            name: "Cloud S".into(),
            domain: None,
            price: Default::default(),
            cycle: "Monthly".into(),
            next_due: None,
            status: ServiceStatus::Pending,
        }
    }

    #[test]
    fn a_lost_order_is_recognised_by_what_appeared_since() {
        let before = Existing::read(
            Ok(vec![invoice("1", InvoiceStatus::Unpaid)]),
            Ok(vec![service("10")]),
        )
        .unwrap();
        // Nothing new: not placed, safe to try again.
        assert_eq!(
            before.placed_since(
                vec![invoice("1", InvoiceStatus::Unpaid)],
                vec![service("10")]
            ),
            None
        );
        // A new unpaid invoice and service: placed, with the invoice to pay.
        let placed = before
            .placed_since(
                vec![
                    invoice("1", InvoiceStatus::Unpaid),
                    invoice("2", InvoiceStatus::Unpaid),
                ],
                vec![service("10"), service("11")],
            )
            .unwrap();
        assert_eq!(placed.invoice_id.as_deref(), Some("2"));
        assert_eq!(placed.service_id.as_deref(), Some("11"));
        // Paid from credit: no unpaid invoice, but the new service says it was placed.
        let paid = before
            .placed_since(
                vec![invoice("3", InvoiceStatus::Paid)],
                vec![service("10"), service("12")],
            )
            .unwrap();
        assert_eq!(
            (paid.invoice_id, paid.service_id.as_deref()),
            (None, Some("12"))
        );
    }

    #[test]
    fn without_the_lists_from_before_a_lost_order_cannot_be_settled() {
        assert!(Existing::read(Err(ApiError::Network), Ok(vec![])).is_none());
    }
}
