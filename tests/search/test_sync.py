"""Every change that matters reaches the index after its transaction commits, and only then."""

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from machina.core.db.models import get_model
from wagtail.models import PageViewRestriction

from search.access import PUBLIC, reader_tokens  # noqa: F401
from search.backends import get_backend, reset_backend
from search.models import PendingUpdate
from search.query import SearchQuery
from tests.directory.conftest import directory_page, make_expert, make_organisation, taxonomy  # noqa: F401
from tests.forum.conftest import forums, make_topic, make_vetted  # noqa: F401
from tests.home.conftest import make_standard_page

Post = get_model("forum_conversation", "Post")


def found(text, readers=None, language="en"):
    from django.contrib.auth.models import AnonymousUser

    readers = readers if readers is not None else reader_tokens(AnonymousUser())
    return [hit.title for hit in get_backend().search(SearchQuery(text=text, language=language, readers=readers)).hits]


def test_publishing_unpublishing_moving_and_deleting_pages(home_page, index_updated):
    page = make_standard_page(home_page, "hotline", title="Hotline for seasonal workers")
    index_updated()
    assert found("seasonal") == ["Hotline for seasonal workers"]

    page.title = "Hotline for harvest workers"
    page.save_revision().publish()
    index_updated()
    assert found("seasonal") == [] and found("harvest") == ["Hotline for harvest workers"]

    parent = make_standard_page(home_page, "services", title="Services")
    page.move(parent, pos="last-child")
    index_updated()
    hit = get_backend().search(SearchQuery(text="harvest", language="en", readers=frozenset({PUBLIC}))).hits[0]
    assert hit.url == "/en/services/hotline/"

    page.refresh_from_db()
    page.unpublish()
    index_updated()
    assert found("harvest") == []

    page.save_revision().publish()
    index_updated()
    assert found("harvest") == ["Hotline for harvest workers"]
    page.delete()
    index_updated()
    assert found("harvest") == []


def test_changing_a_pages_privacy_changes_who_finds_it_and_its_children(home_page, index_updated):
    parent = make_standard_page(home_page, "casework", title="Casework methods")
    make_standard_page(parent, "interviews", title="Casework interviews")
    index_updated()
    assert sorted(found("casework")) == ["Casework interviews", "Casework methods"]
    restriction = PageViewRestriction.objects.create(page=parent, restriction_type=PageViewRestriction.LOGIN)
    index_updated()
    assert found("casework") == []
    assert len(found("casework", readers=frozenset({PUBLIC, "signed-in"}))) == 2
    restriction.delete()
    index_updated()
    assert len(found("casework")) == 2


def test_forum_posts_follow_edits_approval_moves_and_deletion(forums, index_updated, settings):  # noqa: F811
    settings.FORUM_FIRST_POSTS_NEED_APPROVAL = 0
    author = make_vetted("writer@example.org")
    topic, post = make_topic(forums["Announcements"], author, "Shelter places in Ghent", "Six places are free.")
    index_updated()
    assert found("shelter") == ["Shelter places in Ghent"]

    post.content = "Eleven beds are free this week."
    post.save()
    index_updated()
    assert found("beds") == ["Shelter places in Ghent"]

    post.approved = False
    post.save()
    index_updated()
    assert found("beds") == []
    post.approved = True
    post.save()

    topic.forum = forums["Hungary"]  # an expert forum
    topic.save()
    index_updated()
    assert found("beds") == []
    vetted_readers = reader_tokens(author)
    assert found("beds", readers=vetted_readers) == ["Shelter places in Ghent"]

    topic.delete()
    index_updated()
    assert found("beds", readers=vetted_readers) == []


def test_losing_vetted_status_hides_experts_at_once(directory_page, index_updated):  # noqa: F811
    from forum.membership.models import Application

    member = make_vetted("member@example.org")
    organisation = make_organisation("pag-shelter", name="PAG Shelter")
    expert = make_expert(organisation, full_name="Petra Liaison-Officer")
    index_updated()
    assert found("liaison", readers=reader_tokens(member)) == ["Petra Liaison-Officer"]
    Application.objects.filter(user=member).update(state=Application.State.SUSPENDED)
    from forum.membership.access import sync_vetted_group

    member.refresh_from_db()
    sync_vetted_group(member, member.membership_application)
    member = type(member).objects.get(pk=member.pk)
    assert found("liaison", readers=reader_tokens(member)) == []

    expert.delete()
    index_updated()
    assert not get_backend().fingerprints().get(f"expert:{expert.pk}:en")


def test_editing_an_organisation_updates_its_documents(directory_page, index_updated):  # noqa: F811
    organisation = make_organisation("ngo-x", name="Harbour Outreach", city="Antwerp")
    index_updated()
    assert found("harbour") == ["Harbour Outreach"]
    organisation.name = "Quayside Outreach"
    organisation.save_revision().publish()
    index_updated()
    assert found("harbour") == [] and found("quayside") == ["Quayside Outreach"]


def test_rolled_back_work_changes_nothing_and_committed_work_is_indexed(
    home_page, search_engine, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            make_standard_page(home_page, "ghost", title="Ghost page never saved")
            raise RuntimeError("the editor's save failed")
    assert not PendingUpdate.objects.exists()
    assert found("ghost") == []
    # When the transaction commits, on_commit runs the task (immediate backend) and the queue empties.
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        make_standard_page(home_page, "real", title="Real page saved")
        assert PendingUpdate.objects.exists() and found("real") == []
    assert callbacks
    backend = get_backend()
    if hasattr(backend, "refresh"):
        backend.refresh()
    assert found("real") == ["Real page saved"]
    assert not PendingUpdate.objects.exists()


def test_with_the_engine_down_saving_works_and_search_says_so(home_page, client, django_capture_on_commit_callbacks):
    with override_settings(SEARCH_BACKEND="search.backends.engine.EngineBackend", OPENSEARCH_URL="http://127.0.0.1:9"):
        reset_backend()
        try:
            with django_capture_on_commit_callbacks(execute=True):
                page = make_standard_page(home_page, "saved-anyway", title="Saved while search was down")
            assert page.live
            pending = PendingUpdate.objects.get(object_key=str(page.pk))
            assert pending.attempts >= 1 and pending.last_error
            response = client.get("/en/search/", {"q": "saved"})
            assert response.status_code == 503
            assert "Search is not available at the moment" in response.content.decode()
            hu = client.get("/hu/search/", {"q": "mentett"}).content.decode()
            assert "Search is not available at the moment" not in hu
            assert "A keresés jelenleg nem érhető el." in hu
        finally:
            reset_backend()
    reset_backend()


def test_rebuild_and_check_commands(home_page, index_updated, capsys):
    make_standard_page(home_page, "one", title="Anti-trafficking coordination")
    index_updated()
    call_command("search_index", rebuild=True)  # the home page that the migrations made was never indexed
    call_command("search_index", check=True)
    assert "0 missing, 0 stale, 0 extra" in capsys.readouterr().out
    get_backend().delete_documents([key for key in get_backend().fingerprints()])
    if hasattr(get_backend(), "refresh"):
        get_backend().refresh()
    with pytest.raises(Exception, match="out of date"):
        call_command("search_index", check=True)
    assert "missing: page:" in capsys.readouterr().out
    call_command("search_index", rebuild=True)
    backend = get_backend()
    if hasattr(backend, "refresh"):
        backend.refresh()
    call_command("search_index", check=True)
    assert found("coordination") == ["Anti-trafficking coordination"]
