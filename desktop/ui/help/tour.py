"""The first-run tour: three cards, over the library, the reader and the claims panel, each panel outlined in turn."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

DONE_KEY = "help/tour_done"
CARD_WIDTH = 320
MIN_CARD_WIDTH = 220


class Tour(QFrame):
    """A card inside the main window (not a window of its own) with Back / Next / Skip; ``finished`` at the end."""

    finished = Signal()

    def __init__(self, window, settings):
        super().__init__(window)
        self.window_ = window
        self.settings = settings
        self.setObjectName("tourCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#tourCard { background: #fffdf5; border: 2px solid #f4b942; border-radius: 6px; }")
        self.steps: list[tuple[QWidget, str, str]] = [
            (window.library, self.tr("Your library"),
             self.tr("Every article you import is listed here. Import with Ctrl+I or drop files on the window; "
                     "the search box finds words in titles, texts and notes.")),
            (window.reader, self.tr("The reader"),
             self.tr("The article, right to left. Select the words of a claim and press 1–6 to mark it; "
                     "the selection snaps to whole words.")),
            (window.claims_panel, self.tr("The claims"),
             self.tr("The claims of the open article, with their values. A or Enter accepts a suggestion, "
                     "R rejects it; Claims › Suggest claims proposes more.")),
        ]
        self.outline = QFrame(window)
        self.outline.setObjectName("tourOutline")
        self.outline.setStyleSheet("#tourOutline { border: 3px solid #f4b942; background: transparent; }")
        self.outline.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold; font-size: 13pt")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.counter = QLabel(self)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.skip_button = QPushButton(self.tr("Skip the tour"), self)
        self.back_button.clicked.connect(lambda: self.show_step(self.step - 1))
        self.next_button.clicked.connect(self._next)
        self.skip_button.clicked.connect(self.finish)
        buttons = QHBoxLayout()
        buttons.addWidget(self.counter)
        buttons.addStretch(1)
        for button in (self.skip_button, self.back_button, self.next_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.setFixedWidth(CARD_WIDTH)
        self.step = 0
        window.installEventFilter(self)

    def start(self) -> None:
        self.show_step(0)

    def show_step(self, step: int) -> None:
        self.step = max(0, min(step, len(self.steps) - 1))
        _target, title, text = self.steps[self.step]
        self.title.setText(title)
        self.text.setText(text)
        self.counter.setText(self.tr("%1 of %2").replace("%1", str(self.step + 1)).replace("%2", str(len(self.steps))))
        self.back_button.setEnabled(self.step > 0)
        last = self.step == len(self.steps) - 1
        self.next_button.setText(self.tr("Done") if last else self.tr("Next"))
        self.skip_button.setVisible(not last)
        self.place()
        self.show()
        self.raise_()
        self.next_button.setFocus()

    def target(self) -> QWidget:
        return self.steps[self.step][0]

    def place(self) -> None:
        """Outline the step's panel and put the card over its lower part, inside the window."""
        target = self.target()
        if target.isVisible() and target.window() is self.window_:
            rect = QRect(target.mapTo(self.window_, QPoint(0, 0)), target.size())
            self.outline.setGeometry(rect)
            self.outline.show()
        else:  # a dock that is closed or floats in a window of its own: the card alone, in the middle
            rect = self.window_.rect()
            self.outline.hide()
        # The card keeps its own width (it may reach past a narrow panel) and is as tall as its wrapped text needs.
        width = min(CARD_WIDTH, max(MIN_CARD_WIDTH, self.window_.width() - 16))
        self.setFixedWidth(width)
        self.setFixedHeight(max(self.layout().totalHeightForWidth(width), self.layout().totalMinimumSize().height()))
        x = rect.left() + max(0, (rect.width() - self.width()) // 2)
        y = rect.bottom() - self.height() - 24
        x = max(0, min(x, self.window_.width() - self.width()))
        self.move(x, max(rect.top(), y))

    def _next(self) -> None:
        if self.step == len(self.steps) - 1:
            self.finish()
        else:
            self.show_step(self.step + 1)

    def finish(self) -> None:
        """End the tour (Done or Skip) and remember it, so it does not come back on the next start."""
        self.settings.qs.setValue(DONE_KEY, True)
        self.window_.removeEventFilter(self)
        self.outline.deleteLater()
        self.hide()
        self.deleteLater()
        self.finished.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.finish()
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.place()
        return False


def tour_done(settings) -> bool:
    value = settings.qs.value(DONE_KEY)
    return value is True or str(value).lower() in ("true", "1")


def start_tour(window, settings) -> Tour:
    """Start the tour over ``window`` (Help › Tour replays it); a tour already running is replaced."""
    for old in window.findChildren(Tour):
        old.finish()
    tour = Tour(window, settings)
    tour.start()
    return tour


def maybe_start_tour(window, settings) -> Tour | None:
    """The first time Hamish opens (for this user), show the tour."""
    return None if tour_done(settings) else start_tour(window, settings)
