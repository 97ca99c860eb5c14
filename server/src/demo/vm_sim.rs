//! The demo portal's VM simulation: which task a VM may start in which state, how long each task
//! takes (a start takes seconds, a rebuild longer, as on a real hypervisor), and what the VM looks
//! like while a task runs. A VM with a task is locked: any other action is refused, as HostBill's
//! Proxmox and OpenStack modules do.

use rusqlite::{Connection, params};
use std::time::{SystemTime, UNIX_EPOCH};

/// A task the customer can start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Task {
    Start,
    Stop,
    Shutdown,
    Reboot,
    Reset,
    Rescue,
    Unrescue,
    Rebuild,
    Create,
}

impl Task {
    /// The URL word (`POST /service/@id/vms/@vmid/<word>`).
    pub fn parse(word: &str) -> Option<Task> {
        Some(match word {
            "start" => Task::Start,
            "stop" => Task::Stop,
            "shutdown" => Task::Shutdown,
            "reboot" => Task::Reboot,
            "reset" => Task::Reset,
            "rescue" => Task::Rescue,
            "unrescue" => Task::Unrescue,
            _ => return None,
        })
    }

    /// Stored in the `task` column.
    pub fn word(self) -> &'static str {
        match self {
            Task::Start => "start",
            Task::Stop => "stop",
            Task::Shutdown => "shutdown",
            Task::Reboot => "reboot",
            Task::Reset => "reset",
            Task::Rescue => "rescue",
            Task::Unrescue => "unrescue",
            Task::Rebuild => "rebuild",
            Task::Create => "create",
        }
    }

    /// The status shown while the task runs.
    pub fn transitional(word: &str) -> &'static str {
        match word {
            "start" => "starting",
            "stop" => "stopping",
            "shutdown" => "shutting_down",
            "reboot" | "reset" => "rebooting",
            "rescue" => "entering_rescue",
            "unrescue" => "leaving_rescue",
            "rebuild" => "rebuilding",
            "create" => "creating",
            _ => "busy",
        }
    }

    /// How long it takes at pace 1.
    pub fn millis(self) -> u64 {
        match self {
            Task::Start => 3_000,
            Task::Stop => 2_000,
            Task::Shutdown => 5_000,
            Task::Reboot => 4_000,
            Task::Reset => 1_500,
            Task::Rescue | Task::Unrescue => 4_000,
            Task::Rebuild => 12_000,
            Task::Create => 8_000,
        }
    }

    /// The settled status from `status`, or the refusal the portal answers.
    pub fn outcome(self, status: &str) -> Result<&'static str, String> {
        let ok = match (self, status) {
            (Task::Start, "stopped") => "running",
            (Task::Stop | Task::Shutdown, "running") => "stopped",
            (Task::Reboot | Task::Reset, "running") => "running",
            (Task::Rescue, "running" | "stopped") => "rescue",
            (Task::Unrescue, "rescue") => "running",
            (Task::Rebuild, "running" | "stopped") => "running",
            (Task::Create, _) => "running",
            (task, status) => {
                return Err(format!(
                    "Cannot {} a VM that is {}",
                    task.word(),
                    status.replace('_', " ")
                ));
            }
        };
        Ok(ok)
    }
}

/// Milliseconds since the epoch.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// Finishes every task whose time has come (called before any VM is read).
pub fn settle(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE vms SET status = task_result, task = '', task_result = '', task_ends_ms = 0 \
         WHERE task != '' AND task_ends_ms <= ?1",
        params![now_ms()],
    )?;
    Ok(())
}

/// Starts `task` on a VM whose settled status is `status`; the caller checked the lock.
pub fn begin(
    conn: &Connection,
    vm: i64,
    task: Task,
    status: &str,
    pace: f64,
) -> Result<(), String> {
    let result = task.outcome(status)?;
    let ends = now_ms() + (task.millis() as f64 * pace) as i64;
    conn.execute(
        "UPDATE vms SET task = ?1, task_result = ?2, task_ends_ms = ?3 WHERE id = ?4",
        params![task.word(), result, ends, vm],
    )
    .map_err(|e| e.to_string())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::Task;

    #[test]
    fn tasks_follow_the_hypervisor_rules() {
        assert_eq!(Task::Start.outcome("stopped"), Ok("running"));
        assert!(Task::Start.outcome("running").is_err());
        assert!(Task::Stop.outcome("stopped").is_err());
        assert_eq!(Task::Rescue.outcome("running"), Ok("rescue"));
        assert!(Task::Reboot.outcome("rescue").is_err());
        assert_eq!(Task::Unrescue.outcome("rescue"), Ok("running"));
        assert!(Task::Rebuild.millis() > Task::Start.millis());
    }

    /// The same table the app's state machine is checked against (tests/vm_power_machine.rs).
    #[test]
    fn the_whole_power_table() {
        let table = [
            ("start", "stopped", Some("running")),
            ("stop", "running", Some("stopped")),
            ("shutdown", "running", Some("stopped")),
            ("reboot", "running", Some("running")),
            ("reset", "running", Some("running")),
            ("rescue", "running", Some("rescue")),
            ("rescue", "stopped", Some("rescue")),
            ("unrescue", "rescue", Some("running")),
        ];
        for word in [
            "start", "stop", "shutdown", "reboot", "reset", "rescue", "unrescue",
        ] {
            for state in ["running", "stopped", "rescue"] {
                let want = table
                    .iter()
                    .find(|(w, s, _)| *w == word && *s == state)
                    .and_then(|t| t.2);
                let got = Task::parse(word).unwrap().outcome(state).ok();
                assert_eq!(got, want, "{word} from {state}");
            }
        }
    }
}
