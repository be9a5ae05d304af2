"""Scanning QR codes: the scan dialog, its capture and decode workers, the screen region picker."""

from desktop.ui.scan.dialog import ScanDialog
from desktop.ui.scan.screen_picker import ScreenRegionPicker

__all__ = ["ScanDialog", "ScreenRegionPicker"]
