//! The cart: its items and promo code, kept in `localStorage` so it survives a reload, a logout
//! and a login, and shared by every tab (a `storage` event from another tab reloads it here).
//!
//! The shell only makes room for it ([`provide_cart`]); the cart itself is read from storage the
//! first time a page asks for it ([`use_cart`]), owned by the shell from then on. So its code (the
//! items' decoding, their saving) travels with the ordering pages, not with the dashboard every
//! customer loads (~40 KB of wasm before compression).

use crate::cart::CartItem;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

const CART_KEY: &str = "atrium.cart";

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct Stored {
    #[serde(default)]
    items: Vec<CartItem>,
    #[serde(default)]
    promo: String,
}

/// The shared cart.
#[derive(Clone, Copy)]
pub struct Cart {
    /// The items, in order.
    pub items: RwSignal<Vec<CartItem>>,
    /// The promo code typed.
    pub promo: RwSignal<String>,
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn load() -> Stored {
    storage()
        .and_then(|s| s.get_item(CART_KEY).ok().flatten())
        .and_then(|raw| serde_json::from_str(&raw).ok())
        .unwrap_or_default()
}

/// Where the cart will be, and who owns it: the shell (it outlives every page).
#[derive(Clone)]
struct CartSlot {
    owner: Owner,
    cart: StoredValue<Option<Cart>>,
}

/// Makes room for the cart (once, in the signed-in shell); nothing is read yet.
pub fn provide_cart() {
    provide_context(CartSlot {
        owner: Owner::current().unwrap_or_default(),
        cart: StoredValue::new(None),
    });
}

/// The cart, read from storage on first use.
pub fn use_cart() -> Cart {
    let slot = expect_context::<CartSlot>();
    if let Some(cart) = slot.cart.get_value() {
        return cart;
    }
    // Made under the shell's owner, so it lives on when the page that first asked is left.
    let cart = slot.owner.with(open_cart);
    slot.cart.set_value(Some(cart));
    cart
}

/// Reads the stored cart and keeps storage (and other tabs) in step with it from now on.
fn open_cart() -> Cart {
    let stored = load();
    let cart = Cart {
        items: RwSignal::new(stored.items),
        promo: RwSignal::new(stored.promo),
    };
    Effect::new(move |_| {
        let now = Stored {
            items: cart.items.get(),
            promo: cart.promo.get(),
        };
        if let (Some(s), Ok(json)) = (storage(), serde_json::to_string(&now)) {
            let _ = s.set_item(CART_KEY, &json);
        }
    });
    let listener = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() == Some(CART_KEY) {
            let fresh = load();
            if cart.items.get_untracked() != fresh.items {
                cart.items.set(fresh.items);
            }
            if cart.promo.get_untracked() != fresh.promo {
                cart.promo.set(fresh.promo);
            }
        }
    });
    on_cleanup(move || listener.remove());
    cart
}

impl Cart {
    /// Adds an item at the end.
    pub fn add(&self, item: CartItem) {
        self.items.update(|l| l.push(item));
    }
    /// Replaces the item at `index` (after editing it).
    pub fn replace(&self, index: usize, item: CartItem) {
        self.items.update(|l| {
            if let Some(slot) = l.get_mut(index) {
                *slot = item;
            }
        });
    }
    /// Removes the item at `index`.
    pub fn remove(&self, index: usize) {
        self.items.update(|l| {
            if index < l.len() {
                l.remove(index);
            }
        });
    }
    /// Empties the cart (after an order is placed).
    pub fn clear(&self) {
        self.items.set(Vec::new());
        self.promo.set(String::new());
    }
}
