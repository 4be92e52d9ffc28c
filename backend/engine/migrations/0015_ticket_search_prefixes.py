# A ticket's search vector holds every beginning of each of its words (up to 20 letters, and the
# whole word), so a search looks each of its words up as one exact lexeme of the GIN index instead
# of a prefix ("partial match"), which gathers every ticket of every word with that beginning first
# (engine.tickets.search, docs/performance.md "Ticket search and list export").
#
# `search_text` (the words) is unchanged: no data to migrate. Dropping and re-adding the generated
# column rewrites engine_ticket (about 1.5 min for 1,000,000 tickets, writes blocked meanwhile), then
# the GIN index is built again (about 20 s) and the table analysed (about 1 s).

import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.db import migrations, models

# The words of `search_text` (space-separated) → a tsvector of each word's beginnings of 1 to 20
# characters plus the whole word (engine.tickets.search.PREFIX_MAX must match). A pair of Chinese
# characters gives its first character and the pair.
#
# One function, in the public schema, for every tenant's generated column (tenant schemas are cloned
# from the template with the column, which names it schema-qualified). Created only when absent,
# under an advisory lock, so tenant schemas migrating in parallel neither race nor replace it; a
# later change to it needs a new name.
CREATE_FUNCTION = """
DO $do$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('public.ticket_search_vector'));
    IF NOT EXISTS (
        SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND p.proname = 'ticket_search_vector'
    ) THEN
        CREATE FUNCTION public.ticket_search_vector(words text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $f$
            SELECT coalesce(
                pg_catalog.array_to_tsvector(pg_catalog.array_agg(
                    CASE WHEN size > 20 THEN word ELSE pg_catalog.left(word, size) END
                )),
                ''::pg_catalog.tsvector
            )
            FROM pg_catalog.unnest(pg_catalog.string_to_array(words, ' ')) AS word,
                pg_catalog.generate_series(1, LEAST(pg_catalog.length(word), 21)) AS size
        $f$;
    END IF;
END
$do$;
"""


class Migration(migrations.Migration):
    dependencies = [
        ("engine", "0014_timer_sla_warning"),
    ]

    operations = [
        migrations.RunSQL(CREATE_FUNCTION, reverse_sql=migrations.RunSQL.noop),
        # Django cannot alter a generated column: it is dropped (with its index) and added again.
        migrations.RemoveIndex(model_name="ticket", name="ticket_search"),
        migrations.RemoveField(model_name="ticket", name="search_vector"),
        migrations.AddField(
            model_name="ticket",
            name="search_vector",
            field=models.GeneratedField(
                db_persist=True,
                expression=models.Func(models.F("search_text"), function="public.ticket_search_vector"),
                output_field=django.contrib.postgres.search.SearchVectorField(),
            ),
        ),
        migrations.AddIndex(
            model_name="ticket",
            index=django.contrib.postgres.indexes.GinIndex(fields=["search_vector"], name="ticket_search"),
        ),
        # A re-added column has no statistics, and rewriting the table counts as no change that
        # would make autovacuum gather them: without them the planner guesses how common each word
        # is, and walks the whole list for a rare one.
        migrations.RunSQL("ANALYZE engine_ticket", reverse_sql=migrations.RunSQL.noop),
    ]
