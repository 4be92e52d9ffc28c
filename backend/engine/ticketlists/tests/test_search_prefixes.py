"""Every word of a search is found by its beginning, the first words as well as the last, through
exact lexemes: the ticket's search vector holds every beginning of each of its words (engine/0015)."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from django.db import connection
from django_tenants.utils import schema_context

from engine.ticketlists.tests.factories import create_ticket, ids
from engine.tickets import search
from engine.tickets.models import Ticket

pytestmark = pytest.mark.django_db

LONG = "supercalifragilisticexpialidocious"  # 34 letters: longer than PREFIX_MAX


def _q(text: str, extra: str = "") -> str:
    return f"view=created&q={quote(text)}{extra}"


def _lexemes(ticket: Ticket) -> set[str]:
    with schema_context("it"), connection.cursor() as cursor:
        cursor.execute(
            "SELECT tsvector_to_array(search_vector) FROM engine_ticket WHERE id = %s", [ticket.pk]
        )
        return set(cursor.fetchone()[0])


@pytest.fixture
def finance(world):
    return create_ticket(world["leave"], reason=f"Finance review 请假申请 {LONG}")


def test_the_vector_holds_every_beginning_of_each_word(finance):
    lexemes = _lexemes(finance)
    assert {"f", "fi", "fin", "fina", "finan", "financ", "finance"} <= lexemes
    assert {"r", "re", "rev", "revi", "revie", "review"} <= lexemes
    # A CJK run's pairs and its last character, and the first character of each pair.
    assert {"请假", "假申", "申请", "请", "假", "申"} <= lexemes
    # A long word: its beginnings up to PREFIX_MAX characters, then only the whole word.
    assert {LONG[:size] for size in range(1, search.PREFIX_MAX + 1)} | {LONG} <= lexemes
    assert not {lexeme for lexeme in lexemes if len(lexeme) > search.PREFIX_MAX} - {LONG}
    # The search text itself keeps only the words.
    with schema_context("it"):
        assert "finan " not in Ticket.objects.get(pk=finance.pk).search_text + " "


@pytest.mark.parametrize(
    "text",
    [
        "finan",  # the last word, typed in part
        "fina revi",  # the first words too: any word is matched by its beginning
        "REVIEW fin",
        "f r 请",
        "finance 申请",
        LONG[:5],
        LONG[: search.PREFIX_MAX],
        LONG[: search.PREFIX_MAX + 1],  # longer than the longest beginning kept: a prefix
        LONG,
    ],
)
def test_every_word_is_found_by_its_beginning(finance, as_user, text):
    assert ids(as_user("alice"), _q(text)) == [finance.pk]


@pytest.mark.parametrize("text", ["financial", "finance zebra", "inance", "eview", LONG + "s", "假请"])
def test_a_word_is_not_found_by_its_middle_or_by_more_than_it_has(finance, as_user, text):
    assert ids(as_user("alice"), _q(text)) == []


def test_the_serial_typed_in_part_finds_its_tickets(world, as_user):
    first = create_ticket(world["leave"], reason="first")
    second = create_ticket(world["leave"], reason="second")
    prefix, day, number = first.serial.split("-")
    alice = as_user("alice")
    assert ids(alice, _q(first.serial)) == [first.pk]
    assert sorted(ids(alice, _q(f"{prefix}-{day[:4]}"))) == sorted([first.pk, second.pk])
    assert ids(alice, _q(f"{prefix}-{day}-{number}")) == [first.pk]


def test_the_search_function_is_shared_from_the_public_schema(finance):
    """Tenant schemas are cloned from the template: their generated column names the one function."""
    with schema_context("it"), connection.cursor() as cursor:
        cursor.execute(
            "SELECT p.pronamespace::regnamespace::text, p.proname FROM pg_attrdef d "
            "JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum "
            "JOIN pg_depend k ON k.classid = 'pg_attrdef'::regclass AND k.objid = d.oid "
            "JOIN pg_proc p ON k.refclassid = 'pg_proc'::regclass AND p.oid = k.refobjid "
            "WHERE d.adrelid = 'engine_ticket'::regclass AND a.attname = 'search_vector'"
        )
        assert cursor.fetchall() == [("public", "ticket_search_vector")]
        cursor.execute("SELECT public.ticket_search_vector(''), public.ticket_search_vector('ab 年')")
        assert cursor.fetchone() == ("", "'a' 'ab' '年'")
