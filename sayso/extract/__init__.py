"""Extraction components: each adds one kind of annotation to an Analysis."""
