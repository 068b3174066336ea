//! medvault relayer.
