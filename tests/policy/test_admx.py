"""The Group Policy templates stay in step with the policy schema."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.core.policy.schema import key_schema, policy_keys

REPO = Path(__file__).resolve().parents[2]
WINDOWS = REPO / "packaging" / "windows"
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}


def policies() -> dict[str, ET.Element]:
    root = ET.parse(WINDOWS / "keydesk.admx").getroot()
    return {p.attrib["name"]: p for p in root.iterfind("p:policies/p:policy", NS)}


def test_admx_keys_equal_the_schema_keys() -> None:
    found = policies()
    assert list(found) == list(policy_keys())
    for name, policy in found.items():
        assert policy.attrib["key"] == r"Software\Policies\Keydesk"
        element = next(iter(policy.find("p:elements", NS) or []), None)
        # The registry value each policy writes is named exactly as the JSON key it mirrors.
        written = policy.attrib.get("valueName") or (
            element.attrib.get("valueName") if element is not None else None
        )
        if key_schema(name)["type"] == "array":
            assert element is not None and element.tag.endswith("list")
            assert element.attrib["key"] == rf"Software\Policies\Keydesk\{name}"
        else:
            assert written == name


def test_admx_value_kinds_and_ranges_follow_the_schema() -> None:
    for name, policy in policies().items():
        rule = key_schema(name)
        element = next(iter(policy.find("p:elements", NS) or []), None)
        kind = rule["type"]
        if kind == "boolean":
            assert policy.find("p:enabledValue/p:decimal", NS).attrib["value"] == "1"  # type: ignore[union-attr]
            assert policy.find("p:disabledValue/p:decimal", NS).attrib["value"] == "0"  # type: ignore[union-attr]
            continue
        assert element is not None, name
        tag = element.tag.split("}")[1]
        if kind == "integer":
            assert tag == "decimal"
            assert int(element.attrib["minValue"]) == rule["minimum"]
            assert int(element.attrib["maxValue"]) == rule["maximum"]
        elif "enum" in rule:
            assert tag == "enum"
            values = [s.text for s in element.iterfind("p:item/p:value/p:string", NS)]
            assert values == rule["enum"]
        else:
            assert tag == ("list" if kind == "array" else "text")


@pytest.mark.parametrize("language", ["en-US", "ru-RU"])
def test_adml_has_every_string_and_presentation(language: str) -> None:
    admx_text = (WINDOWS / "keydesk.admx").read_text(encoding="utf-8")
    root = ET.parse(WINDOWS / language / "keydesk.adml").getroot()
    strings = {s.attrib["id"]: s.text for s in root.iterfind(".//p:stringTable/p:string", NS)}
    presentations = {
        p.attrib["id"] for p in root.iterfind(".//p:presentationTable/p:presentation", NS)
    }

    assert set(re.findall(r"\$\(string\.(\w+)\)", admx_text)) <= set(strings)
    assert set(re.findall(r"\$\(presentation\.(\w+)\)", admx_text)) == presentations
    assert all(text and text.strip() for text in strings.values())
    if language == "ru-RU":
        assert all(re.search("[а-я]", strings[k] or "") for k in policy_keys())


def test_templates_are_what_the_generator_writes() -> None:
    spec = importlib.util.spec_from_file_location(
        "policy_admx", REPO / "scripts" / "policy_admx.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for path, text in module.outputs().items():
        assert path.read_text(encoding="utf-8") == text, f"run scripts/policy_admx.py ({path.name})"
