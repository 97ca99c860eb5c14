//! Sign-in throttling: failed attempts are counted per account and per address over a window;
//! past the limit every attempt (even with the right password) is refused until the window ends,
//! with the seconds left, which each dialect answers in its own words and as `Retry-After`.
//! A successful sign-in clears the account's count, never the address's.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Failed attempts allowed per account within [`WINDOW`].
pub const PER_ACCOUNT: u32 = 10;
/// Failed attempts allowed per address within [`WINDOW`] (over every account: guessing many).
pub const PER_ADDRESS: u32 = 50;
/// The counting window, and the longest wait.
pub const WINDOW: Duration = Duration::from_secs(15 * 60);
/// Counters kept at most (oldest windows are dropped first): memory stays bounded under a flood.
const MAX_KEYS: usize = 100_000;

#[derive(Clone, Copy)]
struct Count {
    since: Instant,
    failures: u32,
}

/// The counters.
#[derive(Default)]
pub struct Throttle {
    counts: Mutex<HashMap<String, Count>>,
}

fn keys(account: &str, peer: Option<IpAddr>) -> [(String, u32); 2] {
    [
        (
            format!("account:{}", account.trim().to_ascii_lowercase()),
            PER_ACCOUNT,
        ),
        (
            format!(
                "address:{}",
                peer.map_or("unknown".into(), |p| p.to_string())
            ),
            PER_ADDRESS,
        ),
    ]
}

impl Throttle {
    /// `Err(seconds to wait)` when this account or address is over its limit now.
    pub fn check(&self, account: &str, peer: Option<IpAddr>, now: Instant) -> Result<(), u64> {
        let counts = self.counts.lock().map_err(|_| WINDOW.as_secs())?;
        let wait = keys(account, peer)
            .iter()
            .filter_map(|(key, limit)| {
                let c = counts.get(key)?;
                let ends = c.since + WINDOW;
                (c.failures >= *limit && ends > now).then(|| (ends - now).as_secs().max(1))
            })
            .max();
        wait.map_or(Ok(()), Err)
    }

    /// Counts a failed attempt.
    pub fn failed(&self, account: &str, peer: Option<IpAddr>, now: Instant) {
        let Ok(mut counts) = self.counts.lock() else {
            return;
        };
        if counts.len() >= MAX_KEYS {
            counts.retain(|_, c| c.since + WINDOW > now);
        }
        for (key, _) in keys(account, peer) {
            let c = counts.entry(key).or_insert(Count {
                since: now,
                failures: 0,
            });
            if c.since + WINDOW <= now {
                *c = Count {
                    since: now,
                    failures: 0,
                };
            }
            c.failures += 1;
        }
    }

    /// A successful sign-in: the account starts afresh.
    pub fn succeeded(&self, account: &str, peer: Option<IpAddr>) {
        if let Ok(mut counts) = self.counts.lock() {
            counts.remove(&keys(account, peer)[0].0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_is_held_after_its_limit_until_the_window_ends() {
        let t = Throttle::default();
        let ip = Some("10.0.0.1".parse().unwrap());
        let start = Instant::now();
        for _ in 0..PER_ACCOUNT {
            assert_eq!(t.check("A@x.test", ip, start), Ok(()));
            t.failed("a@x.test", ip, start);
        }
        let wait = t.check("a@x.test", ip, start).unwrap_err();
        assert_eq!(wait, WINDOW.as_secs());
        // Another address does not help: the account is held.
        assert!(
            t.check("a@x.test", Some("10.0.0.2".parse().unwrap()), start)
                .is_err()
        );
        // Another account from the same address is fine (below the address limit).
        assert_eq!(t.check("b@x.test", ip, start), Ok(()));
        assert_eq!(t.check("a@x.test", ip, start + WINDOW), Ok(()));
    }

    #[test]
    fn an_address_guessing_many_accounts_is_held() {
        let t = Throttle::default();
        let ip = Some("10.0.0.9".parse().unwrap());
        let now = Instant::now();
        for i in 0..PER_ADDRESS {
            t.failed(&format!("user{i}@x.test"), ip, now);
        }
        assert!(t.check("fresh@x.test", ip, now).is_err());
        assert_eq!(
            t.check("fresh@x.test", Some("10.0.0.10".parse().unwrap()), now),
            Ok(())
        );
    }

    #[test]
    fn success_clears_the_account_not_the_address() {
        let t = Throttle::default();
        let ip = Some("10.0.0.3".parse().unwrap());
        let now = Instant::now();
        for _ in 0..PER_ACCOUNT - 1 {
            t.failed("c@x.test", ip, now);
        }
        t.succeeded("c@x.test", ip);
        t.failed("c@x.test", ip, now);
        assert_eq!(t.check("c@x.test", ip, now), Ok(()));
    }
}
