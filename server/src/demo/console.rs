//! The live VM's console: the portal issues a console ticket for one VM and one customer's
//! sign-in (`POST /service/@id/vms/@vmid/console`), and atrium-server's `/console/<ticket>`
//! upgrades to a WebSocket piped to that VM's screen (QEMU's VNC server on a unix socket, never
//! a port). The browser never puts its access token in a URL: the ticket is a random 32 bytes,
//! good once, for [`TICKET_TTL`]. The pipe ends when the sign-in it was issued under ends
//! (sign-out, or its refresh tokens all spent), or when the VM's process is replaced (a hard
//! stop, a rebuild), whose screen it showed.

use super::DemoState;
use super::auth::{ClientId, SessionFamily, random_token};
use super::reply::{ApiFailure, Reply};
use super::vms::vm_of;
use axum::Json;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// How long a console ticket may wait for its connection.
pub const TICKET_TTL: Duration = Duration::from_secs(60);
/// How often an open console checks that its sign-in still stands.
const SESSION_CHECK: Duration = Duration::from_secs(1);

/// What a ticket opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ticket {
    pub client: i64,
    pub vm: i64,
    /// The sign-in (refresh-token family) it was issued under.
    pub family: String,
    expires: Instant,
}

/// Tickets not used yet.
#[derive(Default)]
pub struct Tickets(Mutex<HashMap<String, Ticket>>);

impl Tickets {
    /// A new ticket for `vm` of `client` under the sign-in `family`.
    pub fn issue(&self, client: i64, vm: i64, family: &str) -> String {
        let token = random_token();
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|_, t| t.expires > Instant::now());
        map.insert(
            token.clone(),
            Ticket {
                client,
                vm,
                family: family.to_string(),
                expires: Instant::now() + TICKET_TTL,
            },
        );
        token
    }

    /// Spends a ticket: what it opens, if it exists and has not expired. A second use finds
    /// nothing.
    pub fn redeem(&self, token: &str) -> Option<Ticket> {
        let ticket = self
            .0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(token)?;
        (ticket.expires > Instant::now()).then_some(ticket)
    }

    #[cfg(test)]
    pub fn age_all(&self, by: Duration) {
        for t in self.0.lock().unwrap().values_mut() {
            t.expires -= by;
        }
    }
}

/// `POST /service/@id/vms/@vmid/console`: a ticket for the VM's screen. Only the live VM has a
/// screen; a simulated one answers why not.
pub async fn ticket(
    State(demo): State<DemoState>,
    ClientId(client): ClientId,
    SessionFamily(family): SessionFamily,
    Path((id, vm)): Path<(String, String)>,
) -> Reply {
    let vm = {
        let conn = demo.db.lock().map_err(ApiFailure::internal)?;
        vm_of(&conn, client, &id, &vm)?.1
    };
    let live = demo.live.get().filter(|l| l.vm_id == vm);
    let Some(live) = live else {
        let name = demo.live.get().map(|l| l.name().to_string());
        return Err(ApiFailure::new(
            StatusCode::CONFLICT,
            match name {
                Some(n) => format!(
                    "This server is simulated by the demo and has no screen; {n} is a real machine with a console"
                ),
                None => "This server is simulated by the demo and has no screen".into(),
            },
        ));
    };
    let token = demo.console_tickets.issue(client, live.vm_id, &family);
    Ok(Json(json!({
        "console": {
            "type": "vnc",
            "url": format!("/console/{token}"),
            "expires_in": TICKET_TTL.as_secs().to_string(),
        },
        "info": ["Console ticket issued"],
    })))
}

/// Whether a browser's `Origin` is this site's own (the Host it asked for, over http or https:
/// behind a TLS front the Host is the public name).
pub fn same_origin(headers: &HeaderMap) -> bool {
    let (Some(origin), Some(host)) = (
        headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
        headers.get(header::HOST).and_then(|v| v.to_str().ok()),
    ) else {
        return false;
    };
    origin == format!("http://{host}") || origin == format!("https://{host}")
}

fn refuse(status: StatusCode, why: &'static str) -> Response {
    (status, why).into_response()
}

/// `GET /console/<ticket>`: the WebSocket to the ticket's VM screen. Refused (403) for another
/// site's page, a spent, unknown or expired ticket.
pub async fn connect(
    State(demo): State<DemoState>,
    Path(token): Path<String>,
    headers: HeaderMap,
    upgrade: WebSocketUpgrade,
) -> Response {
    if !same_origin(&headers) {
        return refuse(StatusCode::FORBIDDEN, "console: foreign origin");
    }
    let Some(ticket) = demo.console_tickets.redeem(&token) else {
        return refuse(
            StatusCode::FORBIDDEN,
            "console: ticket unknown, used or expired",
        );
    };
    let Some(live) = demo.live.get().filter(|l| l.vm_id == ticket.vm).cloned() else {
        return refuse(StatusCode::NOT_FOUND, "console: no such screen");
    };
    let (socket, generation) = live.vnc_socket();
    // QEMU makes its VNC socket a moment after the machine reports running (seconds on a busy
    // host: the console test once met the gap under load), so a ticket issued at boot waits
    // for it a little before the screen is said to be missing.
    let mut vnc = None;
    for _ in 0..30 {
        if let Ok(s) = tokio::net::UnixStream::connect(&socket).await {
            vnc = Some(s);
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let Some(vnc) = vnc else {
        return refuse(StatusCode::BAD_GATEWAY, "console: the screen is not there");
    };
    // noVNC asks for the "binary" subprotocol.
    upgrade
        .protocols(["binary"])
        .on_upgrade(move |ws| async move {
            let alive =
                move || live.generation() == generation && session_alive(&demo, &ticket.family);
            pipe(ws, vnc, alive).await;
        })
}

/// Whether the sign-in `family` still has a refresh token that can be used.
pub fn session_alive(demo: &DemoState, family: &str) -> bool {
    let Ok(conn) = demo.db.lock() else {
        return false;
    };
    conn.query_row(
        "SELECT COUNT(*) FROM refresh_tokens WHERE family = ?1 AND used = 0 AND expires_at > ?2",
        rusqlite::params![family, chrono::Utc::now().timestamp()],
        |r| r.get::<_, i64>(0),
    )
    .is_ok_and(|n| n > 0)
}

/// Copies bytes both ways until either side closes or `alive` says the session is over (then
/// the browser gets close code 4001 and a reason noVNC shows).
async fn pipe(mut ws: WebSocket, vnc: tokio::net::UnixStream, alive: impl Fn() -> bool) {
    let (mut from_vm, mut to_vm) = vnc.into_split();
    let mut buf = vec![0u8; 64 * 1024];
    let mut check = tokio::time::interval(SESSION_CHECK);
    loop {
        tokio::select! {
            read = from_vm.read(&mut buf) => match read {
                Ok(0) | Err(_) => {
                    let _ = ws.send(close(1000, "the server's screen closed")).await;
                    return;
                }
                Ok(n) => {
                    if ws.send(Message::Binary(buf[..n].to_vec().into())).await.is_err() {
                        return;
                    }
                }
            },
            msg = ws.recv() => match msg {
                Some(Ok(Message::Binary(data))) => {
                    if to_vm.write_all(&data).await.is_err() {
                        return;
                    }
                }
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => return,
                Some(Ok(_)) => {}
            },
            _ = check.tick() => {
                if !alive() {
                    let _ = ws.send(close(4001, "session ended")).await;
                    return;
                }
            }
        }
    }
}

fn close(code: u16, reason: &'static str) -> Message {
    Message::Close(Some(CloseFrame {
        code,
        reason: reason.into(),
    }))
}

/// `GET /__demo/vm/<id>/screen` (tests only): the characters on the live VM's screen.
pub async fn screen(State(demo): State<DemoState>, Path(vm): Path<i64>) -> Reply {
    let live = demo
        .live
        .get()
        .filter(|l| l.vm_id == vm)
        .ok_or_else(|| ApiFailure::not_found("live VM"))?;
    let text = live
        .screen_text()
        .await
        .map_err(|e| ApiFailure::new(StatusCode::BAD_GATEWAY, e))?;
    Ok(Json(json!({ "screen": text })))
}
