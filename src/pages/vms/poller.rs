//! Keeps a VM's state fresh while its page is open: polls `GET /vms/@vmid` on the schedule of
//! [`crate::vm::poll`], faster while a task runs, paused while the tab is hidden (looking at once
//! when it is shown again), and stopped for good when the page is left (the loop checks a flag
//! its cleanup clears before every request). An action "pokes" it to look again at once.

use crate::api::ApiError;
use crate::model::Vm;
use crate::state::session::Api;
use crate::vm::poll::next_delay_ms;
use leptos::prelude::*;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// How the last poll went.
#[derive(Clone, Debug, PartialEq)]
pub enum PollHealth {
    /// Fine, last checked at this local time (`hh:mm:ss`).
    Fresh(String),
    /// The last poll failed; the last known state stays on screen.
    Failing(ApiError),
}

/// The poller's handle: `poke` asks for a poll now.
#[derive(Clone)]
pub struct Poller {
    poked: Arc<AtomicBool>,
}

impl Poller {
    /// Poll at once (after an action), with the busy schedule starting over.
    pub fn poke(&self) {
        self.poked.store(true, Ordering::Relaxed);
    }
}

fn tab_hidden() -> bool {
    document().visibility_state() == web_sys::VisibilityState::Hidden
}

/// The local time of day, `hh:mm:ss`.
pub fn clock() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:02}:{:02}:{:02}",
        d.get_hours(),
        d.get_minutes(),
        d.get_seconds()
    )
}

/// Starts polling `vm` for the lifetime of the calling component.
pub fn start(
    api: Api,
    service: String,
    vm_id: String,
    vm: RwSignal<Option<Vm>>,
    health: RwSignal<Option<PollHealth>>,
) -> Poller {
    let alive = Arc::new(AtomicBool::new(true));
    let poked = Arc::new(AtomicBool::new(false));
    {
        let alive = alive.clone();
        on_cleanup(move || alive.store(false, Ordering::Relaxed));
    }
    let handle = Poller {
        poked: poked.clone(),
    };
    leptos::task::spawn_local(async move {
        let (mut round, mut failures) = (0u32, 0u32);
        loop {
            let busy = vm
                .try_with_untracked(|v| v.as_ref().is_some_and(Vm::busy))
                .unwrap_or(false);
            // Sleep in slices so a poke, a hidden tab or leaving the page is noticed quickly;
            // time spent hidden does not count, and a tab shown again looks at once.
            let mut left = next_delay_ms(busy, round, failures);
            let mut was_hidden = false;
            while left > 0 {
                gloo_timers::future::TimeoutFuture::new(250).await;
                if !alive.load(Ordering::Relaxed) {
                    return;
                }
                if poked.swap(false, Ordering::Relaxed) {
                    round = 0;
                    failures = 0;
                    break;
                }
                if tab_hidden() {
                    was_hidden = true;
                } else if was_hidden {
                    break;
                } else {
                    left = left.saturating_sub(250);
                }
            }
            if !alive.load(Ordering::Relaxed) {
                return;
            }
            match api.vm(&service, &vm_id).await {
                Ok(fresh) => {
                    failures = 0;
                    let changed = vm
                        .try_with_untracked(|v| v.as_ref() != Some(&fresh))
                        .unwrap_or(false);
                    round = if changed { 0 } else { round + 1 };
                    if !alive.load(Ordering::Relaxed) {
                        return;
                    }
                    if changed {
                        vm.try_set(Some(fresh));
                    }
                    health.try_set(Some(PollHealth::Fresh(clock())));
                }
                Err(ApiError::Portal { status: 404, .. }) => return,
                Err(e) => {
                    failures += 1;
                    health.try_set(Some(PollHealth::Failing(e)));
                }
            }
        }
    });
    handle
}
