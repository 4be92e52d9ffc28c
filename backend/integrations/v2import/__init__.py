"""Import a Loonflow 2.x installation (its database) into a tenant: docs/migration-loonflow2.md."""
