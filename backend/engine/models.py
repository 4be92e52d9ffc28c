"""Workflow definitions and the ticket runtime arrive with the engine issues."""
