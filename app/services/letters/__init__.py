"""Letters and stored documents: generating letters, the document registry, letter context."""
