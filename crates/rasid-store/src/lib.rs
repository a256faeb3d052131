//! rasid-store (to be written).
