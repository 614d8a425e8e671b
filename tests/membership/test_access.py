"""Expired and suspended members lose vetted access on their very next request."""

from datetime import timedelta

from django.conf import settings
from django.test import Client
from django.utils import timezone

from forum.membership.models import Application


def vetted_on_request(client):
    """What the forum sees: the group membership of the user on this request."""
    response = client.get("/en/membership/")
    user = response.wsgi_request.user
    return user.groups.filter(name=settings.VETTED_GROUP).exists()


def test_an_expired_member_loses_access_on_the_next_request_without_cron(member):
    client = Client()
    client.force_login(member)
    assert vetted_on_request(client)
    Application.objects.filter(user=member).update(valid_until=timezone.now() - timedelta(seconds=1))
    assert not vetted_on_request(client)
    assert Application.objects.get(user=member).state == Application.State.EXPIRED


def test_a_suspended_member_loses_access_on_the_next_request(member, moderator):
    client = Client()
    client.force_login(member)
    assert vetted_on_request(client)
    member.membership_application.suspend(by=moderator, reason="Under review.")
    assert not vetted_on_request(client)
    page = client.get("/en/membership/").content.decode()
    assert "Suspended" in page and "Under review." in page
