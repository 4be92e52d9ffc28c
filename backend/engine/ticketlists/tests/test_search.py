"""Full-text search of the ticket lists (serial, title, text fields; English and Chinese), combined
with the other filters, sorting with a stable cursor, and the "waiting for" column."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import schema_context

from conftest import error_of
from engine.ticketlists.tests.factories import create_ticket, ids
from engine.tickets import search
from engine.tickets.models import Ticket

pytestmark = pytest.mark.django_db


def _q(text: str, extra: str = "") -> str:
    return f"view=created&q={quote(text)}{extra}"


def test_words_cut_chinese_into_pairs_and_spaced_text_into_words():
    assert search.words("请假申请 Laptop-2026") == ["请假", "假申", "申请", "请", "laptop", "2026"]
    assert search.words("年") == ["年"]
    # Every word is found by its beginning, as one exact lexeme (the vector holds the beginnings).
    assert search.tsquery("申请 lap") == "'申请' & 'lap'"
    assert search.tsquery("请") == "'请'"
    assert search.tsquery("  --  ") is None
    assert search.tsquery("a'b\\c") == "'a' & 'b' & 'c'"  # no quote reaches the query
    # Longer than PREFIX_MAX: a prefix of the index (only whole words that long are there).
    assert search.tsquery("x" * 21) == f"'{'x' * 21}':*"


@pytest.fixture
def leaves(world):
    leave = world["leave"]
    return {
        "family": create_ticket(leave, reason="Family visit in Hangzhou"),
        "chinese": create_ticket(leave, reason="回老家参加婚礼"),
        "sick": create_ticket(leave, reason="Sick, doctor's note attached", submit=False),
    }


def test_search_finds_words_of_text_fields_by_prefix_in_any_case(leaves, as_user):
    alice = as_user("alice")
    assert ids(alice, _q("hangzhou")) == [leaves["family"].pk]
    assert ids(alice, _q("HANG fam")) == [leaves["family"].pk]
    assert ids(alice, _q("doctor note")) == [leaves["sick"].pk]
    assert ids(alice, _q("hangzhou doctor")) == []  # every word must match


@pytest.mark.parametrize("text", ["婚礼", "老家", "回老家", "礼", "回", "参加婚礼"])
def test_search_finds_chinese_by_any_one_or_more_characters(leaves, as_user, text):
    assert ids(as_user("alice"), _q(text)) == [leaves["chinese"].pk]


@pytest.mark.parametrize("text", ["婚老", "家回", "结婚"])
def test_search_does_not_find_chinese_pairs_that_are_not_there(leaves, as_user, text):
    assert ids(as_user("alice"), _q(text)) == []


def test_search_finds_the_serial_and_the_title(leaves, as_user):
    alice = as_user("alice")
    family = leaves["family"]
    assert ids(alice, _q(family.serial)) == [family.pk]
    assert ids(alice, _q(family.serial.rsplit("-", 1)[-1], "&workflow=" + str(family.workflow_id))) == [
        family.pk
    ]
    # The title ("Alice …: annual leave, 5 day(s)") of every leave.
    assert sorted(ids(alice, _q("annual leave"))) == sorted(ticket.pk for ticket in leaves.values())


def test_search_follows_a_change_of_the_values(leaves, as_user):
    with schema_context("it"):
        ticket = Ticket.objects.get(pk=leaves["sick"].pk)
        ticket.values = {**ticket.values, "reason": "出差 business trip"}
        ticket.save(update_fields=["values"])
    alice = as_user("alice")
    assert ids(alice, _q("doctor")) == []
    assert ids(alice, _q("出差 trip")) == [leaves["sick"].pk]


def test_search_combines_with_the_other_filters(world, leaves, as_user):
    alice = as_user("alice")
    family = leaves["family"]
    assert ids(alice, _q("annual", "&status=draft")) == [leaves["sick"].pk]
    assert ids(alice, _q("hangzhou", "&status=draft")) == []
    assert ids(alice, _q("hangzhou", "&field=days:5")) == [family.pk]
    assert ids(alice, _q("hangzhou", "&field=days:6")) == []
    assert ids(alice, _q("hangzhou", f"&creator={family.creator_id}")) == [family.pk]
    assert ids(alice, _q("hangzhou", f"&creator={family.creator_id + 1000}")) == []
    with schema_context("it"):
        lead = family.handlers.get().user_id
    assert sorted(ids(alice, f"view=created&handler={lead}")) == sorted(
        [leaves["family"].pk, leaves["chinese"].pk]
    )
    assert ids(alice, _q("婚礼", f"&handler={lead}&workflow={world['leave'].pk}")) == [leaves["chinese"].pk]


def test_a_search_never_widens_the_view(leaves, as_user):
    assert ids(as_user("bob"), "view=related&q=hangzhou") == []
    assert ids(as_user("lead"), "view=todo&q=hangzhou") == [leaves["family"].pk]


def test_hidden_fields_are_not_searchable():
    from engine.workflows.definitions.schema import WorkflowDocument

    document = WorkflowDocument.model_validate(
        {
            "states": [
                {"key": "start", "name": "Start", "type": "start", "position": {"x": 0, "y": 0}},
                {
                    "key": "review",
                    "name": "Review",
                    "type": "normal",
                    "position": {"x": 0, "y": 0},
                    "field_permissions": {"secret": "hidden"},
                },
            ],
            "fields": [
                {"key": "secret", "label": "Secret", "type": "text", "order": 1},
                {"key": "note", "label": "Note", "type": "rich_text", "order": 2},
            ],
        }
    )
    assert search.field_texts(document, {"secret": "password", "note": "<b>bold</b>"}) == [" bold "]


@pytest.mark.parametrize(
    ("query", "field"),
    [("sort=priority", "sort"), ("sort=--title", "sort"), ("q=" + "x" * 201, "q"), ("handler=0", "handler")],
)
def test_bad_list_parameters_are_refused(world, as_user, query, field):
    response = as_user("alice").get(f"/api/v1/tickets?{query}")
    assert response.status_code == 422, response.content
    assert field in str(error_of(response)["details"])


def test_sorting_by_a_column_walks_every_ticket_once_in_order(world, as_user):
    leave = world["leave"]
    for days in (3, 1, 2, 1, 3, 2, 1):
        create_ticket(leave, days=days)
    alice = as_user("alice")
    for sort in ("title", "-title", "status", "-updated_at", "serial"):
        seen, cursor = [], None
        while True:
            query = f"view=created&limit=2&sort={sort}" + (f"&cursor={cursor}" if cursor else "")
            body = alice.get(f"/api/v1/tickets?{query}").json()
            seen += body["items"]
            cursor = body["next_cursor"]
            if cursor is None:
                break
        column = sort.lstrip("-")
        values = [item[column] for item in seen]
        assert values == sorted(values, reverse=sort.startswith("-")), sort
        assert len({item["id"] for item in seen}) == 7


def test_ties_are_broken_so_that_an_index_serves_the_order():
    from engine.tickets.filters import ordering

    assert ordering(None) == ("-created_at", "-id")
    assert ordering("title") == ("title", "id")
    assert ordering("-updated_at") == ("-updated_at", "-id")
    assert ordering("status") == ("status", "-created_at", "-id")  # ticket_status_recent
    assert ordering("-status") == ("-status", "created_at", "id")  # the same, backwards


def _real(queries: CaptureQueriesContext) -> int:
    """The queries but django-tenants' search_path switches (made after a change in another schema)."""
    return sum(not query["sql"].startswith("SET search_path") for query in queries.captured_queries)


def test_the_list_says_whom_each_ticket_waits_for_in_a_fixed_number_of_queries(world, as_user):
    leave = world["leave"]
    create_ticket(leave)
    alice = as_user("alice")
    item = alice.get("/api/v1/tickets?view=created").json()["items"][0]
    assert [(person["username"], person["kind"]) for person in item["waiting_for"]] == [("lead", "handler")]
    assert item["waiting_count"] == 1
    with CaptureQueriesContext(connection) as few:
        alice.get("/api/v1/tickets?view=created&q=annual&sort=title")
    for _ in range(12):
        create_ticket(leave)
    create_ticket(leave, submit=False)
    with CaptureQueriesContext(connection) as many:
        body = alice.get("/api/v1/tickets?view=created&q=annual&sort=title").json()
    assert len(body["items"]) == 14
    assert _real(many) == _real(few)
    drafts = [item for item in body["items"] if item["status"] == "draft"]
    assert [(item["waiting_for"], item["waiting_count"]) for item in drafts] == [([], 0)]


@pytest.mark.parametrize(("common", "sparse"), [(0, 0), (0, 2000), (10**9, 0), (10**9, 1), (10**9, 2000)])
def test_rare_and_common_terms_find_the_same_tickets(leaves, as_user, monkeypatch, common, sparse):
    """Whether a term counts as common (the list's order walked at once) or is sized, and a search
    as sparse (read by id) or dense (the list's order walked), changes nothing."""
    monkeypatch.setattr(search, "COMMON", common)
    monkeypatch.setattr(search, "SPARSE", sparse)  # an export's
    monkeypatch.setattr(search, "PAGE_SPARSE", sparse)  # a page's
    alice = as_user("alice")
    assert ids(alice, _q("hangzhou")) == [leaves["family"].pk]
    assert ids(alice, _q("annual 婚礼")) == [leaves["chinese"].pk]
    assert sorted(ids(alice, _q("annual", "&sort=serial"))) == sorted(ticket.pk for ticket in leaves.values())
    assert ids(alice, _q("zebra annual")) == []


def test_the_migration_fills_the_words_of_existing_tickets(leaves, as_user):
    import importlib

    from django.apps import apps

    migration = importlib.import_module("engine.migrations.0012_ticket_search_and_saved_views")
    with schema_context("it"):
        expected = dict(Ticket.objects.values_list("pk", "search_text"))
        Ticket.objects.update(search_text="")
        assert ids(as_user("alice"), _q("hangzhou")) == []
        migration.fill_search_text(apps, None)
        filled = dict(Ticket.objects.values_list("pk", "search_text"))
    assert {pk: set(text.split()) for pk, text in filled.items()} == {
        pk: set(text.split()) for pk, text in expected.items()
    }
    assert ids(as_user("alice"), _q("hangzhou")) == [leaves["family"].pk]


def _queries(client: Any, text: str) -> tuple[list[int], list[str]]:
    """The ids the list shows for a search, and the SQL it ran."""
    with CaptureQueriesContext(connection) as queries:
        found = ids(client, _q(text))
    return found, [query["sql"] for query in queries.captured_queries]


def _sized(sql: list[str]) -> int:
    return sum("MATERIALIZED" in statement for statement in sql)


@pytest.fixture
def finance_legal(world):
    for reason in ("finance", "finance", "legal", "legal", "finance legal"):
        create_ticket(world["leave"], reason=reason)


def test_two_common_words_that_never_meet_are_sized_in_the_index_not_walked(
    finance_legal, as_user, monkeypatch
):
    """Each word is in many tickets but no ticket has both: the page is read in one statement that
    finds the search's tickets through the GIN index (a bitmap AND, planned as a whole in a
    MATERIALIZED CTE, at most PAGE_SPARSE + 1 read) and sorts them; the list's order is not walked, and
    no id is looked up apart."""
    monkeypatch.setattr(search, "COMMON", 0)  # even when the planner knows each word as common
    alice = as_user("alice")
    found, sql = _queries(alice, "finance legal")
    assert len(found) == 1
    assert _sized(sql) == 1
    (listed,) = [statement for statement in sql if "MATERIALIZED" in statement]
    assert " @@ " in listed
    assert f"LIMIT {search.PAGE_SPARSE + 1}" in listed
    assert "unnest(" not in listed
    assert [statement for statement in sql if 'FROM "engine_ticket" ' in statement] == [listed]
    found, sql = _queries(alice, "finance legal zebra")
    assert found == []
    assert _sized(sql) == 1  # sized as a whole too: no id


def test_an_export_narrows_a_sparse_search_to_its_ids(finance_legal, as_user, monkeypatch):
    """An export reads every row in keyset chunks: a sparse search is sized once through the GIN
    index, and each chunk reads its tickets by id, the search checked on each row."""
    monkeypatch.setattr(search, "COMMON", 0)
    alice = as_user("alice")
    with CaptureQueriesContext(connection) as queries:
        response = alice.get(f"/api/v1/tickets/export?view=created&q={quote('finance legal')}")
        body = b"".join(response.streaming_content).decode()
    assert len(body.strip().splitlines()) == 2  # the header and the one ticket
    sql = [query["sql"] for query in queries.captured_queries]
    assert _sized(sql) == 1
    (listed,) = [statement for statement in sql if "unnest(" in statement and "ORDER BY" in statement]
    assert "ts_match_vq(" in listed
    assert " @@ " not in listed


def _pages(client: Any, query: str) -> list[int]:
    """Every id of a list, two a page, through the cursors."""
    seen: list[int] = []
    cursor = None
    while True:
        body = client.get(f"/api/v1/tickets?{query}&limit=2" + (f"&cursor={cursor}" if cursor else "")).json()
        seen += [item["id"] for item in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            return seen


@pytest.mark.parametrize("sort", ["", "title", "-serial", "status", "-status", "-updated_at", "state_key"])
def test_a_sparse_search_pages_as_the_walked_list_does(world, leaves, as_user, monkeypatch, sort):
    """A page sorted from the search's tickets (at most PAGE_SPARSE) and one found by walking the list's
    order are the same page, with the same cursor, on every page and in every sort."""
    create_ticket(world["leave"], reason="annual again", submit=False)
    alice = as_user("alice")
    query = _q("annual", f"&sort={sort}" if sort else "")
    monkeypatch.setattr(search, "COMMON", 10**9)
    sorted_from_few = _pages(alice, query)
    monkeypatch.setattr(search, "PAGE_SPARSE", 0)
    walked = _pages(alice, query)
    assert sorted_from_few == walked
    assert len(walked) == 4


def test_the_page_of_a_sparse_search_is_read_in_one_statement_up_to_its_bound(leaves, world, as_user):
    """`bounded_page` gives `paginate`'s page while at most `bound` rows pass, and None past it."""
    from core.pagination import bounded_page, paginate
    from engine.tickets.filters import ordering
    from engine.tickets.selectors import SUMMARY_COLUMNS

    create_ticket(world["leave"], reason="annual again")
    with schema_context("it"):
        tickets = Ticket.objects.all()
        rows = tickets.values(*SUMMARY_COLUMNS)
        total = rows.count()
        for sort in (None, "title", "-status"):
            order = ordering(sort)
            cursor = None
            while True:
                walked = paginate(rows, ordering=order, cursor=cursor, limit=2)
                read = bounded_page(
                    tickets, columns=SUMMARY_COLUMNS, ordering=order, cursor=cursor, limit=2, bound=total
                )
                assert read == walked
                cursor = walked.next_cursor
                if cursor is None:
                    break
        order = ordering(None)
        assert (
            bounded_page(
                tickets, columns=SUMMARY_COLUMNS, ordering=order, cursor=None, limit=2, bound=total - 1
            )
            is None
        )
        none = bounded_page(
            tickets.filter(pk=0), columns=SUMMARY_COLUMNS, ordering=order, cursor=None, limit=2, bound=0
        )
        assert none == paginate(rows.filter(pk=0), ordering=order, cursor=None, limit=2)


def test_one_word_is_sized_unless_the_planner_expects_it_often(finance_legal, as_user, monkeypatch):
    alice = as_user("alice")
    monkeypatch.setattr(search, "COMMON", 0)
    found, sql = _queries(alice, "finance")  # expected in COMMON tickets or more: walked at once
    assert len(found) == 3
    assert _sized(sql) == 0
    assert [statement for statement in sql if statement.startswith("EXPLAIN (FORMAT JSON)")]
    monkeypatch.setattr(search, "COMMON", 20_000)
    found, sql = _queries(alice, "finance")  # expected in fewer: sized in the index first
    assert len(found) == 3
    assert _sized(sql) == 1


def test_a_search_read_by_id_keeps_the_view_and_the_sort(world, leaves, as_user, monkeypatch):
    """The ids a search is sized by come from every ticket of the tenant: the view still decides."""
    create_ticket(world["leave"], "bob", reason="Family visit again")
    monkeypatch.setattr(search, "COMMON", 10**9)
    assert ids(as_user("alice"), _q("family visit")) == [leaves["family"].pk]
    mine = ids(as_user("alice"), _q("annual", "&sort=-serial"))
    serials = dict(Ticket.objects.values_list("pk", "serial"))
    assert [serials[pk] for pk in mine] == sorted((serials[pk] for pk in mine), reverse=True)


def test_the_old_serial_and_title_filters_still_work(leaves, as_user):
    alice = as_user("alice")
    family = leaves["family"]
    assert ids(alice, f"view=created&serial={quote(family.serial)}") == [family.pk]
    assert ids(alice, f"view=created&q={quote(family.serial)}") == [family.pk]
    assert sorted(ids(alice, f"view=created&title={quote(family.title[:4])}")) == sorted(
        ticket.pk for ticket in leaves.values() if family.title[:4].casefold() in ticket.title.casefold()
    )
