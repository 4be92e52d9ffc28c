"""Conditions of conditional workflow branches: a tree, a small expression language, checks and
evaluation. Pure Python and pydantic (of Django only its translation functions: messages
follow the request's language), and no `eval`/`exec`/`compile` anywhere: the
language has its own tokenizer and recursive-descent parser.

The tree (`Condition`) is an OR of AND-groups of comparisons `field op value`::

    Condition(groups=[[Comparison(field="days", op="gt", value=3),
                       Comparison(field="dept", op="in", value=["ops", "dev"])]])

which `parse_expression('days > 3 and dept in ["ops", "dev"]')` also gives. Everything the
language can say is normalised to that form: `not` is pushed down to the comparisons (De Morgan;
eq↔ne, gt↔lte, gte↔lt, in↔not_in, contains↔not_contains, is_empty↔is_not_empty; starts_with and
ends_with cannot be negated) and `and` is distributed over `or`, within 64 groups of 64
comparisons. `to_expression` prints the canonical text back.

Values. Literals are JSON and are read as the field's type when compared: numbers (int and
decimal fields; an int, a float or a numeric string) as exact `Decimal`s via `Decimal(str(x))`,
never float arithmetic; dates as "YYYY-MM-DD"; date-times as ISO 8601 (naive means UTC); times as
"HH:MM" or "HH:MM:SS"; booleans as true/false; every other scalar type as a string. Contains is a
substring test on string/text/rich_text and an element test on checkbox/multi_select/users.
String comparisons (eq, ordering, contains, starts_with, ends_with) are case-sensitive, and
ordering of strings is by code point.

Decimal literals in expressions: integers are stored as `int`; a literal with a fraction or an
exponent is stored as a `float` when the float's repr denotes exactly the same number
(`1000.50` → 1000.5, `0.1` → 0.1), and otherwise kept as the literal's text
(`0.10000000000000000001` → "0.10000000000000000001"), which number fields read back exactly. So
no digit a user wrote is ever lost, and the common case stays a plain JSON number.

Empty values. A missing key, None, "", [] and {} are empty (0 and false are not). A comparison
against an empty value is false for every operator except ne, not_in and not_contains (true: an
empty value is not equal to, not in, and does not contain anything) and is_empty. `x == null` and
`x != null` are the same as `x is empty` and `x is not empty`. One consequence of pushing `not`
down: `not (days > 3)` becomes `days <= 3`, which, like every ordering comparison, is false when
`days` is empty — write `not (days > 3) or days is empty` to include empty values.

`evaluate` never raises on a well-formed tree; comparisons `check_condition` rejects (unknown
field, unsupported operator, unreadable value) evaluate like comparisons against an empty value.
A condition with no groups never matches.
"""

from engine.workflows.conditions.check import check_condition
from engine.workflows.conditions.errors import ConditionSyntaxError
from engine.workflows.conditions.evaluation import evaluate
from engine.workflows.conditions.model import FIELD_TYPES, Comparison, Condition, Op
from engine.workflows.conditions.parser import parse_expression
from engine.workflows.conditions.printer import to_expression

__all__ = [
    "FIELD_TYPES",
    "Comparison",
    "Condition",
    "ConditionSyntaxError",
    "Op",
    "check_condition",
    "evaluate",
    "parse_expression",
    "to_expression",
]
