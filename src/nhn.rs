//! NHN Cloud Deploy API v2.1: binaries, deploys, history.
