#pragma once

#include "theme.h"

class QLabel;
class QString;
class QWidget;

namespace parapet::ui::labels {

/// Small text pieces the checklist, fix preview and fix set share, so they read alike.

/// Muted secondary text.
QLabel *caption(const QString &text, QWidget *parent);
/// An upper-case, bold, muted heading over a block of the card.
QLabel *heading(const QString &text, QWidget *parent);
/// Word-wrapped, selectable plain text.
QLabel *paragraph(QWidget *parent);
/// A frame with a left stripe and a faint background in \a tone (callouts, status banners).
void styleCallout(QWidget *frame, Tone tone);
/// The status tone of a control result as the checklist shows it (Excepted when all its
/// failing objects are excepted).
Tone controlTone(int status, int failed, int excepted);

} // namespace parapet::ui::labels
