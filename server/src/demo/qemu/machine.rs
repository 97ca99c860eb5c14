//! One real virtual machine: a QEMU process (TCG, 128 MiB, no network) booting the demo's Debian
//! kernel and busybox initramfs (`scripts/vm-image.sh`), with its QMP socket, its screen on a
//! unix-socket VNC server (reached only through atrium-server's console proxy, never a port), and
//! its serial line in a log the host reads for the boot marker. The process is killed when the
//! `Machine` is dropped, so a demo that stops leaves no VM behind. Flags and timings:
//! ../shared/real-vm-recipe.md.

use super::qmp::{Qmp, QmpError};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;
use tokio::process::{Child, Command};

/// How many times a guest whose files are in `dir` has reached its shell: the boot marker its
/// profile writes on the serial line (the log starts afresh with each process).
pub fn boots_in(dir: &Path) -> usize {
    std::fs::read_to_string(dir.join("serial.log"))
        .map(|log| log.matches("READY uptime=").count())
        .unwrap_or(0)
}

const SETPRIV: &str = "/usr/bin/setpriv";

/// The kernel and initramfs a machine boots.
#[derive(Clone, Debug)]
pub struct VmImage {
    pub kernel: PathBuf,
    pub initrd: PathBuf,
    /// Words added to the kernel's command line (`atrium.rescue=1`).
    pub append: String,
}

impl VmImage {
    /// The same image booted with `words` added to the kernel's command line.
    pub fn with_append(&self, words: &str) -> VmImage {
        VmImage {
            append: words.to_string(),
            ..self.clone()
        }
    }

    /// The image in `dir` (`vmlinuz`, `initramfs.gz`), if both are there.
    pub fn in_dir(dir: &Path) -> Option<VmImage> {
        let image = VmImage {
            kernel: dir.join("vmlinuz"),
            initrd: dir.join("initramfs.gz"),
            append: String::new(),
        };
        (image.kernel.is_file() && image.initrd.is_file()).then_some(image)
    }
}

/// Whether this machine can run real VMs: QEMU is installed.
pub fn qemu_available() -> bool {
    std::process::Command::new("qemu-system-x86_64")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A running QEMU process and the sockets it serves.
pub struct Machine {
    dir: PathBuf,
    child: Child,
}

impl Machine {
    /// Starts `name` from `image`, its sockets and log in `dir` (created), and waits until its
    /// QMP socket is there (QEMU creates it before the guest boots). `powered_off` starts the
    /// process without starting the guest (QEMU's `-S`: status `prelaunch`, a blank screen), which
    /// is how a hard power-off looks: `cont` then boots it.
    pub async fn launch(
        image: &VmImage,
        name: &str,
        dir: &Path,
        powered_off: bool,
    ) -> std::io::Result<Machine> {
        std::fs::create_dir_all(dir)?;
        for old in ["qmp.sock", "vnc.sock", "serial.log"] {
            let _ = std::fs::remove_file(dir.join(old));
        }
        let path = |f: &str| dir.join(f).to_string_lossy().into_owned();
        // setpriv (util-linux) gives QEMU a parent-death signal: if atrium-server is killed
        // outright (no destructor runs), its VMs go with it instead of lingering.
        let mut command = if std::path::Path::new(SETPRIV).is_file() {
            let mut c = Command::new(SETPRIV);
            c.args(["--pdeathsig", "KILL", "qemu-system-x86_64"]);
            c
        } else {
            Command::new("qemu-system-x86_64")
        };
        if powered_off {
            command.arg("-S");
        }
        let child = command
            .args([
                "-name",
                name,
                "-accel",
                "tcg,tb-size=32",
                "-m",
                "128",
                "-smp",
                "1",
            ])
            .arg("-kernel")
            .arg(&image.kernel)
            .arg("-initrd")
            .arg(&image.initrd)
            // The last console= is /dev/console (the screen); nokaslr keeps a warning off it.
            .args([
                "-append",
                &format!(
                    "console=ttyS0 console=tty0 quiet nokaslr vmname={name} {}",
                    image.append
                ),
            ])
            .args(["-nic", "none", "-display", "none", "-monitor", "none"])
            .args(["-vnc", &format!("unix:{}", path("vnc.sock"))])
            .args(["-serial", &format!("file:{}", path("serial.log"))])
            .args([
                "-qmp",
                &format!("unix:{},server=on,wait=off", path("qmp.sock")),
            ])
            // A guest that powers off keeps its process, so "start" can boot it again.
            .arg("-no-shutdown")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()?;
        let machine = Machine {
            dir: dir.to_path_buf(),
            child,
        };
        for _ in 0..100 {
            if machine.qmp_socket().exists() {
                return Ok(machine);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        Err(std::io::Error::new(
            std::io::ErrorKind::TimedOut,
            format!("{name}: QEMU made no QMP socket in 5 s"),
        ))
    }

    fn qmp_socket(&self) -> PathBuf {
        self.dir.join("qmp.sock")
    }

    /// A QMP session (one per exchange: nothing to keep alive between a customer's clicks).
    /// QEMU serves one client at a time, so a session must be dropped before the next is opened.
    pub async fn qmp(&self) -> Result<Qmp, QmpError> {
        Qmp::connect(&self.qmp_socket()).await
    }

    /// How many times the guest has reached its shell since the process started.
    pub fn boots(&self) -> usize {
        boots_in(&self.dir)
    }

    /// Waits until the guest has booted `n` times, for at most `limit`.
    #[cfg(test)]
    pub async fn wait_for_boot(&self, n: usize, limit: Duration) -> bool {
        let start = tokio::time::Instant::now();
        while start.elapsed() < limit {
            if self.boots() >= n {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        false
    }

    /// Whether the QEMU process is still there.
    pub fn alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// The QEMU process id (its CPU time is the guest's CPU use).
    pub fn pid(&self) -> Option<u32> {
        self.child.id()
    }

    /// Ends the process: `quit` over QMP, then a kill if it lingers (the reply comes before the
    /// exit, so this waits on the process itself).
    pub async fn quit(mut self) {
        if let Ok(mut q) = self.qmp().await {
            let _ = q.execute("quit", None).await;
        }
        if tokio::time::timeout(Duration::from_secs(3), self.child.wait())
            .await
            .is_err()
        {
            let _ = self.child.kill().await;
        }
    }

    /// The characters on its screen, row by row, read from the VGA text buffer (the guest's
    /// console is in text mode): what a customer sees in the console, without OCR.
    pub async fn screen_text(&self) -> Result<String, QmpError> {
        let dump = self.dir.join("screen.bin");
        self.qmp()
            .await?
            .execute(
                "pmemsave",
                Some(serde_json::json!({
                    "val": 0xb8000, "size": 4000, "filename": dump.to_string_lossy()
                })),
            )
            .await?;
        let cells = std::fs::read(&dump)?;
        let text: String = cells.iter().step_by(2).map(|&b| b as char).collect();
        let rows: Vec<&str> = text
            .as_bytes()
            .chunks(80)
            .map(|row| std::str::from_utf8(row).unwrap_or("").trim_end())
            .collect();
        Ok(rows.join("\n").trim_end().to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn image() -> VmImage {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/vm");
        VmImage::in_dir(&dir).expect("target/vm holds the demo VM image: run scripts/vm-image.sh")
    }

    async fn status_becomes(m: &Machine, want: &str, limit: Duration) -> String {
        let start = tokio::time::Instant::now();
        loop {
            let now = m.qmp().await.unwrap().status().await.unwrap();
            if now == want || start.elapsed() > limit {
                return now;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// A real boot, ACPI power-off, start again and reset, all through QMP (about 20 s under
    /// TCG). QEMU and the image are installed by the test command, so this never skips.
    #[tokio::test(flavor = "multi_thread")]
    async fn a_real_vm_boots_powers_off_starts_and_resets_through_qmp() {
        assert!(
            qemu_available(),
            "qemu-system-x86_64 is installed by scripts/setup.sh"
        );
        let dir = std::env::temp_dir().join(format!("atrium-vm-test-{}", std::process::id()));
        let mut m = Machine::launch(&image(), "web-test", &dir, false)
            .await
            .unwrap();
        assert!(m.wait_for_boot(1, Duration::from_secs(60)).await, "booted");
        assert_eq!(m.qmp().await.unwrap().status().await.unwrap(), "running");
        // The power button: the guest's acpid powers it off; the process stays.
        m.qmp()
            .await
            .unwrap()
            .execute("system_powerdown", None)
            .await
            .unwrap();
        assert_eq!(
            status_becomes(&m, "shutdown", Duration::from_secs(30)).await,
            "shutdown"
        );
        assert!(m.alive());
        // Start again: reset, then continue. (QEMU serves one QMP client at a time: the session
        // ends here, before the next one is opened.)
        {
            let mut q = m.qmp().await.unwrap();
            q.execute("system_reset", None).await.unwrap();
            q.execute("cont", None).await.unwrap();
        }
        assert!(
            m.wait_for_boot(2, Duration::from_secs(60)).await,
            "booted again"
        );
        // A reset while running reboots it.
        m.qmp()
            .await
            .unwrap()
            .execute("system_reset", None)
            .await
            .unwrap();
        assert!(
            m.wait_for_boot(3, Duration::from_secs(60)).await,
            "rebooted"
        );
        assert!(matches!(
            m.qmp()
                .await
                .unwrap()
                .execute("no-such-command", None)
                .await,
            Err(QmpError::Refused(..))
        ));
        drop(m);
        let _ = std::fs::remove_dir_all(dir);
    }
}
