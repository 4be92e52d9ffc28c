"""The tickets API: `reads` (detail, lists, flow log, steps, counts) and `actions` (create, handle…)."""
