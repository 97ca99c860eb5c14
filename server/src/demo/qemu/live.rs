//! The demo's live server: a VM row of the demo portal backed by a real QEMU process. Power
//! actions are QMP commands, and the row's state is what QEMU and the guest say, never a timer:
//! a start is over when the guest has reached its shell (the boot marker on its serial line), a
//! shutdown when QEMU reports the guest powered off. A poller (every half second) writes what it
//! observes into the `vms` row, so every page and every dialect reads the same truth the
//! simulated VMs give through `vm_sim`.
//!
//! How each action maps onto the machine (timings in ../shared/real-vm-recipe.md):
//! - start: `cont` from a powered-off process (`-S`), or `system_reset` + `cont` after the guest
//!   powered itself off;
//! - shutdown: `system_powerdown` (the ACPI button; the guest's acpid powers off), and a forced
//!   stop if the guest has not gone down after [`SHUTDOWN_GRACE`];
//! - stop (hard power-off): the process is replaced by a powered-off one (QEMU has no "pull the
//!   plug" that keeps the process), which closes any open console;
//! - reboot: Ctrl-Alt-Del sent to the guest (its init reboots cleanly); reset: `system_reset`;
//! - rescue / leave rescue: a fresh boot with `atrium.rescue=1` on the kernel line (the guest
//!   says so on its screen) or without it;
//! - rebuild: a fresh process from the image (the initramfs is the whole disk), so anything
//!   written in the guest is gone, as after a reinstall.

use super::machine::{Machine, VmImage, boots_in};
use crate::demo::vm_sim::Task;
use rusqlite::{Connection, params};
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// How long an ACPI shutdown may take before the machine is powered off by force.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(30);
/// How long a boot may take before the row stops saying "starting" and shows what QEMU says.
const BOOT_LIMIT: Duration = Duration::from_secs(120);
/// How often the poller looks at the machine.
pub const POLL_EVERY: Duration = Duration::from_millis(500);
/// How many CPU samples are kept (one per [`SAMPLE_EVERY`]: one hour).
const SAMPLES_KEPT: usize = 720;
const SAMPLE_EVERY: Duration = Duration::from_secs(5);

/// A task in flight and what the machine looked like when it began.
#[derive(Clone, Copy, Debug)]
pub struct Pending {
    pub task: Task,
    since: Instant,
    boots_before: usize,
    generation_before: u64,
}

/// What the poller saw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Observed {
    /// QEMU's `query-status` (`running`, `shutdown`, `prelaunch`, `paused`), or `gone` when the
    /// process or its QMP socket is not there.
    pub qemu: String,
    /// Boots of the current process that reached the shell.
    pub boots: usize,
    /// Which process this is (bumped each time the process is replaced).
    pub generation: u64,
}

/// One live VM.
pub struct LiveVm {
    /// Its row in `vms`.
    pub vm_id: i64,
    name: String,
    image: VmImage,
    dir: PathBuf,
    machine: tokio::sync::Mutex<Option<Machine>>,
    pending: Mutex<Option<Pending>>,
    generation: AtomicU64,
    rescue: AtomicBool,
    cpu: Mutex<CpuHistory>,
}

impl LiveVm {
    /// Boots the machine (the row shows "starting" until the guest's shell is up).
    pub async fn launch(
        vm_id: i64,
        name: &str,
        image: VmImage,
        dir: PathBuf,
    ) -> std::io::Result<LiveVm> {
        let machine = Machine::launch(&image, name, &dir, false).await?;
        let live = LiveVm {
            vm_id,
            name: name.to_string(),
            image,
            dir,
            machine: tokio::sync::Mutex::new(Some(machine)),
            pending: Mutex::new(None),
            generation: AtomicU64::new(1),
            rescue: AtomicBool::new(false),
            cpu: Mutex::new(CpuHistory::default()),
        };
        live.set_pending(Task::Start);
        Ok(live)
    }

    /// Its name (the guest's host name).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The socket of its screen, and the process generation it belongs to (a console proxy ends
    /// when the generation changes: the screen it showed is gone).
    pub fn vnc_socket(&self) -> (PathBuf, u64) {
        (
            self.dir.join("vnc.sock"),
            self.generation.load(Ordering::SeqCst),
        )
    }

    /// The current process generation.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// The task in flight, if any.
    pub fn pending(&self) -> Option<Pending> {
        *self.pending.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Records `task` as begun (the caller has checked that none is in flight).
    pub fn set_pending(&self, task: Task) {
        let mut pending = self.pending.lock().unwrap_or_else(|e| e.into_inner());
        *pending = Some(Pending {
            task,
            since: Instant::now(),
            boots_before: boots_in(&self.dir),
            generation_before: self.generation(),
        });
    }

    fn clear_pending(&self) {
        *self.pending.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }

    /// Tries to take the lock for a new task: `false` when one is in flight.
    pub fn try_begin(&self, task: Task) -> bool {
        let busy = self.pending().is_some();
        if !busy {
            self.set_pending(task);
        }
        !busy
    }

    /// Sends what `task` means to the machine. On failure the task is dropped, so the VM is not
    /// left locked by a command that never reached it.
    pub async fn run(&self, task: Task) -> Result<(), String> {
        let result = self.run_inner(task).await;
        if result.is_err() {
            self.clear_pending();
        }
        result
    }

    async fn run_inner(&self, task: Task) -> Result<(), String> {
        let qmp_failed = |e: super::qmp::QmpError| format!("The hypervisor did not answer: {e}");
        match task {
            Task::Start => {
                let guard = self.machine.lock().await;
                let machine = guard
                    .as_ref()
                    .ok_or("The server's process is not running")?;
                let mut q = machine.qmp().await.map_err(qmp_failed)?;
                if q.status().await.map_err(qmp_failed)? == "shutdown" {
                    q.execute("system_reset", None).await.map_err(qmp_failed)?;
                }
                q.execute("cont", None).await.map_err(qmp_failed)?;
            }
            Task::Shutdown => self.qmp("system_powerdown", None).await?,
            Task::Reboot => {
                let keys: Vec<_> = ["ctrl", "alt", "delete"]
                    .iter()
                    .map(|k| serde_json::json!({"type": "qcode", "data": k}))
                    .collect();
                self.qmp("send-key", Some(serde_json::json!({ "keys": keys })))
                    .await?
            }
            Task::Reset => self.qmp("system_reset", None).await?,
            Task::Stop => self.replace(true, false).await?,
            Task::Rescue => self.replace(false, true).await?,
            Task::Unrescue | Task::Rebuild | Task::Create => self.replace(false, false).await?,
        }
        Ok(())
    }

    async fn qmp(&self, command: &str, arguments: Option<serde_json::Value>) -> Result<(), String> {
        let guard = self.machine.lock().await;
        let machine = guard
            .as_ref()
            .ok_or("The server's process is not running")?;
        let mut q = machine
            .qmp()
            .await
            .map_err(|e| format!("The hypervisor did not answer: {e}"))?;
        q.execute(command, arguments)
            .await
            .map(|_| ())
            .map_err(|e| format!("The hypervisor refused: {e}"))
    }

    /// Replaces the process: powered off (a hard stop), or booting fresh from the image (with
    /// the rescue flag or without).
    async fn replace(&self, powered_off: bool, rescue: bool) -> Result<(), String> {
        let mut guard = self.machine.lock().await;
        if let Some(old) = guard.take() {
            old.quit().await;
        }
        self.generation.fetch_add(1, Ordering::SeqCst);
        self.rescue.store(rescue, Ordering::SeqCst);
        let image = if rescue {
            self.image.with_append("atrium.rescue=1")
        } else {
            self.image.clone()
        };
        let machine = Machine::launch(&image, &self.name, &self.dir, powered_off)
            .await
            .map_err(|e| format!("The server could not be started: {e}"))?;
        *guard = Some(machine);
        Ok(())
    }

    /// Looks at the machine (QMP status, boot marker, CPU time).
    pub async fn observe(&self) -> Observed {
        let mut guard = self.machine.lock().await;
        let generation = self.generation();
        let Some(machine) = guard.as_mut() else {
            return Observed {
                qemu: "gone".into(),
                boots: 0,
                generation,
            };
        };
        let qemu = if machine.alive() {
            match machine.qmp().await {
                Ok(mut q) => q.status().await.unwrap_or_else(|_| "gone".into()),
                Err(_) => "gone".into(),
            }
        } else {
            "gone".into()
        };
        if let Some(pid) = machine.pid() {
            self.cpu
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .sample(pid);
        }
        Observed {
            qemu,
            boots: machine.boots(),
            generation,
        }
    }

    /// A process that died (killed from outside, crashed) is replaced by a powered-off one, so
    /// the customer can start it again.
    pub async fn revive_if_gone(&self, seen: &Observed) {
        if seen.qemu == "gone" && self.pending().is_none() {
            let _ = self.replace(true, false).await;
        }
    }

    /// Whether a shutdown has outlived its grace and must be forced.
    pub fn shutdown_overdue(&self, seen: &Observed) -> bool {
        matches!(self.pending(), Some(p) if p.task == Task::Shutdown
            && p.since.elapsed() > SHUTDOWN_GRACE
            && p.generation_before == seen.generation
            && seen.qemu == "running")
    }

    /// Forces a shutdown that the guest ignored.
    pub async fn force_off(&self) {
        let _ = self.replace(true, false).await;
    }

    /// Writes what was seen into the VM's row: its settled status, and the task while one runs
    /// (`task_ends_ms` far ahead, so the simulation never finishes it by the clock).
    pub fn record(&self, conn: &Connection, seen: &Observed) -> rusqlite::Result<()> {
        let mut pending = self.pending.lock().unwrap_or_else(|e| e.into_inner());
        let rescue = self.rescue.load(Ordering::SeqCst);
        let settled = |qemu: &str| match qemu {
            "running" if rescue => "rescue",
            "running" => "running",
            _ => "stopped",
        };
        if let Some(p) = *pending {
            let replaced = seen.generation != p.generation_before;
            let booted = seen.boots > if replaced { 0 } else { p.boots_before };
            let done = match p.task {
                Task::Start | Task::Reboot | Task::Reset => booted,
                Task::Rescue | Task::Unrescue | Task::Rebuild | Task::Create => {
                    replaced && seen.boots > 0
                }
                Task::Shutdown => matches!(seen.qemu.as_str(), "shutdown" | "prelaunch"),
                Task::Stop => replaced && seen.qemu == "prelaunch",
            } || p.since.elapsed() > BOOT_LIMIT;
            if done {
                *pending = None;
            } else {
                let was = conn.query_row(
                    "SELECT status FROM vms WHERE id = ?1",
                    params![self.vm_id],
                    |r| r.get::<_, String>(0),
                )?;
                let after = p.task.outcome(&was).unwrap_or("running");
                conn.execute(
                    "UPDATE vms SET task = ?1, task_result = ?2, task_ends_ms = ?3 WHERE id = ?4",
                    params![p.task.word(), after, i64::MAX, self.vm_id],
                )?;
                return Ok(());
            }
        }
        conn.execute(
            "UPDATE vms SET status = ?1, task = '', task_result = '', task_ends_ms = 0 WHERE id = ?2",
            params![settled(&seen.qemu), self.vm_id],
        )?;
        Ok(())
    }

    /// The characters on its screen (see [`Machine::screen_text`]).
    pub async fn screen_text(&self) -> Result<String, String> {
        let guard = self.machine.lock().await;
        let machine = guard.as_ref().ok_or("not running")?;
        machine.screen_text().await.map_err(|e| e.to_string())
    }

    /// CPU use per minute over the last hour: (unix seconds at the minute's end, percent of one
    /// core), oldest first; minutes in which the process did not run are absent.
    pub fn cpu_per_minute(&self) -> Vec<(i64, f64)> {
        self.cpu
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .per_minute()
    }
}

/// Samples of the QEMU process's CPU time: (unix seconds, CPU seconds since it started, pid).
#[derive(Default)]
struct CpuHistory {
    samples: std::collections::VecDeque<(i64, f64, u32)>,
    last: Option<Instant>,
}

impl CpuHistory {
    fn sample(&mut self, pid: u32) {
        if self.last.is_some_and(|t| t.elapsed() < SAMPLE_EVERY) {
            return;
        }
        let Some(seconds) = cpu_seconds(pid) else {
            return;
        };
        self.last = Some(Instant::now());
        let now = chrono::Utc::now().timestamp();
        self.samples.push_back((now, seconds, pid));
        while self.samples.len() > SAMPLES_KEPT {
            self.samples.pop_front();
        }
    }

    /// Average use per minute from consecutive samples of the same process.
    fn per_minute(&self) -> Vec<(i64, f64)> {
        let mut minutes: std::collections::BTreeMap<i64, (f64, f64)> = Default::default();
        for pair in self.samples.iter().collect::<Vec<_>>().windows(2) {
            let ((t0, c0, p0), (t1, c1, p1)) = (pair[0], pair[1]);
            if p0 != p1 || t1 <= t0 || c1 < c0 {
                continue;
            }
            let slot = minutes.entry(t1 / 60 * 60 + 60).or_default();
            slot.0 += c1 - c0;
            slot.1 += (t1 - t0) as f64;
        }
        minutes
            .into_iter()
            .map(|(end, (cpu, wall))| (end, (cpu / wall * 100.0).min(100.0)))
            .collect()
    }
}

/// User plus system CPU seconds of a process, from `/proc/<pid>/stat` (fields 14 and 15, in
/// clock ticks of 1/100 s on Linux).
fn cpu_seconds(pid: u32) -> Option<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name may hold spaces: fields are counted after its closing parenthesis.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_time_is_read_from_proc() {
        let mine = cpu_seconds(std::process::id()).expect("this process's own stat");
        assert!(mine >= 0.0);
    }

    #[test]
    fn per_minute_use_comes_from_consecutive_samples_of_one_process() {
        let mut h = CpuHistory::default();
        // 30 s at half a core, then a new process (its counter starts again: no negative use).
        h.samples.extend([
            (600, 10.0, 1),
            (615, 17.5, 1),
            (630, 25.0, 1),
            (665, 0.5, 2),
            (675, 1.5, 2),
        ]);
        assert_eq!(h.per_minute(), vec![(660, 50.0), (720, 10.0)]);
    }
}
