"""Opgroei Desktop: a facilitator's tool for the opgroeiruimte process."""

__version__ = "0.1.0"
