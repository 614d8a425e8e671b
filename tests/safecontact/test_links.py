""" "Write to a helper" is reachable from the Get help page and the home page's help box."""

import pytest

from tests.gethelp.factories import GetHelpPageFactory

pytestmark = pytest.mark.django_db


def test_get_help_page_links_to_writing_and_checking(client, home_page):
    page = GetHelpPageFactory(parent=home_page, intro="<p>Help.</p>")
    html = client.get(page.url).content.decode()
    assert '<a class="button" href="/en/safe-contact/">Write to a helper</a>' in html
    assert 'href="/en/safe-contact/check/">Check for an answer</a>' in html
    assert '<a href="#write-to-helper">Write to a helper</a>' in html


def test_home_page_help_box_links_to_writing(client, home_page):
    home_page.help_title = "Do you need help now?"
    home_page.help_text = "<p>Free help in your language.</p>"
    home_page.save_revision().publish()
    html = client.get("/en/").content.decode()
    box = html[html.index('class="help-callout"') :]
    box = box[: box.index("</section>")]
    assert '<a class="button" href="/en/safe-contact/">Write to a helper</a>' in box


def test_the_links_are_translated(client, home_page):
    from wagtail.models import Locale

    Locale.objects.get_or_create(language_code="hu")
    html = client.get("/hu/safe-contact/").content.decode()
    assert "<h1>Írjon egy segítőnek</h1>" in html
    assert "Melyik országban van most?" in html
    assert "Magyar" in html and "Nederlands" in html
