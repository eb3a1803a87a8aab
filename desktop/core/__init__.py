"""The Qt-free core: every rule of the product lives here, testable without a display."""
