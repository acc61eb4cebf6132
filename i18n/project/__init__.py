"""The project: its configuration, its operations, and checking it."""
