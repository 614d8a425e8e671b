"""Ids no database column can hold are "nothing found", never a server error (issue 10, finding 6)."""

import pytest
from django import forms
from django.contrib.auth.models import Group

from tests.accounts.mfa import force_login_with_2fa
from tests.forum.conftest import make_user

pytestmark = pytest.mark.django_db

TOO_LARGE = 10**20


def test_an_in_lookup_leaves_out_values_no_column_can_hold():
    group = Group.objects.create(name="Editors of the sample")

    assert list(Group.objects.filter(pk__in=[TOO_LARGE])) == []
    assert list(Group.objects.filter(pk__in=[group.pk, TOO_LARGE, -TOO_LARGE])) == [group]


def test_a_multiple_choice_field_says_the_choice_is_not_valid():
    Group.objects.create(name="Editors of the sample")

    class GroupsForm(forms.Form):
        groups = forms.ModelMultipleChoiceField(Group.objects.all())

    form = GroupsForm(data={"groups": [str(TOO_LARGE)]})

    assert not form.is_valid()
    assert form.errors["groups"] == [f"Select a valid choice. {TOO_LARGE} is not one of the available choices."]


def test_an_admin_user_list_filtered_by_an_impossible_group_is_empty_not_an_error(client):
    administrator = make_user("administrator@example.org", is_staff=True, is_superuser=True)
    force_login_with_2fa(client, administrator)

    response = client.get(f"/admin/users/?group={TOO_LARGE}")

    assert response.status_code in (200, 400)


@pytest.mark.parametrize("key", ["abc", "%27%22", "%C2%B2"])
def test_a_snippet_chooser_with_a_key_that_is_not_a_number_answers_not_found(client, key):
    administrator = make_user("administrator@example.org", is_staff=True, is_superuser=True)
    force_login_with_2fa(client, administrator)

    # An unknown address outside /en/ is first offered under the language prefix (LocaleMiddleware).
    response = client.get(f"/admin/snippets/choose/directory/organisation/chosen/{key}/", follow=True)

    assert response.status_code == 404
