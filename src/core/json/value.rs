//! The JSON value type: objects keep their members in order, in a vector.

/// A JSON value. `Null` is also what `Index` gives for a missing key.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Value>),
    Object(Map),
}

/// A JSON number: an integer when the text was one and fits 64 bits, else a double.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number(pub(super) Num);

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Num {
    Positive(u64),
    Negative(i64),
    Float(f64),
}

impl Number {
    /// A finite double as a number (`None` for NaN and the infinities, which JSON cannot hold).
    pub fn from_f64(n: f64) -> Option<Number> {
        n.is_finite().then_some(Number(Num::Float(n)))
    }
    /// The number as an `i64`, if it is an integer in range.
    pub fn as_i64(&self) -> Option<i64> {
        match self.0 {
            Num::Positive(n) => i64::try_from(n).ok(),
            Num::Negative(n) => Some(n),
            Num::Float(_) => None,
        }
    }
    /// The number as a `u64`, if it is a non-negative integer in range.
    pub fn as_u64(&self) -> Option<u64> {
        match self.0 {
            Num::Positive(n) => Some(n),
            Num::Negative(_) | Num::Float(_) => None,
        }
    }
    /// The number as a double (always there; large integers round).
    pub fn as_f64(&self) -> Option<f64> {
        Some(match self.0 {
            Num::Positive(n) => n as f64,
            Num::Negative(n) => n as f64,
            Num::Float(n) => n,
        })
    }
    /// Whether the number is an integer that fits an `i64`.
    pub fn is_i64(&self) -> bool {
        self.as_i64().is_some()
    }
    /// Whether the number was written with a fraction or an exponent (or does not fit 64 bits).
    pub fn is_f64(&self) -> bool {
        matches!(self.0, Num::Float(_))
    }
}

impl From<f64> for Value {
    /// A finite double as a number; NaN and the infinities as `null`.
    fn from(n: f64) -> Value {
        Number::from_f64(n).map_or(Value::Null, Value::Number)
    }
}

impl FromIterator<Value> for Value {
    /// An array of the items.
    fn from_iter<I: IntoIterator<Item = Value>>(items: I) -> Value {
        Value::Array(items.into_iter().collect())
    }
}

impl From<i64> for Value {
    fn from(n: i64) -> Value {
        Value::Number(Number(if n < 0 { Num::Negative(n) } else { Num::Positive(n as u64) }))
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Value {
        Value::Number(Number(Num::Positive(n)))
    }
}

impl From<u32> for Value {
    fn from(n: u32) -> Value {
        Value::from(u64::from(n))
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(s)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.to_string())
    }
}

impl Value {
    /// The member `key` of an object (the last one, when a server sent the key twice).
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }
    /// The text of a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
    /// A boolean's value.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }
    /// A number as a double.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => n.as_f64(),
            _ => None,
        }
    }
    /// A number as a `u64` (see `Number::as_u64`).
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.as_u64(),
            _ => None,
        }
    }
    /// An array's items.
    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }
    /// An object's members.
    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(members) => Some(members),
            _ => None,
        }
    }
    /// See `as_object`.
    pub fn as_object_mut(&mut self) -> Option<&mut Map> {
        match self {
            Value::Object(members) => Some(members),
            _ => None,
        }
    }
    /// Whether this is `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    /// Whether this is a string.
    pub fn is_string(&self) -> bool {
        matches!(self, Value::String(_))
    }
    /// Whether this is a number.
    pub fn is_number(&self) -> bool {
        matches!(self, Value::Number(_))
    }
    /// Whether this is `true` or `false`.
    pub fn is_boolean(&self) -> bool {
        matches!(self, Value::Bool(_))
    }
    /// Whether this is an object.
    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }
}

/// An object of `members`, in order.
pub fn object<const N: usize>(members: [(&str, Value); N]) -> Value {
    Value::Object(Map { members: members.into_iter().map(|(key, value)| (key.to_string(), value)).collect() })
}

impl std::ops::Index<&str> for Value {
    type Output = Value;
    /// The member `key`, or `null` when this is not an object or has no such member.
    fn index(&self, key: &str) -> &Value {
        static NULL: Value = Value::Null;
        self.get(key).unwrap_or(&NULL)
    }
}

/// An object's members in the order they were sent or inserted. A key may appear twice in
/// what a server sent; lookups see the last one, as a JS object would.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Map {
    pub(super) members: Vec<(String, Value)>,
}

impl Map {
    /// An empty object.
    pub fn new() -> Map {
        Map::default()
    }
    /// An empty object with room for `n` members.
    pub fn with_capacity(n: usize) -> Map {
        Map { members: Vec::with_capacity(n) }
    }
    fn position(&self, key: &str) -> Option<usize> {
        self.members.iter().rposition(|(k, _)| k == key)
    }
    /// The member `key`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.position(key).map(|i| &self.members[i].1)
    }
    /// Whether there is a member `key`.
    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_some()
    }
    /// Sets the member `key` (in place when there is one), giving back the value it replaced.
    pub fn insert(&mut self, key: String, value: Value) -> Option<Value> {
        match self.position(&key) {
            Some(i) => Some(std::mem::replace(&mut self.members[i].1, value)),
            None => {
                self.members.push((key, value));
                None
            }
        }
    }
    /// Sets the member `key` and moves it to place `index` (the end at most).
    pub fn shift_insert(&mut self, index: usize, key: String, value: Value) {
        self.remove(&key);
        self.members.insert(index.min(self.members.len()), (key, value));
    }
    /// Removes the member `key` (every copy of it), giving back its value.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let value = self.position(key).map(|i| self.members.remove(i).1);
        if value.is_some() {
            self.members.retain(|(k, _)| k != key);
        }
        value
    }
    /// The members' keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.members.iter().map(|(k, _)| k)
    }
    /// The members' values, in order.
    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.members.iter().map(|(_, v)| v)
    }
    /// The members, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.members.iter().map(|(k, v)| (k, v))
    }
}

impl Extend<(String, Value)> for Map {
    /// Sets each member in turn (see `insert`).
    fn extend<I: IntoIterator<Item = (String, Value)>>(&mut self, members: I) {
        for (key, value) in members {
            self.insert(key, value);
        }
    }
}

impl IntoIterator for Map {
    type Item = (String, Value);
    type IntoIter = std::vec::IntoIter<(String, Value)>;
    fn into_iter(self) -> Self::IntoIter {
        self.members.into_iter()
    }
}

impl FromIterator<(String, Value)> for Map {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(members: I) -> Map {
        let mut map = Map::new();
        map.extend(members);
        map
    }
}
