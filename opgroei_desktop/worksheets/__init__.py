"""The worksheet per theme, Qt-free: what it shows, the agreement life cycle, the action
register and the milestone time line."""
