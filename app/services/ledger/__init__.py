"""Information received and given (Art. 9, 10): the items, their restrictions and disclosures."""
