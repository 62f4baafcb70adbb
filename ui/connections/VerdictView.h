// VerdictView: the outcome of "Test connection" as a user reads it: a coloured mark, a title and
// what to do next (with the request id to cite).
#pragma once

#include "services/ConnectionTester.h"

#include <QFrame>

class QLabel;

namespace rd::ui {

class VerdictView : public QFrame {
    Q_OBJECT
public:
    explicit VerdictView(QWidget *parent = nullptr);

    void showResult(const ConnectionTestResult &result);
    void showTesting();
    void clear();

    QString title() const;
    QString advice() const;

private:
    void setTone(const QColor &color, const QString &mark);
    QLabel *m_mark;
    QLabel *m_title;
    QLabel *m_advice;
};

} // namespace rd::ui
