//! Helpers shared by the decoding tests (each test crate includes this module).

use proptest::prelude::*;
use serde_json::Value;

/// Small JSON trees whose object keys are drawn from `keys` (a dialect's own field names), so
/// decoders meet near-miss shapes of real answers, not only noise: nulls, booleans, integers,
/// numeric and arbitrary strings, nested up to four levels.
pub fn arb_json(keys: Vec<&'static str>) -> impl Strategy<Value = Value> {
    let key = prop::sample::select(keys);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        "[0-9.\\-]{0,12}".prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::vec((key.clone(), inner), 0..6).prop_map(|kv| {
                Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
            }),
        ]
    })
}
