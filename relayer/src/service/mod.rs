//! The relayer service: sees only ciphertext, public keys and signatures.
