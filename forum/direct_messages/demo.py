"""A demo conversation between two of the sample experts: how colleagues in two countries
prepare a study visit by direct message. Clearly sample content, about no person.
Runs after forum.membership.demo, which creates the sample experts."""

from django.contrib.auth import get_user_model

from . import services
from .models import Conversation

SUBJECT = "Preparing the study visit to Antwerp (sample)"
MESSAGES = [
    (
        "expert.hu@example.org",
        "Dear Bram, for the study visit in March we would like to see how a specialised centre organises the "
        "first interview. Could two of our case workers sit in on a (fictional) training interview?",
    ),
    (
        "expert.be@example.org",
        "Dear Hanna, yes: our training team runs a role play every Tuesday. I will ask them to keep a place for "
        "two colleagues and send you the programme by the end of next week.",
    ),
    (
        "expert.hu@example.org",
        "Thank you. We will bring the Hungarian version of the referral checklist so that we can compare both.",
    ),
]


def load(command):
    User = get_user_model()
    people = {user.email: user for user in User.objects.filter(email__in={email for email, _text in MESSAGES})}
    if len(people) < 2 or Conversation.objects.filter(subject=SUBJECT).exists():
        return
    (first_email, first_text), *replies = MESSAGES
    writer = people[first_email]
    others = [user for email, user in people.items() if email != first_email]
    conversation = services.start(writer, others, SUBJECT, first_text, language="en")
    for email, text in replies:
        services.reply(conversation, people[email], text, language="en")
    command.stdout.write("Demo direct messages: 1 conversation.")
