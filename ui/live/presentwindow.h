#pragma once

#include <QWidget>

class QLabel;
class QScreen;
class QStackedLayout;

namespace lectern::ui {

class CurrentPollPanel;
class PollChart;
class QuestionModel;

// Present mode: a full-screen window for sharing into Zoom, Meet or Teams, showing in large
// type the running poll's bars, else the featured question, else the last poll's final
// results, else where to join (with a QR code for phones). It follows the live view's data as it
// changes; Escape closes it.
class PresentWindow : public QWidget {
    Q_OBJECT

public:
    PresentWindow(CurrentPollPanel* poll, QuestionModel* questions, QWidget* parent = nullptr);

    // Where students join: shown, with its QR code, while there is nothing else to present.
    void setJoinAddress(const QString& address);
    // Full screen on `screen`.
    void presentOn(QScreen* screen);

    enum class Showing { Nothing, Poll, Question };
    Showing showing() const { return m_showing; }
    QLabel* heading() const { return m_heading; }
    QLabel* body() const { return m_body; }
    PollChart* chart() const { return m_chart; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void refresh();
    void showPoll();
    bool showFeaturedQuestion();

    CurrentPollPanel* m_poll;
    QuestionModel* m_questions;
    Showing m_showing = Showing::Nothing;
    QLabel* m_heading;
    QLabel* m_state;
    QLabel* m_body;
    PollChart* m_chart;
    QLabel* m_code;
    QString m_joinAddress;
};

} // namespace lectern::ui
