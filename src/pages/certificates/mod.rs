//! SSL certificates (HostBill `/certificate`, seed 002): the list with each certificate's
//! validity, one certificate with its file, and ordering one with its signing request checked
//! before it is sent. The pages are the certificates chunk (src/areas.rs).

pub mod certificate_words;
pub mod detail;
pub mod expiry;
pub mod list;
pub mod order;
