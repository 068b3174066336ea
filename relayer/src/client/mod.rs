//! Client side: runs with the user's keys (encryption, key wrapping, signing, verification).
