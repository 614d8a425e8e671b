from django.urls import path

from . import drafts, expert_finder, mention_suggestions, replies, solutions, views

app_name = "community"
urlpatterns = [
    path("posts/<int:post_pk>/", views.go_to_post, name="go_to_post"),
    path("posts/<int:post_pk>/report/", views.report_post, name="report_post"),
    path("posts/<int:post_pk>/solution/", solutions.mark_solution, name="mark_solution"),
    path("posts/<int:post_pk>/history/", replies.post_history, name="post_history"),
    path("topics/<int:topic_pk>/first-unread/", replies.first_unread, name="first_unread"),
    path(
        "forums/<int:forum_pk>/mention-suggestions/",
        mention_suggestions.mention_suggestions,
        name="mention_suggestions",
    ),
    path("forums/<int:forum_pk>/draft/", drafts.save_topic_draft, name="save_topic_draft"),
    path("topics/<int:topic_pk>/draft/", drafts.save_reply_draft, name="save_reply_draft"),
    path("experts/", expert_finder.expert_finder, name="expert_finder"),
    path("reports/", views.report_queue, name="report_queue"),
    path("reports/<int:pk>/", views.report_detail, name="report_detail"),
    path("my-rejected-posts/", views.rejected_posts, name="rejected_posts"),
    path("notifications/", views.notification_settings, name="notification_settings"),
    path("forums/<int:forum_pk>/subscription/", views.forum_subscription, name="forum_subscription"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
