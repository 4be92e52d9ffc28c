"""Robot channel URLs carry their token: store them encrypted (url_encrypted) and keep only the
masked form in config["url"], which is what the API shows."""

from django.db import migrations, models

from core.secrets import decrypt_secret, encrypt_secret, mask_url

ROBOT_KINDS = ("webhook", "wecom", "dingtalk", "feishu", "slack")


def encrypt_urls(apps, schema_editor):
    channel_model = apps.get_model("integrations", "NotificationChannel")
    for channel in channel_model.objects.filter(kind__in=ROBOT_KINDS, url_encrypted=""):
        url = str(channel.config.get("url") or "").strip()
        if not url:
            continue
        channel.url_encrypted = encrypt_secret(url)
        channel.config = {**channel.config, "url": mask_url(url)}
        channel.save(update_fields=["url_encrypted", "config"])


def decrypt_urls(apps, schema_editor):
    channel_model = apps.get_model("integrations", "NotificationChannel")
    for channel in channel_model.objects.exclude(url_encrypted=""):
        url = decrypt_secret(channel.url_encrypted)
        if url is not None:
            channel.config = {**channel.config, "url": url}
            channel.save(update_fields=["config"])


class Migration(migrations.Migration):
    dependencies = [
        ("integrations", "0003_script_run_robot"),
    ]

    operations = [
        migrations.AddField(
            model_name="notificationchannel",
            name="url_encrypted",
            field=models.TextField(blank=True),
        ),
        migrations.RunPython(encrypt_urls, decrypt_urls),
    ]
