"""What the record says, resolved against the shipped facts (platform policies, legal provisions)."""
