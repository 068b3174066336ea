//! Plain-words output for the demo and `medvault dev`: numbered steps a newcomer can follow.

use super::output::say;
use std::fmt::Display;

/// Prints a story step by step to stdout.
#[derive(Debug, Default)]
pub(crate) struct Story {
    step: usize,
}

impl Story {
    /// Starts a new numbered step.
    pub(crate) fn step(&mut self, title: impl Display) {
        self.step += 1;
        say!("\n{}. {title}", self.step);
    }

    /// A line of detail under the current step.
    pub(crate) fn detail(&self, line: impl Display) {
        say!("   {line}");
    }

    /// A labelled value (an address, a hash, a CID) under the current step.
    pub(crate) fn fact(&self, label: &str, value: impl Display) {
        say!("   {label:<18} {value}");
    }

    /// A check that passed.
    pub(crate) fn ok(&self, line: impl Display) {
        say!("   ✓ {line}");
    }
}
