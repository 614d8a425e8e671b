"""machina's forum profile form, with the personal-data check on the signature."""

from machina.apps.forum_member.forms import ForumProfileForm as MachinaForumProfileForm

from forum.community.personal_data_forms import PersonalDataCheckMixin


class ForumProfileForm(PersonalDataCheckMixin, MachinaForumProfileForm):
    personal_data_fields = ("signature",)
