"""Write the Group Policy templates (packaging/windows/keydesk.admx and the en-US and ru-RU
ADML files) from resources/policy.schema.json, so IT can push the policy by GPO.

Run after changing the schema: ``.venv/bin/python scripts/policy_admx.py``. A test checks the
files are what this script writes and that their keys equal the schema's.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parent.parent
SCHEMA = REPO / "resources" / "policy.schema.json"
OUT = REPO / "packaging" / "windows"
KEY = r"Software\Policies\Keydesk"

#: Russian titles and explanations, one per key; a missing one fails the generation.
RUSSIAN = {
    "kiosk": (
        "Режим киоска",
        "Во весь экран, крупный шрифт и один путь: выбор профиля, парольная фраза, коды, копирование, снова выбор профиля. Окно нельзя закрыть или свернуть, значка в трее нет.",
    ),
    "auto_lock_seconds": (
        "Блокировать после простоя (секунды)",
        "Блокировать Keydesk после стольких секунд без ввода; 0 — не блокировать по простою.",
    ),
    "lock_on_session_lock": (
        "Блокировать вместе с компьютером",
        "Блокировать, когда блокируется сеанс операционной системы или компьютер уходит в сон.",
    ),
    "lock_after_copy": (
        "Блокировать сразу после копирования кода",
        "Блокировать (в режиме киоска — вернуться к выбору профиля), как только код скопирован.",
    ),
    "clipboard_clear_seconds": (
        "Очищать буфер обмена через (секунды)",
        "Скопированный код удаляется из буфера обмена через столько секунд.",
    ),
    "hide_codes": (
        "Скрывать коды до щелчка",
        "Коды видны, только когда оператор щёлкает по ним или копирует их.",
    ),
    "allow_add": (
        "Разрешить добавлять аккаунты",
        "Операторы могут добавлять аккаунты (сканирование, вставка, ввод вручную, командная строка).",
    ),
    "allow_edit": (
        "Разрешить изменять аккаунты",
        "Операторы могут переименовывать аккаунты, менять группы и другие свойства.",
    ),
    "allow_remove": ("Разрешить удалять аккаунты", "Операторы могут удалять аккаунты."),
    "allow_import": (
        "Разрешить импорт",
        "Операторы могут импортировать аккаунты из файлов других аутентификаторов.",
    ),
    "allow_export": (
        "Разрешить экспорт",
        "Операторы могут экспортировать аккаунты и резервные копии.",
    ),
    "allowed_issuers": (
        "Разрешённые издатели",
        "Шаблоны (* и ?, без учёта регистра), которым должен соответствовать издатель аккаунта, чтобы его можно было добавить. Не задано — любой издатель.",
    ),
    "require_passphrase": (
        "Требовать парольную фразу",
        "У каждого профиля должна быть парольная фраза; профили только со связкой ключей запрещены.",
    ),
    "min_passphrase_length": (
        "Минимальная длина парольной фразы",
        "Новые парольные фразы короче этого числа символов отклоняются.",
    ),
    "profiles_create": (
        "Разрешить создавать профили",
        "Операторы могут создавать новые профили (и первое хранилище пустого профиля).",
    ),
    "admin_server_url": (
        "Сервер администрирования",
        "Сервер, с которым работает консоль администратора; выбрать другой нельзя. https:// (http:// только к этому компьютеру).",
    ),
    "admin_console": (
        "Консоль администратора",
        "Можно ли открыть консоль администратора (настройки безопасности сервиса).",
    ),
    "drift_server": (
        "Сервер проверки часов",
        "HTTPS-сервер, по заголовку Date которого проверяются часы; пустое значение отключает проверку.",
    ),
    "global_hotkey": (
        "Глобальное сочетание клавиш",
        "Сочетание клавиш, открывающее быстрый выбор из любого места, например Ctrl+Alt+K; пустое значение отключает его.",
    ),
    "language": ("Язык", "Язык приложения: en или ru."),
    "usage_log": (
        "Журнал использования",
        "Вести для каждого профиля зашифрованный журнал с цепочкой хешей: разблокировки, копирования, показы кодов и изменения.",
    ),
    "usage_log_days": (
        "Хранить журнал использования (дней)",
        "Записи старше этого числа дней удаляются.",
    ),
}
LANGUAGE_NAMES = {"en": ("English", "Английский"), "ru": ("Russian", "Русский")}


def policy_properties() -> dict[str, dict[str, Any]]:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return {k: v for k, v in schema["properties"].items() if k != "version"}


def admx() -> str:
    policies = "\n".join(_policy(name, rule) for name, rule in policy_properties().items())
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!-- Written by scripts/policy_admx.py from resources/policy.schema.json: do not edit by hand. -->
<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <policyNamespaces>
    <target prefix="keydesk" namespace="Keydesk.Policies.Keydesk" />
  </policyNamespaces>
  <resources minRequiredRevision="1.0" />
  <supportedOn>
    <definitions>
      <definition name="SUPPORTED_Keydesk1" displayName="$(string.SUPPORTED_Keydesk1)" />
    </definitions>
  </supportedOn>
  <categories>
    <category name="Keydesk" displayName="$(string.Keydesk)" />
  </categories>
  <policies>
{policies}
  </policies>
</policyDefinitions>
"""


def _policy(name: str, rule: dict[str, Any]) -> str:
    head = (
        f'    <policy name="{name}" class="Machine" displayName="$(string.{name})" '
        f'explainText="$(string.{name}_Explain)" key="{KEY}"'
    )
    common = (
        '      <parentCategory ref="Keydesk" />\n      <supportedOn ref="SUPPORTED_Keydesk1" />\n'
    )
    if rule["type"] == "boolean":
        return (
            f'{head} valueName="{name}">\n{common}'
            '      <enabledValue><decimal value="1" /></enabledValue>\n'
            '      <disabledValue><decimal value="0" /></disabledValue>\n    </policy>'
        )
    return f'{head} presentation="$(presentation.{name})">\n{common}      <elements>\n        {_element(name, rule)}\n      </elements>\n    </policy>'


def _element(name: str, rule: dict[str, Any]) -> str:
    if rule["type"] == "integer":
        return (
            f'<decimal id="{name}" valueName="{name}" minValue="{rule["minimum"]}" '
            f'maxValue="{rule["maximum"]}" />'
        )
    if rule["type"] == "array":
        return f'<list id="{name}" key="{KEY}\\{name}" valuePrefix="" />'
    if "enum" in rule:
        items = "".join(
            f'<item displayName="$(string.{name}_{value})"><value><string>{value}</string></value></item>'
            for value in rule["enum"]
        )
        return f'<enum id="{name}" valueName="{name}" required="true">{items}</enum>'
    return f'<text id="{name}" valueName="{name}" maxLength="{rule["maxLength"]}" />'


def adml(language: str) -> str:
    russian = language == "ru-RU"
    strings = [
        ("Keydesk", "Keydesk"),
        ("SUPPORTED_Keydesk1", "Keydesk 0.1 и новее" if russian else "Keydesk 0.1 or later"),
    ]
    presentations = []
    for name, rule in policy_properties().items():
        title, explain = RUSSIAN[name] if russian else (rule["title"], rule["description"])
        strings += [(name, title), (f"{name}_Explain", explain)]
        for value in rule.get("enum", []):
            strings.append((f"{name}_{value}", LANGUAGE_NAMES[value][1 if russian else 0]))
        if rule["type"] != "boolean":
            presentations.append(_presentation(name, rule, title))
    string_lines = "\n".join(
        f'      <string id="{key}">{escape(text)}</string>' for key, text in strings
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<!-- Written by scripts/policy_admx.py from resources/policy.schema.json: do not edit by hand. -->
<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <displayName>Keydesk</displayName>
  <description>Keydesk</description>
  <resources>
    <stringTable>
{string_lines}
    </stringTable>
    <presentationTable>
{chr(10).join(presentations)}
    </presentationTable>
  </resources>
</policyDefinitionResources>
"""


def _presentation(name: str, rule: dict[str, Any], label: str) -> str:
    if rule["type"] == "integer":
        control = f'<decimalTextBox refId="{name}" defaultValue="{rule["default"]}">{escape(label)}</decimalTextBox>'
    elif rule["type"] == "array":
        control = f'<listBox refId="{name}">{escape(label)}</listBox>'
    elif "enum" in rule:
        control = f'<dropdownList refId="{name}" noSort="true">{escape(label)}</dropdownList>'
    else:
        control = f'<textBox refId="{name}"><label>{escape(label)}</label></textBox>'
    return f'      <presentation id="{name}">{control}</presentation>'


def outputs() -> dict[Path, str]:
    return {
        OUT / "keydesk.admx": admx(),
        OUT / "en-US" / "keydesk.adml": adml("en-US"),
        OUT / "ru-RU" / "keydesk.adml": adml("ru-RU"),
    }


def main() -> int:
    for path, text in outputs().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(REPO)}")  # noqa: T201 - a script reports what it wrote
    return 0


if __name__ == "__main__":
    sys.exit(main())
