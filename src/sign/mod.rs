//! Request signing as pure functions: request parts, credentials, time and nonce in; headers out.
//! Nothing here reads the clock or a random source.

pub mod acs3;
pub mod ncp;
