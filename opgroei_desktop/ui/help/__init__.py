"""Help for the facilitator: the manual, readable offline inside the app."""
