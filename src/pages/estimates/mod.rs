//! Estimates (quotes): the list and one estimate with its PDF. Accepting is offered only where
//! the backend can (a capability; HostBill's client API cannot, Kdata's `acceptQuote` can).

pub mod detail;
pub mod list;
