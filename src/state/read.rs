//! A read from the portal that a page shows while it loads: [`read`] makes one, [`Read`] is its
//! handle (`get`, `refetch`), `AsyncView` shows it.
//!
//! Why not a `LocalResource<Result<T, ApiError>>` per read: Leptos builds a resource's machinery
//! (its async-derived signal, the future wrapper polling it, its effects) once per value type and
//! fetcher, about 5 KB of wasm each, and the signed-in shell and dashboard made six of them. Every
//! read here goes through one resource type, `LocalResource<Result<Erased, ApiError>>`, fed by
//! one boxed fetcher type; what stays per read is its own future and a downcast.

use crate::api::ApiError;
use futures::future::LocalBoxFuture;
use leptos::prelude::*;
use std::any::Any;
use std::future::Future;
use std::marker::PhantomData;
use std::rc::Rc;

/// A loaded value with its type erased; [`Read<T>`] knows it is a `T`.
type Erased = Rc<dyn Any>;
type ErasedResult = Result<Erased, ApiError>;
type Fetcher = Rc<dyn Fn() -> LocalBoxFuture<'static, ErasedResult>>;

/// A read of a `T` from the portal: not loaded yet, loaded, or failed. Cheap to copy.
pub struct Read<T> {
    resource: LocalResource<ErasedResult>,
    value: PhantomData<fn() -> T>,
}

impl<T> Clone for Read<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Read<T> {}

/// Starts reading: `fetch` runs now, and again whenever a signal it read changes (the session's
/// client, the language) or [`Read::refetch`] is called.
pub fn read<T, Fut>(fetch: impl Fn() -> Fut + 'static) -> Read<T>
where
    T: 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let fetch: Fetcher = Rc::new(move || {
        let loading = fetch();
        Box::pin(async move { loading.await.map(|value| Rc::new(value) as Erased) })
    });
    Read {
        resource: erased_resource(fetch),
        value: PhantomData,
    }
}

/// The one resource type every read shares (not generic: it exists once in the wasm).
fn erased_resource(fetch: Fetcher) -> LocalResource<ErasedResult> {
    LocalResource::new(move || fetch())
}

impl<T: Clone + 'static> Read<T> {
    /// The value, `None` while loading; tracked, like a signal.
    pub fn get(&self) -> Option<Result<T, ApiError>> {
        self.resource.get().map(typed)
    }

    /// The value now, without tracking (in event handlers).
    pub fn get_untracked(&self) -> Option<Result<T, ApiError>> {
        self.resource.get_untracked().map(typed)
    }
}

/// `Read<T>` is only made by `read::<T>`, so its value is a `T`; were it ever not, the page
/// would say it could not read the answer rather than stop.
fn typed<T: Clone + 'static>(loaded: ErasedResult) -> Result<T, ApiError> {
    loaded.and_then(|value| {
        value
            .downcast_ref::<T>()
            .cloned()
            .ok_or_else(|| ApiError::Decode("a read of another type".into()))
    })
}

impl<T> Read<T> {
    /// Reads again (after "Try again", or once something changed it on the portal).
    pub fn refetch(&self) {
        self.resource.refetch();
    }
}
