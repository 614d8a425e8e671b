from django.urls import path

from . import views

app_name = "safecontact"
urlpatterns = [
    path("", views.write, name="write"),
    path("check/", views.check, name="check"),
    path("inbox/", views.inbox, name="inbox"),
    path("inbox/<int:pk>/", views.conversation, name="conversation"),
    path("inbox/<int:pk>/claim/", views.claim, name="claim"),
    path("inbox/<int:pk>/answer/", views.answer, name="answer"),
    path("inbox/<int:pk>/note/", views.note, name="note"),
    path("inbox/<int:pk>/hand-over/", views.hand_over, name="hand_over"),
    path("inbox/<int:pk>/close/", views.close, name="close"),
    path("inbox/<int:pk>/abuse/", views.mark_abuse, name="mark_abuse"),
    path("helpers/", views.helpers, name="helpers"),
    path("helpers/<int:pk>/revoke/", views.revoke_helper, name="revoke_helper"),
]
