//! Switchboard.
