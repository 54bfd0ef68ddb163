"""borderdesk: the counter application of Vietnam's electronic border-guard procedures."""

__version__ = "0.1.0"
