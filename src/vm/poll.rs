//! How often the VM page asks the portal for the VM's state. While a task runs it polls quickly
//! at first and then backs off (a start settles in seconds, a rebuild in minutes); when nothing is
//! happening it only refreshes now and then; after errors it backs off further. The page pauses
//! polling while the tab is hidden and stops it when the page is left.

/// Milliseconds to wait before the next poll.
///
/// `busy`: a task is under way; `round`: polls since the last change (0 right after one);
/// `failures`: consecutive failed polls.
pub fn next_delay_ms(busy: bool, round: u32, failures: u32) -> u32 {
    if failures > 0 {
        // 2 s, 4 s, 8 s ... capped at a minute: a portal in trouble is not hammered.
        return 2_000u32
            .saturating_mul(1 << failures.min(5).saturating_sub(1))
            .min(60_000);
    }
    if busy {
        // 1 s, 1 s, 2 s, 3 s, 5 s, then every 5 s.
        const STEPS: [u32; 5] = [1_000, 1_000, 2_000, 3_000, 5_000];
        STEPS[(round as usize).min(STEPS.len() - 1)]
    } else {
        30_000
    }
}

#[cfg(test)]
mod tests {
    use super::next_delay_ms;

    #[test]
    fn busy_polls_back_off_and_stay_bounded() {
        let delays: Vec<u32> = (0..8).map(|r| next_delay_ms(true, r, 0)).collect();
        assert!(delays.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(delays[0], 1_000);
        assert_eq!(*delays.last().unwrap(), 5_000);
        assert_eq!(next_delay_ms(false, 0, 0), 30_000);
    }

    #[test]
    fn failures_back_off_to_a_minute() {
        assert_eq!(next_delay_ms(true, 0, 1), 2_000);
        assert_eq!(next_delay_ms(true, 0, 2), 4_000);
        assert_eq!(next_delay_ms(false, 0, 40), 32_000);
        assert!(next_delay_ms(false, 0, u32::MAX) <= 60_000);
    }
}
