"""Hữu Nghị: a province's cultural diplomacy work, planned, assigned, monitored and reported."""

__version__ = "0.1.0"
