"""What the forum's moderation writes to the shared audit log (forum.membership.audit), in words."""

from django.utils.translation import gettext_lazy as _

ACTION_LABELS = {
    "forum_post_approved": _("Forum post approved"),
    "forum_post_rejected": _("Forum post rejected"),
    "forum_post_reported": _("Forum post reported"),
    "forum_post_edited": _("Forum post edited by a moderator"),
    "forum_post_deleted": _("Forum post deleted by a moderator"),
    "forum_topic_locked": _("Forum topic locked"),
    "forum_topic_unlocked": _("Forum topic unlocked"),
    "forum_topic_deleted": _("Forum topic deleted"),
    "forum_topic_moved": _("Forum topic moved to another forum"),
    "forum_topic_type_changed": _("Forum topic type changed"),
    "forum_report_dismiss": _("Report dismissed"),
    "forum_report_edit": _("Report decided: the post was edited"),
    "forum_report_hide": _("Report decided: the post was hidden"),
    "forum_report_delete": _("Report decided: the post was deleted"),
    "forum_report_lock": _("Report decided: the topic was locked"),
    "forum_report_move": _("Report decided: the topic was moved"),
    "forum_report_warn": _("Report decided: the author was warned"),
    "forum_report_suspend": _("Report decided: the author was suspended"),
}

POST_STATES = {
    "pending": _("Awaiting approval"),
    "approved": _("Approved"),
    "rejected": _("Rejected"),
    "open": _("Report open"),
}

# machina records a topic's type as its number (Topic.TOPIC_POST, TOPIC_STICKY, TOPIC_ANNOUNCE).
TOPIC_STATES = {
    "locked": _("Locked"),
    "unlocked": _("Open for replies"),
    "deleted": _("Deleted"),
    "0": _("Normal topic"),
    "1": _("Sticky topic"),
    "2": _("Announcement"),
}


def register():
    from forum.membership.audit import register_labels

    from .models import PostReport

    register_labels(ACTION_LABELS, prefix="forum_post_", states=POST_STATES)
    register_labels({}, prefix="forum_topic_", states=TOPIC_STATES)
    register_labels({}, prefix="forum_report_", states=dict(PostReport.Status.choices))
