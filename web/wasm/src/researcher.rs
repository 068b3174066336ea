//! The researcher's journey in the page (filled in by its own change).
