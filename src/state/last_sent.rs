//! What a form last sent, so the same thing is not sent twice. Disabling the button while a
//! request is in flight is not enough against a double click: a fast portal answers between the
//! two clicks (the e2e suite caught the account details saved twice on loopback), and the second
//! click then finds nothing pending. A form asks [`LastSent::is_new`] before sending and
//! [`LastSent::forget`]s after a failure, so a retry of the same values still goes out.

use leptos::prelude::*;

/// The last value a form sent.
pub struct LastSent<T: Send + Sync + 'static>(RwSignal<Option<T>>);

impl<T: Send + Sync + 'static> Clone for LastSent<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for LastSent<T> {}

impl<T: PartialEq + Clone + Send + Sync + 'static> LastSent<T> {
    /// Nothing sent yet.
    pub fn new() -> Self {
        Self(RwSignal::new(None))
    }

    /// Whether `value` differs from what was last sent; if so it becomes the last sent.
    pub fn is_new(&self, value: &T) -> bool {
        if self.0.with_untracked(|last| last.as_ref() == Some(value)) {
            return false;
        }
        self.0.set(Some(value.clone()));
        true
    }

    /// After a failure: the same values may be sent again.
    pub fn forget(&self) {
        self.0.set(None);
    }
}

impl<T: PartialEq + Clone + Send + Sync + 'static> Default for LastSent<T> {
    fn default() -> Self {
        Self::new()
    }
}
