//! rasid-ner (to be written).
