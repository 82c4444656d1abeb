#pragma once

#include "domain/livesession.h"

#include <QLabel>

#include <optional>

class QTimer;

namespace lectern::ui {

// The line above the schedule that says what is next: "Live now: …" while a session of the
// user's is running, else "Next: … · Thu 26 Nov, 14:00 · in 3 h 10 min"; hidden when
// nothing is planned. The "in …" keeps counting down between reloads.
class NextSessionBanner : public QLabel {
    Q_OBJECT

public:
    explicit NextSessionBanner(std::function<QDateTime()> now, QWidget* parent = nullptr);

    void setNext(std::optional<LiveSession> session, const QString& courseTitle);
    std::optional<LiveSession> session() const { return m_session; }

    static QString textFor(const LiveSession& session, const QString& courseTitle,
                           const QDateTime& now);
    // "in 5 min", "in 3 h 10 min", "in 4 days".
    static QString timeUntil(qint64 seconds);

private:
    void refresh();

    std::function<QDateTime()> m_now;
    std::optional<LiveSession> m_session;
    QString m_courseTitle;
    QTimer* m_tick;
};

} // namespace lectern::ui
