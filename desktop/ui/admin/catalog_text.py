"""The server's permissions catalogue (server/catalog.py) marked for translation: the English
titles the server sends, by section id and by "section.function" id."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

SECTIONS = {
    "dialogs": QT_TRANSLATE_NOOP("Catalog", "Dialogs"),
    "clients": QT_TRANSLATE_NOOP("Catalog", "Clients"),
    "broadcasts": QT_TRANSLATE_NOOP("Catalog", "Broadcasts"),
    "chatbots": QT_TRANSLATE_NOOP("Catalog", "Chatbots"),
    "templates": QT_TRANSLATE_NOOP("Catalog", "Templates"),
    "tags": QT_TRANSLATE_NOOP("Catalog", "Tags"),
    "reports": QT_TRANSLATE_NOOP("Catalog", "Reports"),
    "channels": QT_TRANSLATE_NOOP("Catalog", "Channels"),
    "operators": QT_TRANSLATE_NOOP("Catalog", "Operators"),
    "settings": QT_TRANSLATE_NOOP("Catalog", "Settings"),
    "api": QT_TRANSLATE_NOOP("Catalog", "API"),
    "security": QT_TRANSLATE_NOOP("Catalog", "Security"),
    "audit": QT_TRANSLATE_NOOP("Catalog", "Audit log"),
}
FUNCTIONS = {
    "dialogs.view_own": QT_TRANSLATE_NOOP("Catalog", "See own dialogs"),
    "dialogs.view_all": QT_TRANSLATE_NOOP("Catalog", "See every operator's dialogs"),
    "dialogs.reply": QT_TRANSLATE_NOOP("Catalog", "Reply to clients"),
    "dialogs.transfer": QT_TRANSLATE_NOOP("Catalog", "Transfer dialogs to other operators"),
    "dialogs.close": QT_TRANSLATE_NOOP("Catalog", "Close dialogs"),
    "dialogs.delete_messages": QT_TRANSLATE_NOOP("Catalog", "Delete messages"),
    "clients.view": QT_TRANSLATE_NOOP("Catalog", "See client cards"),
    "clients.edit": QT_TRANSLATE_NOOP("Catalog", "Edit client cards"),
    "clients.view_contacts": QT_TRANSLATE_NOOP("Catalog", "See phone numbers and e-mail addresses"),
    "clients.export": QT_TRANSLATE_NOOP("Catalog", "Export the client base"),
    "clients.delete": QT_TRANSLATE_NOOP("Catalog", "Delete clients"),
    "broadcasts.view": QT_TRANSLATE_NOOP("Catalog", "See broadcasts"),
    "broadcasts.create": QT_TRANSLATE_NOOP("Catalog", "Create broadcasts"),
    "broadcasts.send": QT_TRANSLATE_NOOP("Catalog", "Send broadcasts"),
    "chatbots.view": QT_TRANSLATE_NOOP("Catalog", "See chatbot scenarios"),
    "chatbots.edit": QT_TRANSLATE_NOOP("Catalog", "Edit chatbot scenarios"),
    "templates.use": QT_TRANSLATE_NOOP("Catalog", "Use quick replies"),
    "templates.edit": QT_TRANSLATE_NOOP("Catalog", "Edit quick replies and templates"),
    "tags.assign": QT_TRANSLATE_NOOP("Catalog", "Assign tags"),
    "tags.edit": QT_TRANSLATE_NOOP("Catalog", "Create and delete tags"),
    "reports.view_own": QT_TRANSLATE_NOOP("Catalog", "See own statistics"),
    "reports.view_all": QT_TRANSLATE_NOOP("Catalog", "See all reports"),
    "reports.export": QT_TRANSLATE_NOOP("Catalog", "Export"),
    "channels.view": QT_TRANSLATE_NOOP("Catalog", "See channels"),
    "channels.edit": QT_TRANSLATE_NOOP("Catalog", "Connect and edit channels"),
    "operators.view": QT_TRANSLATE_NOOP("Catalog", "See operators"),
    "operators.edit": QT_TRANSLATE_NOOP("Catalog", "Add and edit operators"),
    "operators.manage_2fa": QT_TRANSLATE_NOOP(
        "Catalog", "Reset operators' two-factor authentication"
    ),
    "settings.view": QT_TRANSLATE_NOOP("Catalog", "See company settings"),
    "settings.edit": QT_TRANSLATE_NOOP("Catalog", "Change company settings"),
    "api.view_token": QT_TRANSLATE_NOOP("Catalog", "See the API token"),
    "api.manage": QT_TRANSLATE_NOOP("Catalog", "Manage API access and webhooks"),
    "security.view": QT_TRANSLATE_NOOP(
        "Catalog", "See security settings, roles and the permissions catalogue"
    ),
    "security.edit": QT_TRANSLATE_NOOP(
        "Catalog",
        "Change security settings (2FA policy, IP allowlist, content filter, support access)",
    ),
    "audit.view": QT_TRANSLATE_NOOP("Catalog", "See the audit log"),
}
