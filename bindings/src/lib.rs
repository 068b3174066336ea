//! Generated bindings (see scripts/bind).
