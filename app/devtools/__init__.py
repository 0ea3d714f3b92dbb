"""Developer tools: the synthetic data generator and the demo data scenarios."""
