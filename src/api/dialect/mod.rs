//! One module per billing system, mapping its wire JSON to the domain types. Which system is
//! spoken, and what it allows, is [`crate::model::Dialect`].

pub mod boxbilling;
pub mod email;
pub mod hostbill;
pub mod kdata;
