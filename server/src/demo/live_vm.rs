//! Starting the demo's live VM with the demo portal and keeping its row true: where QEMU and the
//! image are there (the README's commands install both), `live-01` is a real machine; where they
//! are not, it stays a simulated server and its template says so.

use super::DemoState;
use super::qemu::live::{LiveVm, POLL_EVERY};
use super::qemu::machine::{VmImage, qemu_available};
use super::seed::{LIVE_VM_ID, LIVE_VM_NAME};
use std::path::Path;
use std::sync::Arc;

/// What the live VM's template says when it is a real machine, and when it is not.
pub const REAL_TEMPLATE: &str = "BusyBox on Debian's kernel (a real QEMU machine)";
const SIMULATED_TEMPLATE: &str = "BusyBox on Debian's kernel (simulated here: no QEMU or no image)";

/// Boots the live VM in the background and polls it for as long as the demo runs.
pub fn start(demo: DemoState, image_dir: &Path) {
    // A relative folder is looked for from the working directory, then beside the server's own
    // build (`target/release/atrium-server` -> `target/vm`), so a test runner started elsewhere
    // finds it too.
    let beside_binary = std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.join("vm")));
    let found = VmImage::in_dir(image_dir).or_else(|| {
        image_dir
            .is_relative()
            .then_some(beside_binary)
            .flatten()
            .and_then(|dir| VmImage::in_dir(&dir))
    });
    let image = match found {
        Some(image) if qemu_available() => image,
        found => {
            println!(
                "demo portal: {LIVE_VM_NAME} is simulated ({})",
                if found.is_none() {
                    format!(
                        "no VM image in {}: run scripts/vm-image.sh",
                        image_dir.display()
                    )
                } else {
                    "qemu-system-x86_64 is not installed".to_string()
                }
            );
            if let Ok(conn) = demo.db.lock() {
                mark_simulated(&conn);
            }
            return;
        }
    };
    let dir = std::env::temp_dir().join(format!("atrium-live-vm-{}", std::process::id()));
    tokio::spawn(async move {
        match LiveVm::launch(LIVE_VM_ID, LIVE_VM_NAME, image, dir).await {
            Ok(live) => {
                let live = Arc::new(live);
                println!("demo portal: {LIVE_VM_NAME} is a real QEMU machine (console included)");
                let _ = demo.live.set(live.clone());
                poll(demo, live).await;
            }
            Err(e) => {
                eprintln!("demo portal: {LIVE_VM_NAME} could not start ({e}); it is simulated");
                if let Ok(conn) = demo.db.lock() {
                    mark_simulated(&conn);
                }
            }
        }
    });
}

/// Says on the live VM's row that it is simulated here.
pub fn mark_simulated(conn: &rusqlite::Connection) {
    let _ = conn.execute(
        "UPDATE vms SET template = ?1 WHERE id = ?2",
        rusqlite::params![SIMULATED_TEMPLATE, LIVE_VM_ID],
    );
}

/// Every half second: look at the machine, force a shutdown the guest ignored, revive a process
/// that died, and write what was seen into the row.
async fn poll(demo: DemoState, live: Arc<LiveVm>) {
    loop {
        tokio::time::sleep(POLL_EVERY).await;
        let seen = live.observe().await;
        if live.shutdown_overdue(&seen) {
            live.force_off().await;
            continue;
        }
        live.revive_if_gone(&seen).await;
        if let Ok(conn) = demo.db.lock() {
            let _ = live.record(&conn, &seen);
        }
    }
}
