"""A screen reader's view, in process: walk the QAccessible tree and list unnamed controls.

The AT-SPI test (test_accessibility_tree.py) reads the same tree from another process through
the real bridge; this walk is its fallback and covers every dialog cheaply.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

R = QAccessible.Role
#: Roles a user operates: each must be announced with a name.
INTERACTIVE = {
    R.PushButton,
    R.CheckBox,
    R.RadioButton,
    R.ComboBox,
    R.EditableText,
    R.SpinBox,
    R.Slider,
    R.ListItem,
    R.Cell,
    R.PageTab,
    R.ButtonMenu,
    R.ButtonDropDown,
    R.Link,
}


def unnamed_controls(root: QWidget) -> list[str]:
    """Every visible interactive element under ``root`` whose accessible name is empty."""
    interface = QAccessible.queryAccessibleInterface(root)
    assert interface is not None
    found: list[str] = []
    _walk(interface, root.objectName() or type(root).__name__, found, 0)
    return found


def _walk(node: QAccessibleInterface, path: str, found: list[str], depth: int) -> None:
    if depth > 40 or node.state().invisible:
        return
    name = node.text(QAccessible.Text.Name).strip()
    role = node.role()
    if role in INTERACTIVE and not name:
        widget = node.object()
        label = widget.objectName() if widget is not None else ""
        found.append(f"{path} > {role.name} {type(widget).__name__} {label!r}")
    for index in range(min(node.childCount(), 300)):
        child = node.child(index)
        if child is not None:
            _walk(child, f"{path} > {role.name}", found, depth + 1)


def named_rows(root: QWidget) -> list[str]:
    """The names a screen reader announces for the list rows under ``root``."""
    interface = QAccessible.queryAccessibleInterface(root)
    assert interface is not None
    names: list[str] = []
    _rows(interface, names, 0)
    return names


def _rows(node: QAccessibleInterface, names: list[str], depth: int) -> None:
    if depth > 40:
        return
    if node.role() in {R.ListItem, R.Cell}:
        names.append(node.text(QAccessible.Text.Name))
    for index in range(min(node.childCount(), 300)):
        child = node.child(index)
        if child is not None:
            _rows(child, names, depth + 1)


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits inside ``root``, in order, starting from its first."""
    from PySide6.QtCore import Qt

    def takes_tab(widget: QWidget) -> bool:
        return (
            widget.isVisibleTo(root)
            and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        )

    chain: list[QWidget] = []
    widget = root.nextInFocusChain()
    for _ in range(500):
        if widget is root:
            break
        if takes_tab(widget) and root.isAncestorOf(widget) and widget.focusProxy() is None:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def out_of_reading_order(root: QWidget) -> list[str]:
    """Tab stops that go back up the window (a row above the previous stop): each is a jump a
    keyboard user would not expect. Stops on one row (within 12 px) may go either way."""
    from PySide6.QtCore import QPoint

    jumps: list[str] = []
    previous_y = -1
    previous = ""
    for widget in tab_chain(root):
        y = widget.mapTo(root, QPoint(0, 0)).y()
        name = widget.accessibleName() or widget.objectName() or type(widget).__name__
        if y + 12 < previous_y:
            jumps.append(f"{previous} → {name}")
        previous_y, previous = y, name
    return jumps
