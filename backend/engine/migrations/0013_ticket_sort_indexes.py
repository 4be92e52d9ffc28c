# The ticket lists sorted by title or by state read an index instead of sorting the whole list.
#
# Plain CREATE INDEX (it blocks writes to engine_ticket while it builds): a tenant's migrations run
# in one transaction, where CREATE INDEX CONCURRENTLY is not allowed (see docs/operations.md).

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('engine', '0012_ticket_search_and_saved_views'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='ticket',
            index=models.Index(fields=['title', 'id'], name='ticket_title'),
        ),
        migrations.AddIndex(
            model_name='ticket',
            index=models.Index(fields=['state_key', 'id'], name='ticket_state'),
        ),
    ]
