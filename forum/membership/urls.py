from django.urls import path

from . import views

app_name = "membership"
urlpatterns = [
    path("", views.status, name="status"),
    path("apply/", views.apply, name="apply"),
    path("answer/", views.answer, name="answer"),
    path("reconfirm/", views.reconfirm, name="reconfirm"),
    path("verify-email/resend/", views.resend_verification, name="resend_verification"),
    path("verify-email/<str:token>/", views.verify_professional_email, name="verify_professional_email"),
    path("code-of-conduct/", views.code_of_conduct, name="code_of_conduct"),
    path("privacy/", views.privacy_notice, name="privacy_notice"),
    path("my-data/", views.my_data, name="my_data"),
    path("delete-account/", views.delete_my_account, name="delete_account"),
]
