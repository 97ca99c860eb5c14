//! The demo portal's posts and downloads: public (no token), in the shapes the client reads,
//! and a file served with its name.

use super::tests::{call, portal};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use tower::ServiceExt;

#[tokio::test]
async fn posts_and_downloads_are_public_and_a_file_comes_with_its_name() {
    let app = portal("news");
    let (status, recent) = call(&app, "GET", "/post/recent", None, None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(recent["posts"].as_array().unwrap().len(), 2);
    let (_, sale) = call(&app, "GET", "/post/sale", None, None).await;
    assert!(sale["posts"][0]["title"].as_str().unwrap().contains("30%"));
    let (_, files) = call(&app, "GET", "/downloads", None, None).await;
    let guide = &files["categories"][0]["files"][0];
    assert_eq!(files["categories"][0]["name"], "Guides");
    let id = guide["id"].as_str().unwrap();
    let res = app
        .clone()
        .oneshot(
            Request::get(format!("/download/{id}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(
        res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("getting-started.txt")
    );
    let (status, _) = call(&app, "GET", "/download/999", None, None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
