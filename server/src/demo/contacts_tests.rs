//! The demo portal's contacts: listed and read in seed 004's shapes, checked as the account's
//! own fields, privileges kept to those on offer, and another client's contact not found.

use super::tests::{call, login, portal};
use axum::http::StatusCode;
use serde_json::{Value, json};

fn mary() -> Value {
    json!({"firstname": "Mary", "lastname": "Sue", "email": "mary.new@atrium.test",
        "address1": "Pretty View Lane", "city": "Santa Rosa", "country": "us",
        "phonenumber": "+1.24123123", "type": "Private"})
}

#[tokio::test]
async fn contacts_are_listed_added_read_and_edited_with_privileges_on_offer_only() {
    let app = portal("contacts");
    let (token, _) = login(&app, "demo@atrium.test", "demo1234").await;
    let t = Some(token.as_str());
    let (_, list) = call(&app, "GET", "/contact", t, None).await;
    assert_eq!(list["contacts"][0]["firstname"], "Mary");
    assert_eq!(list["contacts"][0]["lastlogin"], "0000-00-00 00:00:00");
    let (_, offered) = call(&app, "GET", "/contact/privileges", t, None).await;
    assert_eq!(offered["privileges"]["services"]["full"], 1);
    assert_eq!(offered["privileges"]["domains"]["306"][4], "nameservers");
    assert!(
        offered["privileges"]["services"].get("307").is_none(),
        "terminated: not on offer"
    );

    // Checked as the account's own fields.
    let mut bad = mary();
    bad["email"] = json!("demo@atrium.test");
    let (status, v) = call(&app, "POST", "/contact", t, Some(bad)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(v["error"][0], "This email address is already in use");
    let mut bad = mary();
    bad["phonenumber"] = json!("");
    let (_, v) = call(&app, "POST", "/contact", t, Some(bad)).await;
    assert_eq!(v["error"][0], "Phone is required");
    let mut short = mary();
    short["password"] = json!("short");
    let (_, v) = call(&app, "POST", "/contact", t, Some(short)).await;
    assert_eq!(
        v["error"][0],
        "Password should be at least 8 characters long"
    );

    let mut new = mary();
    new["password"] = json!("Secret123");
    new["privileges"] = json!({"billing": ["payinvoice", "nosuch"], "services": {"301": ["basic"], "999": ["basic"]}, "domains": {"full": 1}});
    let (status, added) = call(&app, "POST", "/contact", t, Some(new)).await;
    assert_eq!(status, StatusCode::OK, "{added}");
    let id = added["contact_id"].as_str().unwrap().to_string();
    let (_, got) = call(&app, "GET", &format!("/contact/{id}"), t, None).await;
    assert_eq!(got["contact"]["country"], "US");
    assert_eq!(
        got["contact"]["privileges"],
        json!({"billing": ["payinvoice"], "services": {"301": ["basic"]}, "domains": {"full": 1}})
    );
    let mut edited = mary();
    edited["city"] = json!("Hanoi");
    edited["privileges"] = json!({"support": ["tickets"]});
    let (status, _) = call(&app, "PUT", &format!("/contact/{id}"), t, Some(edited)).await;
    assert_eq!(status, StatusCode::OK);
    let (_, got) = call(&app, "GET", &format!("/contact/{id}"), t, None).await;
    assert_eq!(got["contact"]["city"], "Hanoi");
    assert_eq!(
        got["contact"]["privileges"],
        json!({"support": ["tickets"]})
    );
    // Its own e-mail is not "in use" when it is saved again.
    assert_eq!(got["contact"]["email"], "mary.new@atrium.test");

    // Another client sees none of it.
    let (other, _) = login(&app, "other@atrium.test", "other1234").await;
    let o = Some(other.as_str());
    let (status, _) = call(&app, "GET", &format!("/contact/{id}"), o, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = call(&app, "PUT", &format!("/contact/{id}"), o, Some(mary())).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, theirs) = call(&app, "GET", "/contact", o, None).await;
    assert_eq!(theirs["contacts"], json!([]));
}
