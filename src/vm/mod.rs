//! The VM console's rules, pure and tested natively: the power state machine, the polling
//! schedule, reverse-DNS names and chart scaling. The pages in `pages::vms` only wire them up.

pub mod chart;
pub mod iso;
pub mod poll;
pub mod power;
pub mod rdns;
pub mod size;

pub use power::{Busy, PowerAction, PowerState};
