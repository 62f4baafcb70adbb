// StateChip: the one visual language for a retry cycle's state — pending, resolved, exhausted,
// cancelled, no cycle — as a rounded chip with an icon and a word, never colour alone, its text
// at least 4.5:1 against its fill (WCAG AA) in the light and the dark palette.
#pragma once

#include <QColor>
#include <QPalette>
#include <QRect>
#include <QString>

class QFontMetrics;
class QPainter;

namespace rd::ui {

// The first five are a validation's cycle (in rd::TerminalState's order, then no cycle); Queued
// and Running are a bulk list's status before it ends (a completed list reads as Resolved, a
// failed one as Exhausted).
enum class ChipKind { Pending, Resolved, Exhausted, Cancelled, NoCycle, Queued, Running };
inline constexpr ChipKind kAllChipKinds[] = {
    ChipKind::Pending, ChipKind::Resolved, ChipKind::Exhausted, ChipKind::Cancelled,
    ChipKind::NoCycle, ChipKind::Queued,   ChipKind::Running};
// A table model's TerminalStateRole value (an int rd::TerminalState, or -1: no cycle).
ChipKind chipKindForTerminal(int terminalState);
// A bulk list's status (an int BulkList::Status): completed reads as resolved, failed as
// exhausted; an unknown status has no chip of its own.
ChipKind chipKindForListStatus(int status);

struct ChipColors {
    QColor fill;
    QColor text; // also the icon's
    QColor border;
};

// For the palette's theme: a dark Base gets the dark set.
ChipColors chipColors(ChipKind kind, const QPalette &palette);
QString chipWord(ChipKind kind); // "Pending", "Resolved", …
// WCAG 2.x contrast ratio of two opaque colours, 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);
// a blended toward b: 0 gives a, 1 gives b.
QColor blend(const QColor &a, const QColor &b, double towardB);
// A dark theme: the palette's Base is dark.
bool isDarkPalette(const QPalette &palette);
// Text that reports an error (inline form errors, failed verdicts, unreadable rows): red at
// least 4.5:1 against the palette's Window and Base, in the light and the dark theme.
QColor errorTextColor(const QPalette &palette);
// The chip's width for a label in the painter's font (icon, gap, text, padding).
int chipWidth(const QPainter &painter, const QString &label);
int chipWidth(const QFontMetrics &metrics, const QString &label);
// Paints the chip at the left of rect, vertically centred; label: the word, or a longer text.
void paintChip(QPainter &painter, const QRect &rect, ChipKind kind, const QString &label,
               const QPalette &palette);

} // namespace rd::ui
