//! The typed fetch layer. It knows nothing of Leptos: pages reach an [`ApiClient`] through
//! context and get domain types or an [`ApiError`].

pub mod calls;
pub mod client;
pub mod dialect;
pub mod error;
pub mod http;
pub mod session;
pub mod transport;
pub mod wire;

pub mod browser;

pub use client::ApiClient;
pub use error::ApiError;
