"""A database that cannot be reached for a moment (PostgreSQL restarting, a failover; issue 14,
part 6): readers get a 503 in their language that says nothing was saved and to send it again,
never a bare server error, and pages already in the shared page cache are still served."""

import pytest
from django.db import OperationalError, connection


@pytest.fixture
def database_down(db):
    """Call it to cut the database off; it is back before the test database is rolled back."""
    original = connection.ensure_connection

    def unreachable():
        raise OperationalError('connection to server at "127.0.0.1", port 5432 failed: Connection refused')

    def go_down():
        connection.ensure_connection = unreachable

    yield go_down
    connection.ensure_connection = original


def test_a_reader_is_told_in_their_language_that_nothing_was_saved_and_when_to_retry(client, home_page, database_down):
    client.raise_request_exception = False
    database_down()
    response = client.post("/hu/membership/apply/", {"full_name": "Sample Applicant"})
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert '<html lang="hu">' in html
    assert "Átmenetileg nem elérhető" in html
    assert "nem mentettük" in html
    assert "Leave this site quickly" not in html  # the quick exit, in Hungarian too
    assert "Server error" not in html


def test_pages_in_the_shared_page_cache_are_still_served(client, home_page, database_down):
    client.raise_request_exception = False
    for _ in range(2):  # the first request creates the site settings; the second is stored
        assert client.get("/en/").status_code == 200
    database_down()
    response = client.get("/en/")
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "hit"
    assert client.get("/en/forum/").status_code == 503
