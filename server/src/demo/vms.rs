//! Cloud VMs of a service (seed 002/004 routes under `/service/@id/vms`): list, detail, power
//! tasks, rebuild, create, resize, destroy, templates, resources and root password reset. The
//! seeds document routes and parameters but no example answers, so these write HostBill-like
//! shapes (string numbers, `{"info": [...]}`). A VM with a running task answers 409 "locked".

use super::DemoState;
use super::auth::{ClientId, body_fields};
use super::qemu::live::LiveVm;
use super::reply::{ApiFailure, Reply};
use super::services::owned;
use super::vm_sim::{self, Task};
use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};
use std::sync::Arc;

/// OS templates the demo hypervisor offers (id, name, minimum disk in GB).
pub const TEMPLATES: [(&str, &str, i64); 6] = [
    ("ubuntu-24.04", "Ubuntu 24.04 LTS", 10),
    ("ubuntu-22.04", "Ubuntu 22.04 LTS", 10),
    ("debian-12", "Debian 12", 10),
    ("rocky-9", "Rocky Linux 9", 20),
    ("almalinux-9", "AlmaLinux 9", 20),
    ("windows-2022", "Windows Server 2022", 40),
];

/// A cloud service of this client that has VMs (404 otherwise, like any foreign id).
pub fn cloud_service(conn: &Connection, client: i64, id: &str) -> Result<i64, ApiFailure> {
    let (id, category, status) = owned(conn, client, id)?;
    if category != "Cloud Servers" {
        return Err(ApiFailure::not_found("VM"));
    }
    if status != "Active" {
        return Err(ApiFailure::new(
            StatusCode::FORBIDDEN,
            format!("Service is {status}: VM control is unavailable"),
        ));
    }
    Ok(id)
}

/// One VM row after finishing due tasks: (id, settled status, running task).
pub fn vm_of(
    conn: &Connection,
    client: i64,
    service: &str,
    vm: &str,
) -> Result<(i64, i64, String, String), ApiFailure> {
    let service = cloud_service(conn, client, service)?;
    vm_sim::settle(conn)?;
    let vm: i64 = vm.parse().map_err(|_| ApiFailure::not_found("VM"))?;
    conn.query_row(
        "SELECT id, status, task FROM vms WHERE id = ?1 AND service_id = ?2",
        params![vm, service],
        |r| Ok((service, r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .optional()?
    .ok_or_else(|| ApiFailure::not_found("VM"))
}

/// Refuses anything while a task runs.
pub fn unlocked(task: &str) -> Result<(), ApiFailure> {
    if task.is_empty() {
        Ok(())
    } else {
        Err(ApiFailure::new(
            StatusCode::CONFLICT,
            format!(
                "VM is locked by another task ({}); try again when it has finished",
                Task::transitional(task).replace('_', " ")
            ),
        ))
    }
}

fn vm_json(conn: &Connection, id: i64) -> rusqlite::Result<Value> {
    let (label, status, template, cpus, memory, disk, task, iso): (
        String,
        String,
        String,
        i64,
        i64,
        i64,
        String,
        String,
    ) = conn.query_row(
        "SELECT label, status, template, cpus, memory_mb, disk_gb, task, iso FROM vms WHERE id = ?1",
        params![id],
        |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            ))
        },
    )?;
    let mut stmt =
        conn.prepare("SELECT address, version FROM vm_ips WHERE vm_id = ?1 ORDER BY id")?;
    let ips: Vec<(String, i64)> = stmt
        .query_map(params![id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let of = |v: i64| -> Vec<&str> {
        ips.iter()
            .filter(|ip| ip.1 == v)
            .map(|ip| ip.0.as_str())
            .collect()
    };
    let shown = if task.is_empty() {
        status.clone()
    } else {
        Task::transitional(&task).to_string()
    };
    Ok(json!({
        "id": id.to_string(), "label": label, "status": shown, "locked": !task.is_empty(),
        "task": task, "template": template, "cpus": cpus.to_string(),
        "memory": memory.to_string(), "disk": disk.to_string(), "ipv4": of(4), "ipv6": of(6),
        "rescue": status == "rescue", "iso": iso,
    }))
}

/// `GET /service/@id/vms`.
pub async fn list(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let service = cloud_service(&conn, client, &id)?;
    vm_sim::settle(&conn)?;
    let mut stmt = conn.prepare("SELECT id FROM vms WHERE service_id = ?1 ORDER BY id")?;
    let ids: Vec<i64> = stmt
        .query_map(params![service], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let vms = ids
        .into_iter()
        .map(|id| vm_json(&conn, id))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Json(json!({ "vms": vms })))
}

/// `GET /service/@id/vms/@vmid`.
pub async fn detail(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((id, vm)): Path<(String, String)>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (_, vm, _, _) = vm_of(&conn, client, &id, &vm)?;
    Ok(Json(json!({ "vm": vm_json(&conn, vm)? })))
}

/// The demo's live VM, when `vm` names it.
pub fn live_vm(demo: &DemoState, vm: &str) -> Option<Arc<LiveVm>> {
    let id: i64 = vm.parse().ok()?;
    demo.live.get().filter(|l| l.vm_id == id).cloned()
}

/// A task on the live VM: the same rules and lock as a simulated one, carried out by the
/// machine; the poller settles the row when the machine is done.
async fn live_task(
    demo: &DemoState,
    client: i64,
    service: &str,
    live: Arc<LiveVm>,
    task: Task,
) -> Reply {
    {
        let conn = demo.db.lock().map_err(ApiFailure::internal)?;
        let (_, vm, status, running) = vm_of(&conn, client, service, &live.vm_id.to_string())?;
        unlocked(&running)?;
        let after = task
            .outcome(&status)
            .map_err(|e| ApiFailure::new(StatusCode::BAD_REQUEST, e))?;
        if !live.try_begin(task) {
            unlocked(live.pending().map_or("start", |p| p.task.word()))?;
        }
        conn.execute(
            "UPDATE vms SET task = ?1, task_result = ?2, task_ends_ms = ?3 WHERE id = ?4",
            params![task.word(), after, i64::MAX, vm],
        )?;
    }
    live.run(task)
        .await
        .map_err(|e| ApiFailure::new(StatusCode::BAD_GATEWAY, e))?;
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    Ok(Json(json!({
        "info": [format!("VM {} initiated", task.word())],
        "vm": vm_json(&conn, live.vm_id)?,
    })))
}

/// Refuses what the live VM cannot do (it is one fixed machine that every visitor shares).
fn not_on_live(demo: &DemoState, vm: &str, what: &str) -> Result<(), ApiFailure> {
    match live_vm(demo, vm) {
        Some(live) => Err(ApiFailure::new(
            StatusCode::BAD_REQUEST,
            format!(
                "{} is the demo's real machine: it cannot be {what}",
                live.name()
            ),
        )),
        None => Ok(()),
    }
}

/// `POST /service/@id/vms/@vmid/{start,stop,shutdown,reboot,reset,rescue,unrescue}`.
pub async fn power(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((id, vm, action)): Path<(String, String, String)>,
) -> Reply {
    let task = Task::parse(&action).ok_or_else(|| ApiFailure::not_found("VM action"))?;
    if let Some(live) = live_vm(&demo, &vm) {
        return live_task(&demo, client, &id, live, task).await;
    }
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (_, vm, status, running) = vm_of(&conn, client, &id, &vm)?;
    unlocked(&running)?;
    vm_sim::begin(&conn, vm, task, &status, demo.vm_pace)
        .map_err(|e| ApiFailure::new(StatusCode::BAD_REQUEST, e))?;
    Ok(Json(json!({
        "info": [format!("VM {} initiated", task.word())],
        "vm": vm_json(&conn, vm)?,
    })))
}

/// `POST /service/@id/vms/@vmid/rebuild_network` with the seed's `shutdown_type` (`shutdown` or
/// `poweroff`), `force` and `startup`: the VM is stopped that way (a reboot when it starts
/// again), its network written again; a stopped VM left stopped needs no task.
pub async fn rebuild_network(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((id, vm)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let f = body_fields(&headers, &body);
    let yes = |v: &Value| {
        matches!(v.as_str(), Some("1" | "true"))
            || v.as_i64() == Some(1)
            || v.as_bool() == Some(true)
    };
    let power_off = match f
        .get("shutdown_type")
        .and_then(Value::as_str)
        .unwrap_or("shutdown")
    {
        "shutdown" => false,
        "poweroff" => true,
        _ => {
            return Err(ApiFailure::new(
                StatusCode::BAD_REQUEST,
                "shutdown_type must be shutdown or poweroff",
            ));
        }
    };
    let startup = f.get("startup").is_some_and(yes);
    let task_for = |status: &str| match (status == "stopped", startup) {
        (false, true) => Some(Task::Reboot),
        (false, false) if power_off => Some(Task::Stop),
        (false, false) => Some(Task::Shutdown),
        (true, true) => Some(Task::Start),
        (true, false) => None,
    };
    if let Some(live) = live_vm(&demo, &vm) {
        let status = {
            let conn = demo.db.lock().map_err(ApiFailure::internal)?;
            vm_of(&conn, client, &id, &vm)?.2
        };
        return match task_for(&status) {
            Some(task) => live_task(&demo, client, &id, live, task).await,
            None => Ok(Json(json!({ "info": ["Network rebuilt"] }))),
        };
    }
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (_, vm, status, running) = vm_of(&conn, client, &id, &vm)?;
    unlocked(&running)?;
    if let Some(task) = task_for(&status) {
        vm_sim::begin(&conn, vm, task, &status, demo.vm_pace)
            .map_err(|e| ApiFailure::new(StatusCode::BAD_REQUEST, e))?;
    }
    Ok(Json(json!({
        "info": ["Network rebuild initiated"],
        "vm": vm_json(&conn, vm)?,
    })))
}

fn template_name(id: &str) -> Option<(&'static str, i64)> {
    TEMPLATES.iter().find(|t| t.0 == id).map(|t| (t.1, t.2))
}

/// `POST /service/@id/vms/@vmid/rebuild` with `template`: wipes the disk, installs the template.
pub async fn rebuild(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((id, vm)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let fields = body_fields(&headers, &body);
    let template = fields.get("template").and_then(Value::as_str).unwrap_or("");
    let (name, _) = template_name(template).ok_or_else(|| {
        ApiFailure::new(StatusCode::BAD_REQUEST, "Choose a template to rebuild with")
    })?;
    if let Some(live) = live_vm(&demo, &vm) {
        // The real machine has one image: it is reinstalled from it, whatever was chosen.
        return live_task(&demo, client, &id, live, Task::Rebuild).await;
    }
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (_, vm, status, running) = vm_of(&conn, client, &id, &vm)?;
    unlocked(&running)?;
    vm_sim::begin(&conn, vm, Task::Rebuild, &status, demo.vm_pace)
        .map_err(|e| ApiFailure::new(StatusCode::BAD_REQUEST, e))?;
    conn.execute(
        "UPDATE vms SET template = ?1, iso = '' WHERE id = ?2",
        params![name, vm],
    )?;
    Ok(Json(
        json!({ "info": ["VM rebuild initiated"], "vm": vm_json(&conn, vm)? }),
    ))
}

/// `GET /service/@id/templates` (and `/templates/@vmid`, the same list here).
pub async fn templates(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(params): Path<Vec<(String, String)>>,
) -> Reply {
    let id = params.first().map(|p| p.1.clone()).unwrap_or_default();
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    cloud_service(&conn, client, &id)?;
    let list: Vec<Value> = TEMPLATES
        .iter()
        .map(|(id, name, min)| json!({"id": id, "name": name, "min_disk": min.to_string()}))
        .collect();
    Ok(Json(json!({ "templates": list })))
}

/// Limits and use of a cloud service: (vms, cpus, memory MB, disk GB) as (used, total).
pub fn usage_of(conn: &Connection, service: i64) -> rusqlite::Result<[(i64, i64); 4]> {
    let limits: (i64, i64, i64, i64) = conn.query_row(
        "SELECT vms, cpus, memory_mb, disk_gb FROM service_limits WHERE service_id = ?1",
        params![service],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    let used: (i64, i64, i64, i64) = conn.query_row(
        "SELECT COUNT(*), COALESCE(SUM(cpus),0), COALESCE(SUM(memory_mb),0), COALESCE(SUM(disk_gb),0) FROM vms WHERE service_id = ?1",
        params![service],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    Ok([
        (used.0, limits.0),
        (used.1, limits.1),
        (used.2, limits.2),
        (used.3, limits.3),
    ])
}

/// `GET /service/@id/resources`: used and available per resource.
pub async fn resources(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let service = cloud_service(&conn, client, &id)?;
    let use_ = usage_of(&conn, service)?;
    let names = [
        ("vms", ""),
        ("cpu", "cores"),
        ("memory", "MB"),
        ("disk", "GB"),
    ];
    let list: Vec<Value> = names
        .iter()
        .zip(use_)
        .map(|((name, unit), (used, total))| {
            json!({"name": name, "unit": unit, "used": used.to_string(), "total": total.to_string(), "available": (total - used).max(0).to_string()})
        })
        .collect();
    Ok(Json(json!({ "resources": list })))
}

fn number(fields: &Value, key: &str) -> Option<i64> {
    match fields.get(key)? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn bad(message: impl Into<String>) -> ApiFailure {
    ApiFailure::new(StatusCode::BAD_REQUEST, message)
}

/// `POST /service/@id/vms` with `label`, `template`, `memory` (MB), `cpu`, `disk` (GB).
pub async fn create(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let f = body_fields(&headers, &body);
    let label = f
        .get("label")
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim()
        .to_string();
    let valid_label = !label.is_empty()
        && label.len() <= 63
        && label
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    if !valid_label {
        return Err(bad("Label must be 1-63 letters, digits, dots or hyphens"));
    }
    let (template, min_disk) =
        template_name(f.get("template").and_then(Value::as_str).unwrap_or(""))
            .ok_or_else(|| bad("Choose a template"))?;
    let (Some(memory), Some(cpu), Some(disk)) =
        (number(&f, "memory"), number(&f, "cpu"), number(&f, "disk"))
    else {
        return Err(bad("Memory, CPU and disk are required numbers"));
    };
    if memory < 512 || cpu < 1 || disk < min_disk {
        return Err(bad(format!(
            "At least 512 MB memory, 1 CPU and {min_disk} GB disk for {template}"
        )));
    }
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let service = cloud_service(&conn, client, &id)?;
    let [vms, cpus, mem, dsk] = usage_of(&conn, service)?;
    if vms.0 + 1 > vms.1 || cpus.0 + cpu > cpus.1 || mem.0 + memory > mem.1 || dsk.0 + disk > dsk.1
    {
        return Err(bad("Not enough resources left on this service"));
    }
    conn.execute(
        "INSERT INTO vms(service_id, label, status, template, cpus, memory_mb, disk_gb) VALUES (?1,?2,'stopped',?3,?4,?5,?6)",
        params![service, label, template, cpu, memory, disk],
    )?;
    let vm = conn.last_insert_rowid();
    conn.execute(
        "UPDATE vm_ips SET vm_id = ?1, primary_ip = 1 WHERE id = (SELECT id FROM vm_ips WHERE service_id = ?2 AND vm_id IS NULL AND version = 4 ORDER BY id LIMIT 1)",
        params![vm, service],
    )?;
    vm_sim::begin(&conn, vm, Task::Create, "stopped", demo.vm_pace).map_err(bad)?;
    Ok(Json(
        json!({ "info": ["VM created"], "vm": vm_json(&conn, vm)? }),
    ))
}

/// `PUT /service/@id/vms/@vmid` with `memory` and `cpu`: the VM must be stopped.
pub async fn resize(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((id, vm)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Reply {
    let f = body_fields(&headers, &body);
    let (Some(memory), Some(cpu)) = (number(&f, "memory"), number(&f, "cpu")) else {
        return Err(bad("Memory and CPU are required numbers"));
    };
    if memory < 512 || cpu < 1 {
        return Err(bad("At least 512 MB memory and 1 CPU"));
    }
    not_on_live(&demo, &vm, "resized")?;
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (service, vm, status, running) = vm_of(&conn, client, &id, &vm)?;
    unlocked(&running)?;
    if status != "stopped" {
        return Err(bad("Stop the VM before resizing it"));
    }
    let (old_cpu, old_mem): (i64, i64) = conn.query_row(
        "SELECT cpus, memory_mb FROM vms WHERE id = ?1",
        params![vm],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let [_, cpus, mem, _] = usage_of(&conn, service)?;
    if cpus.0 - old_cpu + cpu > cpus.1 || mem.0 - old_mem + memory > mem.1 {
        return Err(bad("Not enough resources left on this service"));
    }
    conn.execute(
        "UPDATE vms SET cpus = ?1, memory_mb = ?2 WHERE id = ?3",
        params![cpu, memory, vm],
    )?;
    Ok(Json(
        json!({ "info": ["VM resized"], "vm": vm_json(&conn, vm)? }),
    ))
}

/// `DELETE /service/@id/vms/@vmid`: frees its addresses, drops its backups.
pub async fn destroy(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((id, vm)): Path<(String, String)>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (_, vm_id, _, running) = vm_of(&conn, client, &id, &vm)?;
    unlocked(&running)?;
    not_on_live(&demo, &vm, "destroyed")?;
    let vm = vm_id;
    conn.execute("DELETE FROM vms WHERE id = ?1", params![vm])?;
    conn.execute("DELETE FROM vm_backups WHERE vm_id = ?1", params![vm])?;
    conn.execute(
        "UPDATE vm_ips SET vm_id = NULL, rdns = '', primary_ip = 0 WHERE vm_id = ?1",
        params![vm],
    )?;
    Ok(Json(json!({ "info": ["VM destroyed"] })))
}

/// `POST /service/@id/vms/@vmid/resetpwd`: a new root password, answered once.
pub async fn reset_password(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    Path((id, vm)): Path<(String, String)>,
) -> Reply {
    let conn = demo.db.lock().map_err(ApiFailure::internal)?;
    let (_, _, _, running) = vm_of(&conn, client, &id, &vm)?;
    unlocked(&running)?;
    let token = super::auth::random_token();
    let password: String = token
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(16)
        .collect();
    Ok(Json(
        json!({ "password": password, "info": ["Root password changed"] }),
    ))
}
