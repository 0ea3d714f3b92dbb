"""Full-text search over the store and the labels of its hits."""
