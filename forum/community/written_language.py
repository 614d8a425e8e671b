"""The language of what members write (issue 11, item 5). Each post records the language its
writer wrote it in; the post form offers the platform's four languages, named in their own
language, and starts on the writer's interface language. Topic pages mark each post up with
its language, so that an English post under /hu/ is read as English by a screen reader
(WCAG 3.1.2, Language of Parts), and search analyses it as English."""

from django import forms
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.core.exceptions import ObjectDoesNotExist
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from forum.membership.emails import language_of as writer_language  # interface language, or the default

from .models import PostLanguage

# Each language named in itself: the writer looks for the language they write, not its name in
# the interface's language.
LANGUAGE_CHOICES = [(code, LANG_INFO[code]["name_local"].capitalize()) for code, _name in settings.LANGUAGES]
CODES = {code for code, _name in settings.LANGUAGES}


class LanguageSelect(forms.Select):
    """Each option carries its own `lang`: "Nederlands" is read as Dutch on a Hungarian page."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value:
            option["attrs"]["lang"] = value
        return option


def language_of(post):
    """The language `post` is written in."""
    try:
        return post.written_language.language
    except ObjectDoesNotExist:
        return writer_language(post.poster if post.poster_id else None)


def starting_language(user):
    """Where the choice starts for a new text: the writer's preference, else the page's language."""
    preferred = getattr(user, "preferred_language", "") if user is not None else ""
    current = (translation.get_language() or "")[:2]
    return preferred if preferred in CODES else (current if current in CODES else settings.LANGUAGE_CODE)


POST_LABELS = (
    _("Language of your post"),
    _("Screen readers read your post in this language, and search finds it by its words in it."),
)


def add_language_field(form, name, initial, labels=POST_LABELS):
    """Adds the language choice to `form` as `name`. A form sent without it (from a page opened
    before the field existed) keeps the language it would have started on."""
    label, help_text = labels
    form.fields[name] = forms.ChoiceField(
        label=label, choices=LANGUAGE_CHOICES, widget=LanguageSelect, initial=initial, help_text=help_text
    )
    if form.is_bound and name not in form.data:
        form.data = form.data.copy()
        form.data[name] = initial


class WrittenLanguageMixin:
    """Adds "Language of your post" to machina's post and topic forms and records the choice."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        initial = language_of(self.instance) if self.instance.pk else starting_language(self.user)
        add_language_field(self, "written_language", initial)

    def save(self, commit=True):
        post = super().save(commit)
        if commit:
            PostLanguage.objects.update_or_create(
                post=post, defaults={"language": self.cleaned_data["written_language"]}
            )
        return post
