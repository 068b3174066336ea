//! Types shared by the client and the service: opaque ids, record leaves, public keys.
