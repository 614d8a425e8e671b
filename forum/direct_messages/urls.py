from django.urls import path

from . import views

app_name = "direct_messages"
urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("new/", views.new, name="new"),
    path("<int:pk>/", views.conversation, name="conversation"),
    path("<int:pk>/reply/", views.reply, name="reply"),
    path("message/<int:pk>/report/", views.report, name="report"),
    path("attachment/<int:pk>/", views.attachment, name="attachment"),
    path("blocked/", views.blocked, name="blocked"),
    path("block/", views.block, name="block"),
    path("reports/<int:pk>/", views.report_detail, name="report_detail"),
]
