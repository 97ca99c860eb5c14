//! Contacts and sub-accounts of the account (HostBill seed 004: `/contact`): people who receive
//! some of the account's e-mails or sign in with some of its rights. Their privileges come in
//! the portal's own shape, groups of switches (`billing`, `support`, `misc`) and groups per item
//! (`services`, `domains`: full control, or switches per service or domain); this module keeps
//! that shape so what is sent back is "formatted the same way as output from privileges".

use crate::model::{AccountProfile, Date};

/// One contact in the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactSummary {
    /// Its id.
    pub id: String,
    /// First and last name.
    pub name: String,
    /// Its e-mail.
    pub email: String,
    /// Its company, when it has one.
    pub company: Option<String>,
    /// When it last signed in (never: `None`).
    pub last_login: Option<Date>,
}

/// A contact with everything the form edits.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contact {
    /// Name, address, e-mail and phone, as the account's own.
    pub person: AccountProfile,
    /// HostBill's account type (`Private`, `Company`).
    pub kind: String,
    /// What it may do or receive.
    pub privileges: Privileges,
}

/// Privileges, or the privileges on offer, in the portal's groups and order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Privileges {
    /// Groups of switches: (group, keys).
    pub flat: Vec<(String, Vec<String>)>,
    /// Groups per item: (group, full control, [(item id, keys)]).
    pub per_item: Vec<PerItem>,
}

/// A group of privileges per service or domain.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PerItem {
    /// `services` or `domains`.
    pub group: String,
    /// Full control over every item of the group.
    pub full: bool,
    /// (item id, keys) for items with their own switches.
    pub items: Vec<(String, Vec<String>)>,
}

impl Privileges {
    /// Whether switch `key` of `group` is on (for a per-item group, of `item`).
    pub fn has(&self, group: &str, item: Option<&str>, key: &str) -> bool {
        match item {
            None => self
                .flat
                .iter()
                .any(|(g, keys)| g == group && keys.iter().any(|k| k == key)),
            Some(item) => self.per_item.iter().any(|p| {
                p.group == group
                    && p.items
                        .iter()
                        .any(|(i, keys)| i == item && keys.iter().any(|k| k == key))
            }),
        }
    }

    /// Whether full control of per-item `group` is on.
    pub fn full(&self, group: &str) -> bool {
        self.per_item.iter().any(|p| p.group == group && p.full)
    }

    /// Turns switch `key` of `group` (of `item`) on or off, keeping the portal's order.
    pub fn set(&mut self, group: &str, item: Option<&str>, key: &str, on: bool) {
        let keys = match item {
            None => {
                if !self.flat.iter().any(|(g, _)| g == group) {
                    self.flat.push((group.to_string(), vec![]));
                }
                self.flat
                    .iter_mut()
                    .find(|(g, _)| g == group)
                    .map(|(_, k)| k)
            }
            Some(item) => {
                let p = self.group_mut(group);
                if !p.items.iter().any(|(i, _)| i == item) {
                    p.items.push((item.to_string(), vec![]));
                }
                p.items.iter_mut().find(|(i, _)| i == item).map(|(_, k)| k)
            }
        };
        if let Some(keys) = keys {
            keys.retain(|k| k != key);
            if on {
                keys.push(key.to_string());
            }
        }
    }

    /// Turns full control of per-item `group` on or off.
    pub fn set_full(&mut self, group: &str, on: bool) {
        self.group_mut(group).full = on;
    }

    fn group_mut(&mut self, group: &str) -> &mut PerItem {
        if !self.per_item.iter().any(|p| p.group == group) {
            self.per_item.push(PerItem {
                group: group.to_string(),
                ..PerItem::default()
            });
        }
        let at = self
            .per_item
            .iter()
            .position(|p| p.group == group)
            .unwrap_or_default();
        &mut self.per_item[at]
    }

    /// Only what is on offer: a switch the portal no longer lists is not sent back.
    pub fn within(&self, offered: &Privileges) -> Privileges {
        let mut out = Privileges::default();
        for (group, keys) in &self.flat {
            for key in keys.iter().filter(|k| offered.has(group, None, k)) {
                out.set(group, None, key, true);
            }
        }
        for p in &self.per_item {
            if p.full && offered.full(&p.group) {
                out.set_full(&p.group, true);
            }
            for (item, keys) in &p.items {
                for key in keys.iter().filter(|k| offered.has(&p.group, Some(item), k)) {
                    out.set(&p.group, Some(item), key, true);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switches_turn_on_and_off_in_their_group_and_item() {
        let mut p = Privileges::default();
        p.set("support", None, "tickets", true);
        p.set("support", None, "newticket", true);
        p.set("services", Some("332"), "basic", true);
        assert!(p.has("support", None, "tickets"));
        assert!(!p.has("billing", None, "tickets"));
        assert!(p.has("services", Some("332"), "basic"));
        assert!(!p.has("services", Some("333"), "basic"));
        p.set("support", None, "tickets", false);
        assert!(!p.has("support", None, "tickets"));
        assert_eq!(
            p.flat,
            [("support".to_string(), vec!["newticket".to_string()])]
        );
        p.set_full("services", true);
        assert!(p.full("services") && !p.full("domains"));
    }

    #[test]
    fn only_privileges_on_offer_are_kept() {
        let mut offered = Privileges::default();
        offered.set("billing", None, "payinvoice", true);
        offered.set("services", Some("332"), "basic", true);
        offered.set_full("services", true);
        let mut mine = Privileges::default();
        mine.set("billing", None, "payinvoice", true);
        mine.set("billing", None, "gone", true);
        mine.set("services", Some("999"), "basic", true);
        mine.set_full("services", true);
        mine.set_full("domains", true);
        let kept = mine.within(&offered);
        assert!(kept.has("billing", None, "payinvoice"));
        assert!(!kept.has("billing", None, "gone"));
        assert!(!kept.has("services", Some("999"), "basic"));
        assert!(kept.full("services") && !kept.full("domains"));
    }
}
