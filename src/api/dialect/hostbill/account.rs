//! HostBill account details (seed 002): `GET /details` and `PUT /details` both answer
//! `{"client": {...}}` with `firstname`, `lastname`, `companyname`, `address1`, `address2`,
//! `city`, `state`, `postcode`, `country`, `phonenumber`; `POST /password/change` takes
//! `oldpassword`, `password` and `password2`.

use super::envelope::field;
use crate::api::error::ApiError;
use crate::api::wire;
use crate::model::{AccountProfile, Client};
use serde::Deserialize;
use serde_json::{Value, json};

#[derive(Deserialize)]
struct DetailsWire {
    #[serde(default, deserialize_with = "wire::text")]
    email: String,
    #[serde(default, deserialize_with = "wire::text")]
    firstname: String,
    #[serde(default, deserialize_with = "wire::text")]
    lastname: String,
    #[serde(default, deserialize_with = "wire::text")]
    companyname: String,
    #[serde(default, deserialize_with = "wire::text")]
    address1: String,
    #[serde(default, deserialize_with = "wire::text")]
    address2: String,
    #[serde(default, deserialize_with = "wire::text")]
    city: String,
    #[serde(default, deserialize_with = "wire::text")]
    state: String,
    #[serde(default, deserialize_with = "wire::text")]
    postcode: String,
    #[serde(default, deserialize_with = "wire::text")]
    country: String,
    #[serde(default, deserialize_with = "wire::text")]
    phonenumber: String,
}

/// `GET /details` or `PUT /details`: the registration details.
pub fn profile(v: &Value) -> Result<AccountProfile, ApiError> {
    person(v, "client")
}

/// The name, address and phone fields under `wrapper` (`client`, `contact`): the account's
/// and a contact's are the same fields (seeds 002 and 004).
pub fn person(v: &Value, wrapper: &str) -> Result<AccountProfile, ApiError> {
    let w: DetailsWire = field(v, wrapper)?;
    Ok(AccountProfile {
        email: w.email,
        first_name: w.firstname,
        last_name: w.lastname,
        company: w.companyname,
        address1: w.address1,
        address2: w.address2,
        city: w.city,
        state: w.state,
        postcode: w.postcode,
        country: w.country,
        phone: w.phonenumber,
    })
}

/// `PUT /details`' body.
pub fn profile_body(p: &AccountProfile) -> Value {
    json!({
        "email": p.email, "firstname": p.first_name, "lastname": p.last_name,
        "companyname": p.company, "address1": p.address1, "address2": p.address2,
        "city": p.city, "state": p.state, "postcode": p.postcode, "country": p.country,
        "phonenumber": p.phone,
    })
}

#[derive(Deserialize)]
struct ClientWire {
    #[serde(deserialize_with = "wire::id")]
    id: String,
    #[serde(default, deserialize_with = "wire::text")]
    email: String,
    #[serde(default, deserialize_with = "wire::text")]
    firstname: String,
    #[serde(default, deserialize_with = "wire::text")]
    lastname: String,
    #[serde(default, deserialize_with = "wire::opt_text")]
    companyname: Option<String>,
}

/// `GET /details`.
pub fn client(v: &Value) -> Result<Client, ApiError> {
    let w: ClientWire = field(v, "client")?;
    Ok(Client {
        id: w.id,
        email: w.email,
        first_name: w.firstname,
        last_name: w.lastname,
        company: w.companyname,
    })
}
