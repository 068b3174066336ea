//! The `medvault` binary.
fn main() {}
