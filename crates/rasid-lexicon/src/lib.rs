//! rasid-lexicon (to be written).
