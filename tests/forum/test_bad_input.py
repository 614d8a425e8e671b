"""Bad input in forum addresses is a 404, never a server error (issue 10, finding 6)."""

import pytest

from tests.forum.conftest import make_vetted


@pytest.mark.parametrize("value", ["abc", "%00", "99999999999999999999", "1'", "%C3%28"])
def test_member_pages_with_a_hostile_id_are_not_found(client, forums, value):
    client.force_login(make_vetted("reader@example.org"))
    for path in (f"/en/forum/member/profile/{value}/", f"/en/forum/member/profile/{value}/posts/"):
        assert client.get(path).status_code == 404, path
