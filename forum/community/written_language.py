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


def writer_language(user):
    """A member's interface language (their preference), or the site's default language."""
    language = getattr(user, "preferred_language", "") if user is not None else ""
    return language if language in CODES else settings.LANGUAGE_CODE


def language_of(post):
    """The language `post` is written in."""
    try:
        return post.written_language.language
    except ObjectDoesNotExist:
        return writer_language(post.poster if post.poster_id else None)


class WrittenLanguageMixin:
    """Adds "Language of your post" to machina's post and topic forms and records the choice."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            initial = language_of(self.instance)
        else:
            preferred = getattr(self.user, "preferred_language", "")
            current = (translation.get_language() or "")[:2]
            initial = preferred if preferred in CODES else (current if current in CODES else settings.LANGUAGE_CODE)
        self.fields["written_language"] = forms.ChoiceField(
            label=_("Language of your post"),
            choices=LANGUAGE_CHOICES,
            widget=LanguageSelect,
            initial=initial,
            help_text=_("Screen readers read your post in this language, and search finds it by its words in it."),
        )
        if self.is_bound and "written_language" not in self.data:
            # Sent from a page opened before the field existed: the language it would have started on.
            self.data = self.data.copy()
            self.data["written_language"] = initial

    def save(self, commit=True):
        post = super().save(commit)
        if commit:
            PostLanguage.objects.update_or_create(
                post=post, defaults={"language": self.cleaned_data["written_language"]}
            )
        return post
