"""Error analysis for `sayso eval --errors` (filled in below)."""
