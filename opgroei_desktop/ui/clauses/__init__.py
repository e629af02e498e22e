"""Drafting agreement documents in the app: choose the type, review the articles, export."""
