//! The live VM's console: tickets (single use, expiry, owner) and the WebSocket proxy (only to
//! the ticket's VM, same origin only, closed when the sign-in ends), against a real QEMU machine.

use super::console::{TICKET_TTL, Tickets};
use super::tests::{call, login, test_args};
use super::{DemoArgs, routers};
use futures::{SinkExt, StreamExt};
use std::time::Duration;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::{Error as WsError, Message};

#[test]
fn a_ticket_opens_once_and_not_after_it_expires() {
    let tickets = Tickets::default();
    let a = tickets.issue(1, 9006, "fam");
    let b = tickets.issue(1, 9006, "fam");
    assert_ne!(a, b);
    let t = tickets.redeem(&a).expect("first use");
    assert_eq!((t.client, t.vm, t.family.as_str()), (1, 9006, "fam"));
    assert!(tickets.redeem(&a).is_none(), "second use");
    assert!(tickets.redeem("made-up").is_none());
    tickets.age_all(TICKET_TTL + Duration::from_secs(1));
    assert!(tickets.redeem(&b).is_none(), "expired");
}

#[test]
fn only_this_sites_pages_may_open_the_console() {
    use axum::http::{HeaderMap, HeaderValue};
    let headers = |origin: Option<&'static str>| {
        let mut h = HeaderMap::new();
        h.insert("host", HeaderValue::from_static("atrium.example:8080"));
        if let Some(o) = origin {
            h.insert("origin", HeaderValue::from_static(o));
        }
        h
    };
    assert!(super::console::same_origin(&headers(Some(
        "http://atrium.example:8080"
    ))));
    assert!(super::console::same_origin(&headers(Some(
        "https://atrium.example:8080"
    ))));
    assert!(!super::console::same_origin(&headers(Some(
        "https://evil.example"
    ))));
    assert!(!super::console::same_origin(&headers(Some(
        "http://atrium.example:8080.evil"
    ))));
    assert!(!super::console::same_origin(&headers(None)));
}

/// The demo with its live VM, served on a real port (a WebSocket needs one).
async fn serve_live_demo() -> (std::net::SocketAddr, axum::Router) {
    let (api, site) = routers(DemoArgs {
        vm_image: std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/vm"),
        no_live_vm: false,
        ..test_args("console")
    })
    .expect("demo portal");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = site.clone();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (addr, api)
}

async fn ticket(
    api: &axum::Router,
    token: &str,
    service: &str,
    vm: &str,
) -> (u16, serde_json::Value) {
    let (status, body) = call(
        api,
        "POST",
        &format!("/service/{service}/vms/{vm}/console"),
        Some(token),
        None,
    )
    .await;
    (status.as_u16(), body)
}

fn request(
    addr: std::net::SocketAddr,
    url: &str,
    origin: &str,
) -> tokio_tungstenite::tungstenite::handshake::client::Request {
    let mut req = format!("ws://{addr}{url}").into_client_request().unwrap();
    req.headers_mut().insert("origin", origin.parse().unwrap());
    req.headers_mut()
        .insert("sec-websocket-protocol", "binary".parse().unwrap());
    req
}

fn refused_with(result: Result<impl Sized, WsError>) -> u16 {
    match result {
        Err(WsError::Http(resp)) => resp.status().as_u16(),
        Err(e) => panic!("expected an HTTP refusal, got {e}"),
        Ok(_) => panic!("expected a refusal, the console opened"),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_console_reaches_the_tickets_vm_once_from_this_site_and_closes_at_sign_out() {
    assert!(
        super::qemu::machine::qemu_available(),
        "qemu-system-x86_64 is installed by scripts/setup.sh"
    );
    let (addr, api) = serve_live_demo().await;
    let (token, refresh) = login(&api, "demo@atrium.test", "demo1234").await;
    // The machine's process starts in the background: its ticket is issued once it runs.
    let mut issued = None;
    for _ in 0..100 {
        let (status, body) = ticket(&api, &token, "303", "9006").await;
        if status == 200 {
            issued = Some(body);
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let body = issued.expect("a console ticket for the live VM");
    let url = body["console"]["url"].as_str().unwrap().to_string();
    assert!(url.starts_with("/console/"), "{url}");
    assert!(!url.contains(&token), "never the access token in a URL");

    // A simulated VM has no screen; another client's live VM is not theirs to see.
    assert_eq!(ticket(&api, &token, "303", "9001").await.0, 409);
    let (other, _) = login(&api, "other@atrium.test", "other1234").await;
    assert_eq!(ticket(&api, &other, "303", "9006").await.0, 404);

    // Another site's page cannot use a ticket (and the refusal does not spend it).
    let origin = format!("http://{addr}");
    let foreign =
        tokio_tungstenite::connect_async(request(addr, &url, "https://evil.example")).await;
    assert_eq!(refused_with(foreign), 403);

    // This site's page reaches the VM's screen: a VNC server greets with its protocol version.
    let (mut ws, resp) = tokio_tungstenite::connect_async(request(addr, &url, &origin))
        .await
        .expect("the console opens");
    assert_eq!(resp.headers()["sec-websocket-protocol"], "binary");
    let greeting = tokio::time::timeout(Duration::from_secs(5), ws.next())
        .await
        .expect("the VM's screen answers")
        .unwrap()
        .unwrap();
    assert_eq!(greeting.into_data().as_ref(), b"RFB 003.008\n");
    ws.send(Message::binary(b"RFB 003.008\n".to_vec()))
        .await
        .unwrap();

    // The same ticket again: refused.
    let again = tokio_tungstenite::connect_async(request(addr, &url, &origin)).await;
    assert_eq!(refused_with(again), 403);

    // Signing out (the refresh token revoked) closes the open console within seconds.
    let (status, _) = call(
        &api,
        "POST",
        "/revoke",
        Some(&token),
        Some(serde_json::json!({ "refresh_token": refresh })),
    )
    .await;
    assert_eq!(status.as_u16(), 200);
    let closed = tokio::time::timeout(Duration::from_secs(5), async {
        while let Some(Ok(msg)) = ws.next().await {
            if let Message::Close(frame) = msg {
                return frame.map(|f| u16::from(f.code));
            }
        }
        None
    })
    .await
    .expect("the console closes after sign-out");
    assert_eq!(closed, Some(4001));
}
