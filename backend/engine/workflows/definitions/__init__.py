"""Workflow definitions: the versioned document (schema), its validation, export/import and diff."""
