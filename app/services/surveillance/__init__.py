"""Special surveillance (Art. 4.2): subjects, observations, the watch list."""
