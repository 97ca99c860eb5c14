//! How a server's sizes are written.

/// Memory as people say it: `4096` MB is "4 GB".
pub fn memory(mb: u64) -> String {
    if mb >= 1024 && mb.is_multiple_of(1024) {
        format!("{} GB", mb / 1024)
    } else {
        format!("{mb} MB")
    }
}
