def test_root_redirects_to_a_language(client, home_page):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="hu")
    assert response.status_code == 302
    assert response["Location"] == "/hu/"


def test_home_page_is_served_under_english_prefix(client, home_page):
    response = client.get("/en/")
    assert response.status_code == 200
    assert b'<html lang="en"' in response.content
