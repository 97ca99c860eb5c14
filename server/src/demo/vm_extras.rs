//! What hangs off a VM: usage and traffic figures, backups, reverse DNS, IP addresses and
//! interfaces, disks and ISO images. Usage is generated from the VM id and the hour, so it is the
//! same on every read (tests compare the chart with the API) yet looks like a real machine.

use super::DemoState;
use super::auth::{ClientId, body_fields};
use super::reply::{ApiFailure, Reply};
use super::vms::{cloud_service, unlocked, usage_of, vm_of};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use chrono::{Duration, Timelike, Utc};
use rusqlite::params;
use serde_json::{Value, json};

fn bad(message: impl Into<String>) -> ApiFailure {
    ApiFailure::new(StatusCode::BAD_REQUEST, message)
}

/// A stable pseudo-random number in 0..1000 from a VM, a series and an hour.
fn noise(vm: i64, series: i64, hour: i64) -> i64 {
    let mut x = (vm as u64)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .wrapping_add((series as u64) << 32)
        .wrapping_add(hour as u64);
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    (x % 1000) as i64
}

fn tenths(v: i64) -> String {
    format!("{}.{}", v / 10, v % 10)
}

/// `GET /service/@id/vms/@vmid/usage`: the last 24 hours, hourly.
pub async fn usage(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((id, vm)): Path<(String, String)>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (_, vm, _, _) = vm_of(&conn, client, &id, &vm)?;
    if let Some(live) = demo.live.get().filter(|l| l.vm_id == vm) {
        // The real machine: its QEMU process's CPU time per minute, over the last hour it ran
        // (no network card, and its disk is in memory: those read zero, truthfully).
        let points: Vec<Value> = live
            .cpu_per_minute()
            .into_iter()
            .filter_map(|(end, cpu)| {
                let at = chrono::DateTime::from_timestamp(end, 0)?.with_timezone(&chrono::Local);
                Some(json!({
                    "time": at.format("%Y-%m-%d %H:%M:%S").to_string(),
                    "cpu": format!("{cpu:.1}"),
                    "net_in": "0.0", "net_out": "0.0", "disk_read": "0.0", "disk_write": "0.0",
                }))
            })
            .collect();
        return Ok(Json(json!({
            "usage": { "interval": "60", "units": {"cpu": "%", "net": "Mbps", "disk": "MB/s"}, "points": points }
        })));
    }
    let now = Utc::now();
    let top = now
        .with_minute(0)
        .and_then(|t| t.with_second(0))
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(now);
    let points: Vec<Value> = (0..24i64)
        .rev()
        .map(|back| {
            let at = top - Duration::hours(back);
            let hour = at.timestamp() / 3600;
            // A daily rhythm plus noise: busy afternoons, quiet nights.
            let daily = [
                2, 1, 1, 1, 1, 2, 3, 5, 7, 8, 9, 9, 8, 9, 9, 8, 7, 6, 6, 5, 4, 3, 3, 2,
            ][at.hour() as usize];
            let cpu = daily * 60 + noise(vm, 1, hour) / 4;
            json!({
                "time": at.format("%Y-%m-%d %H:%M:%S").to_string(),
                "cpu": tenths(cpu.min(1000)),
                "net_in": tenths(daily * 30 + noise(vm, 2, hour) / 10),
                "net_out": tenths(daily * 12 + noise(vm, 3, hour) / 20),
                "disk_read": tenths(daily * 8 + noise(vm, 4, hour) / 25),
                "disk_write": tenths(daily * 5 + noise(vm, 5, hour) / 30),
            })
        })
        .collect();
    Ok(Json(json!({
        "usage": { "interval": "3600", "units": {"cpu": "%", "net": "Mbps", "disk": "MB/s"}, "points": points }
    })))
}

/// `GET /service/@id/vms/@vmid/traffic`: this month's transfer against the allowance.
pub async fn traffic(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((id, vm)): Path<(String, String)>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (_, vm, _, _) = vm_of(&conn, client, &id, &vm)?;
    let today = Utc::now().date_naive();
    let day = i64::from(today.format("%d").to_string().parse::<u8>().unwrap_or(1));
    let inbound = day * (300 + noise(vm, 6, 0) / 2);
    let outbound = day * (120 + noise(vm, 7, 0) / 5);
    let gb = |tenth_gb: i64| tenths(tenth_gb / 10);
    Ok(Json(json!({
        "traffic": {
            "period_start": today.format("%Y-%m-01").to_string(),
            "limit_gb": "1000", "in_gb": gb(inbound), "out_gb": gb(outbound), "used_gb": gb(inbound + outbound),
        }
    })))
}

/// `GET /service/@id/vms/@vmid/backup`.
pub async fn backups(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((id, vm)): Path<(String, String)>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (_, vm, _, _) = vm_of(&conn, client, &id, &vm)?;
    let mut stmt = conn.prepare(
        "SELECT id, name, date, size_mb FROM vm_backups WHERE vm_id = ?1 ORDER BY date DESC",
    )?;
    let rows: Vec<Value> = stmt
        .query_map(params![vm], |r| {
            Ok(
                json!({"id": r.get::<_, i64>(0)?.to_string(), "name": r.get::<_, String>(1)?,
                "date": r.get::<_, String>(2)?, "size": r.get::<_, i64>(3)?.to_string()}),
            )
        })?
        .collect::<Result<_, _>>()?;
    Ok(Json(json!({ "backups": rows })))
}

/// `DELETE /service/@id/vms/@vmid/backup/@backupid`.
pub async fn delete_backup(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((id, vm, backup)): Path<(String, String, String)>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (_, vm, _, _) = vm_of(&conn, client, &id, &vm)?;
    let gone = conn.execute(
        "DELETE FROM vm_backups WHERE id = ?1 AND vm_id = ?2",
        params![backup.parse::<i64>().unwrap_or(-1), vm],
    )?;
    if gone == 0 {
        return Err(ApiFailure::not_found("Backup"));
    }
    Ok(Json(json!({ "info": ["Backup deleted"] })))
}

/// Whether `name` is a host name a PTR record may hold (letters, digits, hyphens, dots).
pub fn valid_hostname(name: &str) -> bool {
    let name = name.strip_suffix('.').unwrap_or(name);
    name.len() <= 253
        && name.contains('.')
        && name.split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

/// `GET /service/@id/vms/@vmid/rdns`.
pub async fn rdns(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((id, vm)): Path<(String, String)>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (_, vm, _, _) = vm_of(&conn, client, &id, &vm)?;
    names(
        &conn,
        "SELECT address, rdns FROM vm_ips WHERE vm_id = ?1 ORDER BY version, id",
        vm,
    )
}

/// The `{"rdns": [{"ipaddress", "hostname"}]}` answer for the (address, name) rows `select`
/// gives for `owner` (a VM's, a dedicated server's).
pub fn names(conn: &rusqlite::Connection, select: &str, owner: i64) -> Reply {
    let mut stmt = conn.prepare(select)?;
    let rows: Vec<Value> = stmt
        .query_map(params![owner], |r| {
            Ok(json!({"ipaddress": r.get::<_, String>(0)?, "hostname": r.get::<_, String>(1)?}))
        })?
        .collect::<Result<_, _>>()?;
    Ok(Json(json!({ "rdns": rows })))
}

/// `POST /service/@id/vms/@vmid/rdns` with `ipaddress: {"<ip>": "<hostname>"}`; all or nothing.
pub async fn set_rdns(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((id, vm)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let f = body_fields(&headers, &body);
    let Some(map) = f.get("ipaddress").and_then(Value::as_object) else {
        return Err(bad("ipaddress must map addresses to host names"));
    };
    let mut conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (_, vm, _, _) = vm_of(&conn, client, &id, &vm)?;
    let tx = conn.transaction()?;
    set_names(
        &tx,
        map,
        "UPDATE vm_ips SET rdns = ?1 WHERE vm_id = ?2 AND address = ?3",
        vm,
        "this VM",
    )?;
    tx.commit()?;
    Ok(Json(json!({ "info": ["Reverse DNS updated"] })))
}

/// Reverse-DNS names from `ipaddress: {"<ip>": "<hostname>"}`, each checked, written by `update`
/// (`?1` the name, `?2` the owner, `?3` the address); the first bad one refuses them all (the
/// caller commits only on success). An empty name clears the entry.
pub fn set_names(
    tx: &rusqlite::Transaction<'_>,
    map: &serde_json::Map<String, Value>,
    update: &str,
    owner: i64,
    owner_words: &str,
) -> Result<(), ApiFailure> {
    for (ip, host) in map {
        let host = host.as_str().unwrap_or("").trim();
        if !host.is_empty() && !valid_hostname(host) {
            return Err(bad(format!("Invalid hostname for {ip}: {host}")));
        }
        let n = tx.execute(update, params![host.trim_end_matches('.'), owner, ip])?;
        if n == 0 {
            return Err(bad(format!("{ip} is not an address of {owner_words}")));
        }
    }
    Ok(())
}

/// `GET /service/@id/vms/@vmid/ips`.
pub async fn ips(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((id, vm)): Path<(String, String)>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (_, vm, _, _) = vm_of(&conn, client, &id, &vm)?;
    let mut stmt = conn.prepare(
        "SELECT id, address, version, rdns, primary_ip FROM vm_ips WHERE vm_id = ?1 ORDER BY version, id",
    )?;
    let rows: Vec<Value> = stmt
        .query_map(params![vm], |r| {
            let v: i64 = r.get(2)?;
            Ok(
                json!({"id": r.get::<_, i64>(0)?.to_string(), "ipaddress": r.get::<_, String>(1)?,
                "type": if v == 6 { "ipv6" } else { "ipv4" }, "rdns": r.get::<_, String>(3)?,
                "interface": "eth0", "primary": r.get::<_, i64>(4)? == 1}),
            )
        })?
        .collect::<Result<_, _>>()?;
    Ok(Json(json!({ "ips": rows })))
}

/// `GET /service/@id/vms/@vmid/interfaces`: one public interface per demo VM.
pub async fn interfaces(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((id, vm)): Path<(String, String)>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (_, vm, _, _) = vm_of(&conn, client, &id, &vm)?;
    let mac = format!("52:54:00:{:02x}:{:02x}:01", (vm >> 8) & 0xff, vm & 0xff);
    Ok(Json(
        json!({ "interfaces": [{"id": "eth0", "name": "eth0", "mac": mac, "network": "public"}] }),
    ))
}

/// `GET /service/@id/vms/@vmid/interfaces/@iface/ips`: the service's spare addresses.
pub async fn spare_ips(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((id, vm, _iface)): Path<(String, String, String)>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (service, _, _, _) = vm_of(&conn, client, &id, &vm)?;
    let mut stmt = conn.prepare(
        "SELECT id, address FROM vm_ips WHERE service_id = ?1 AND vm_id IS NULL ORDER BY id",
    )?;
    let rows: Vec<Value> = stmt
        .query_map(params![service], |r| {
            Ok(json!({"id": r.get::<_, i64>(0)?.to_string(), "ipaddress": r.get::<_, String>(1)?}))
        })?
        .collect::<Result<_, _>>()?;
    Ok(Json(json!({ "ips": rows })))
}

/// `POST /service/@id/vms/@vmid/ips` with `ipid` and `interfaceid`.
pub async fn assign_ip(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((id, vm)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let f = body_fields(&headers, &body);
    let ip: i64 = match f.get("ipid") {
        Some(Value::String(s)) => s.parse().unwrap_or(-1),
        Some(Value::Number(n)) => n.as_i64().unwrap_or(-1),
        _ => -1,
    };
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (service, vm, _, running) = vm_of(&conn, client, &id, &vm)?;
    unlocked(&running)?;
    let n = conn.execute(
        "UPDATE vm_ips SET vm_id = ?1 WHERE id = ?2 AND service_id = ?3 AND vm_id IS NULL",
        params![vm, ip, service],
    )?;
    if n == 0 {
        return Err(bad("That address is not available"));
    }
    Ok(Json(json!({ "info": ["IP address assigned"] })))
}

/// `DELETE /service/@id/vms/@vmid/ips/@ipid`: the primary address cannot be removed.
pub async fn remove_ip(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((id, vm, ip)): Path<(String, String, String)>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (_, vm, _, running) = vm_of(&conn, client, &id, &vm)?;
    unlocked(&running)?;
    let primary: Option<i64> = conn
        .query_row(
            "SELECT primary_ip FROM vm_ips WHERE id = ?1 AND vm_id = ?2",
            params![ip.parse::<i64>().unwrap_or(-1), vm],
            |r| r.get(0),
        )
        .ok();
    match primary {
        None => Err(ApiFailure::not_found("IP address")),
        Some(1) => Err(bad("The primary address cannot be removed")),
        Some(_) => {
            conn.execute(
                "UPDATE vm_ips SET vm_id = NULL, rdns = '' WHERE id = ?1",
                params![ip.parse::<i64>().unwrap_or(-1)],
            )?;
            Ok(Json(json!({ "info": ["IP address removed"] })))
        }
    }
}

/// `GET /service/@id/vms/@vmid/storage`: the VM's one disk.
pub async fn storage(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((id, vm)): Path<(String, String)>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (service, vm, _, _) = vm_of(&conn, client, &id, &vm)?;
    let size: i64 = conn.query_row("SELECT disk_gb FROM vms WHERE id = ?1", params![vm], |r| {
        r.get(0)
    })?;
    let [_, _, _, disk] = usage_of(&conn, service)?;
    Ok(Json(json!({
        "disks": [{"id": "disk0", "name": "Primary disk", "size": size.to_string(), "type": "SSD", "primary": true,
            "max_size": (size + disk.1 - disk.0).to_string()}]
    })))
}

/// `PUT /service/@id/vms/@vmid/storage/@diskid` with `size` (GB): grow only, VM stopped.
pub async fn resize_disk(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((id, vm, disk)): Path<(String, String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let f = body_fields(&headers, &body);
    let size = match f.get("size") {
        Some(Value::String(s)) => s.trim().parse::<i64>().ok(),
        Some(Value::Number(n)) => n.as_i64(),
        _ => None,
    }
    .ok_or_else(|| bad("Size must be a whole number of GB"))?;
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (service, vm, status, running) = vm_of(&conn, client, &id, &vm)?;
    if disk != "disk0" {
        return Err(ApiFailure::not_found("Disk"));
    }
    unlocked(&running)?;
    if status != "stopped" {
        return Err(bad("Stop the VM before resizing its disk"));
    }
    let current: i64 =
        conn.query_row("SELECT disk_gb FROM vms WHERE id = ?1", params![vm], |r| {
            r.get(0)
        })?;
    if size <= current {
        return Err(bad(format!(
            "Disks can only grow: choose more than {current} GB"
        )));
    }
    let [_, _, _, d] = usage_of(&conn, service)?;
    if d.0 - current + size > d.1 {
        return Err(bad("Not enough disk space left on this service"));
    }
    conn.execute(
        "UPDATE vms SET disk_gb = ?1 WHERE id = ?2",
        params![size, vm],
    )?;
    Ok(Json(json!({ "info": ["Disk resized"] })))
}

/// ISO images the provider offers every cloud service (id, name); a customer's own follow.
const IMAGES: [(&str, &str); 3] = [
    ("iso-sysrescue", "SystemRescue 11"),
    ("iso-ubuntu-live", "Ubuntu 24.04 Live Server"),
    ("iso-memtest", "Memtest86+ 7"),
];

/// A customer's own images per service, at most.
const OWN_IMAGES: i64 = 10;

/// `GET /service/@id/images`: the provider's images, then the customer's.
pub async fn images(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let service = cloud_service(&conn, client, &id)?;
    let mut list: Vec<Value> = IMAGES
        .iter()
        .map(|(id, name)| json!({"id": id, "name": name}))
        .collect();
    let mut stmt =
        conn.prepare("SELECT id, label FROM iso_images WHERE service_id = ?1 ORDER BY id")?;
    let own = stmt.query_map(params![service], |r| {
        Ok(json!({"id": r.get::<_, i64>(0)?.to_string(), "name": r.get::<_, String>(1)?}))
    })?;
    for row in own {
        list.push(row?);
    }
    Ok(Json(json!({ "images": list })))
}

/// An absolute http(s) URL of an `.iso` file, as HostBill's ISO module asks for.
fn iso_url(url: &str) -> bool {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return false;
    };
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let path = path.split(['?', '#']).next().unwrap_or("");
    !host.is_empty()
        && !host.contains('@')
        && !url.contains(char::is_whitespace)
        && path.len() > 4
        && path.to_ascii_lowercase().ends_with(".iso")
}

/// `POST /service/@id/images` with `label`, `file_url`, `os` and optionally `min_memory`
/// (seed 002, "Add your own ISO image"). The demo lists it at once; a real portal downloads it
/// first.
pub async fn add_image(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let f = body_fields(&headers, &body);
    let text = |k: &str| match f.get(k) {
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let (label, url, os) = (text("label"), text("file_url"), text("os"));
    if label.is_empty() || label.chars().count() > 64 {
        return Err(bad("Label is required (at most 64 characters)"));
    }
    if !iso_url(&url) {
        return Err(bad("File URL must be an http(s) address of an .iso file"));
    }
    if !["linux", "windows", "other"].contains(&os.as_str()) {
        return Err(bad("Unknown OS type"));
    }
    let memory = match text("min_memory").as_str() {
        "" => None,
        m => Some(
            m.parse::<i64>()
                .ok()
                .filter(|n| (64..=1_048_576).contains(n))
                .ok_or_else(|| bad("Minimum memory must be a number of MB"))?,
        ),
    };
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let service = cloud_service(&conn, client, &id)?;
    let count: i64 = conn.query_row(
        "SELECT COUNT(*) FROM iso_images WHERE service_id = ?1",
        params![service],
        |r| r.get(0),
    )?;
    if count >= OWN_IMAGES {
        return Err(bad(format!("Limit of {OWN_IMAGES} ISO images reached")));
    }
    conn.execute(
        "INSERT INTO iso_images (service_id, label, url, os, min_memory) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![service, label, url, os, memory],
    )?;
    Ok(Json(
        json!({ "info": ["ISO image added, download started"] }),
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn hostnames_follow_the_dns_rules() {
        assert!(super::valid_hostname("web-01.example.com"));
        assert!(super::valid_hostname("mail.example.com."));
        assert!(!super::valid_hostname("localhost"));
        assert!(!super::valid_hostname("bad_name.example.com"));
        assert!(!super::valid_hostname("-x.example.com"));
        assert!(!super::valid_hostname("a..b"));
    }
}
