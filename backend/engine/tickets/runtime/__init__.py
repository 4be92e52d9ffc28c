"""The ticket runtime: field values, participants, countersign, serial numbers, actions."""
