//! The power state machine against the portal's rules, by property: no action is offered in a
//! state where the portal refuses it, nothing is offered while a task runs, and every
//! transitional state ends once the portal reports a settled state. The portal's rules are
//! those the demo portal enforces (server/src/demo/vm_sim.rs) and HostBill's cloud modules
//! document: start only when stopped, stop/shutdown/reboot/reset only when running, rescue from
//! running or stopped, unrescue only in rescue, nothing while locked.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at its failure

use atrium::vm::poll::next_delay_ms;
use atrium::vm::{Busy, PowerAction, PowerState};
use proptest::prelude::*;

/// What the portal accepts, and the settled state it ends in.
fn portal(state: &PowerState, action: PowerAction) -> Option<PowerState> {
    use PowerAction::*;
    match (state, action) {
        (PowerState::Stopped, Start) => Some(PowerState::Running),
        (PowerState::Running, Stop | Shutdown) => Some(PowerState::Stopped),
        (PowerState::Running, Reboot | Reset) => Some(PowerState::Running),
        (PowerState::Running | PowerState::Stopped, Rescue) => Some(PowerState::Rescue),
        (PowerState::Rescue, Unrescue) => Some(PowerState::Running),
        _ => None,
    }
}

const BUSY: [Busy; 9] = [
    Busy::Starting,
    Busy::Stopping,
    Busy::ShuttingDown,
    Busy::Rebooting,
    Busy::EnteringRescue,
    Busy::LeavingRescue,
    Busy::Rebuilding,
    Busy::Creating,
    Busy::Locked,
];

fn any_state() -> impl Strategy<Value = PowerState> {
    prop_oneof![
        Just(PowerState::Running),
        Just(PowerState::Stopped),
        Just(PowerState::Rescue),
        Just(PowerState::Suspended),
        (0..BUSY.len()).prop_map(|i| PowerState::Busy(BUSY[i])),
        "[a-z]{1,8}".prop_map(PowerState::Unknown),
    ]
}

fn any_action() -> impl Strategy<Value = PowerAction> {
    (0..PowerAction::ALL.len()).prop_map(|i| PowerAction::ALL[i])
}

proptest! {
    #[test]
    fn nothing_is_offered_that_the_portal_refuses(state in any_state(), action in any_action()) {
        if action.allowed(&state) {
            prop_assert_eq!(portal(&state, action), Some(action.leads_to()));
        }
    }

    #[test]
    fn every_state_the_portal_accepts_something_in_offers_it(state in any_state(), action in any_action()) {
        // The console does not hide a useful action either.
        if portal(&state, action).is_some() {
            prop_assert!(action.allowed(&state));
        }
    }

    #[test]
    fn a_walk_of_actions_always_settles(
        start in prop_oneof![Just(PowerState::Running), Just(PowerState::Stopped), Just(PowerState::Rescue)],
        actions in proptest::collection::vec(any_action(), 0..40),
    ) {
        let mut state = start;
        for a in actions {
            if !a.allowed(&state) {
                continue;
            }
            // The portal reports the task, during which nothing is offered ...
            let during = PowerState::Busy(a.starts());
            prop_assert!(PowerAction::ALL.iter().all(|x| !x.allowed(&during)));
            prop_assert!(!a.starts().ended_by(&during));
            // ... then the settled state, which ends it.
            let after = portal(&state, a).unwrap();
            prop_assert!(a.starts().ended_by(&after));
            state = after;
            prop_assert!(PowerAction::ALL.iter().any(|x| x.allowed(&state)), "a settled state is never a dead end");
        }
    }

    #[test]
    fn polling_stays_between_a_second_and_a_minute(busy: bool, round in 0u32..10_000, failures in 0u32..10_000) {
        let d = next_delay_ms(busy, round, failures);
        prop_assert!((1_000..=60_000).contains(&d));
        if busy && failures == 0 {
            prop_assert!(d <= 5_000, "a task under way is followed closely");
        }
    }
}

#[test]
fn each_transitional_word_round_trips_to_a_busy_state() {
    for word in [
        "starting",
        "stopping",
        "shutting down",
        "rebooting",
        "entering_rescue",
        "leaving_rescue",
        "rebuilding",
        "creating",
    ] {
        assert!(PowerState::parse(word).is_busy(), "{word}");
    }
}
