"""machina's forum profile form, with the personal-data check on the signature."""

from machina.apps.forum_member.forms import ForumProfileForm as MachinaForumProfileForm

from forum.community.personal_data_forms import PersonalDataCheckMixin


class ForumProfileForm(PersonalDataCheckMixin, MachinaForumProfileForm):
    personal_data_fields = ("signature",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_personal_data_field()

    def clean(self):
        cleaned_data = super().clean()
        self.check_personal_data(cleaned_data)
        return cleaned_data
