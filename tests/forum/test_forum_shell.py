"""The forum inside the site shell: a title that names it, an invitation to join for visitors who
are not signed in, and feeds offered only where a feed reader (who signs in as nobody) can read."""

from django.urls import reverse

from tests.forum.conftest import PASSWORD


def feed_url(forum):
    return reverse("forum_feeds:forum_latest_topics_with_descendants", args=[forum.slug, forum.pk])


def test_forum_index_is_titled_forum_and_the_site(client, forums):
    html = client.get("/en/forum/").content.decode()
    assert "<title>Forum · RAVOT-EUR</title>" in html
    assert "Index" not in html.split("<title>")[1].split("</title>")[0]


def test_anonymous_forum_pages_invite_to_apply_for_membership(client, forums):
    apply_link = f'href="{reverse("membership:apply")}"'
    for path in ("/en/forum/", f"/en/forum/forum/{forums['Announcements'].slug}-{forums['Announcements'].pk}/"):
        html = client.get(path).content.decode()
        assert "Vetted professionals discuss cross-border cases in the expert area." in html, path
        assert apply_link in html, path


def test_the_invitation_is_translated(client, forums):
    html = client.get("/hu/forum/").content.decode()
    assert "Az ellenőrzött szakemberek a szakértői térben" in html
    assert "Jelentkezés ellenőrzött tagnak" in html


def test_signed_in_members_are_not_invited(client, roles):
    client.login(email=roles["vetted"].email, password=PASSWORD)
    html = client.get("/en/forum/").content.decode()
    assert "Vetted professionals discuss cross-border cases in the expert area." not in html


def test_feed_links_only_on_forums_an_anonymous_reader_can_read(client, forums, roles):
    client.login(email=roles["vetted"].email, password=PASSWORD)
    html = client.get("/en/forum/").content.decode()
    assert forums["Hungary"].name in html, "the vetted member sees the expert forums"
    assert feed_url(forums["Announcements"]) in html
    assert feed_url(forums["Questions to the experts"]) in html
    for expert_only in ("Hungary", "Belgium", "Netherlands", "Handbook and training", "Cross-border cases"):
        assert feed_url(forums[expert_only]) not in html, expert_only
