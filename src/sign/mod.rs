//! Request signing as pure functions: request parts, credentials, time and nonce in; headers out.
//! Nothing here reads the clock or a random source.
