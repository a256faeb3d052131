//! rasid-search (to be written).
