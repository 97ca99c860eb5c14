//! Atrium: a white-label client area for hosting billing portals.

pub mod api;
