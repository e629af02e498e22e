"""The pages and controllers of the main window (trajectories, people, meetings, ...)."""
