"""The sync protocol, engine and reference portal (no Qt)."""
